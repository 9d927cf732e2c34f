from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime, io
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
nn = "16"
request(nn, """
Dear Thomas Deacon Academy,

Under the Freedom of Information Act could you please tell me:
Q1 How many CCTV cameras are there at the academy?
Q2 What make are they? (please list all makes and how many of each)
Q3 Are any of them Hikvision or Dahua?
Q4 Are any cameras located in toilets or changing rooms?

Thank you
Naomi Fenwick
""")
wb = Workbook(); ws = wb.active; ws.title = "FOI response"
ws.append(["Question", "Response"])
for c in ws[1]: c.font = Font(bold=True)
for r in [("Q1 How many CCTV cameras are there at the academy?", "32"),
          ("Q2 What make are they?", "HiWatch – 24\nEZVIZ – 8"),
          ("Q3 Are any of them Hikvision or Dahua?", "Yes – see Q2"),
          ("Q4 Are any cameras located in toilets or changing rooms?", "No cameras are located inside toilets or changing rooms. Two cameras cover the corridor outside the sports hall changing rooms.")]:
    ws.append(list(r))
for row in ws.iter_rows():
    for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")
ws.column_dimensions["A"].width = 50; ws.column_dimensions["B"].width = 60
buf = io.BytesIO(); wb.save(buf)
m = EmailMessage()
m["From"] = "Data Protection <dataprotection@thomasdeacon.example.org.uk>"
m["To"] = "Naomi Fenwick <naomi.f@example.net>"
m["Subject"] = "FOI request - CCTV"
m["Date"] = format_datetime(datetime.datetime(2024, 6, 18, 8, 51, tzinfo=datetime.timezone.utc))
m.set_content("""Dear Ms Fenwick

Further to your FOI request dated 21 May, please find the academy's response attached.

Apologies for the slight delay, this was received during half term.

If you are dissatisfied with our response you can ask for a review by replying to this email. You also have the right to complain to the Information Commissioner's Office.

Kind regards

Jo Pearce
Business Manager / DPO
Thomas Deacon Academy
Queen's Gardens, Peterborough PE1 2UW
""")
m.add_attachment(buf.getvalue(), maintype="application", subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 filename="FOI response - CCTV - TDA.xlsx")
open(outpath(nn, "eml"), "wb").write(bytes(m))
label(nn, "eml", "academy", "foia", "yes", "no", "answered", [], 32,
      "answers only in the attached .xlsx; makes are Hikvision sub-brands HiWatch and EZVIZ; joint question answered 'Yes – see Q2'")
