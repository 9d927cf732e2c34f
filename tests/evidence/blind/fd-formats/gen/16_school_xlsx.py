"""16: voluntary aided school reply as a one-sheet workbook - merged title rows, blank column, hidden working column, notes row."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from common import out

wb = Workbook()
ws = wb.active
ws.title = "FOI 2024-07"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:E1"); ws["A1"] = "St Bede's Catholic High School - Freedom of Information Response"
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:E2"); ws["A2"] = "Ref: FOI 2024-07   Requester: L. Abara   Received: 04/03/2024   Responded: 27/03/2024"
ws.merge_cells("A3:E3"); ws["A3"] = "A voluntary aided school in the Diocese of Hallam Vale. Responding officer: Mrs K. Doyle, School Business Manager"
ws["A3"].font = Font(italic=True, size=9)
hdr = ["No.", "Question", "", "Response", "Working notes (internal)"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(5, j, h)
    c.font = Font(bold=True)
    if h:
        c.fill = PatternFill("solid", fgColor="C6E0B4"); c.border = box
qa = [
    ("i", "How many CCTV cameras does the school have?", "38", "site mgr count 12/03 - prev yr 34 before sixth form works"),
    ("ii", "Are any made by Hikvision?", "No", ""),
    ("iii", "Are any made by Dahua?", "Yes - 6 Dahua cameras in the sixth form block (installed 2017). The remainder are Hanwha.", "invoice ref DH-2017-044"),
    ("iv", "How many are internal and how many external?", "26 internal, 12 external", ""),
    ("v", "What did the CCTV system cost to install?",
     "Not held. The main system was installed in 2012 and the school no longer holds the invoices (retention 6 years + current).", "checked finance archive - nothing pre 2016"),
    ("vi", "How long is footage kept?", "30 days, unless required for an investigation.", ""),
]
r = 6
for n, q, a, w in qa:
    ws.cell(r, 1, n); ws.cell(r, 2, q); ws.cell(r, 4, a); ws.cell(r, 5, w)
    for j in (1, 2, 4, 5):
        ws.cell(r, j).border = box
        ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
    r += 1
r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
ws.cell(r, 1, "Note: The sports centre on the school site is operated by Harbourside Leisure Trust under a dual-use agreement. "
              "Its CCTV is owned and managed by the Trust and is not included above.").alignment = Alignment(wrap_text=True)
ws.row_dimensions[r].height = 30
r += 2
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
ws.cell(r, 1, "If you are unhappy with this response please contact the Clerk to the Governors (clerk@stbedes.example.sch.uk) "
              "within 40 working days. You may then contact the Information Commissioner's Office, www.ico.org.uk.").alignment = Alignment(wrap_text=True)
ws.row_dimensions[r].height = 30
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 42
ws.column_dimensions["C"].width = 3
ws.column_dimensions["D"].width = 60
ws.column_dimensions["E"].width = 40
ws.column_dimensions["E"].hidden = True
wb.save(out("16-reply.xlsx"))
