from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell
from common import out, write_request, add_label

NN = "09"
write_request(NN, """
To Cyngor Sir Dyffryn Teifi / Dyffryn Teifi County Council

FOI request:
1. How many CCTV cameras does the council operate (town centres, council buildings, car parks)?
2. Does the council use any cameras manufactured by Hikvision?
3. Does the council use any cameras manufactured by Dahua?
4. Who maintains the system?

Diolch,
Llinos Pryce
""")

doc = OpenDocumentText()
b = Style(name="B", family="text"); b.addElement(TextProperties(fontweight="bold"))
it = Style(name="I", family="text"); it.addElement(TextProperties(fontstyle="italic"))
hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
ctr = Style(name="C", family="paragraph"); ctr.addElement(ParagraphProperties(textalign="center"))
col = Style(name="col", family="table-column"); col.addElement(TableColumnProperties(columnwidth="8.2cm"))
for s in (b, it, hs, ctr):
    doc.automaticstyles.addElement(s)
doc.automaticstyles.addElement(col)


def para(t, style=None):
    p = P(stylename=style) if style else P()
    p.addText(t)
    doc.text.addElement(p)


para("Cyngor Sir Dyffryn Teifi / Dyffryn Teifi County Council", hs)
para("Swyddfa'r Cyngor, Stryd y Bont, Aberdyffryn SA43 1TD", ctr)
para("Council Offices, Bridge Street, Aberdyffryn SA43 1TD", ctr)
para("")
para("Ein cyf / Our ref: RhG-FOI-2024-0288")
para("Dyddiad / Date: 08/08/2024")
para("")
para("Annwyl Llinos Pryce / Dear Llinos Pryce,")
para("Cais am Wybodaeth – Deddf Rhyddid Gwybodaeth 2000 / Request for Information – Freedom of Information Act 2000")
para("Diolch am eich cais a dderbyniwyd ar 15/07/2024. Mae ein hymateb isod. / "
     "Thank you for your request received on 15/07/2024. Our response is below.")

tbl = Table(name="Atebion")
tbl.addElement(TableColumn(numbercolumnsrepeated=2, stylename=col))
rows = [
    ("Cymraeg", "English"),
    ("1. Mae'r Cyngor yn gweithredu 63 camera sefydlog a 24 camera y gellir eu hadleoli.",
     "1. The Council operates 63 fixed cameras and 24 re-deployable cameras."),
    ("2. Nac ydy.", "2. No."),
    ("3. Nac ydy.", "3. No."),
    ("4. Mae'r system yn cael ei chynnal gan Teifi Fire & Security Cyf. o dan gontract hyd at 2026.",
     "4. The system is maintained by Teifi Fire & Security Ltd under contract until 2026."),
]
for cy, en in rows:
    tr = TableRow()
    for t in (cy, en):
        tc = TableCell(valuetype="string")
        tc.addElement(P(text=t))
        tr.addElement(tc)
    tbl.addElement(tr)
doc.text.addElement(tbl)
para("")
para("Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol drwy ysgrifennu at "
     "rhyddidgwybodaeth@dyffrynteifi.gov.wales. Os ydych yn parhau i fod yn anfodlon, gallwch gysylltu â "
     "Swyddfa'r Comisiynydd Gwybodaeth, 2il Lawr, Churchill House, Ffordd Churchill, Caerdydd CF10 2HH.")
para("If you are dissatisfied with this response you may request an internal review by writing to "
     "freedomofinformation@dyffrynteifi.gov.wales. If you remain dissatisfied you may contact the Information "
     "Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
para("")
para("Rydym yn croesawu gohebiaeth yn Gymraeg. / We welcome correspondence in Welsh.", "I")
para("")
para("Yn gywir / Yours sincerely,")
para("Gwenan Rhys-Evans")
para("Swyddog Llywodraethu Gwybodaeth / Information Governance Officer")
para("01970 960 341")
doc.save(out(f"{NN}-reply.odt"))

add_label({"path": f"{NN}-reply.odt", "request_file": f"{NN}-request.txt", "format": "odt",
           "body_type": "welsh_council", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 87,
           "note": "bilingual Welsh/English table; count given as 63 fixed + 24 re-deployable; maker answers are bare numbered 'No'/'Nac ydy'"})
