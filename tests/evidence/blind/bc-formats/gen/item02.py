from lib import *

write_text("02-request.txt", """
To: Cyngor Sir Ddinbych / Denbighshire County Council - FOI team

Hello,

I'd like to request the following under FOI:

(a) How many CCTV cameras does the council own or operate?
(b) Are any of the council's CCTV cameras manufactured by Hikvision or Dahua?
(c) A list of the locations of each camera.
(d) The annual cost of maintaining the CCTV system, and the name of the maintenance contractor.

Thanks,
Ffion Pryce
""")

blocks = [
    ("right", "Cyngor Sir Ddinbych\nDenbighshire County Council\nBlwch Post 62, Rhuthun LL15 9AZ\nPO Box 62, Ruthin LL15 9AZ"),
    ("blank", None),
    "Dyddiad / Date: 02/10/2023\nEin Cyf / Our Ref: RFI-12874\nGofynnwch am / Please ask for: Gwenllian Roberts\nFfôn / Tel: 01824 706 117",
    ("blank", None),
    "Annwyl / Dear Ms Pryce,",
    ("b", "Cais am Wybodaeth / Request for Information"),
    "Further to your request received on 5 September 2023, please find the Council's response below. Mae croeso i chi ohebu â ni yn Gymraeg neu yn Saesneg / You are welcome to correspond with us in Welsh or English.",
    ("table", [
        ["Cwestiwn / Question", "Ymateb / Response"],
        ["(a) Number of CCTV cameras", "The Council's CCTV control room monitors 118 cameras across Rhyl, Prestatyn, Denbigh, Ruthin and Llangollen, and Council premises."],
        ["(b) Hikvision or Dahua", "Some cameras in the system are manufactured by Hikvision. There is no Dahua equipment in the Council's system."],
        ["(c) Locations", "Withheld – see below."],
        ["(d) Maintenance cost / contractor", "£38,400 per annum (2022/23). The maintenance contractor is Clwyd Security Systems Ltd."],
    ]),
    ("blank", None),
    ("b", "Part (c) – exemption"),
    "The Council holds a list of camera locations. However, this information is being withheld under section 31(1)(a) (Law Enforcement – the prevention or detection of crime) and section 24(1) (National Security) of the Freedom of Information Act 2000. Publishing the precise position of each camera would allow individuals to identify areas not covered by CCTV and would be likely to prejudice the prevention and detection of crime. The public interest test has been carried out and on balance the Council considers that the public interest favours withholding the information. Many public space camera positions are signed and visible, and general information about the scheme is available on the Council website.",
    ("blank", None),
    ("b", "Eich hawliau / Your rights"),
    "If you are dissatisfied with this response you may ask for an internal review by writing to the Corporate Information Team within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH. Ffôn/Tel: 0330 414 6421.",
    ("blank", None),
    "Yn gywir / Yours sincerely,",
    "Gwenllian Roberts\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer",
]
write_bytes("02-reply.odt", odt_bytes(blocks))

add_label(path="02-reply.odt", request_file="02-request.txt", format="odt", body_type="welsh_council",
          law="foia", hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s31", "s24"],
          camera_count=118, note="Bilingual letter with answers in a two-column table; locations withheld under s31/s24.")
