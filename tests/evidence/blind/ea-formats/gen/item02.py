from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "02"
req = """Dear Northern Lincolnshire and Goole NHS Foundation Trust,

I am writing to request the following under the Freedom of Information Act:

(a) The total number of CCTV cameras operated by the Trust
(b) The number of cameras at each hospital site
(c) The manufacturer(s) of those cameras
(d) The location of each camera within each site (e.g. ward, corridor, car park)
(e) Whether any of the Trust's cameras are manufactured by Hikvision or Dahua

Many thanks,

Priya Rathore
"""
write_request(NN, req)

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
hp = doc.sections[0].header.paragraphs[0]
hp.text = "NHS\nNorthern Lincolnshire and Goole\nNHS Foundation Trust"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

def para(t, bold=False, italic=False, after=6):
    p = doc.add_paragraph(); r = p.add_run(t); r.bold = bold; r.italic = italic
    p.paragraph_format.space_after = Pt(after); return p

para("Information Governance\nDiana, Princess of Wales Hospital\nScartho Road\nGrimsby\nDN33 2BA")
para("Tel: 03033 306 1477\nEmail: nlg-tr.foi@nhs.net")
para("Ms P Rathore\nVia email")
para("Date: 3rd July 2024\nFOI Ref: NLG(24)611")
para("Dear Ms Rathore")
para("Re: Freedom of Information Request", bold=True)
para("Thank you for your email dated 5th June 2024 requesting information under the Freedom of Information Act "
     "2000. The Trust's response to your request is below.")
para("(a) & (b) & (c)", bold=True)
para("The table below sets out the number of CCTV cameras at each site and the manufacturers of the equipment "
     "installed there.")

rows = [("Site", "No. of CCTV cameras", "Manufacturer(s)"),
        ("Diana, Princess of Wales Hospital, Grimsby", "142", "Avigilon; Hanwha Vision"),
        ("Scunthorpe General Hospital", "118", "Avigilon; HiWatch"),
        ("Goole & District Hospital", "36", "HiWatch"),
        ("Community sites (6)", "27", "Hanwha Vision; Panasonic"),
        ("Total", "323", "")]
t = doc.add_table(rows=len(rows), cols=3); t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        c = t.cell(i, j); c.text = v
        if i in (0, len(rows) - 1):
            for r in c.paragraphs[0].runs: r.bold = True
para("")
para("(d)", bold=True)
para("The Trust holds a schedule of camera locations for each site. This information is being withheld under "
     "section 31(1)(a) of the Freedom of Information Act (law enforcement – the prevention or detection of crime).")
para("Section 31 is a qualified exemption and the Trust has therefore considered the public interest. The Trust "
     "recognises the public interest in transparency about surveillance on its premises. However, disclosure of "
     "a full map of camera positions would reveal which areas of each hospital are not covered, which could be "
     "used by individuals intending to commit theft, assault on staff or damage to property, including in areas "
     "where vulnerable patients are cared for. On balance the Trust considers that the public interest in "
     "maintaining the exemption outweighs the public interest in disclosure.")
para("(e)", bold=True)
para("Please refer to the manufacturers listed in the table above.")
para("")
para("If you are unhappy with the response to your request, you may ask for an internal review by writing to the "
     "Head of Information Governance at the address above within 40 working days. If you remain dissatisfied "
     "after the internal review you may complain to the Information Commissioner's Office, Wycliffe House, Water "
     "Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk.")
para("Most of the information that we provide in response to Freedom of Information Act 2000 requests will be "
     "subject to copyright protection. In most cases the copyright will be owned by the Trust.", italic=True)
para("Yours sincerely")
para("Dale Hemmingway\nFreedom of Information Officer\nOn behalf of Information Governance")
out = ROOT / f"{NN}-reply.docx"; doc.save(out)

upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="docx", body_type="nhs", law="foia",
    hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s31"], camera_count=323,
    note="Hikvision only appears as its HiWatch brand in a table; Dahua 'no' follows from the complete per-site manufacturer list; (e) just points to the table; locations withheld s31.")
