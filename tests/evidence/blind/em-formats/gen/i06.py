from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

write_request("06", """
Annwyl Syr/Madam / Dear Sir or Madam,

Under the Freedom of Information Act 2000 I request the following from Glannau Teifi County Council:

- the number of CCTV cameras at each council site (including public space CCTV)
- the manufacturer of the cameras at each site
- whether any cameras made by Hikvision or Dahua are used, and if so whether there are plans to replace them

I am happy to receive the response in English.

Diolch,
Ffion Rees-Barker
""")

d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("Cyngor Sir Glannau Teifi\nGlannau Teifi County Council"); r.bold = True; r.font.size = Pt(14)
p = d.add_paragraph("Neuadd y Sir, Heol y Castell, Llanfeiriol SA99 3GT / County Hall, Castle Road, Llanfeiriol SA99 3GT\nFfôn / Tel: 01632 960 552   rhyddid.gwybodaeth@glannauteifi.example")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.runs[0].font.size = Pt(8)
d.add_paragraph("Ein cyf / Our ref: RhG-FOI-1187/24\nDyddiad / Date: 12 Tachwedd / November 2024\nGofynnwch am / Please ask for: Alun Pritchard")
d.add_paragraph("Annwyl Ms Rees-Barker / Dear Ms Rees-Barker,")
p = d.add_paragraph(); p.add_run("Deddf Rhyddid Gwybodaeth 2000 – Cais am Wybodaeth: Teledu Cylch Cyfyng (TCC)\nFreedom of Information Act 2000 – Request for Information: CCTV").bold = True
d.add_paragraph("Diolch am eich cais am wybodaeth a dderbyniwyd ar 17 Hydref 2024. Mae'r Cyngor yn dal y wybodaeth y gofynnwyd amdani, ac fe'i nodir yn y tabl isod.")
d.add_paragraph("Thank you for your request for information received on 17 October 2024. The Council holds the information you requested and it is set out in the table below.")

rows = [
 ("Neuadd y Sir / County Hall", 31, "Axis"),
 ("TCC mannau cyhoeddus, canol tref Llanfeiriol / Public space CCTV, Llanfeiriol town centre", 52, "Axis / Hanwha"),
 ("Canolfan Hamdden Llanfeiriol / Llanfeiriol Leisure Centre", 22, "Hik Vision"),
 ("Llyfrgell Llanfeiriol / Llanfeiriol Library", 6, "Hik Vision"),
 ("Maes Parcio Stryd y Bont / Bridge Street Car Park", 8, "Dahua"),
 ("Depo Heol y Gors / Heol y Gors Depot", 14, "Dahua"),
 ("Canolfan Ailgylchu Gwastraff y Cartref, Pant-y-Fedwen / Pant-y-Fedwen HWRC", 10, "Dahua"),
]
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
h = t.rows[0].cells
for c, txt in zip(h, ["Safle / Site", "Nifer y camerâu / No. of cameras", "Gwneuthurwr / Manufacturer"]):
    c.text = txt; c.paragraphs[0].runs[0].bold = True
for s, n, mfr in rows:
    c = t.add_row().cells; c[0].text = s; c[1].text = str(n); c[2].text = mfr
c = t.add_row().cells; c[0].text = "Cyfanswm / Total"; c[1].text = str(sum(r[1] for r in rows)); c[2].text = ""
c[0].paragraphs[0].runs[0].bold = True; c[1].paragraphs[0].runs[0].bold = True
for row in t.rows:
    row.cells[0].width = Cm(9); row.cells[1].width = Cm(3.5); row.cells[2].width = Cm(4)
d.add_paragraph()
d.add_paragraph("Mae'r Cyngor wedi cytuno mewn egwyddor i ddisodli'r offer a wnaed gan Hikvision a Dahua fel rhan o'r rhaglen adnewyddu asedau yn 2025-26, yn amodol ar gyllid. Nid oes dyddiad wedi ei bennu eto.")
d.add_paragraph("The Council has agreed in principle to replace the Hikvision and Dahua manufactured equipment as part of the 2025-26 asset renewal programme, subject to funding. No date has yet been fixed.")
d.add_paragraph("Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol drwy ysgrifennu at y Swyddog Llywodraethu Gwybodaeth o fewn 40 diwrnod gwaith. Os byddwch yn parhau'n anfodlon, gallwch gysylltu â Swyddfa'r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH.")
d.add_paragraph("If you are dissatisfied with this response you may ask for an internal review by writing to the Information Governance Officer within 40 working days. If you remain dissatisfied you may contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
d.add_paragraph("Rydym yn croesawu gohebiaeth yn Gymraeg. / We welcome correspondence in Welsh.")
d.add_paragraph("Yn gywir / Yours sincerely,")
d.add_paragraph("Alun Pritchard\nSwyddog Rhyddid Gwybodaeth / Freedom of Information Officer")
d.save(out("06-reply.docx"))

label("06", "docx", "docx", "welsh_council", "foia", "yes", "yes", "answered", [], sum(r[1] for r in rows),
      "bilingual Welsh/English letter with a per-site table and total row; 'Hik Vision' spelling; replacement only planned")
print(sum(r[1] for r in rows))
