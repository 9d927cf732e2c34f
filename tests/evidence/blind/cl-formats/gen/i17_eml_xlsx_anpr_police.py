import io
from openpyxl import Workbook
from openpyxl.styles import Font
from emlutil import *
from common import *

NN = "17"
write_request(NN, """
Subject: Freedom of Information - ANPR

Dear Thamesdown Police,
My request concerns only your automatic number plate recognition (ANPR) cameras.
1. How many fixed ANPR cameras does the force operate?
2. Which manufacturers make them (number of each)?
3. Are any made by Hikvision or Dahua?
4. Please list the location of each camera.
Regards, Nadia Belcourt
""")
wb = Workbook()
ws = wb.active
ws.title = "FOI 2024-1877"
data = [["Question", "Answer"],
        ["1", "Please see breakdown in Q2"],
        ["2", "Jenoptik Vector SR: 121\nHikvision iDS-TCM403: 38\nGenetec AutoVu SharpZ3: 17"],
        ["3", "Yes"],
        ["4", "Withheld - s.24(1)/31(1)(a)(b)(c) FOIA. See covering email."]]
for r in data:
    ws.append(r)
for c in ws[1]:
    c.font = Font(bold=True)
ws.column_dimensions["B"].width = 60
buf = io.BytesIO()
wb.save(buf)

body = """Dear Ms Belcourt,

Thank you for your request for information regarding ANPR, which has now been considered.

The answers to questions 1 to 3 are provided in the attached spreadsheet.

Question 4 - Thamesdown Police does not disclose the locations of fixed ANPR cameras. The information is exempt under sections 24(1) (National Security) and 31(1) (Law Enforcement) of the Act. Disclosure of camera locations would allow offenders and those planning acts of terrorism to plan routes that avoid the ANPR network, undermining its effectiveness. This position is consistent with the National Police Chiefs' Council approach to ANPR. The public interest has been considered and favours non-disclosure.

Your attention is drawn to the attached sheet which details your right of complaint.

Regards,

Information Compliance Unit
Thamesdown Police
Direct dial: 01632 003 517
"""
m = make("Information Compliance <foi@thamesdown.police.example.uk>", "Nadia Belcourt <nbelcourt@example.net>",
         "FOI 2024-1877 ANPR - response", (2024, 9, 2, 8, 55), text=body,
         attachments=[("FOI 2024-1877 response.xlsx", buf.getvalue(), *XLSX)])
save(m, out(f"{NN}-reply.eml"))
label(NN, f"{NN}-reply.eml", "eml", "police", "foia", "yes", "no", "partially_answered", ["s24", "s31"], 176,
      "Hard: ANPR-only request so ANPR counts are the answer; count only as a per-maker breakdown in an attached xlsx "
      "(121+38+17); joint maker question 'Yes' resolved by the complete maker list; locations withheld s24/s31.")
