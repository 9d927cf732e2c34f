from lib import *
import io
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
write_request("04", """
Dear University of Kingsbridge,

Could you please provide the following under FOIA:

a) the number of CCTV cameras on university campuses, by building if possible
b) the manufacturer of each camera
c) whether you use any Hikvision or Dahua cameras
d) the annual cost of CCTV maintenance

Thanks
Rhiannon Cole
""")
rows = [("Main Library", "Axis", 38, "Internal/External"),
        ("Science Quarter (Blocks A-F)", "Hanwha", 52, "Internal/External"),
        ("Students' Union", "Axis", 21, "Internal"),
        ("Halls - Cedar Court", "Avigilon", 64, "Internal/External"),
        ("Halls - Birch Court", "Avigilon", 40, "External"),
        ("Sports Park", "HIKVISION", 14, "External"),
        ("Multi-storey & surface car parks", "Axis", 27, "External"),
        ("Estates Depot, Mill Lane", "Hanwha", 9, "External")]
wb = Workbook(); ws = wb.active; ws.title = "CCTV by building"
ws.append(["FOI-UK-24-377  CCTV cameras by building (as at 01/10/2024)"])
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(["Building / Area", "Manufacturer", "No. of cameras", "Coverage"])
for c in ws[3]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
for r in rows: ws.append(list(r))
ws.append([])
ws.append(["Cameras at Kingsbridge Medical School are operated by the NHS Trust and are not included."])
for col, w in zip("ABCD", (36, 16, 16, 20)): ws.column_dimensions[col].width = w
buf = io.BytesIO(); wb.save(buf)
text = """Dear Ms Cole

Freedom of Information request FOI-UK-24-377

Thank you for your email of 9 September 2024. Please see our response below.

a) & b) Please see the attached spreadsheet.

c) Please refer to the attached spreadsheet, which lists all manufacturers.

d) CCTV maintenance is carried out by Halcyon Fire & Security Ltd under the University's security systems contract. The CCTV element of the contract cost £18,750 (ex VAT) in 2023/24.

If you are not satisfied with this response, you may request an internal review by contacting foi@kingsbridge.ac.uk within 40 working days. If you remain dissatisfied, you may apply to the Information Commissioner's Office.

Best wishes

Hannah Leckie
Information Compliance Officer
University of Kingsbridge
"""
eml("04", frm="Information Compliance <foi@kingsbridge.ac.uk>", to="Rhiannon Cole <rhiannon.cole@fastmail.com>",
    subject="RE: FOI request - CCTV [FOI-UK-24-377]", date="Mon, 07 Oct 2024 16:20:44 +0100",
    text=text, html=html_from_text(text), cte="qp",
    attachments=[("FOI-UK-24-377 CCTV.xlsx", buf.getvalue(),
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
label(path="04-reply.eml", request_file="04-request.txt", format="eml", body_type="university", law="foia",
      hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=265,
      note="The e-mail only points to an attached .xlsx; the count must be summed from a per-building sheet with no total row, and Dahua's absence follows from the complete manufacturer list.")
