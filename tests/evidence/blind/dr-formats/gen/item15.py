from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import out

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
h = sec.header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("ST. OSWALD'S CHURCH OF ENGLAND HIGH SCHOOL"); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x6A, 0x0D, 0x2B)
h2 = sec.header.add_paragraph("Carr Bank Road, Oldwick, Lancashire BB7 3HD   Tel 01200 442 871   office@stoswalds-oldwick.lancs.sch.uk")
h2.alignment = WD_ALIGN_PARAGRAPH.CENTER; h2.runs[0].font.size = Pt(8.5)
h3 = sec.header.add_paragraph("“Let your light shine”"); h3.alignment = WD_ALIGN_PARAGRAPH.CENTER; h3.runs[0].italic = True; h3.runs[0].font.size = Pt(9)
f = sec.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
f.add_run("Headteacher: Mr D. Halloran BA (Hons) NPQH   |   A voluntary aided school in the Diocese of Blackburn").font.size = Pt(8)

def p(t, b=False):
    para = doc.add_paragraph(); rr = para.add_run(t); rr.bold = b; return para

p("13th March 2024")
p("Mrs C Mottram\nSent by email")
p("Dear Mrs Mottram")
p("Freedom of Information Request", True)
p("Thank you for your email of 26th February. I have set out the answers to your questions below.")
t = doc.add_table(rows=6, cols=2); t.style = "Light Grid Accent 1"
qa = [("Question", "Answer"),
      ("1. How many CCTV cameras are there in the school, inside and outside?", "32 internal cameras (corridors, dining hall, entrances, ICT suites, reception) and 14 external cameras covering the car park, gates and field perimeter."),
      ("2. Are there any cameras in toilets or changing rooms?", "No. There are cameras in the corridors outside the toilet blocks and changing rooms but none inside."),
      ("3. Who manufactured the cameras?", "The cameras and recorder are Hikvision. The system was installed in 2019 by Ribble Valley Security Ltd, who also maintain it."),
      ("4. Are any of the cameras made by Hikvision or Dahua?", "Yes, Hikvision – see above. We do not have any Dahua cameras."),
      ("5. How long is footage kept?", "Footage is overwritten automatically after 30 days unless it has been saved as part of an investigation, in line with the school's CCTV Policy (available on the school website under Policies).")]
for i, (a, b) in enumerate(qa):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
    if i == 0:
        for c in (t.cell(i, 0), t.cell(i, 1)): c.paragraphs[0].runs[0].bold = True
for row in t.rows:
    row.cells[0].width = Cm(6.5); row.cells[1].width = Cm(9.5)
p("")
p("If you are unhappy with the way your request has been handled you can ask for a review by writing to the Chair of Governors, c/o the school office. If you are still not satisfied you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
p("Yours sincerely")
p("\n\nMrs A. Whitworth\nSchool Business Manager")
doc.save(out("15-reply.docx"))
