from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

write_request("09", """
To NHS Loch Arden

Request under the Freedom of Information (Scotland) Act 2002

(1) For each of the financial years 2021/22, 2022/23 and 2023/24, how many CCTV cameras did the Board have at each of its hospitals and other sites?
(2) For each year, what were the manufacturers?
(3) Are any of the Board's cameras currently manufactured by Hikvision or Dahua?

Thank you,
Euan MacLeod
""")

wb = Workbook(); cv = wb.active; cv.title = "Response"
lines = [
 ("NHS Loch Arden", True),
 ("Freedom of Information (Scotland) Act 2002 – Response to request FOI/LA/24/0388", True),
 ("", False),
 ("Dear Mr MacLeod", False),
 ("Thank you for your request dated 3 June 2024. NHS Loch Arden holds the information requested. Camera numbers by site and the manufacturers in use are given on a separate tab for each financial year, with numbers as at 31 March of that year.", False),
 ("Question 3 is answered by the 2023-24 tab.", False),
 ("Health centre figures are combined as the individual centres have between one and five cameras each.", False),
 ("", False),
 ("If you are unhappy with our response you may ask us to carry out a review by writing to the FOI Review Officer, NHS Loch Arden, Arden House, Glebe Road, Inverbrannan IV99 4LA, or foi.lochArden@nhs.scot.example, within 40 working days. If you remain dissatisfied you have the right to apply to the Scottish Information Commissioner within six months of receiving our review response (www.foi.scot/appeal). You also have a right of appeal to the Court of Session on a point of law.", False),
 ("", False),
 ("Information Governance Team", False),
]
for i, (t, b) in enumerate(lines, 1):
    c = cv.cell(row=i, column=1, value=t); c.alignment = Alignment(wrap_text=True, vertical="top"); c.font = Font(bold=b)
cv.column_dimensions["A"].width = 105

years = {
 "2021-22": [("Loch Arden Royal Infirmary", 140, "Avigilon", ""), ("Kilbrannan Community Hospital", 30, "Hikvision", ""),
             ("Strathlea Hospital", 41, "Bosch", ""), ("Cairnview (mental health inpatients)", 24, "Avigilon", ""),
             ("Arden House (Board HQ)", 12, "Axis", ""), ("Health centres (9)", 22, "Hikvision / Axis", "")],
 "2022-23": [("Loch Arden Royal Infirmary", 152, "Avigilon", "Phase 2 of ED upgrade"), ("Kilbrannan Community Hospital", 34, "Hikvision", ""),
             ("Strathlea Hospital", 41, "Bosch", ""), ("Cairnview (mental health inpatients)", 29, "Avigilon", "Garden area added"),
             ("Arden House (Board HQ)", 12, "Axis", ""), ("Health centres (9)", 22, "Hikvision / Axis", "")],
 "2023-24": [("Loch Arden Royal Infirmary", 168, "Avigilon", ""), ("Kilbrannan Community Hospital", 34, "Axis", "System replaced Nov 2023"),
             ("Strathlea Hospital", 41, "Bosch", ""), ("Cairnview (mental health inpatients)", 29, "Avigilon", ""),
             ("Arden House (Board HQ)", 12, "Axis", ""), ("Health centres (9)", 27, "Axis / Vivotek", "Hikvision units at 4 centres replaced Feb 2024")],
}
thin = Side(style="thin", color="AAAAAA"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
for y, rows in years.items():
    ws = wb.create_sheet(y)
    ws["A1"] = f"CCTV cameras as at 31 March {2000 + int(y[-2:])}"; ws["A1"].font = Font(bold=True)
    for i, h in enumerate(["Site", "No. of cameras", "Manufacturer", "Comment"], 1):
        c = ws.cell(row=3, column=i, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DCE6F1"); c.border = bd
    for r, row in enumerate(rows, 4):
        for i, v in enumerate(row, 1):
            ws.cell(row=r, column=i, value=v).border = bd
    tr = 4 + len(rows)
    ws.cell(row=tr, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=tr, column=2, value=sum(r[1] for r in rows)).font = Font(bold=True)
    for col, w in zip("ABCD", [38, 15, 20, 45]): ws.column_dimensions[col].width = w
wb.save(out("09-reply.xlsx"))

tot = sum(r[1] for r in years["2023-24"])
print({y: sum(r[1] for r in rows) for y, rows in years.items()})
label("09", "xlsx", "xlsx", "nhs", "foisa", "no", "no", "answered", [], tot,
      "one sheet per year: current count and makers come only from the 2023-24 tab; Hikvision appears in earlier years and comments say it was replaced")
