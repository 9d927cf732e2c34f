import io
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from common import out, add_label, pdf_styles, make_eml

S = pdf_styles()
buf = io.BytesIO()
doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                        title="FOI 2024/1520")
f = [Paragraph("Cyngor Bwrdeistref Sirol Tawe Uchaf<br/>Upper Tawe County Borough Council", S["h"]),
     Paragraph("Tîm Rhyddid Gwybodaeth / Freedom of Information Team<br/>Canolfan Ddinesig / Civic Centre, Ystradfellte Road, "
               "Tawe Uchaf SA10 7NT", S["base"]),
     Paragraph("Ein Cyf / Our Ref: FOI 2024/1520<br/>Dyddiad / Date: 05/11/2024", S["base"]),
     Paragraph("Dear Mr Jenkins", S["base"]),
     Paragraph("<b>Freedom of Information Act 2000 – ANPR cameras</b>", S["base"]),
     Paragraph("Thank you for your request, received on 10/10/2024. Please find the Council's response below.", S["base"]),
     Paragraph("<b>1) How many ANPR cameras does the council operate?</b>", S["base"]),
     Paragraph("The Council operates six ANPR cameras.", S["ind"]),
     Paragraph("<b>2) Where are they located?</b>", S["base"]),
     Paragraph("They are at the entry and exit barriers of the Council's three pay-on-exit car parks: Quay Street multi-storey (2), "
               "Riverside Retail car park (2) and Leisure Centre car park (2).", S["ind"]),
     Paragraph("<b>3) Who manufactures them, and are any of them made by Hikvision or Dahua?</b>", S["base"]),
     Paragraph("All six cameras are Hikvision iDS-TCM403-BI ANPR cameras. They were supplied and are maintained by ParkSys Wales Ltd "
               "as part of the car park management contract.", S["ind"]),
     Paragraph("<b>4) How long is the data kept for?</b>", S["base"]),
     Paragraph("Number plate reads are retained for 90 days unless required for an unpaid parking charge or an investigation.", S["ind"]),
     Paragraph("The Council's public space CCTV cameras do not have ANPR capability.", S["base"]),
     Spacer(1, 6),
     Paragraph("If you are dissatisfied with the way the Council has handled your request, you may ask for an internal review within "
               "40 working days of this response by writing to the Freedom of Information Team at the address above. If you remain "
               "dissatisfied you may complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, "
               "Cardiff CF10 2HH. Telephone: 0330 414 6421.", S["base"]),
     Paragraph("Mae'r ymateb hwn ar gael yn Gymraeg ar gais. This response is available in Welsh on request.", S["small"]),
     Paragraph("Yn gywir / Yours sincerely", S["base"]), Spacer(1, 10),
     Paragraph("Sioned Rees<br/>Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer", S["base"])]
doc.build(f)

body = """Annwyl Mr Jenkins / Dear Mr Jenkins,

Cais Rhyddid Gwybodaeth / Freedom of Information Request - FOI 2024/1520

Gweler ynghlwm ymateb y Cyngor i'ch cais.
Please see attached the Council's response to your request.

Diolch / Thank you,

Tîm Rhyddid Gwybodaeth / Freedom of Information Team
Cyngor Bwrdeistref Sirol Tawe Uchaf / Upper Tawe County Borough Council

Croesewir gohebiaeth yn Gymraeg a bydd gohebu yn Gymraeg ddim yn arwain at oedi.
Correspondence in Welsh is welcomed and corresponding in Welsh will not lead to a delay.
"""
html = "<html><body>" + "".join("<p>%s</p>" % l for l in body.strip().split("\n\n")).replace("\n", "<br>") + "</body></html>"
make_eml("19-reply.eml", "Rhyddid Gwybodaeth / FOI <rhyddidgwybodaeth.foi@tawe-uchaf.gov.wales>", "Hywel Jenkins <hywel.j@example.co.uk>",
         "FOI 2024/1520 - Ymateb / Response", "Tue, 05 Nov 2024 15:02:33 +0000", body,
         [("FOI 2024-1520 Ymateb Response.pdf", buf.getvalue(), "application", "pdf")], body_html=html,
         msgid="<LO2P265MB3342B0A1@LO2P265MB3342.GBRP265.PROD.OUTLOOK.COM>")
add_label(path="19-reply.eml", request_file="19-request.txt", format="eml", body_type="welsh_council", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=6,
          note="ANPR-only request; bilingual e-mail body with plain and HTML parts says only 'see attached'; answers in a base64 PDF, count in words ('six'), all six Hikvision.")
