from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
NN = "13"
write_request(NN, """
Dear Northumbria Fells Constabulary,

I would like to know, about body worn video (BWV) cameras only:

a) How many body worn video cameras does the force currently have issued or available?
b) Who is the manufacturer / model?
c) Are any BWV devices supplied by Hikvision or Dahua?
d) What was the total contract value?
e) How long is BWV footage retained by default?

Thanks,
Callum Reddy
""")
wb = Workbook()
ws = wb.active
ws.title = "Request"
ws.append(["FOI Reference", "NFC/FOI/001932/23"])
ws.append(["Date received", "14/08/2023"])
ws.append(["Date responded", "11/09/2023"])
ws.append(["Subject", "Body worn video"])
ws.append([])
ws.append(["Request (verbatim)"])
for q in ["a) How many body worn video cameras does the force currently have issued or available?",
          "b) Who is the manufacturer / model?",
          "c) Are any BWV devices supplied by Hikvision or Dahua?",
          "d) What was the total contract value?",
          "e) How long is BWV footage retained by default?"]:
    ws.append([q])
ws.column_dimensions["A"].width = 30; ws.column_dimensions["B"].width = 40
r = wb.create_sheet("Response")
r.append(["Part", "Response"])
r["A1"].font = r["B1"].font = Font(bold=True)
for row in [
    ["a", "1,820"],
    ["b", "Axon Enterprise - Axon Body 3"],
    ["c", "N/A"],
    ["d", "£2.37m over 5 years (contract awarded 2021 via the national BWV framework)"],
    ["e", "31 days unless marked as evidential; evidential footage is retained in line with MoPI"],
]:
    r.append(row)
r.append([])
r.append(["Notes", "Northumbria Fells Constabulary publishes its BWV policy on the force website. The figure at (a) includes spare pool devices held at each station."])
r.append([])
r.append(["Complaint rights", "If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the Freedom of Information Unit, Force HQ, Ponteland Road, Carrfield NE20 4QW. You also have the right to complain to the Information Commissioner."])
r.column_dimensions["A"].width = 16; r.column_dimensions["B"].width = 95
for row in r.iter_rows():
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
wb.save(out(f"{NN}-reply.xlsx"))
label(NN, "xlsx", "police", "foia", "no", "no", "answered", [], 1820,
      "body-worn-only request; answers in a second sheet keyed by letter only, count as text with comma, Hikvision/Dahua answered 'N/A' (the only maker is Axon)")
