from common import *
from docx import Document
from docx.shared import Pt

NN = "03"
write_request(NN, """
Dear Greenwood Academies Trust,

I would like to make a request under the Freedom of Information Act.

(a) For each academy in the Trust, how many CCTV cameras are installed (internal and external)?
(b) What make of camera is used at each academy?
(c) Does the Trust use any Hikvision cameras?
(d) Does the Trust use any Dahua cameras?
(e) Is CCTV used in toilets or changing areas?

Thank you,
Priya Basra
""")

sites = [
    ("Bulwell Academy", 24, 9, "Axis"),
    ("Greenwood Academy, Castle Vale", 14, 6, "HiWatch (DS-2CD series)"),
    ("Skegness Academy", 19, 11, "Uniview"),
    ("Nottingham Academy (Primary phase)", 8, 4, "HiWatch"),
    ("Weston Favell Academy", 27, 12, "Hanwha Wisenet / Axis"),
    ("Kingsthorpe Village Primary", 5, 3, "Uniview"),
]
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10)
doc.add_paragraph().add_run("GREENWOOD ACADEMIES TRUST").bold = True
doc.add_paragraph("Governance and Compliance\nc/o Bulwell Academy, Hucknall Road, Nottingham\ngovernance@greenwoodacademies.example.org")
doc.add_paragraph("4 July 2024")
doc.add_paragraph("Dear Ms Basra")
doc.add_paragraph("Re: Freedom of Information request – CCTV (our ref GAT-FOI-0092)")
doc.add_paragraph("Thank you for your email of 10 June 2024. We confirm the Trust holds the information requested. "
                  "Parts (a) to (d) are answered in the table below.")
tbl = doc.add_table(rows=1, cols=4); tbl.style = "Light Grid Accent 1"
for c, h in zip(tbl.rows[0].cells, ["Academy", "Internal", "External", "Camera make"]):
    c.text = h
for s in sites:
    cells = tbl.add_row().cells
    for c, v in zip(cells, s):
        c.text = str(v)
doc.add_paragraph("")
doc.add_paragraph("(e) No. CCTV is not sited in toilets, changing rooms or any area where pupils would have a reasonable "
                  "expectation of privacy. Corridors outside toilet blocks are covered at some academies.")
doc.add_paragraph("If you are not satisfied with this response you may ask for an internal review by writing to the "
                  "Governance and Compliance Manager within two months. You may then contact the Information Commissioner's Office, "
                  "Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
doc.add_paragraph("Kind regards\n\nSimon Ashworth-Lee\nGovernance and Compliance Manager")
doc.save(out(f"{NN}-reply.docx"))
total = sum(a + b for _, a, b, _ in sites)
label(NN, "docx", "academy", "foia", "yes", "no", "answered", [], total,
      "no total row (sum internal+external per site); Hikvision only as sub-brand HiWatch; (c)/(d) answered only by the table")
print(total)
