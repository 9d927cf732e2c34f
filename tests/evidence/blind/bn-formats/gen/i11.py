from common import *
from openpyxl import Workbook
from openpyxl.styles import Font

NN = "11"
write_request(NN, """
Dear Falkirk Council,

Please provide the following about the Council's public space CCTV system:

a) number of cameras, by town
b) make and model of cameras
c) are any of the cameras made by Hikvision or Dahua?
d) name of the company that installs/maintains the system
e) annual maintenance cost for each year 2019/20 to 2023/24

Thank you.
Gordon Baird
""")
wb = Workbook()
ws = wb.active; ws.title = "Letter"
txt = ["Falkirk Council – Freedom of Information (Scotland) Act 2002",
       "Request reference: FOI-0473-24        Date: 12 June 2024",
       "",
       "Dear Mr Baird",
       "",
       "Thank you for your request which we received on 14 May 2024. Our response to parts (a) to (d) is on the tab 'Cameras'.",
       "",
       "(d) The system is installed and maintained by Clyde Security Systems Ltd under a framework contract.",
       "",
       "(e) Maintenance costs for 2022/23 and 2023/24 are given on the 'Costs' tab. The Council migrated to a new finance system in",
       "April 2022 and maintenance spend for earlier years was not carried across at cost-centre level. We are therefore unable to",
       "provide figures for 2019/20, 2020/21 and 2021/22 and in terms of section 17(1) of FOISA this letter serves as notice that the",
       "Council does not hold that information.",
       "",
       "Review and appeal: if you are unhappy with this response you may ask the Council to carry out a review by writing to the",
       "Information Governance Team, Municipal Buildings, Falkirk FK1 5RS within 40 working days. If you remain dissatisfied",
       "you may apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS.",
       "",
       "Yours sincerely",
       "Information Governance Officer"]
for i, t in enumerate(txt, 1): ws.cell(row=i, column=1, value=t)
ws["A1"].font = Font(bold=True, size=13); ws.column_dimensions["A"].width = 130

c = wb.create_sheet("Cameras")
c.append(["Town", "Cameras", "Make", "Model(s)"])
for x in c[1]: x.font = Font(bold=True)
data = [("Falkirk town centre", 34, "Bosch", "AUTODOME IP 5000i / MIC IP fusion 9000i"),
        ("Grangemouth", 18, "HikVision", "DS-2DE7A432IW-AEB"),
        ("Bo'ness", 9, "HikVision", "DS-2DE5425IW-AE"),
        ("Denny", 7, "Bosch", "AUTODOME IP 5000i"),
        ("Larbert / Stenhousemuir", 12, "HikVision", "DS-2DE7A432IW-AEB"),
        ("Bonnybridge", 6, "HikVision", "DS-2CD2T87G2-L"),
        ("Polmont", 10, "HikVision", "DS-2DE5425IW-AE")]
for r in data: c.append(list(r))
c.append([]); c.append(["(c) Hikvision – yes, as above. Dahua – no."])
for col, w in zip("ABCD", [26, 10, 12, 46]): c.column_dimensions[col].width = w

co = wb.create_sheet("Costs")
co.append(["Year", "Maintenance (£)"])
co.append(["2019/20", "Not held"]); co.append(["2020/21", "Not held"]); co.append(["2021/22", "Not held"])
co.append(["2022/23", 41280]); co.append(["2023/24", 43915])
wb.save(out(f"{NN}-reply.xlsx"))
tot = sum(d[1] for d in data); print(tot)
add_label(NN, "xlsx", "council", "foisa", "yes", "no", "partially_answered", ["s17"], tot,
          "FOISA; per-town table without total; 'HikVision' spelling; installer named; s17 not-held notice for earlier cost years.")
