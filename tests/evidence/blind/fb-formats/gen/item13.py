from common import *
from reportlab.platypus import Spacer
from reportlab.lib.units import cm
import tempfile
st = styles("LibSans", 10.5)
def header(c, d):
    c.setFont("LibSans-Bold", 13); c.drawString(2.2 * cm, 27.7 * cm, "Harrowgate Park Academy")
    c.setFont("LibSans", 8); c.drawString(2.2 * cm, 27.3 * cm, "Part of the Northfields Learning Trust  |  Harrowgate Lane, Wellbeck, NG99 6PA  |  01623 960 114")
    c.setFont("LibSans-Italic", 8); c.drawRightString(18.8 * cm, 27.7 * cm, "Achieve  •  Respect  •  Belong")
def footer(c, d):
    c.setFont("LibSans", 7); c.drawCentredString(10.5 * cm, 1.0 * cm, "Northfields Learning Trust is a charitable company limited by guarantee registered in England and Wales, company number 0799 1234.")
flow = [Spacer(1, 0.6 * cm)]
flow += paras("""18 October 2023

Dear Mr Lathbury

[[b]]Freedom of Information Request – Ref NLT-FOI-23-041[[/b]]

Thank you for your request dated 25 September 2023. Northfields Learning Trust has dealt with your request under the Freedom of Information Act 2000 on behalf of Harrowgate Park Academy.

[[b]]Q1: How many CCTV cameras are there at the academy?[[/b]]
32 (24 external and 8 internal).

[[b]]Q2: What brand are the cameras and recorders?[[/b]]
HiLook – IPC-T250H turret cameras and two HiLook NVR-216MH-C recorders.

[[b]]Q3: Are any of them made by Dahua?[[/b]]
No.

[[b]]Q4: Are CCTV cameras used in classrooms?[[/b]]
No. Internal cameras cover the main entrance, reception, corridors, the dining hall and the sports hall foyer only.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review by writing to the Trust's Data Protection Lead at governance@northfields.org.uk within 40 working days. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.

Yours sincerely

Sarah Whitcombe
Trust Governance and Compliance Manager""", st)
pdfpath = tempfile.mktemp(suffix=".pdf")
build_pdf(pdfpath, flow, header=header, footer=footer, title="FOI Response NLT-FOI-23-041")
data = open(pdfpath, "rb").read()
text = """Dear Mr Lathbury,

Please find attached the Trust's response to your Freedom of Information request.

Kind regards

Sarah Whitcombe
Trust Governance and Compliance Manager
Northfields Learning Trust

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender. Northfields Learning Trust does not accept liability for any viruses.
"""
html = "<html><body><p>Dear Mr Lathbury,</p><p>Please find attached the Trust&#39;s response to your Freedom of Information request.</p><p>Kind regards</p><p><b>Sarah Whitcombe</b><br>Trust Governance and Compliance Manager<br>Northfields Learning Trust</p><p style='font-size:8pt;color:#888'>This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender. Northfields Learning Trust does not accept liability for any viruses.</p></body></html>"
write_eml(out("13-reply.eml"), "Sarah Whitcombe <s.whitcombe@northfields.org.uk>", "Owen Lathbury <o.lathbury@mailbox.example>",
          "RE: Freedom of Information request - CCTV [NLT-FOI-23-041]", "Wed, 18 Oct 2023 14:22:09 +0100", text, html,
          [("NLT-FOI-23-041 Response.pdf", data, "application", "pdf")])
label("13", "eml", "academy", "foia", "yes", "no", "answered", [], 32,
      "E-mail whose body only says 'see attached'; all answers are in the attached PDF; Hikvision appears only as its HiLook brand (never named), 'No.' to a Dahua-only question.",
      "Academy (MAT) e-mail with PDF letter attachment; HiLook = Hikvision; count 32 stated with split.")
