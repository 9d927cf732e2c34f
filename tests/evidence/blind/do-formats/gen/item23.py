from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

NN = "23"
write_request(NN, """
Dear Oakridge County Council

Please treat this as an FOI request.

Question 1: Does the council own or operate any drones (unmanned aerial vehicles)?
Question 2: If so, how many drones, and what make are they (for example DJI, Autel)?
Question 3: What are they used for?
Question 4: In the last three years has the council paid any contractor to fly drones on its behalf?
Question 5: How long is drone footage retained?

Thank you
Wendell Ashe
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Cm(17))
c0, c1 = ht.rows[0].cells
c0.text = "Oakridge County Council"
c0.paragraphs[0].runs[0].bold = True; c0.paragraphs[0].runs[0].font.size = Pt(16)
c0.paragraphs[0].runs[0].font.color.rgb = RGBColor(0x00, 0x5A, 0x3C)
c1.text = "Information Rights Team\nCounty Hall, Oakridge OK1 1QF\ninformationrights@oakridge.gov.uk"
c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in c1.paragraphs[0].runs:
    r.font.size = Pt(8)
ftr = sec.footer.paragraphs[0]
ftr.text = "Classification: OFFICIAL – PUBLIC"
ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER; ftr.runs[0].font.size = Pt(8)

p = doc.add_paragraph("Freedom of Information Act 2000 – Response"); p.runs[0].bold = True; p.runs[0].font.size = Pt(13)
meta = doc.add_table(rows=4, cols=2); meta.style = "Table Grid"
for i, (a, b) in enumerate([("Reference", "OCC-IR-2024-07712"), ("Requester", "Mr W Ashe"),
                            ("Received", "15 August 2024"), ("Responded", "10 September 2024")]):
    meta.cell(i, 0).text = a; meta.cell(i, 1).text = b
    meta.cell(i, 0).paragraphs[0].runs[0].bold = True
doc.add_paragraph()
doc.add_paragraph("Oakridge County Council has completed its searches for the information you requested. "
                  "Our response to each of your questions is below.")
qa = [("Question 1: Does the council own or operate any drones (unmanned aerial vehicles)?",
       "No. The Council does not own or operate any drones."),
      ("Question 2: If so, how many drones, and what make are they (for example DJI, Autel)?", "Not applicable."),
      ("Question 3: What are they used for?", "Not applicable."),
      ("Question 4: In the last three years has the council paid any contractor to fly drones on its behalf?",
       "Yes. On two occasions the Council commissioned aerial survey work from an external contractor: a "
       "roof condition survey of County Hall (March 2022, £1,340) and a topographical survey for the Wexley "
       "Bypass scheme (November 2023, £6,950). The drones used belonged to the contractor."),
      ("Question 5: How long is drone footage retained?",
       "The survey imagery supplied to the Council is held as part of the relevant project file and retained in "
       "line with the Council's retention schedule (project files: completion + 12 years).")]
t = doc.add_table(rows=len(qa), cols=1); t.style = "Table Grid"
for i, (q, a) in enumerate(qa):
    cell = t.cell(i, 0)
    cell.text = ""
    rq = cell.paragraphs[0].add_run(q); rq.bold = True
    cell.add_paragraph(a)
    shade = parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="F2F7F4"/>' % nsdecls("w"))
    cell._tc.get_or_add_tcPr().append(shade)
doc.add_paragraph()
p = doc.add_paragraph(); p.add_run("Your rights").bold = True
doc.add_paragraph("If you are dissatisfied with this response you may ask for an internal review. Please "
                  "contact the Information Rights Team within 40 working days, quoting the reference above. If "
                  "you remain dissatisfied you have the right to complain to the Information Commissioner at "
                  "https://ico.org.uk/make-a-complaint/.")
p = doc.add_paragraph(); p.add_run("Re-use of information").bold = True
doc.add_paragraph("Most information provided by the Council can be re-used under the Open Government Licence "
                  "v3.0. Information that is the copyright of third parties may not be re-used without their "
                  "permission.")
doc.save(out(f"{NN}-reply.docx"))

add_label(dict(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx",
               body_type="council", law="foia", hikvision="no", dahua="no", outcome="answered",
               exemptions=[], camera_count=0,
               note="Drones-only request: council has none (so 0 and 'no' for both) though it mentions contractor-owned drones used for surveys."))
