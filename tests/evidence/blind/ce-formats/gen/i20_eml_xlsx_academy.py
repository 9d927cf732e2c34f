from common import *
import io, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from openpyxl import Workbook
from openpyxl.styles import Font

NN = "20"
write_request(NN, """
Dear Harris Federation,

1. How many CCTV cameras are there at each of your academies?
2. Are any of them made by Hikvision or Dahua?
3. Do any of them have facial recognition or audio capability enabled?

Many thanks
Josh Whitcombe
""")
acads = [("Harris Academy Battersea", 42), ("Harris Academy Bermondsey", 36), ("Harris Academy Peckham", 51),
         ("Harris Boys' Academy East Dulwich", 29), ("Harris Girls' Academy East Dulwich", 33),
         ("Harris Academy Chafford Hundred", 47), ("Harris Primary Academy Kenley", 12),
         ("Harris Primary Academy Philip Lane", 14), ("Harris Academy Tottenham", 38)]
wb = Workbook(); ws = wb.active; ws.title = "CCTV by academy"
ws.append(["Academy", "Number of CCTV cameras", "Facial recognition", "Audio"])
for c in ws[1]: c.font = Font(bold=True)
for a, n in acads:
    ws.append([a, n, "No", "No"])
ws.column_dimensions["A"].width = 40; ws.column_dimensions["B"].width = 24
buf = io.BytesIO(); wb.save(buf)

m = EmailMessage()
m["From"] = "Harris Federation FOI <foi@harrisfederation.example.org.uk>"
m["To"] = "josh.whitcombe@example.com"
m["Subject"] = "RE: CCTV - FOI HF/2425/061"
m["Date"] = format_datetime(datetime.datetime(2025, 1, 16, 12, 30, tzinfo=datetime.timezone.utc))
m.set_content("""Dear Mr Whitcombe

Thank you for your Freedom of Information request. Your questions 1 and 3 are answered in the attached spreadsheet.

In answer to question 2, no.

If you are dissatisfied you may request an internal review within 40 working days by replying to this email.
You may also complain to the Information Commissioner's Office.

Regards

Governance Team
Harris Federation
4th Floor, Norfolk House, Wellesley Road, Croydon CR0 1LH
""")
m.add_attachment(buf.getvalue(), maintype="application",
                 subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="HF-2425-061 CCTV.xlsx")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(m))
total = sum(n for _, n in acads)
label(NN, "eml", "academy", "foia", "no", "no", "answered", [], total,
      "covering note answers the joint maker question 'no'; per-academy counts only in the attached xlsx with no total")
print(total)
