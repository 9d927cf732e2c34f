"""04: university e-mail, partial answers in body, camera counts only in attached XLSX (no total row)."""
import io
from email.message import EmailMessage
from email.policy import SMTP
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from common import out, write_request, write_label

write_request("04", """
Dear University of Carrick Bay,

Please provide under FOIA:
(a) the total number of CCTV cameras the University operates on its campuses;
(b) a breakdown of (a) by building;
(c) the manufacturer(s) of the cameras;
(d) whether any cameras are made by Hikvision;
(e) whether any cameras are made by Dahua.

Thanks,
Sam Okonjo
""")

rows = [
    ("Library & Learning Centre", "Penrose", 22, 1), ("Students' Union", "Penrose", 18, 1),
    ("Trevithick Building (Engineering)", "Penrose", 14, 1), ("Hocking Hall of Residence", "Penrose", 31, 2),
    ("Sports Centre", "Penrose", 9, 1), ("Estates Yard", "Penrose", 6, 1),
    ("Medical School", "Treliske", 27, 2), ("Clinical Skills Centre", "Treliske", 8, 0),
    ("Multi-storey car park", "Penrose", 16, 1), ("Lecture Theatre Block", "Penrose", 12, 0),
    ("Godolphin Residences (Blocks A-D)", "Penrose", 24, 2), ("Arts Centre", "Falmouth Road", 7, 1),
    ("Marine Science Station", "Porthleven", 5, 1), ("Innovation Hub", "Penrose", 10, 1),
    ("Security Lodge / Main Gate", "Penrose", 4, 0), ("Nursery", "Penrose", 3, 0),
]
wb = Workbook(); ws = wb.active; ws.title = "Cameras by building"
ws.append(["FOI 25/061 – CCTV cameras by building (as at 28/02/2025)"]); ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(["Building", "Campus", "No. of cameras", "No. of recorders (NVR)"])
for c in ws[3]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
for r in rows:
    ws.append(list(r))
ws.append([])
ws.append(["Cameras covering shared areas between buildings are counted against the building whose NVR records them."])
ws.column_dimensions["A"].width = 38; ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 16; ws.column_dimensions["D"].width = 22
buf = io.BytesIO(); wb.save(buf)
total = sum(r[2] for r in rows)

msg = EmailMessage(policy=SMTP)
msg["From"] = "Information Compliance <foi@carrickbay.ac.uk>"
msg["To"] = "Sam Okonjo <sam.okonjo@protonmail.com>"
msg["Subject"] = "Your information request FOI 25/061"
msg["Date"] = "Thu, 06 Mar 2025 11:48:03 +0000"
msg["Message-ID"] = "<PAXPR02MB7711C0@PAXPR02MB7711.eurprd02.prod.outlook.com>"
msg.set_content("""Dear Sam

Thank you for your request received on 7 February 2025. The University's response is below.

(a) and (b) – Please see the attached spreadsheet.
(c) Axis is our standard and accounts for most of the estate. Hanwha Vision cameras are installed at the Medical School and Clinical Skills Centre (these are managed jointly with the NHS trust). There are also a small number of Imou wireless cameras in use at the Sports Centre and the Marine Science Station, which were installed locally and are due to be brought onto the main system.
(d) No.
(e) See our answer to (c).

If you are unhappy with the way your request has been handled, you may ask for an internal review by contacting foi@carrickbay.ac.uk within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner (www.ico.org.uk).

Best wishes

Rhiannon Tregear
Information Compliance Officer
Governance Services | University of Carrick Bay
""")
msg.add_attachment(buf.getvalue(), maintype="application",
                   subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   filename="FOI 25-061 CCTV by building.xlsx")
with open(out("04-reply.eml"), "wb") as f:
    f.write(msg.as_bytes())

write_label(path="04-reply.eml", request_file="04-request.txt", format="eml", body_type="university", law="foia",
            hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=total,
            note=f"Count only by summing the attached XLSX (no total row; NVR column beside it must be ignored) = {total}; Dahua is only via its sub-brand Imou and '(e) See our answer to (c)'; Hikvision is a bare 'No' to (d).")
print(total)
