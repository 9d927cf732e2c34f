import io, random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from common import out, add_label, make_eml

wb = Workbook(); ws = wb.active; ws.title = "CCTV"
ws.append(["Site code", "Site", "No. of cameras", "Manufacturer", "Location detail"])
for c in ws[1]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="BDD7EE")
data = [("HRI", "Hallamford Royal Infirmary", 142, "Axis"), ("HGH", "Hallamford General Hospital", 96, "Axis / Bosch"),
        ("WPE", "Weston Park Eye Centre", 18, "Dahua"), ("BRU", "Brightside Rehabilitation Unit", 12, "Dahua"),
        ("CPK", "Car parks P1-P6", 34, "Bosch"), ("DVH", "Trust Offices, Don Valley House", 9, "Axis")]
for d in data:
    ws.append(list(d) + ["[Redacted]"])
ws.append(["", "Total", sum(d[2] for d in data), "", ""])
for c in ws[ws.max_row]:
    c.font = Font(bold=True)
for col, w in zip("ABCDE", [10, 34, 15, 16, 18]):
    ws.column_dimensions[col].width = w

bw = wb.create_sheet("Body Worn Video")
bw.append(["Asset no.", "Device", "Issued to", "Status"])
for c in bw[1]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="BDD7EE")
rnd = random.Random(17)
for i in range(24):
    bw.append(["BWV-%02d" % (i + 1), "Hikvision DS-MCW406", "Security team – " + rnd.choice(["HRI", "HGH"]), "In use"])
bw.append(["DOCK-01", "Hikvision DS-MDS008 docking station", "Security office HRI", "In use"])
bw.append(["DOCK-02", "Hikvision DS-MDS008 docking station", "Security office HGH", "In use"])
bw.column_dimensions["B"].width = 36; bw.column_dimensions["C"].width = 22
buf = io.BytesIO(); wb.save(buf)

body = """Dear Ms Adebayo

Re: Freedom of Information Request - FOI/24/1129

Thank you for your request for information, received on 15 April 2024. Please find the Trust's response below.

Questions 1 - 3
Please see the attached spreadsheet, which is an extract of the Security team's equipment register.

Question 4
The Trust holds this information but has decided to withhold it. The Trust considers that the exact locations of cameras
within its hospitals are exempt from disclosure under section 31(1)(a) (prevention or detection of crime) and section
38(1)(a) and (b) (health and safety) of the Freedom of Information Act 2000. Publishing a map of camera positions would
identify areas of our sites without coverage, including areas where staff have been subject to violence and aggression,
and would be likely to endanger the safety of staff, patients and visitors. The Trust has considered the public interest
and concluded that it favours withholding the information. The location detail column in the spreadsheet has therefore
been redacted.

If you are dissatisfied with this response, you can request an internal review by writing to the Head of Information
Governance, Hallamford Teaching Hospitals NHS Trust, Don Valley House, Hallamford HM9 5EW, or by email to
foi@hallamford.nhs.uk, within 40 working days. If you remain dissatisfied, you may complain to the Information
Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).

Kind regards

Freedom of Information Team
Hallamford Teaching Hospitals NHS Trust
"""
make_eml("17-reply.eml", "FOI Team (HALLAMFORD TEACHING HOSPITALS NHS TRUST) <foi@hallamford.nhs.uk>",
         "Chloe Adebayo <chloe.adebayo@example.com>", "FOI/24/1129 - Response - CCTV cameras",
         "Mon, 13 May 2024 16:21:09 +0000", body,
         [("FOI 24-1129 CCTV extract.xlsx", buf.getvalue(), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
         msgid="<CWXP123MB5121F0E6D3@CWXP123MB5121.GBRP123.PROD.OUTLOOK.COM>")
assert sum(d[2] for d in data) == 311
add_label(path="17-reply.eml", request_file="17-request.txt", format="eml", body_type="nhs", law="foia",
          hikvision="no", dahua="yes", outcome="partially_answered", exemptions=["s31", "s38"], camera_count=311,
          note="Counts and makes only in the attached .xlsx (per-site rows with a Total row); locations withheld under s31/s38 in the body; the Hikvision units are on a separate Body Worn Video sheet, outside the CCTV asked about.")
