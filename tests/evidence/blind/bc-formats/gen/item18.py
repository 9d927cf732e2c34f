from lib import *

write_text("18-request.txt", """
Dear Dudley MBC,

Under the FOI Act I would like to know:

1. How many CCTV cameras the council currently has in operation (town centres, car parks, council buildings)
2. The manufacturers of the cameras
3. Whether any of the council's cameras are made by Hikvision or Dahua
4. Whether the council has replaced or removed any cameras on security grounds in the last 3 years

Thanks in advance
Joanne Kettle
""")

letter = [
    ("right", "Dudley Metropolitan Borough Council\nCouncil House, Priory Road\nDudley DY1 1HF"),
    ("blank", None),
    "Ms J Kettle\nvia email",
    ("blank", None),
    "Your ref: n/a\nOur ref: FOI/DMBC/9921\nDate: 27 September 2023\nContact: Information Management Team – 0300 555 2345",
    ("blank", None),
    "Dear Ms Kettle,",
    ("b", "Freedom of Information Act 2000"),
    "I refer to your request for information received on 31 August 2023. The Council holds the information you have requested and I enclose a spreadsheet (FOI-9921 CCTV.ods) which should be read with this letter.",
    "1. Please see the tab 'Current cameras' in the enclosed spreadsheet, which shows the number of cameras at each location by manufacturer.",
    "2. As above.",
    "3. Please see the enclosed spreadsheet.",
    "4. Yes. As part of the town centre upgrade programme in 2023 a number of older cameras were removed and replaced. The equipment removed is listed on the tab 'Removed 2023'. The decision to replace these cameras was taken following advice from the Council's IT security team.",
    ("blank", None),
    "You are free to use any information supplied for your own non-commercial research or private study purposes. Any other re-use, for example commercial publication, requires the Council's permission.",
    "If you are unhappy with the way your request has been handled, you can ask for an internal review within 40 working days. If you are still unhappy after the review, you can contact the Information Commissioner at ico.org.uk.",
    ("blank", None),
    "Yours sincerely,",
    ("blank", None),
    "Mohammed Iqbal\nInformation Management Officer",
]
cur = [
    ["Location", "Axis", "Hanwha", "Bosch", "Notes"],
    ["Dudley town centre", 18, 7, "", ""],
    ["Brierley Hill / Merry Hill link", 9, "", "", "Includes 2 PTZ"],
    ["Halesowen town centre", 11, 2, "", ""],
    ["Stourbridge town centre", 12, "", 3, ""],
    ["Council House / Priory Road", "", 6, 4, "Internal cameras"],
    ["Lister Road depot", "", "", 8, ""],
    ["Multi-storey car parks (3)", 15, "", "", ""],
]
total = 18 + 7 + 9 + 11 + 2 + 12 + 3 + 6 + 4 + 8 + 15
removed = [
    ["Location", "Manufacturer", "Model", "Qty", "Date removed"],
    ["Dudley town centre", "Hikvision", "DS-2DE4425IW-DE", 6, "Mar 2023"],
    ["Halesowen town centre", "Hikvision", "DS-2CD2T47G2-L", 4, "Apr 2023"],
    ["Stourbridge town centre", "Hikvision", "DS-2DE5432IW-AE", 3, "Apr 2023"],
    ["Council House / Priory Road", "Hikvision", "DS-7732NI-K4 (NVR)", 1, "Jun 2023"],
    ["Multi-storey car parks (3)", "Samsung", "SNP-6320RH", 5, "Jul 2023"],
]
ods = ods_bytes([("Current cameras", cur), ("Removed 2023", removed)])
odt = odt_bytes(letter)
write_bytes("18-reply.zip", zip_bytes([("FOI-9921 covering letter.odt", odt), ("FOI-9921 CCTV.ods", ods)]))
print(total)
add_label(path="18-reply.zip", request_file="18-request.txt", format="zip", body_type="council",
          law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[],
          camera_count=total, note="ZIP of letter + spreadsheet; maker question answered only by the sheets: Hikvision appears only on the 'Removed 2023' tab, current tab (makers in columns, no total) lists Axis/Hanwha/Bosch.")
