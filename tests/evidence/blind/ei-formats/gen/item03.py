from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime, io
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

req = """
Subject: FOI - CCTV at fire stations

Hello,

I would like to make a request under the Freedom of Information Act 2000 for the following:

1. How many CCTV cameras are installed across your fire stations, headquarters and other premises?
2. Are any of your CCTV cameras made by Hikvision?
3. Are any of your CCTV cameras made by Dahua?
4. Do any of your fire appliances or other vehicles have cameras fitted?
5. Which company installed and maintains your CCTV?

Regards,
Martin Kealey
"""
write_request("03", req)

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hdr = sec.header.paragraphs[0]
hdr.text = "Severnside Fire and Rescue Service\tOFFICIAL"
pp = doc.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
pp.add_run("Service Headquarters\nHolme Lacy Road\nHereford\nHR2 6PX\n\nDate: 14 November 2024\nOur Ref: SFRS/FOI/0588\nEnquiries to: Information Rights\nDirect line: 01432 510 772")
doc.add_paragraph("Mr M Kealey\nBy email")
h = doc.add_paragraph(); r = h.add_run("FREEDOM OF INFORMATION ACT 2000 – REQUEST FOR INFORMATION"); r.bold = True
doc.add_paragraph("Dear Mr Kealey,")
doc.add_paragraph("Thank you for your request for information which we received on 21 October 2024. "
                  "Severnside Fire and Rescue Service has considered your request under the Freedom of "
                  "Information Act 2000 and our response is provided in the table below.")
t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
cells = t.rows[0].cells
for c, txt in zip(cells, ["No.", "Information requested", "Response"]):
    c.text = ""; rr = c.paragraphs[0].add_run(txt); rr.bold = True
rows = [
 ("1", "How many CCTV cameras are installed across your fire stations, headquarters and other premises?",
  "There are 42 fixed CCTV cameras across the Service estate (23 fire stations, Service Headquarters, "
  "the Training and Development Centre at Peterchurch and the Fleet Workshop). Not every station has CCTV; "
  "several on-call stations have none."),
 ("2", "Are any of your CCTV cameras made by Hikvision?", "No."),
 ("3", "Are any of your CCTV cameras made by Dahua?",
  "None of the cameras themselves are Dahua. Recording at three of our on-call stations (Kington, "
  "Bromyard and Ewyas Harold) is onto Dahua network video recorders, which will be replaced when those "
  "stations are refurbished. The cameras connected to them are Hanwha Wisenet."),
 ("4", "Do any of your fire appliances or other vehicles have cameras fitted?",
  "Yes. All 31 front-line appliances are fitted with vehicle camera systems (Brigade Electronics Backeye 360). "
  "These are vehicle safety systems and are not counted in the answer to question 1."),
 ("5", "Which company installed and maintains your CCTV?",
  "Installation and maintenance is carried out by Marches Security Systems Ltd under a framework contract."),
]
for row in rows:
    cs = t.add_row().cells
    for c, txt in zip(cs, row):
        c.text = txt
for row in t.rows:
    row.cells[0].width = Cm(1.2); row.cells[1].width = Cm(6.0); row.cells[2].width = Cm(9.0)
doc.add_paragraph()
doc.add_paragraph("If you are not satisfied with this response you may ask for an internal review by writing to "
                  "the Information Rights Officer at the above address or foi@severnside-fire.gov.uk within 40 "
                  "working days. If you remain dissatisfied following the review you have the right to apply "
                  "to the Information Commissioner for a decision. The Commissioner can be contacted at: "
                  "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("The information supplied to you is owned by Severnside Fire and Rescue Service and is subject "
                  "to copyright. You may re-use it for non-commercial research or private study. Any other re-use "
                  "requires our permission.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("\n\nGwen Tarrant\nInformation Rights Officer\nSevernside Fire and Rescue Service")
buf = io.BytesIO(); doc.save(buf)
doc.save(p("gen/03-attachment-check.docx"))

m = EmailMessage()
m["From"] = "Information Rights <foi@severnside-fire.gov.uk>"
m["To"] = "Martin Kealey <mkealey77@gmail.com>"
m["Subject"] = "Your FOI request SFRS/FOI/0588"
m["Date"] = format_datetime(datetime.datetime(2024, 11, 14, 16, 20, 12, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<a19e0c77-5b2f-4d8e-9e61-0c3dd1f2b8a4@severnside-fire.gov.uk>"
m.set_content("""Dear Mr Kealey

Please find attached the Service's response to your recent request for information.

Kind regards

Gwen Tarrant
Information Rights Officer
Severnside Fire and Rescue Service
01432 510 772

OFFICIAL
This e-mail and any files transmitted with it are intended solely for the use of the addressee.
""")
m.add_alternative("""<html><body><p>Dear Mr Kealey</p><p>Please find attached the Service's response to your recent request for information.</p>
<p>Kind regards</p><p>Gwen Tarrant<br>Information Rights Officer<br>Severnside Fire and Rescue Service<br>01432 510 772</p>
<p style="font-size:8pt">OFFICIAL<br>This e-mail and any files transmitted with it are intended solely for the use of the addressee.</p></body></html>""", subtype="html")
m.add_attachment(buf.getvalue(), maintype="application",
                 subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                 filename="SFRS FOI 0588 Response.docx")
with open(p("03-reply.eml"), "wb") as f:
    f.write(bytes(m))
os.remove(p("gen/03-attachment-check.docx"))

add_label(path="03-reply.eml", request_file="03-request.txt", format="eml", body_type="fire",
          law="foia", hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=42,
          note="Answers only in the attached .docx; Dahua question says 'none of the cameras' are Dahua but Dahua NVRs are in use (recorders count); 31 appliance camera systems are not in the count.")
