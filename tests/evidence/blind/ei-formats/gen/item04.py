from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

req = """
Dear Clydemuir Council,

Under the Freedom of Information (Scotland) Act 2002 please provide:

(a) the number of CCTV cameras operated by the council, including town centre systems, housing and council buildings;
(b) whether any of the council's cameras are manufactured by Hikvision or Dahua;
(c) a list of the manufacturers of the council's cameras;
(d) the annual cost of maintaining the council's CCTV for each of the last three financial years;
(e) a copy of any Data Protection Impact Assessment covering the council's use of CCTV.

Yours faithfully,

Callum Reid
"""
write_request("04", req)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Verdana"; st.font.size = Pt(10)
sec = doc.sections[0]
sec.footer.paragraphs[0].text = "Clydemuir Council, Municipal Buildings, Clyde Square, Port Ardmore PA19 1LY   www.clydemuir.gov.scot"
p0 = doc.add_paragraph(); r = p0.add_run("Clydemuir Council"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x00, 0x5E, 0x7A)
doc.add_paragraph("Legal & Democratic Services – Information Governance")
doc.add_paragraph("Mr C Reid\n\nOur ref: FOI/24/01877\nDate: 2 July 2024")
h = doc.add_paragraph(); h.add_run("Freedom of Information (Scotland) Act 2002 – Response").bold = True
doc.add_paragraph("Dear Mr Reid")
doc.add_paragraph("I refer to your request for information received by the Council on 4 June 2024. "
                  "Your request has been dealt with under the Freedom of Information (Scotland) Act 2002 (FOISA). "
                  "I have set out each part of your request with the Council's response alongside.")
t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ["Your request", "Council response"]):
    c.text = ""; c.paragraphs[0].add_run(txt).bold = True; shade(c, "D9E7EC")
data = [
 ("(a) the number of CCTV cameras operated by the council, including town centre systems, housing and council buildings",
  None),
 ("(b) whether any of the council's cameras are manufactured by Hikvision or Dahua", "Yes – see (c)."),
 ("(c) a list of the manufacturers of the council's cameras",
  "Hikvision (approx. 60% of the estate)\nAxis\nHanwha"),
 ("(d) the annual cost of maintaining the council's CCTV for each of the last three financial years",
  "CCTV maintenance is not let or invoiced separately; it forms part of the Council's wider building services "
  "and electrical maintenance contract, and the Council has no breakdown of the element attributable to CCTV. "
  "In terms of section 17 of FOISA, this letter serves as notice that the Council does not hold this information."),
 ("(e) a copy of any Data Protection Impact Assessment covering the council's use of CCTV",
  "The Council's CCTV DPIA (version 3, reviewed March 2024) is published on our website at "
  "www.clydemuir.gov.scot/cctv-privacy. As this information is already reasonably obtainable, the Council is "
  "applying the exemption in section 25(1) of FOISA and is not required to provide a further copy."),
]
for q, a in data:
    cs = t.add_row().cells
    cs[0].text = q
    if a is None:
        cs[1].text = ""
        para = cs[1].paragraphs[0]
        para.add_run("Town centre public space CCTV (Port Ardmore, Kilbride Bay, Greenock Road corridor): 48\n"
                     "High-rise and sheltered housing (concierge system): 71\n"
                     "Council offices, depots and the Harbour car park: 37")
    else:
        cs[1].text = a
for row in t.rows:
    row.cells[0].width = Cm(6.5); row.cells[1].width = Cm(10)
doc.add_paragraph()
doc.add_paragraph("Your right to seek a review").runs[0].bold = True
doc.add_paragraph("If you are dissatisfied with the way the Council has dealt with your request, you may ask us "
                  "to review our decision. Your request for review must be made in writing within 40 working days "
                  "of receipt of this letter, stating why you are dissatisfied, and sent to: The Review Officer, "
                  "Information Governance, Clydemuir Council, Municipal Buildings, Clyde Square, Port Ardmore PA19 1LY "
                  "or foi@clydemuir.gov.scot.")
doc.add_paragraph("If you remain dissatisfied following the review, you have the right to apply to the Scottish "
                  "Information Commissioner for a decision. You can apply online at www.foi.scot/appeal. "
                  "Should you then wish to appeal against the Commissioner's decision, you have the right to "
                  "appeal to the Court of Session on a point of law only.")
doc.add_paragraph("Yours sincerely")
doc.add_paragraph("Ailsa McBride\nInformation Governance Assistant")
doc.save(p("04-reply.docx"))

add_label(path="04-reply.docx", request_file="04-request.txt", format="docx", body_type="council",
          law="foisa", hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s17", "s25"], camera_count=156,
          note="'Yes' to the joint Hikvision-or-Dahua question only resolved via the complete maker list in (c); count is three category lines with no total (48+71+37); FOISA s17 not-held notice and s25 accessible-elsewhere.")
