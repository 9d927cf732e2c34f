from common import *
import io, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm

NN = "19"
write_request(NN, """
South Wales Fire and Rescue Service

Please answer the following under the FOI Act:
1. Number of CCTV cameras at SWFRS premises
2. The manufacturer of each camera
3. Whether any are Hikvision
4. Whether any are Dahua
5. Whether CCTV is reviewed by a third party monitoring company

Regards, Bryn Jenkins
""")
ss = getSampleStyleSheet(); b = ss["BodyText"]
buf = io.BytesIO()
doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=24*mm, rightMargin=24*mm)
E = [Paragraph("<b>South Wales Fire and Rescue Service</b><br/>Gwasanaeth Tân ac Achub De Cymru", ss["Heading2"]),
     Paragraph("Forest View Business Park, Llantrisant CF72 8LX", b),
     Paragraph("FOI Ref: SWFRS/FOI/24/212 &nbsp;&nbsp; 2 October 2024", b), Spacer(1, 8),
     Paragraph("1. There are 58 CCTV cameras across the Service's 47 fire stations, headquarters and the Cardiff Gate training centre.", b),
     Paragraph("2, 3 and 4. The Service does not hold a central record of the make of each camera; systems have been installed "
               "locally over a number of years by different contractors. To establish the manufacturer of each camera would "
               "require a site visit to each premises and inspection of each unit. We estimate this would take in excess of "
               "18 hours and would therefore exceed the appropriate limit of £450. Section 12 of the Freedom of Information Act "
               "2000 therefore applies to these questions. By way of advice and assistance under section 16, you may wish to "
               "narrow your request to a smaller number of named stations.", b),
     Paragraph("5. No. Footage is reviewed only by authorised Service staff.", b), Spacer(1, 8),
     Paragraph("If you are dissatisfied with the handling of your request, you may ask for an internal review. If you are still "
               "dissatisfied you may complain to the Information Commissioner's Office, Cardiff.", b),
     Paragraph("Corporate Information Team / Tîm Gwybodaeth Gorfforaethol", b)]
doc.build(E)

m = EmailMessage()
m["From"] = "Corporate Information <foi@southwales-fire.example.gov.uk>"
m["To"] = "bryn.jenkins@example.cymru"
m["Subject"] = "FOI SWFRS/FOI/24/212"
m["Date"] = format_datetime(datetime.datetime(2024, 10, 2, 8, 55, tzinfo=datetime.timezone.utc))
m.set_content("""Bore da / Good morning,

Please see attached our response to your Freedom of Information request.

Diolch / Thank you

Corporate Information Team
South Wales Fire and Rescue Service
""")
m.add_attachment(buf.getvalue(), maintype="application", subtype="pdf", filename="SWFRS-FOI-24-212 response.pdf")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(m))
label(NN, "eml", "fire", "foia", "unknown", "unknown", "partially_answered", ["s12"], 58,
      "answers in attached PDF; maker questions refused on cost (s12) while count and monitoring are answered; 47 stations figure next to the count")
