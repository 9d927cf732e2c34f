"""08: Welsh county council, .odt with a Question / Response table; locations withheld s31."""
from common import *
from odf_helpers import *

NN = "08"
write_request(NN, """
Annwyl Syr/Madam / Dear Sir or Madam,

I would like to request the following under the Freedom of Information Act 2000 regarding Caerwyn County Council's public space CCTV:

1. The number of public space CCTV cameras operated by the council.
2. The location of each camera.
3. The manufacturers of the cameras.
4. Are any of the cameras made by Hikvision?
5. Are any of the cameras made by Dahua?
6. The annual cost of monitoring the cameras.

Diolch / Thank you,
Rhys Prothero
""")

doc = new_odt()
para(doc, "Cyngor Sir Caerwyn | Caerwyn County Council", "big")
para(doc, "Tîm Llywodraethu Gwybodaeth / Information Governance Team, Neuadd y Sir, Stryd y Bont, Caerwyn, CW12 4AB", "small")
para(doc, "Ein cyf / Our ref: FOI/24/2291", "right")
para(doc, "Dyddiad / Date: 28/01/2025", "right")
para(doc, "Rhif ffôn / Telephone: 01970 555 140", "right")
para(doc, "")
para(doc, "Dear Mr Prothero,")
para(doc, "Freedom of Information Act 2000 - Request for Information", bold=True)
para(doc, "Thank you for your request received on 23/12/2024. Please find our response below.")
para(doc, "")
table(doc, [
    ("Question", "Response"),
    ("1. The number of public space CCTV cameras operated by the council.",
     "59 (38 fixed and 21 PTZ)."),
    ("2. The location of each camera.",
     "The Council can confirm that public space CCTV operates in the town centres of Caerwyn, Llanfor, "
     "Aberhonddu and Pontllyn. The precise location of each camera is withheld under section 31(1)(a) and (b) "
     "of the Act (law enforcement). Please see the public interest test below."),
    ("3. The manufacturers of the cameras.", "Axis and Dahua."),
    ("4. Are any of the cameras made by Hikvision?", "No."),
    ("5. Are any of the cameras made by Dahua?",
     "Yes. The 21 PTZ cameras are Dahua. These are scheduled for replacement under the 2026/27 capital programme."),
    ("6. The annual cost of monitoring the cameras.",
     "£84,250 (2023/24), paid to the Council's CCTV control room partnership with Llanfor Town Council."),
])
para(doc, "")
para(doc, "Section 31 - Public Interest Test", bold=True)
para(doc, "Section 31 is a qualified exemption. The Council recognises the public interest in transparency "
          "about the use of surveillance in public places. However, publishing a full map of camera positions "
          "would reveal gaps in coverage and could be used by those planning criminal or anti-social behaviour "
          "to avoid being captured. Camera positions are signed on street in line with the Surveillance Camera "
          "Code of Practice. On balance the Council considers that the public interest in maintaining the "
          "exemption outweighs the public interest in disclosure.")
para(doc, "Internal review / Adolygiad mewnol", bold=True)
para(doc, "If you are dissatisfied with the response you may ask for an internal review by writing to "
          "foi@caerwyn.gov.wales within 40 working days. You may then complain to the Information "
          "Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff, CF10 2HH.")
para(doc, "Mae'r Cyngor yn croesawu gohebiaeth yn Gymraeg. The Council welcomes correspondence in Welsh.", "small")
para(doc, "")
para(doc, "Yn gywir / Yours sincerely,")
para(doc, "Gwenllian Morgan")
para(doc, "Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer")
doc.save(str(ROOT / f"{NN}-reply.odt"))

add_label(path=f"{NN}-reply.odt", request_file=f"{NN}-request.txt", format="odt",
          body_type="welsh_council", law="foia", hikvision="no", dahua="yes", outcome="partially_answered",
          exemptions=["s31"], camera_count=59,
          note="Bilingual Welsh/English headers; Dahua cameras still in use though due for future replacement; locations withheld under s31.")
