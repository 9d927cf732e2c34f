from common import write_request, add_label, out
from docx import Document
from docx.shared import Pt, Cm

NN = "05"
write_request(NN, """
Dear Glan Tywi County Borough Council,

Please could you provide the following under the Freedom of Information Act 2000.

1. How many CCTV cameras does the Council operate?
2. Please give a breakdown of that number by location or type of site.
3. Are any of the cameras manufactured by Hikvision or Dahua?
4. What was the annual maintenance cost of the CCTV system in 2023/24?

Diolch,
Rhodri Beynon
""")

d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
p = d.add_paragraph(); r = p.add_run("Cyngor Bwrdeistref Sirol Glan Tywi\nGlan Tywi County Borough Council"); r.bold = True; r.font.size = Pt(13)
d.add_paragraph("Tîm Rhyddid Gwybodaeth / Freedom of Information Team\nCanolfan Ddinesig, Heol y Bont, Llandyfan SA19 6PL\n"
                "rhyddidgwybodaeth@glantywi.gov.wales / foi@glantywi.gov.wales")
d.add_paragraph("Ein cyf / Our ref: RhG-FOI 24/3391\nDyddiad / Date: 02/12/2024")
d.add_paragraph("Annwyl / Dear Mr Beynon,")
d.add_paragraph("Cais Rhyddid Gwybodaeth / Freedom of Information Request")
d.add_paragraph("Diolch am eich cais am wybodaeth a dderbyniwyd ar 5 Tachwedd 2024. "
                "Thank you for your request for information received on 5 November 2024. Please find the "
                "Council's response below.")

t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
t.rows[0].cells[0].text = "Cwestiwn / Question"; t.rows[0].cells[1].text = "Ateb / Response"
for c in t.rows[0].cells: c.paragraphs[0].runs[0].bold = True

r1 = t.add_row().cells
r1[0].text = "1. How many CCTV cameras does the Council operate?\n2. Please give a breakdown of that number by location or type of site."
r1[1].text = "Mae'r wybodaeth i'w gweld yn y tabl isod. / The information is shown in the table below."
inner = r1[1].add_table(rows=1, cols=2); inner.style = "Table Grid"
inner.rows[0].cells[0].text = "Lleoliad / Location"; inner.rows[0].cells[1].text = "Nifer / Number"
for loc, n in [("Canol trefi (gofod cyhoeddus) / Town centres (public space)", "86"),
               ("Swyddfeydd y Cyngor / Council offices", "41"),
               ("Depos / Depots", "23"),
               ("Canolfannau hamdden / Leisure centres", "37"),
               ("Llyfrgelloedd / Libraries", "12"),
               ("Cyfanswm / Total", "199")]:
    c = inner.add_row().cells; c[0].text = loc; c[1].text = n
r1[1].add_paragraph("Nid yw'r ffigurau'n cynnwys camerâu a wisgir ar y corff. / The figures do not include "
                    "body worn cameras used by Civil Enforcement Officers.")

r3 = t.add_row().cells
r3[0].text = "3. Are any of the cameras manufactured by Hikvision or Dahua?"
r3[1].text = "Na. Nid yw'r un o gamerâu'r Cyngor wedi'u gweithgynhyrchu gan Hikvision na Dahua."
r3[1].add_paragraph("No. None of the Council's cameras are manufactured by Hikvision or Dahua.")

r4 = t.add_row().cells
r4[0].text = "4. What was the annual maintenance cost of the CCTV system in 2023/24?"
r4[1].text = "£68,420 (heb gynnwys TAW / excluding VAT)."
for row in t.rows:
    row.cells[0].width = Cm(6); row.cells[1].width = Cm(11)

d.add_paragraph()
d.add_paragraph("Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol o fewn 40 diwrnod gwaith. "
                "If you are dissatisfied with this response you may ask for an internal review within 40 working "
                "days by writing to the address above. If you remain dissatisfied you have the right to complain "
                "to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
d.add_paragraph("Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh and English.")
d.add_paragraph("Yn gywir / Yours sincerely,\n\nCeri Llewelyn\nSwyddog Rhyddid Gwybodaeth / Freedom of Information Officer")
d.save(out(f"{NN}-reply.docx"))
add_label(NN, "docx", "welsh_council", "foia", "no", "no", "answered", [], 199,
          "Bilingual Welsh/English reply; the count is in a table nested inside the answer cell of the Q&A "
          "table, with a Cyfanswm/Total row.")
