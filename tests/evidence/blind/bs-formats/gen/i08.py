from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
nn = "08"
request(nn, """
Dear Falkirk Council,

I am requesting the following information under the Freedom of Information (Scotland) Act 2002.

1. The number of CCTV cameras operated by Falkirk Council (public space and council buildings).
2. A breakdown of these cameras by manufacturer.
3. Does the Council use any Hikvision cameras?
4. Does the Council use any Dahua cameras?
5. Does any Council CCTV use facial recognition technology?

Kind regards,
Fiona McAlister
""")
wb = Workbook(); ws = wb.active; ws.title = "Response"
ws.column_dimensions["A"].width = 115
txt = ["Falkirk Council – Freedom of Information (Scotland) Act 2002", "Our reference: FOI-24-1562", "Date: 11 July 2024", "",
 "Dear Ms McAlister",
 "Thank you for your request received on 13 June 2024. The Council's response is as follows.",
 "1.  The Council operates 95 CCTV cameras. A breakdown is given on the 'By manufacturer' tab.",
 "2.  See 'By manufacturer' tab.",
 "3 & 4.  The manufacturers of all cameras in use are listed on the 'By manufacturer' tab.",
 "5.  No.", "",
 "Your right to seek a review: if you are unhappy with this response you can ask us to review it within 40 working days by writing to the FOI Officer, Falkirk Council, Stenhouse Road, Carron, Falkirk FK2 8EW. If you are then still dissatisfied you can apply to the Scottish Information Commissioner within six months (www.foi.scot, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS).",
 "", "Alasdair Renwick", "Information Management Officer"]
for l in txt:
    ws.append([l]); ws.cell(row=ws.max_row, column=1).alignment = Alignment(wrap_text=True)
ws["A1"].font = Font(bold=True, size=13)
w2 = wb.create_sheet("By manufacturer")
w2.append(["Manufacturer", "Range / model", "Count"])
for c in w2[1]: c.font = Font(bold=True)
for r in [("Vista", "VK2 / QSeries", 40), ("Honeywell", "HQA analogue & HQA IP range", 31), ("Hanwha", "Wisenet X", 18), ("Sony", "SNC legacy units", 6)]:
    w2.append(list(r))
w2.append(["Total", "", 95]); w2.cell(row=w2.max_row, column=1).font = Font(bold=True)
for col, w in zip("ABC", (18, 32, 10)): w2.column_dimensions[col].width = w
wb.save(outpath(nn, "xlsx"))
label(nn, "xlsx", "council", "foisa", "no", "yes", "answered", [], 95,
      "Dahua is present only as Honeywell HQA range (Dahua-made) in a complete makes sheet; Q3/Q4 answered by reference to the sheet")
