from helpers import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell

write_text("09-request.txt", """
Dear Teifi Valley County Council,

Under the Freedom of Information Act 2000 I request:

1. The number of CCTV cameras operated by the council (public space and council buildings).
2. Are any of the cameras Hikvision? If so how many?
3. Are any of the cameras Dahua? If so how many?
4. Does the council have any plans to replace Hikvision or Dahua cameras?

I am happy to receive the reply in English.

Diolch,
Iwan Hughes
""")

doc = OpenDocumentText()
bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
cellst = Style(name="Cell", family="table-cell"); cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
col = Style(name="Col", family="table-column"); col.addElement(TableColumnProperties(columnwidth="8.2cm"))
for s in (bold, big, cellst):
    doc.automaticstyles.addElement(s)
doc.automaticstyles.addElement(col)

def para(text, style=None):
    p = P(stylename=style) if style else P()
    p.addText(text) if hasattr(p, "addText") else None
    return p

def P_(text, style=None):
    p = P(stylename=style, text=text) if style else P(text=text)
    return p

doc.text.addElement(P_("Cyngor Sir Dyffryn Teifi / Teifi Valley County Council", big))
doc.text.addElement(P_("Swyddfeydd y Cyngor, Heol y Bont, Llanfeidw SA48 7LB"))
doc.text.addElement(P_("Council Offices, Heol y Bont, Llanfeidw SA48 7LB"))
doc.text.addElement(P_(""))
doc.text.addElement(P_("Ein cyf / Our ref: RhG-FOI 2024-0744"))
doc.text.addElement(P_("Dyddiad / Date: 28/06/2024"))
doc.text.addElement(P_(""))

rows = [
    ("Annwyl Mr Hughes,", "Dear Mr Hughes,"),
    ("Cais Rhyddid Gwybodaeth – Camerâu TCC", "Freedom of Information Request – CCTV cameras"),
    ("Diolch am eich cais am wybodaeth a dderbyniwyd ar 3 Mehefin 2024. Mae ymateb y Cyngor fel a ganlyn.",
     "Thank you for your request for information received on 3 June 2024. The Council's response is as follows."),
    ("1. Mae'r Cyngor yn gweithredu 212 o gamerâu TCC.", "1. The Council operates 212 CCTV cameras."),
    ("2. Oes – 38 o gamerâu, mewn llyfrgelloedd a chanolfannau hamdden.", "2. Yes – 38 cameras, in libraries and leisure centres."),
    ("3. Nac oes.", "3. No."),
    ("4. Bwriedir disodli'r camerâu Hikvision fel rhan o raglen gyfalaf 2025/26.",
     "4. The Hikvision cameras are due to be replaced as part of the 2025/26 capital programme."),
    ("Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol drwy ysgrifennu at y Swyddog Llywodraethu Gwybodaeth yn y cyfeiriad uchod o fewn 40 diwrnod gwaith. Os ydych yn parhau i fod yn anfodlon, mae gennych hawl i gwyno i Swyddfa'r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH.",
     "If you are unhappy with this response, you may request an internal review by writing to the Information Governance Officer at the address above within 40 working days. If you remain dissatisfied, you have the right to complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."),
    ("Mae'r Cyngor yn croesawu gohebiaeth yn Gymraeg a Saesneg.", "The Council welcomes correspondence in Welsh and English."),
    ("Yn gywir,\nEleri Prys-Jones\nSwyddog Rhyddid Gwybodaeth", "Yours sincerely,\nEleri Prys-Jones\nFreedom of Information Officer"),
]
t = Table(name="Dwyieithog")
t.addElement(TableColumn(stylename=col, numbercolumnsrepeated=2))
for cy, en in rows:
    tr = TableRow()
    for txt in (cy, en):
        tc = TableCell(stylename=cellst)
        for line in txt.split("\n"):
            tc.addElement(P(text=line))
        tr.addElement(tc)
    t.addElement(tr)
doc.text.addElement(t)
doc.save(out("09-reply.odt"))

label(9, "odt", "welsh_council", "foia", "yes", "no", "answered", [], 212,
      "Bilingual Welsh/English two-column table ('Oes'/'Nac oes'); Hikvision cameras still in place but due to be replaced in 2025/26, so in use now.")
note(9, "ODT, Welsh county council, bilingual side-by-side table; 212 cameras, Hikvision yes (38, due for replacement 2025/26), Dahua 'Nac oes'/No. Medium.")
