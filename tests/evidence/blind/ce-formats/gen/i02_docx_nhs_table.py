from common import *
from docx import Document
from docx.shared import Pt, RGBColor

NN = "02"
write_request(NN, """
To the FOI team, Royal Cornwall Hospitals NHS Trust

Please provide the following under FOIA:

Q1 Total number of CCTV cameras operated by the Trust across all sites
Q2 Are any of these cameras manufactured by Hikvision?
Q3 Are any of these cameras manufactured by Dahua?
Q4 Name of the company that installs/maintains the CCTV
Q5 Do any cameras record audio?

Regards
J. Halloran
""")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(10.5)
t = doc.add_paragraph(); r = t.add_run("Royal Cornwall Hospitals NHS Trust"); r.bold = True; r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
doc.add_paragraph("Freedom of Information Office, Knowledge Spa, Royal Cornwall Hospital, Truro TR1 3HD")
doc.add_paragraph("FOI Reference: RCHT-FOI-5561\nDate of request: 02/10/2023\nDate of response: 27/10/2023")
doc.add_paragraph("Request: CCTV cameras")
tbl = doc.add_table(rows=1, cols=2); tbl.style = "Table Grid"
tbl.rows[0].cells[0].text = "Question"; tbl.rows[0].cells[1].text = "Trust response"
for c in tbl.rows[0].cells:
    for rr in c.paragraphs[0].runs: rr.bold = True
rows = [
    ("Q1 Total number of CCTV cameras operated by the Trust across all sites",
     "Approximately 640 cameras across Royal Cornwall Hospital (Treliske), West Cornwall Hospital (Penzance) "
     "and St Michael's Hospital (Hayle)."),
    ("Q2 Hikvision?",
     "Yes. A number of Hikvision cameras remain at the Treliske site. These are being replaced on a rolling basis "
     "under the Trust's estates capital programme, which is scheduled to complete in 2026."),
    ("Q3 Dahua?", "No"),
    ("Q4 Installer / maintainer",
     "Dahl Security Systems Ltd (Bodmin) under a contract awarded in 2021."),
    ("Q5 Audio recording", "No cameras record audio."),
]
for q, a in rows:
    cells = tbl.add_row().cells
    cells[0].text = q; cells[1].text = a
doc.add_paragraph("")
doc.add_paragraph("This information is provided under the Freedom of Information Act 2000 and is correct at the date of response. "
                  "If you are unhappy with the way your request has been handled you may request an internal review by writing "
                  "to the Trust's FOI Office. If you remain dissatisfied you may complain to the Information Commissioner's Office "
                  "(www.ico.org.uk).")
doc.add_paragraph("FOI Office\nRoyal Cornwall Hospitals NHS Trust\nrcht.foi@nhs.example.net")
doc.save(out(f"{NN}-reply.docx"))
label(NN, "docx", "nhs", "foia", "yes", "no", "answered", [], 640,
      "Hikvision still in place but being replaced by 2026 (in use now); maintainer 'Dahl Security Systems' looks like Dahua; approx. count")
