from lib import *
from docx import Document
from docx.shared import Pt
nn = "14"
write_request(nn, """
Hi,

This is a Freedom of Information request to the Vale of Hessle Academies Trust.

For each of the Trust's schools could you tell me how many CCTV cameras there are and what make they are? And does the Trust use Hikvision or Dahua cameras anywhere?

Thanks,
Sam Oduya
""")
d = Document()
st = d.styles["Normal"]; st.font.name = "Century Gothic"; st.font.size = Pt(10)
d.add_paragraph("VALE OF HESSLE ACADEMIES TRUST").runs[0].bold = True
d.add_paragraph("Central Team, Unit 4 Ferriby Business Park, Hessle HU13 0XY")
d.add_paragraph("FOI ref: VHAT-FOI-025        Date: 12/12/2024")
d.add_paragraph("Dear Sam,")
d.add_paragraph("Thanks for your email of 18 November. Our Estates Manager has pulled the information together from each school and it is set out in the table below.")
makes = ["Hikvison", "Dahua", "Uniview", "Other"]
sites = [("Hessle Park Primary", [8, "", "", ""]),
         ("Anlaby Road Academy", ["", 12, "", 2]),
         ("Swanland Church of England Primary", ["", "", 6, ""]),
         ("Cottingham Vale Secondary", [31, 9, "", 4]),
         ("Melton Brook Primary", [5, "", "", ""]),
         ("Brantingham Sixth Form", ["", "", 14, ""])]
t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
for i, h in enumerate(["School"] + makes + ["Total"]):
    t.rows[0].cells[i].text = h
tot = [0]*5
for s, v in sites:
    r = t.add_row().cells; r[0].text = s
    n = [x if x != "" else 0 for x in v]
    for i, x in enumerate(v): r[i+1].text = str(x)
    r[5].text = str(sum(n))
    for i in range(4): tot[i] += n[i]
    tot[4] += sum(n)
r = t.add_row().cells; r[0].text = "Trust total"
for i in range(5): r[i+1].text = str(tot[i])
for c in r: c.paragraphs[0].runs[0].bold = True
d.add_paragraph("")
d.add_paragraph("“Other” is two Bosch cameras at Anlaby Road and four older analogue cameras at Cottingham Vale (make not known, installed by a previous contractor).")
d.add_paragraph("So to answer your last question, yes – as you can see some of our schools do have Hikvision and Dahua cameras. These were installed before the academies joined the Trust.")
d.add_paragraph("If you’re not happy with this reply you can ask for a review by emailing governance@vhat.org.uk. You can also contact the ICO.")
d.add_paragraph("Best wishes,\nLouise Danby\nTrust Governance & Compliance Lead")
d.save(p(f"{nn}-reply.docx"))
print(tot)
label(nn, "docx", "docx", "academy", "foia", "yes", "yes", "answered", [], tot[4],
      "school-by-make Word table with misspelt 'Hikvison' column, blank cells and a Trust total row/column")
