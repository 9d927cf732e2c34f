from lib import *
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
write_request("06", """
FOI request to Severnside Fire and Rescue Service

1. How many CCTV cameras are installed at your fire stations, training centre and headquarters?
2. Are any of them made by Hikvision or Dahua?
3. Who are the manufacturers of the cameras?
4. Are your fire appliances fitted with vehicle cameras? If so, how many and what make?
5. How much did the Service spend on CCTV in 2023/24?

Kind regards,
Joe Varley
""")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
r = hp.add_run("SEVERNSIDE FIRE AND RESCUE SERVICE"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0xC0, 0, 0)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp2 = sec.header.add_paragraph("Making Severnside Safer"); hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT; hp2.runs[0].italic = True
hp3 = sec.header.add_paragraph("Service Headquarters, Quayside Road, Gloucester GL2 5BW  •  Tel 01452 880 400  •  www.severnsidefire.gov.uk")
hp3.runs[0].font.size = Pt(8); hp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]; fp.add_run("OFFICIAL").font.size = Pt(8)
P = doc.add_paragraph
P("Mr J Varley\nvia email")
P("Your ref: –\nOur ref: SFRS-FOI-0588\nDate: 11 April 2024")
P("Dear Mr Varley")
p = P(); p.add_run("Freedom of Information Act 2000 – Request for Information").bold = True
P("Thank you for your request dated 14 March 2024. Severnside Fire and Rescue Service (SFRS) has considered your request and can provide the following information:")
t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
t.rows[0].cells[0].text = "Information requested"; t.rows[0].cells[1].text = "Response"
for c in t.rows[0].cells: c.paragraphs[0].runs[0].bold = True
qa = [("1. How many CCTV cameras are installed at your fire stations, training centre and headquarters?",
       "312 in total, of which 44 are at Service Headquarters and 23 at the Training Centre, Staverton."),
      ("2. Are any of them made by Hikvision or Dahua?", "No"),
      ("3. Who are the manufacturers of the cameras?",
       "Bosch and Axis across the station estate. Vivotek at the Training Centre."),
      ("4. Are your fire appliances fitted with vehicle cameras? If so, how many and what make?",
       "Yes. All 58 front-line appliances have forward-facing and reversing cameras supplied by Brigade Electronics."),
      ("5. How much did the Service spend on CCTV in 2023/24?",
       "£41,236.18 (installation, maintenance and licences).")]
for q, a in qa:
    row = t.add_row().cells; row[0].text = q; row[1].text = a
for row in t.rows:
    row.cells[0].width = Cm(8); row.cells[1].width = Cm(8.5)
P("")
P("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of the response to your original letter and should be addressed to: Information Governance Manager, Service Headquarters, or by email to foi@severnsidefire.gov.uk.")
P("If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
P("Yours sincerely")
P("\nM. Okonkwo\nMichelle Okonkwo\nInformation Governance Officer")
doc.save(path("06-reply.docx"))
label(path="06-reply.docx", request_file="06-request.txt", format="docx", body_type="fire", law="foia",
      hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=312,
      note="Letterhead only in the .docx header and answers in a two-column table; bare 'No' to a joint Hikvision/Dahua question, and vehicle cameras must not be added to the count.")
