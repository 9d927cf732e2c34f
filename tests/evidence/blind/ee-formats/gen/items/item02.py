import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

N = 2
write_text(f"{N:02d}-request.txt", """
To the FOI team at Severnside Hospitals NHS Foundation Trust

Please could you tell me under the FOI Act:

Q1 The total number of CCTV cameras in use across all Trust sites.
Q2 The manufacturer(s) of those cameras, with numbers per manufacturer.
Q3 Are any of the Trust's cameras manufactured by Hikvision or Dahua?
Q4 Does the Trust use facial recognition on any of its CCTV?
Q5 Has the Trust carried out a Data Protection Impact Assessment for its CCTV system? If so please provide a copy.

Many thanks,
Oluwaseun Barker
Campaign researcher
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
    hp = s.header.paragraphs[0]
    hp.text = "Severnside Hospitals NHS Foundation Trust"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.bold = True; hp.runs[0].font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    fp = s.footer.paragraphs[0]
    fp.text = "Chair: Margaret Ellery   Chief Executive: Dr Rajiv Menon   |   Trust Headquarters, Lyde Road, Glostow GL9 2XX"
    fp.runs[0].font.size = Pt(8)

def p(text="", bold=False, align=None, size=None):
    para = doc.add_paragraph()
    r = para.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align: para.alignment = align
    return para

p("Information Governance\nTrust Headquarters\nLyde Road\nGlostow\nGL9 2XX", align=WD_ALIGN_PARAGRAPH.RIGHT)
p("Tel: 01632 960 227\nEmail: shft.foi@nhs.invalid", align=WD_ALIGN_PARAGRAPH.RIGHT)
p("Our Ref: FOI 2324-1186\n\n11 April 2024")
p("Dear Mr Barker")
p("Freedom of Information Act 2000 – Request for Information", bold=True)
p("Thank you for your request for information which we received on 14 March 2024. I am pleased to confirm "
  "that the Trust holds the information you have requested and our response is set out below.")

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
hdr = t.rows[0].cells
hdr[0].text = "Question"; hdr[1].text = "Trust Response"
for c in hdr:
    c.paragraphs[0].runs[0].bold = True
rows = [
    ("Q1 The total number of CCTV cameras in use across all Trust sites.",
     "Please see table at Q2 below."),
    ("Q2 The manufacturer(s) of those cameras, with numbers per manufacturer.",
     None),
    ("Q3 Are any of the Trust's cameras manufactured by Hikvision or Dahua?",
     "Yes – see Q2."),
    ("Q4 Does the Trust use facial recognition on any of its CCTV?",
     "No."),
    ("Q5 Has the Trust carried out a Data Protection Impact Assessment for its CCTV system? If so please provide a copy.",
     "Yes. A copy of the Trust's CCTV DPIA (version 3.1, reviewed January 2024) is attached. Names of staff below "
     "Band 8a have been removed under section 40(2) of the Act (personal information)."),
]
for q, a in rows:
    cells = t.add_row().cells
    cells[0].text = q
    if a is not None:
        cells[1].text = a
    else:
        cells[1].text = "Manufacturer – number of cameras"
        inner = cells[1].add_table(rows=0, cols=2)
        inner.style = "Table Grid"
        for m, n in [("Axis Communications", "143"), ("Hanwha Vision", "61"), ("Hikvision", "38"),
                     ("Avigilon", "17")]:
            rc = inner.add_row().cells
            rc[0].text = m; rc[1].text = n
        cells[1].add_paragraph("Figures provided by the Trust's Security Manager as at 31 March 2024.")
for r in t.rows:
    r.cells[0].width = Cm(6.5); r.cells[1].width = Cm(10)

p()
p("Please note that the information provided in response to this request is correct at the date of the response. "
  "The Trust is under no obligation to update this information.")
p("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. "
  "Internal review requests should be submitted within two months of the date of receipt of this response and "
  "should be addressed to the Head of Information Governance at the address above.")
p("If you remain dissatisfied you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, "
  "Wilmslow, Cheshire SK9 5AF, www.ico.org.uk.")
p("Re-use of information: the information supplied to you continues to be protected by the Copyright, Designs and "
  "Patents Act 1988. You are free to use it for your own purposes, including any non-commercial research you are "
  "doing and for the purposes of news reporting.")
p("Yours sincerely")
p("\n\nKerry Oyelaran\nFreedom of Information Officer\nOn behalf of the Trust")
doc.save(out(f"{N:02d}-reply.docx"))

label(N, "docx", "docx", "nhs", "foia", "yes", "no", "partially_answered", ["s40"], 259,
      "Q1 only points to a nested per-maker table with no total (143+61+38+17); 'Yes' to combined Hik/Dahua question resolved by the complete maker list; DPIA names redacted s40")
