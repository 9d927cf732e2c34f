from helpers import *
from docx import Document
from docx.shared import Pt, Cm

write_text("18-request.txt", """
To the Data Protection / FOI lead, Weald Gate Academies Trust

Please can you provide, for each school in the trust:
1. the number of CCTV cameras
2. the make of the cameras
3. the company that installed them
Also:
4. Do any of the cameras record audio?
5. Please send a copy of the trust's CCTV policy.

Many thanks,
Helen Marchbank
""")

d = Document()
d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(11)
sec = d.sections[0]
sec.header.paragraphs[0].text = "Weald Gate Academies Trust  |  Company No. 08812345  |  Registered office: Ashgrove Lane, Tenterfold TN29 4HQ"
p = d.add_paragraph(); r = p.add_run("Weald Gate Academies Trust"); r.bold = True; r.font.size = Pt(15)
d.add_paragraph("Freedom of Information Response")
d.add_paragraph("Ref: WGAT-FOI-23-041\nDate: 7 December 2023\nTo: Helen Marchbank")
d.add_paragraph("Dear Ms Marchbank,")
d.add_paragraph("Thank you for your request for information, which we received on 9 November 2023. We have dealt with it under the Freedom of Information Act 2000. Our response to questions 1 to 3 is set out in Table 1 and our response to questions 4 and 5 in Table 2.")
p = d.add_paragraph(); p.add_run("Table 1 – CCTV by academy").bold = True
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ["Academy", "Cameras", "Make", "Installer"]):
    c.text = ""; c.paragraphs[0].add_run(txt).bold = True
data = [
    ("Ashgrove Academy", "24", "Hik Vision", "Kent Weald Security Ltd"),
    ("Beechcroft Primary Academy", "9", "Hik Vision (5), Hanwha (4)", "Kent Weald Security Ltd"),
    ("Cotes Park Academy", "41", "Not known – the system was installed before the academy joined the Trust in 2021 and the Trust holds no record of the make.", "Not known"),
    ("Dunmore Infant Academy", "6", "Hanwha", "Signal Fire & Security"),
    ("Tenterfold St Mary's CE Primary Academy", "0", "n/a", "n/a"),
]
for row in data:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
widths = [Cm(5.5), Cm(2), Cm(5.5), Cm(4)]
for row in t.rows:
    for c, w in zip(row.cells, widths):
        c.width = w
d.add_paragraph()
p = d.add_paragraph(); p.add_run("Table 2 – Other questions").bold = True
t2 = d.add_table(rows=1, cols=2); t2.style = "Table Grid"
for c, txt in zip(t2.rows[0].cells, ["Question", "Response"]):
    c.text = ""; c.paragraphs[0].add_run(txt).bold = True
for q, a in [
    ("4. Do any of the cameras record audio?", "No. Audio recording is disabled on all systems."),
    ("5. Copy of the CCTV policy", "The Trust's CCTV Policy is published on the Trust website at www.wealdgate-academies.org.uk/policies. As this information is reasonably accessible to you by other means it is exempt under section 21 of the Freedom of Information Act."),
]:
    cells = t2.add_row().cells; cells[0].text = q; cells[1].text = a
d.add_paragraph()
d.add_paragraph("If you are not satisfied with this response, you may ask for an internal review by writing to the Trust's Data Protection Officer at dpo@wealdgate-academies.org.uk within 40 working days. If you remain unhappy following the review, you can contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
d.add_paragraph("Yours sincerely,\n\nMark Tillotson\nChief Operating Officer\nWeald Gate Academies Trust")
d.save(out("18-reply.docx"))
label(18, "docx", "academy", "foia", "yes", "unknown", "partially_answered", ["s21"], 80,
      "Per-academy table with no total (24+9+41+6+0); maker spelled 'Hik Vision'; one academy's maker not held so the maker list is incomplete and Dahua stays unknown; policy withheld under s21.")
note(18, "DOCX tables, multi-academy trust; sum 80 (no total row, includes a 0 row); 'Hik Vision'; Cotes Park make not known -> Dahua unknown, partial; s21 for published policy. Hard.")
