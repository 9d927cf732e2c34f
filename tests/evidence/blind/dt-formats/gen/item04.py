from common import *

write_text("04-request.txt", """
Dear Dyfed-Powys Police,

Please could you provide the following under the Freedom of Information Act:

Q1 How many CCTV cameras are installed at police stations and custody suites in your force area?
Q2 Please break this figure down by individual station.
Q3 Please state the manufacturer(s) of the cameras.
Q4 Are any of them made by Hikvision or Dahua?

A spreadsheet would be fine.

Regards,
Owain Pritchard
""")

resp = [
    ["DYFED-POWYS POLICE - FREEDOM OF INFORMATION RESPONSE"],
    ["Reference: FOI/DPP/2024/00612"],
    ["Date: 03/05/2024"],
    [""],
    ["Your request for information has now been considered. In accordance with the Freedom of Information Act 2000 (the Act), this letter represents a Refusal Notice for part of your request."],
    [""],
    ["Q1, Q3 and Q4: Please see Table 1 on the next tab. Figures are given by policing division rather than by station."],
    ["Q2: The Force is unable to provide a breakdown by individual station. This information is exempt by virtue of section 24(1) National Security and section 31(1)(a)(b) Law Enforcement."],
    [""],
    ["Section 24(1) and 31(1) are prejudice based, qualified exemptions and require evidence of harm and a public interest test to be completed."],
    ["Harm: Disclosure of the number and type of cameras at each named station would allow individuals to identify stations with lesser coverage, and would assist those intent on committing crime or disorder against police premises or persons in custody. Information released under FOI is a release to the world."],
    ["Factors favouring disclosure: Disclosure would promote transparency and accountability regarding the Force's spending on security equipment."],
    ["Factors favouring non-disclosure: Disclosure would undermine the security of the police estate and the safe detention of prisoners, and would compromise law enforcement."],
    ["Balance test: The Force considers that the public interest in the safety of officers, staff, detained persons and the public outweighs the public interest in disclosure at station level. The divisional totals in Table 1 go some way to meeting the public interest."],
    [""],
    ["Complaint rights: If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the Freedom of Information Unit, Dyfed-Powys Police HQ, PO Box 99, Llangunnor, Carmarthen SA31 2PF, or by email to foi.unit@dyfed-powys.police.uk."],
    ["If you remain dissatisfied after the internal review you may apply to the Information Commissioner's Office."],
    [""],
    ["Rhian Beddoe, Disclosure Officer, Freedom of Information Unit"],
]

table1 = [
    ["Table 1 - CCTV cameras at police premises by division and manufacturer (as at April 2024)"],
    [""],
    ["Division", "Axis", "Bosch", "Hikvision", "Dahua", "Other"],
    ["Carmarthenshire", 44, 12, 9, 0, 3],
    ["Ceredigion", 21, 4, 6, 0, 1],
    ["Pembrokeshire", 30, 8, 0, 0, 2],
    ["Powys", 27, 15, 11, 0, 0],
    ["HQ & custody suites", 62, 0, 0, 0, 4],
    [""],
    ["'Other' includes legacy analogue cameras where the manufacturer is no longer identifiable from the unit."],
]

write_ods("04-reply.ods", [
    ("Response", resp, {"bold_rows": [0]}),
    ("Table 1", table1, {"bold_rows": [0, 2]}),
])

add_label("04", "ods", "ods", "police", "foia", "yes", "no", "partially_answered", ["s24", "s31"], 259,
          "OpenDocument spreadsheet: refusal notice on one tab, counts by division with makers as columns and no total row on another (sum 259); Dahua is a column of zeros; station-level breakdown withheld under s24(1) and s31(1).")
