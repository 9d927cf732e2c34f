from common import *
import io
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

REQ = """Dear Headteacher,

I am making a request under the Freedom of Information Act 2000.

1. How many CCTV cameras does the school have?
2. What make are they?
3. Are any of them Hikvision or Dahua?
4. Does the school have a CCTV policy? If so please send a copy.

Regards,
M. Hollis"""
write_request("13", REQ)

wb = Workbook(); ws = wb.active; ws.title = "Sheet1"
ws.append(["St Werburgh's C of E Primary School - FOI response"]); ws["A1"].font = Font(bold=True)
ws.append(["Request received 04/02/2025"])
ws.append([])
ws.append(["Q", "Answer"])
ws["A4"].font = Font(bold=True); ws["B4"].font = Font(bold=True)
for q, a in [("1", 16), ("2", "EZVIZ"), ("3", "Yes"), ("4", "Yes - on school website under Key Information > Policies")]:
    ws.append([q, a])
ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 60
buf = io.BytesIO(); wb.save(buf)

m = new_mail('"School Office - St Werburgh\'s" <office@st-werburghs.cheshire.sch.uk>', "m.hollis@fastmail.co.uk",
             "FOI request", dt(2025, 2, 27, 13, 22))
m.set_content("""Good afternoon,

Please find attached the school's response to your FOI request.

Kind regards

Mrs J. Platt
School Business Manager
St Werburgh's C of E Primary School
Church Walk, Tarvin Bridge, Cheshire CH3 9LQ
Tel: 01829 740 612

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Any views or opinions presented are solely those of the author and do not necessarily represent those of the school.
""")
m.add_attachment(buf.getvalue(), maintype="application",
                 subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="FOI response CCTV.xlsx")
save_mail("13", m)
add_label("13", "eml", "school", "foia", "yes", "no", "answered", [], 16,
          "The answers are in an attached spreadsheet of bare numbers against question numbers, and the only maker given is EZVIZ (a Hikvision brand) with a 'Yes' to the joint Hikvision/Dahua question.")
