from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "24"
write_request(NN, """
Dear Severnside Fire and Rescue Service,

I am researching the use of body-worn video by fire services. Under FOIA please tell me:

Q1. Does the Service issue body-worn cameras to firefighters or fire safety inspectors?
Q2. How many body-worn camera devices does the Service have?
Q3. Who manufactures them? Are any made by Hikvision or Dahua?
Q4. How long is footage retained?

Thank you,
Dr Imogen Stace
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Verdana"; st.font.size = Pt(9.5)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("Severnside Fire and Rescue Service"); r.bold = True; r.font.size = Pt(12); r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
x = sec.header.add_paragraph("Service Headquarters, Kingsway, Severnbridge, GL2 9FR"); x.alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = "Making Severnside Safer"

doc.add_paragraph("Our ref: SFRS/IG/FOI/0519\nYour ref: –\nDate: 15 May 2025")
doc.add_paragraph("Dr I Stace")
doc.add_paragraph("Dear Dr Stace")
p = doc.add_paragraph(); p.add_run("Freedom of Information request – body-worn video").bold = True
doc.add_paragraph("I refer to your request received on 17 April 2025. I can confirm that the Service holds information relevant to your request.")
t = doc.add_table(rows=0, cols=2); t.style = "Light Grid Accent 1"
for q, a in [("Q1", "Yes. Body-worn cameras are issued to Protection (fire safety) inspectors and to crews at our three busiest stations, following assaults on staff."),
             ("Q2", "38"),
             ("Q3", "Motorola Solutions (VB400). No."),
             ("Q4", "31 days unless footage is flagged as evidential, in which case it is retained in line with our Evidence Retention Procedure.")]:
    c = t.add_row().cells; c[0].text = q; c[1].text = a
    c[0].width = Cm(1.6); c[1].width = Cm(14)
doc.add_paragraph("")
doc.add_paragraph("You may also be interested to know that the Service operates 74 fixed CCTV cameras across its stations and headquarters, the majority of which are Hikvision. These do not form part of the body-worn video system.")
doc.add_paragraph("If you are dissatisfied with this response you may request an internal review by writing to the Information Governance Manager at the above address or foi@severnsidefire.gov.uk within 40 working days. If you remain dissatisfied, you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Yours sincerely\n\n\nTom Aldridge\nInformation Governance Officer")
doc.save(out(f"{NN}-reply.docx"))
add_label(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx", body_type="fire", law="foia",
          hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=38,
          note="Request is only about body-worn video, so its facts are the answer (38 devices, 'No' to Hikvision or Dahua); an unsolicited paragraph about 74 Hikvision fixed CCTV cameras must be ignored.")
