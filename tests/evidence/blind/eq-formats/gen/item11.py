"""11: council workbook with a Q&A sheet and a data sheet."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from common import out, write_request, write_label

write_request("11", """
FOI request - CCTV. Please tell me how many CCTV cameras the council operates, and whether any of the council's CCTV cameras are made by Hikvision or Dahua (if so which and where), and how much the council spent on CCTV maintenance in each of the last three financial years, and whether the council uses facial recognition with any of its CCTV.

Regards, Owen Pryce-Baxter
""")

data = [
    ("Town Hall", "Internal", "Axis", "M3115-LVE", 6), ("Town Hall", "External", "Axis", "P3245-LVE", 4),
    ("Bus Station", "External", "Hikvision", "DS-2CD2T47G2-L", 8), ("Bus Station", "Internal", "Hikvision", "DS-2CD2347G2-LU", 3),
    ("Marlowe Street Car Park", "External", "Dahua", "IPC-HFW3449T1-AS-PV", 7),
    ("Cemetery & Crematorium", "External", "Dahua", "IPC-HFW2431T-ZS-S2", 2),
    ("Household Waste Site", "External", "Hikvision", "DS-2CD2T46G2-4I", 5),
    ("Leisure Centre", "Internal", "Axis", "M3116-LVE", 9), ("Leisure Centre", "External", "Axis", "P3245-LVE", 3),
]
wb = Workbook()
qa = wb.active; qa.title = "Q&A"
qa.append(["Request ID", "EIR/FOI-24-2290"]); qa.append(["Date responded", "29/08/2024"]); qa.append([])
qa.append(["Question", "Response"])
for c in qa[4]:
    c.font = Font(bold=True)
qa.append(["How many CCTV cameras does the council operate?", "Forty-seven. See 'Camera list' tab for locations."])
qa.append(["Are any made by Hikvision or Dahua? If so which and where?", "Yes - see columns C and D of the 'Camera list' tab."])
qa.append(["Spend on CCTV maintenance 2021/22, 2022/23, 2023/24",
           "Information not held. CCTV maintenance is carried out under the council's Total Facilities Management contract "
           "with Mitie and is not costed separately, so the council does not hold a figure for CCTV maintenance alone."])
qa.append(["Does the council use facial recognition with its CCTV?", "No"])
qa.append([])
qa.append(["Internal review: if you are unhappy with this response please email foi@canterley.gov.uk within 40 working days. "
           "You may then complain to the ICO."])
qa.column_dimensions["A"].width = 58; qa.column_dimensions["B"].width = 95
for row in qa.iter_rows():
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
cl = wb.create_sheet("Camera list")
cl.append(["Location", "Int/Ext", "Manufacturer", "Model", "Qty"])
for c in cl[1]:
    c.font = Font(bold=True)
for r in data:
    cl.append(list(r))
for col, w in zip("ABCDE", [28, 10, 14, 24, 6]):
    cl.column_dimensions[col].width = w
total = sum(r[4] for r in data)
assert total == 47
wb.save(out("11-reply.xlsx"))
write_label(path="11-reply.xlsx", request_file="11-request.txt", format="xlsx", body_type="council", law="foia",
            hikvision="yes", dahua="yes", outcome="partially_answered", exemptions=[], camera_count=47,
            note="Run-on request; Q&A sheet gives the count in words ('Forty-seven') and 'Yes' to a both-makers question, with the makers only named on the data sheet; maintenance spend not held, so partial.")
