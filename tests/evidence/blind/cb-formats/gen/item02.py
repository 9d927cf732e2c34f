from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "02"
write_request(NN, """
To the FOI team, Sherwood Forest Hospitals NHS Foundation Trust

I would be grateful for the following under the FOI Act.

Q1 How many CCTV cameras are in operation across the Trust's sites? If possible please break this down by hospital / site and by camera type.
Q2 Who manufactures the cameras? Please list all manufacturers.
Q3 Does the Trust hold a Data Protection Impact Assessment for its CCTV? If so please provide a copy.
Q4 Who maintains the system?

Regards
Priya Raman
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
hdr = sec.header
hp = hdr.paragraphs[0]
hp.text = "Sherwood Forest Hospitals NHS Foundation Trust\tFOI Ref: SFH/FOI/2425/0871\nKing's Mill Hospital, Mansfield Road, Sutton-in-Ashfield, NG17 4JL\tDate: 03/09/2024"
for r in hp.runs: r.font.size = Pt(9)
fp = sec.footer.paragraphs[0]
fp.text = "Chair: (vacant)   |   Chief Executive: (interim)   |   www.sfh-tr.example.nhs.uk"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

p = doc.add_paragraph(); r = p.add_run("Freedom of Information Request"); r.bold = True; r.font.size = Pt(13)
doc.add_paragraph("Dear Ms Raman")
doc.add_paragraph("We write further to your request, which we received on 8 August 2024. "
                  "Please find the Trust's response below.")
doc.add_paragraph().add_run("Q1 Number of CCTV cameras by site and type").bold = True
doc.add_paragraph("The figures below were taken from the Estates & Facilities CCTV inventory on 29 August 2024.")

data = [
    ("King's Mill Hospital", 198, 21, 14, 9),
    ("Newark Hospital", 61, 6, 4, 0),
    ("Mansfield Community Hospital", 37, 2, 3, 0),
    ("Trust Offices / Ashfield Health Village", 22, 0, 2, 0),
    ("Car parks (all sites)", 0, 8, 0, 0),
]
t = doc.add_table(rows=1, cols=6); t.style = "Light Grid Accent 1"
hd = ["Site", "Fixed internal (dome)", "PTZ", "External bullet", "Body-worn (Security)", "Total cameras"]
for i, h in enumerate(hd): t.rows[0].cells[i].text = h
tot = [0, 0, 0, 0]
for s, a, b, c, bw in data:
    cells = t.add_row().cells
    vals = [s, a, b, c, bw, a + b + c]
    for i, v in enumerate(vals): cells[i].text = str(v)
    tot = [tot[0] + a, tot[1] + b, tot[2] + c, tot[3] + bw]
cells = t.add_row().cells
for i, v in enumerate(["Total"] + tot + [tot[0] + tot[1] + tot[2]]):
    cells[i].text = str(v)
    for r in cells[i].paragraphs[0].runs: r.bold = True
TOTAL = tot[0] + tot[1] + tot[2]
doc.add_paragraph("Note: the body-worn devices are issued to the security team and are not included in the "
                  "total camera column.").runs[0].italic = True

doc.add_paragraph().add_run("Q2 Manufacturers").bold = True
doc.add_paragraph("The Trust's fixed CCTV estate is made up of Axis Communications, Hanwha Vision (formerly "
                  "Samsung Techwin) and Avigilon cameras. No other manufacturers are in use. Body-worn "
                  "devices are Reveal.")
doc.add_paragraph().add_run("Q3 DPIA").bold = True
doc.add_paragraph("Yes. A copy of the Trust's CCTV DPIA (version 3.1, March 2023) is attached to this response.")
doc.add_paragraph().add_run("Q4 Maintenance").bold = True
doc.add_paragraph("The system is maintained under contract by Skanska Facilities Services as part of the "
                  "King's Mill PFI arrangement, with Newark and Mansfield Community maintained by "
                  "Chubb Fire & Security.")
doc.add_paragraph("If you are dissatisfied with the response you may request an internal review by writing to "
                  "the Head of Information Governance within 40 working days. If you remain dissatisfied you "
                  "may complain to the Information Commissioner's Office (www.ico.org.uk).")
doc.add_paragraph("Kind regards\n\nFreedom of Information Team\nsfh-tr.foi@example.nhs.net")
doc.save(OUT / f"{NN}-reply.docx")
print(TOTAL)
label(NN, "docx", "nhs", "foia", "no", "no", "answered", [], TOTAL,
      "Reference and date only in the page header; per-site table by camera type with a total row and a body-worn column excluded from the total; makers given as complete list.")
