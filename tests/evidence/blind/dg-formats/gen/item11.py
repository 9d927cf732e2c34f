from common import *
import random
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NN = "11"
write_request(NN, """
Dear Glanrhyd County Borough Council,

Under the Freedom of Information Act 2000, please provide:

Question 1: The number of CCTV cameras at each council site, including public space CCTV, schools excluded.
Question 2: The manufacturer(s) of the cameras at each site.
Question 3: The number of recorders at each site.
Question 4: Does the council use cameras made by Hikvision?
Question 5: Does the council use cameras made by Dahua?

Diolch / Thank you,
Eleri Prosser
""")

rnd = random.Random(11)
sites = ["Civic Offices, Glanrhyd", "Bryn Road Depot", "Glanrhyd Town Centre (public space)", "Pontllan Town Centre (public space)",
         "Cwmafon Library", "Glanrhyd Library & Archives", "Pontllan Leisure Centre", "Heol Fawr Leisure Centre", "Tŷ Gwyn Care Home",
         "Maes y Coed Day Centre", "Household Waste Recycling Centre, Bryn", "Household Waste Recycling Centre, Tonfa",
         "Glanrhyd Bus Station", "Multi-storey car park, Stryd y Farchnad", "Pontllan Market", "Cemetery and Crematorium",
         "Youth Centre, Cwmafon", "Registry Office", "Highways Depot, Tonfa", "Glanrhyd Museum"]
makes = ["Hikvision", "Hik-Vision", "Axis", "Hanwha", "Bosch", "Vivotek"]
table_rows = []
for s in sites:
    k = rnd.choice([1, 1, 2, 2, 3])
    chosen = rnd.sample(makes, k)
    rows = [(m, rnd.randint(2, 14)) for m in chosen]
    table_rows.append((s, rows, rnd.choice([1, 1, 1, 2])))
# one site with Dahua (misspelt)
table_rows[11] = ("Household Waste Recycling Centre, Tonfa", [("Da Hua", 4), ("Axis", 2)], 1)
table_rows[2] = ("Glanrhyd Town Centre (public space)", [("Bosch", 18), ("Hikvision", 9), ("Axis", 6)], 2)
total = sum(n for _, rows, _ in table_rows for _, n in rows)
nrec = sum(r for *_, r in table_rows)

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
r = hp.add_run("Cyngor Bwrdeistref Sirol Glanrhyd\nGlanrhyd County Borough Council"); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = RGBColor(0x00, 0x5A, 0x32)
hp2 = sec.header.add_paragraph("Tîm Rhyddid Gwybodaeth / Freedom of Information Team · Swyddfeydd Dinesig / Civic Offices · Glanrhyd · CF72 9XX")
hp2.runs[0].font.size = Pt(8)
sec.footer.paragraphs[0].text = "Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh"
sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_paragraph("Ein cyf / Our ref: RhG/FOI 2024-1566\nDyddiad / Date: 9 December 2024")
doc.add_paragraph("Annwyl / Dear Ms Prosser,")
p = doc.add_paragraph(); p.add_run("Freedom of Information Act 2000 – CCTV").bold = True
doc.add_paragraph("Thank you for your request for information, which was received on 11 November 2024. Please find below the Council's response.")
doc.add_paragraph("Questions 1, 2 and 3 – please see the table below.")

t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
hdr = ["Site", "Manufacturer", "No. of cameras", "Recorders"]
for c, h in zip(t.rows[0].cells, hdr):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
    tcPr = c._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), "D9E2F3"); tcPr.append(shd)
trPr = t.rows[0]._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
for site, rows, rec in table_rows:
    first = None
    for i, (mk, n) in enumerate(rows):
        cells = t.add_row().cells
        if i == 0:
            first = cells
        cells[1].text = mk
        cells[2].text = str(n)
    if len(rows) > 1:
        last_row = t.rows[len(t.rows) - 1].cells
        a = first[0].merge(last_row[0])
        a.text = site
        b = first[3].merge(last_row[3])
        b.text = str(rec)
    else:
        first[0].text = site
        first[3].text = str(rec)
tot = t.add_row().cells
m = tot[0].merge(tot[1])
m.text = "Total"
tot[2].text = str(total)
tot[3].text = str(nrec)
for c in (m, tot[2], tot[3]):
    c.paragraphs[0].runs[0].bold = True
for row in t.rows:
    for c, w in zip(row.cells, [Cm(7), Cm(4), Cm(3), Cm(2.5)]):
        c.width = w

doc.add_paragraph("")
p = doc.add_paragraph(); p.add_run("Question 4: ").bold = True; p.add_run("Yes, see table.")
p = doc.add_paragraph(); p.add_run("Question 5: ").bold = True; p.add_run("Yes, at one site.")
doc.add_paragraph("If you are dissatisfied with the way the Council has handled your request, you may ask for an internal review by contacting the Freedom of Information Team within 40 working days. You may also apply to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH (Tel: 0330 414 6421).")
doc.add_paragraph("Mae'r ymateb hwn ar gael yn Gymraeg ar gais. / This response is available in Welsh on request.")
doc.add_paragraph("Yn gywir / Yours sincerely,\n\n\nRhodri Bevan\nSwyddog Rhyddid Gwybodaeth / Freedom of Information Officer")
doc.save(out(f"{NN}-reply.docx"))
print(total, nrec)
add_label(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx", body_type="welsh_council", law="foia",
          hikvision="yes", dahua="yes", outcome="answered", exemptions=[], camera_count=total,
          note="Bilingual letter; long table with vertically merged site cells, repeated header row, recorders column and a merged-cell total row; Dahua spelt 'Da Hua' at one site.")
