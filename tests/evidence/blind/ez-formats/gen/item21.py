"""21: Welsh health board, .eml with HTML body (cross-referenced answers) + PDF table with misspelt makes."""
import io
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from common import *

NN = "21"
write_request(NN, """
Dear Dyfed Tywi University Health Board,

I would like to request the following information under the Freedom of Information Act 2000:

1. How many CCTV cameras are in use across the Health Board's hospitals and premises?
2. Please list the manufacturers of the cameras and recording equipment.
3. Is any Hikvision or Dahua equipment (cameras or recorders) in use? If so, at which sites?
4. Has the Health Board carried out a security risk assessment of this equipment? If so, please provide a copy.

Yours faithfully,
Siân Bevan
""")
REF = "FOI/DTUHB/24/0712"

rows = [
    ["Site", "No. of cameras", "Camera make", "Recording equipment"],
    ["Ysbyty Glan Tywi", "96", "Axis / Hik Vision", "Milestone XProtect"],
    ["Ysbyty Bro Cennen", "71", "Hikvision", "Hikvision NVR (x3)"],
    ["Ysbyty Aberdyfed", "58", "Axis", "Milestone XProtect"],
    ["Ysbyty Cymuned Llanfor", "22", "Dahau (analogue HD-CVI)", "Dahau XVR"],
    ["Health Board HQ, Ty Myrddin", "14", "Axis", "Milestone XProtect"],
    ["Community clinics / health centres", "23", "Various", "Various (local DVRs)"],
    ["Total", "284", "", ""],
]
pbuf = io.BytesIO()
flow = [
    P("Atodiad / Appendix A - %s" % REF, "bold"),
    P("CCTV cameras by site (Estates asset data, October 2024)", "body"),
    Spacer(1, 3 * mm),
    grid_table(rows, col_widths=[60 * mm, 28 * mm, 45 * mm, 45 * mm], total_row=True),
]
pdf_build(pbuf, flow, footer="Dyfed Tywi University Health Board / Bwrdd Iechyd Prifysgol Dyfed Tywi")

html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial;font-size:10pt">
<p>Annwyl / Dear Ms Bevan,</p>
<p><b>Cais Rhyddid Gwybodaeth / Freedom of Information Request {REF}</b></p>
<p>Thank you for your request received on 21 October 2024. Please find the Health Board's response below.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>1</b></td><td>284 - a breakdown by site is attached (Appendix A).</td></tr>
<tr><td><b>2</b></td><td>See Appendix A.</td></tr>
<tr><td><b>3</b></td><td>Yes - see answer to Q2.</td></tr>
<tr><td><b>4</b></td><td>The Health Board's Cyber Security team reviewed surveillance equipment connected to the NHS Wales network in 2023. The Health Board holds this review; however it is exempt from disclosure under section 31(1)(a) of the Act (prevention or detection of crime), as it sets out identified vulnerabilities and the mitigations in place. Disclosure would be likely to assist those seeking to attack Health Board systems. We consider the public interest favours withholding the document.</td></tr>
</table>
<p>If you are dissatisfied with the Health Board's handling of your request, you can ask for an internal review within 40 working days by contacting the Freedom of Information Team. If you remain dissatisfied, you have the right to complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.</p>
<p>Croesewir gohebiaeth yn Gymraeg. Correspondence in Welsh is welcomed.</p>
<p>Yn gywir / Yours sincerely,</p>
<p>Tîm Rhyddid Gwybodaeth / Freedom of Information Team<br>Dyfed Tywi University Health Board</p>
</body></html>"""
txt = f"""Annwyl / Dear Ms Bevan,

Cais Rhyddid Gwybodaeth / Freedom of Information Request {REF}

Thank you for your request received on 21 October 2024. Please find the Health Board's response below.

1  284 - a breakdown by site is attached (Appendix A).
2  See Appendix A.
3  Yes - see answer to Q2.
4  The Health Board's Cyber Security team reviewed surveillance equipment connected to the NHS Wales network in 2023. The Health Board holds this review; however it is exempt from disclosure under section 31(1)(a) of the Act (prevention or detection of crime), as it sets out identified vulnerabilities and the mitigations in place. Disclosure would be likely to assist those seeking to attack Health Board systems. We consider the public interest favours withholding the document.

If you are dissatisfied with the Health Board's handling of your request, you can ask for an internal review within 40 working days by contacting the Freedom of Information Team. If you remain dissatisfied, you have the right to complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.

Croesewir gohebiaeth yn Gymraeg. Correspondence in Welsh is welcomed.

Yn gywir / Yours sincerely,
Freedom of Information Team
Dyfed Tywi University Health Board
"""
msg = EmailMessage()
msg["From"] = "FOI DTUHB <FOI.DTUHB@wales.nhs.uk>"
msg["To"] = "sian.bevan@btinternet.com"
msg["Subject"] = f"RE: FOI request - CCTV [{REF}]"
msg["Date"] = format_datetime(datetime(2024, 11, 19, 11, 2, 40, tzinfo=timezone.utc))
msg["Message-ID"] = "<CWLP265MB0098F3E1@CWLP265MB0098.GBRP265.PROD.OUTLOOK.COM>"
msg.set_content(txt)
msg.add_alternative(html, subtype="html")
msg.add_attachment(pbuf.getvalue(), maintype="application", subtype="pdf", filename="Appendix A - CCTV by site.pdf")
(ROOT / f"{NN}-reply.eml").write_bytes(bytes(msg))

add_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml",
          body_type="nhs", law="foia", hikvision="yes", dahua="yes", outcome="partially_answered",
          exemptions=["s31"], camera_count=284,
          note="Q3 'Yes - see answer to Q2' to a joint question is resolved only in the attached PDF table, where makes are misspelt ('Hik Vision', 'Dahau'); risk review withheld s31.")
