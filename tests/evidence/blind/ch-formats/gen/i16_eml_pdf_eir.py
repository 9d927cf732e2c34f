import io
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from common import out, write_request, add_label

NN = "16"
write_request(NN, """
Hi,

I'd like to know about the cameras Brackendale District Council uses to catch fly-tippers.

1. How many cameras are used for fly-tipping enforcement?
2. Where have they been deployed in the last 12 months?
3. What make are they - are any Hikvision or Dahua?
4. How many fixed penalty notices or prosecutions resulted from camera footage in 2023?

Cheers
Mike Tanner
""")

ss = getSampleStyleSheet()
b = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
s = []
P = lambda t: s.append(Paragraph(t, b))
P("<b>BRACKENDALE DISTRICT COUNCIL</b><br/>Environmental Services, Moorgate House, Brackendale BD7 3PL")
P("Information request: EIR 24/0155<br/>Date: 11 March 2024")
P("Dear Mr Tanner,")
P("<b>Environmental Information Regulations 2004</b>")
P("Your request has been considered under the Environmental Information Regulations 2004 (EIR) as it concerns "
  "measures affecting the state of the land, namely the unlawful deposit of waste.")
P("<b>1.</b> The Council's Environmental Enforcement team has 24 rapid-deployment cameras.")
P("<b>2.</b> The Council is withholding deployment locations under regulation 12(5)(b) of the EIR (the course "
  "of justice and the ability of a public authority to conduct an inquiry of a criminal or disciplinary "
  "nature). Cameras are deployed covertly at fly-tipping hotspots; disclosing where they have been would "
  "allow offenders to avoid those areas and would adversely affect ongoing investigations. We have "
  "considered the presumption in favour of disclosure under regulation 12(2) and concluded that the public "
  "interest in maintaining the exception outweighs that in disclosure.")
P("<b>3.</b> The majority of the units are Hik Vision, purchased via Enviro-Cam Solutions Ltd in 2021. The "
  "remainder are solar-powered units of various makes.")
P("<b>4.</b> 2023: 61 fixed penalty notices and 4 prosecutions were supported by camera evidence.")
P("If you are unhappy with this response you may ask for an internal review (reconsideration under "
  "regulation 11) within 40 working days. If you remain unhappy you can complain to the Information "
  "Commissioner's Office.")
P("Yours sincerely,<br/><br/>Lorraine Quigley<br/>Senior Enforcement Officer (FOI/EIR Liaison)<br/>01274 960 519")
buf = io.BytesIO()
SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, title="", author="").build(s)

m = EmailMessage()
m["From"] = "Brackendale DC - Information Requests <information.requests@brackendale.gov.uk>"
m["To"] = "mike.tanner@example.co.uk"
m["Subject"] = "EIR 24/0155 - Fly-tipping cameras - Response"
m["Date"] = format_datetime(datetime(2024, 3, 11, 15, 31, tzinfo=timezone.utc))
m["Message-ID"] = "<eir240155@brackendale.gov.uk>"
m.set_content("""Dear Mr Tanner

Please find attached the Council's response to your request for information.

Kind regards

Information Requests Team
Brackendale District Council

Please consider the environment before printing this e-mail.
""")
m.add_attachment(buf.getvalue(), maintype="application", subtype="pdf", filename="EIR 24-0155 Response.pdf")
open(out(f"{NN}-reply.eml"), "wb").write(bytes(m))

add_label({"path": f"{NN}-reply.eml", "request_file": f"{NN}-request.txt", "format": "eml-attachment-pdf",
           "body_type": "council", "law": "eir", "hikvision": "yes", "dahua": "unknown",
           "outcome": "partially_answered", "exemptions": ["EIR 12(5)(b)"], "camera_count": 24,
           "note": "answer only in attached PDF; EIR exception 12(5)(b) with reg 12(2)/11 mentioned but not exceptions; 'Hik Vision' spelling; 'remainder various makes' leaves Dahua open"})
