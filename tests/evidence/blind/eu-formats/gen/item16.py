from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = Document()
d.styles["Normal"].font.name = "Georgia"; d.styles["Normal"].font.size = Pt(10.5)
sec = d.sections[0]
hp = sec.header.paragraphs[0]; hp.text = "ROYAL NORTHERN MUSEUMS"; hp.runs[0].bold = True; hp.runs[0].font.size = Pt(16)
hp.runs[0].font.color.rgb = RGBColor(0x5a, 0x1f, 0x3c)
fp = sec.footer.paragraphs[0]; fp.text = "Royal Northern Museums is a non-departmental public body sponsored by the Department for Culture, Media and Sport. Registered office: Dock Street, Tynemouth Quay NE29 9RN"
fp.runs[0].font.size = Pt(7)

def p(t="", b=False):
    para = d.add_paragraph(); r = para.add_run(t); r.bold = b; return para

p("Isobel Grant\nBy email")
p("Date: 3 July 2025\nOur reference: RNM FOI 25/061")
p("Dear Ms Grant")
p("Your request for information", b=True)
p("Thank you for your email of 5 June 2025 requesting information about CCTV at Royal Northern Museums (RNM). We have dealt with your request under the Freedom of Information Act 2000.")
p("1. How many CCTV cameras are in use at each of your museum sites and stores?", b=True)
t = d.add_table(rows=1, cols=2); t.style = "Light Grid Accent 1"
t.rows[0].cells[0].text = "Site"; t.rows[0].cells[1].text = "Cameras"
for site, n in [("Museum of the Sea, Dock Street", "88"), ("Museum of Flight, Hallam Field", "64"),
                ("Collections Centre, Benton Park", "41"), ("Lowgate Archive", "21"), ("Total", "214")]:
    row = t.add_row().cells; row[0].text = site; row[1].text = n
for row in t.rows:
    row.cells[0].width = Cm(9); row.cells[1].width = Cm(3)
    row.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
p("")
p("2. What brands of camera are used?", b=True)
p("Our camera estate comprises Bosch and Axis cameras, together with a small number of HIKVISION units (approx. 15) at the Collections Centre which were inherited when we took over the building lease in 2018.")
p("3. Are any of the cameras Hikvision or Dahua?", b=True)
p("Please see our answer to question 2.")
p("4. If so, are there any plans to remove them?", b=True)
p("Yes. The units referred to above are scheduled for replacement in the 2026/27 financial year as part of the Collections Centre security upgrade, subject to capital funding being confirmed.")
p("Next steps", b=True)
p("If you are unhappy with the way your request has been handled, you may ask for an internal review by writing to the Head of Governance, Royal Northern Museums, Dock Street, Tynemouth Quay NE29 9RN, or foi@rnm.example.org.uk, within 40 working days of the date of this letter.")
p("If you are not content with the outcome of the internal review, you may apply to the Information Commissioner's Office for a decision (www.ico.org.uk).")
p("The supply of documents under FOI does not give the person who receives the information an automatic right to re-use it in any way that would infringe copyright.")
p("Yours sincerely")
p("\nDr Matthew Ashdown-Lee\nGovernance and Records Manager")
d.save(out("16-reply.docx"))
add_label(path="16-reply.docx", request_file="16-request.txt", format="docx", body_type="other",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=214,
          note="Museum NDPB letter with a site/camera table and total row; Q3 only says 'see our answer to question 2', which lists Bosch, Axis and HIKVISION units due for future replacement (still in use).")
