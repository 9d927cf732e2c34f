from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import out

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "Stockbridge Metropolitan Borough Council\tInformation Governance Team"
hp.runs[0].font.bold = True; hp.runs[0].font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
h2 = sec.header.add_paragraph("Town Hall, Wellington Road South, Stockbridge SK9 1AR  |  0161 474 3320  |  foi@stockbridge-mbc.gov.uk")
h2.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "OFFICIAL  |  FOI/24/03318  |  Stockbridge MBC is registered with the ICO as a data controller (Z5638220)"
fp.runs[0].font.size = Pt(8); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

def p(t="", bold=False, size=None, align=None):
    para = doc.add_paragraph()
    r = para.add_run(t); r.bold = bold
    if size: r.font.size = Pt(size)
    if align: para.alignment = align
    return para

p("Ms R Gallagher\nBy email", )
p("Date: 14 May 2024\nOur ref: FOI/24/03318\nPlease ask for: Adeel Rahman", align=WD_ALIGN_PARAGRAPH.RIGHT)
p("Dear Ms Gallagher,")
p("Freedom of Information Act 2000 – Request for Information", bold=True)
p("Thank you for your request for information received on 17 April 2024. Your request has been dealt "
  "with under the Freedom of Information Act 2000. I can confirm that the Council holds the information "
  "you have asked for, and our response to each part of your request is set out below.")

p("1. The total number of CCTV cameras currently operated by the council.", bold=True)
p("Please refer to the table provided in response to question 3.")
p("2. Whether any of those cameras are manufactured by Hikvision or Dahua.", bold=True)
p("Yes. Please see question 3.")
p("3. A breakdown of the cameras by manufacturer and type of location.", bold=True)

rows = [
    ("Location type", "No. of cameras", "Manufacturer", "Notes"),
    ("Town centre public space CCTV (Stockbridge, Marple, Cheadle, Hazel Grove)", "84", "Hanwha (Samsung Wisenet)", "Monitored 24/7 from the Control Room"),
    ("Multi-storey and surface car parks", "37", "Hikvision", "Includes 6 ANPR-capable units at barrier entry points"),
    ("Civic Centre, Town Hall and customer service points", "22", "Axis Communications", "Internal and external"),
    ("Highways depot, Bramhall Lane", "9", "HiWatch", "Recorded locally, not monitored"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        c = t.cell(i, j); c.text = val
        for r in c.paragraphs[0].runs:
            r.font.size = Pt(9.5); r.bold = (i == 0)
p()
p("The figures above exclude body worn video used by Civil Enforcement Officers and cameras on refuse collection vehicles.")
p("4. The name of the company that maintains the system, and the date the current contract expires.", bold=True)
p("The public space and car park systems are maintained by Northgate Security Systems Ltd under a contract "
  "which runs until 31 March 2026. Building CCTV is maintained under the Council's facilities management contract with "
  "Pennine FM Services, which expires on 30 September 2027.")

p("Re-use of information", bold=True)
p("The information supplied to you continues to be protected by copyright. You are free to use it for your own "
  "purposes, including for private study and non-commercial research, and for any other purpose authorised by an "
  "exception in current copyright law. Any other re-use, for example commercial publication, would require the "
  "permission of the copyright holder.")
p("Your right to complain", bold=True)
p("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. "
  "Internal review requests should be submitted within 40 working days of the date of receipt of this response "
  "and should be addressed to: Information Governance Team, Town Hall, Stockbridge SK9 1AR, or foi@stockbridge-mbc.gov.uk.")
p("If you are not content with the outcome of the internal review, you have the right to apply directly to the "
  "Information Commissioner for a decision. The Information Commissioner can be contacted at: Information "
  "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
p("Yours sincerely,")
p("Adeel Rahman\nInformation Governance Officer\nStockbridge Metropolitan Borough Council")
doc.save(out("01-reply.docx"))
