"""01: Borough council, .eml with covering-letter PDF + xlsx breakdown by site."""
import io
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

from common import *

NN = "01"
write_request(NN, """
From: Daniel Okafor <d.okafor.requests@protonmail.com>
To: foi@wyreham.gov.uk
Subject: Freedom of Information request - CCTV

Dear Wyreham Borough Council,

Under the Freedom of Information Act 2000 please provide the following information:

1. How many CCTV cameras does the council currently operate (public space, car parks, council buildings and depots)?
2. A breakdown of the cameras by site.
3. Which manufacturers made the cameras?
4. Are any of the cameras manufactured by Hikvision? Are any manufactured by Dahua?
5. Has the council carried out a Data Protection Impact Assessment for its CCTV system, and if so please provide a copy.

I would prefer to receive the information electronically.

Yours faithfully,

Daniel Okafor
""")

REF = "FOI-24-0917"
# ---------------------------------------------------------------- spreadsheet
rows = [
    ("Town Centre PSCCTV", "High Street / Market Place", "Bosch", "AUTODOME IP 5000i", 14),
    ("Town Centre PSCCTV", "Bridge Street / Bus Station", "Axis", "Q6135-LE", 6),
    ("Kingsway Multi-Storey Car Park", "Levels 1-5, ramps, stairwells", "Hikvision", "DS-2CD2T47G2-L", 18),
    ("Station Road Car Park", "Surface car park", "Hikvision", "DS-2CD2T46G2-2I", 6),
    ("Civic Offices, Fenwick Road", "External / reception", "Axis", "P3265-LVE", 11),
    ("Civic Offices, Fenwick Road", "Internal (cash office, post room)", "Hikvision", "DS-2CD2143G2-IS", 4),
    ("Ashby Road Depot", "Yard, fuel bay, gatehouse", "Hikvision", "DS-2CD2T87G2-L", 9),
    ("Riverside Leisure Centre", "Pool hall, reception, car park", "Axis", "M3106-L Mk II", 16),
    ("Northgate Cemetery", "Gates / chapel", "Bosch", "FLEXIDOME IP 4000i", 3),
    ("Market Hall", "Internal", "Axis", "M3088-V", 12),
    ("Bus Station", "Concourse", "Bosch", "DINION IP 5000", 9),
]
total = sum(r[4] for r in rows)
wb = Workbook()
ws = wb.active
ws.title = "CCTV by site"
ws["A1"] = f"Wyreham Borough Council - CCTV cameras by site (FOI ref {REF})"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Position as at 30/09/2024"
hdr = ["Site", "Area covered", "Manufacturer", "Model", "No. of cameras"]
ws.append([])
ws.append(hdr)
thin = Side(style="thin", color="999999")
for c in ws[4]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F4E78")
for r in rows:
    ws.append(list(r))
ws.append(["Total", None, None, None, total])
for c in ws[ws.max_row]:
    c.font = Font(bold=True)
for row in ws.iter_rows(min_row=4, max_row=ws.max_row):
    for c in row:
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
for col, w in zip("ABCDE", (34, 34, 14, 22, 15)):
    ws.column_dimensions[col].width = w
xbuf = io.BytesIO()
wb.save(xbuf)

# ---------------------------------------------------------------- covering letter PDF
pbuf = io.BytesIO()
flow = [
    P("Wyreham Borough Council", "head"),
    P("Information Governance Team<br/>Civic Offices, Fenwick Road, Wyreham, WY4 2PL<br/>"
      "Tel: 01632 960 418 &nbsp; Email: foi@wyreham.gov.uk", "small"),
    Spacer(1, 8 * mm),
    P("Mr D Okafor<br/>By email", "body"),
    P("Our ref: %s<br/>Date: 17 October 2024" % REF, "right"),
    Spacer(1, 4 * mm),
    P("Dear Mr Okafor,", "body"),
    P("<b>Freedom of Information Act 2000 - Request for information</b>", "body"),
    P("Thank you for your request for information received on 19 September 2024. "
      "The Council has now considered your request and our response is set out below.", "body"),
    P("<b>1. How many CCTV cameras does the council currently operate?</b>", "body"),
    P("Please see the attached spreadsheet.", "body"),
    P("<b>2. A breakdown of the cameras by site.</b>", "body"),
    P("As above - the spreadsheet lists each site, the area covered and the number of cameras.", "body"),
    P("<b>3. Which manufacturers made the cameras?</b>", "body"),
    P("The Council's cameras are manufactured by Axis Communications, Bosch and Hikvision.", "body"),
    P("<b>4. Are any of the cameras manufactured by Hikvision? Are any manufactured by Dahua?</b>", "body"),
    P("Hikvision - yes, at the car parks, the depot and internally at the Civic Offices (see spreadsheet). "
      "Dahua - no.", "body"),
    P("<b>5. Data Protection Impact Assessment</b>", "body"),
    P("Yes. A DPIA was completed for the public space CCTV system in March 2023 and is published on "
      "the Council's website: www.wyreham.gov.uk/cctv/dpia", "body"),
    Spacer(1, 3 * mm),
    P("If you are dissatisfied with the handling of your request you have the right to ask for an "
      "internal review. Requests for internal review should be submitted within 40 working days of the "
      "date of this letter to foi@wyreham.gov.uk.", "body"),
    P("If you are not content with the outcome of the internal review, you have the right to apply "
      "directly to the Information Commissioner for a decision. The Information Commissioner can be "
      "contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
      "SK9 5AF.", "body"),
    P("Yours sincerely,", "body"),
    Spacer(1, 6 * mm),
    P("Karen Pellow<br/>Information Governance Officer", "body"),
]
pdf_build(pbuf, flow, footer="Wyreham Borough Council - OFFICIAL")

# ---------------------------------------------------------------- e-mail
msg = EmailMessage()
msg["From"] = "Wyreham BC FOI <foi@wyreham.gov.uk>"
msg["To"] = "Daniel Okafor <d.okafor.requests@protonmail.com>"
msg["Subject"] = f"RE: Freedom of Information request - CCTV [Ref: {REF}]"
msg["Date"] = format_datetime(datetime(2024, 10, 17, 14, 22, 9, tzinfo=timezone.utc))
msg["Message-ID"] = make_msgid(domain="wyreham.gov.uk")
msg.set_content(f"""Dear Mr Okafor,

Please find attached the Council's response to your Freedom of Information request (our ref {REF}), together with a spreadsheet containing the information requested.

Kind regards

Karen Pellow
Information Governance Officer
Wyreham Borough Council
01632 960 418

--
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Wyreham Borough Council may monitor e-mail traffic for security and compliance purposes.
""")
msg.add_attachment(pbuf.getvalue(), maintype="application", subtype="pdf",
                   filename=f"{REF} Response.pdf")
msg.add_attachment(xbuf.getvalue(), maintype="application",
                   subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   filename=f"{REF} CCTV cameras by site.xlsx")
(ROOT / f"{NN}-reply.eml").write_bytes(bytes(msg))

add_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml",
          body_type="council", law="foia", hikvision="yes", dahua="no", outcome="answered",
          exemptions=[], camera_count=total,
          note="The count exists only in the attached spreadsheet (per-site rows with a total row); the letter says 'see attached'.")
print(total)
