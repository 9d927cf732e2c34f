import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, Span
from odf.table import Table, TableColumn, TableRow, TableCell

N = 7
write_text(f"{N:02d}-request.txt", """
Dear Cwm Tawelan County Borough Council,

I am making a request under the Freedom of Information Act 2000. Please could you answer the following:

1. How many CCTV cameras does the council operate in total?
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. If yes to Q2 or Q3, how many cameras from each of those manufacturers?
5. Has the council completed a Data Protection Impact Assessment covering its CCTV? If so, please send me a copy.

You may reply in English.

Kind regards,
Rhiannon Beddoe
""")

doc = OpenDocumentText()
bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold"))
h = Style(name="Head", family="paragraph"); h.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#006A4E"))
h.addElement(ParagraphProperties(textalign="center"))
small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="8pt"))
cellst = Style(name="Cell", family="table-cell"); cellst.addElement(TableCellProperties(padding="0.15cm", border="none"))
colst = Style(name="Col", family="table-column"); colst.addElement(TableColumnProperties(columnwidth="8.2cm"))
for s in (bold, h, small):
    doc.automaticstyles.addElement(s)
doc.automaticstyles.addElement(cellst); doc.automaticstyles.addElement(colst)

doc.text.addElement(P(stylename=h, text="Cyngor Bwrdeistref Sirol Cwm Tawelan"))
doc.text.addElement(P(stylename=h, text="Cwm Tawelan County Borough Council"))
doc.text.addElement(P(text=""))

pairs = [
    ("Gofynnwch am / Please ask for: Ceri Pritchard", None),
    ("Ein Cyf / Our Ref: RhG/FOI/2024/0655", None),
    ("Dyddiad / Date: 21/05/2024", None),
    ("Ffôn / Tel: 01632 962 118", None),
]
for a, _ in pairs:
    doc.text.addElement(P(text=a))
doc.text.addElement(P(text=""))

cy = [
    ("**", "Annwyl Ms Beddoe"),
    ("**", "Cais am Wybodaeth – Deddf Rhyddid Gwybodaeth 2000"),
    ("", "Diolch am eich cais a dderbyniwyd ar 24 Ebrill 2024. Mae ein hymateb fel a ganlyn:"),
    ("", "1. 97"),
    ("", "2. Ydy"),
    ("", "3. Nac ydy"),
    ("", "4. 23"),
    ("", "5. Ydy – gweler yr atodiad."),
    ("", "Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol o fewn 40 diwrnod gwaith. Mae gennych hefyd yr hawl i gwyno i Swyddfa'r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH."),
    ("", "Croesewir gohebiaeth yn Gymraeg a byddwn yn ymateb yn Gymraeg heb oedi."),
    ("", "Yn gywir"),
    ("", "Ceri Pritchard\nSwyddog Llywodraethu Gwybodaeth"),
]
en = [
    ("**", "Dear Ms Beddoe"),
    ("**", "Request for Information – Freedom of Information Act 2000"),
    ("", "Thank you for your request received on 24 April 2024. Our response is as follows:"),
    ("", "1. 97"),
    ("", "2. Yes"),
    ("", "3. No"),
    ("", "4. 23"),
    ("", "5. Yes – see attached."),
    ("", "If you are dissatisfied with this response you may request an internal review within 40 working days. You also have the right to complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."),
    ("", "We welcome correspondence in Welsh and will respond in Welsh without delay."),
    ("", "Yours sincerely"),
    ("", "Ceri Pritchard\nInformation Governance Officer"),
]

tbl = Table(name="Bilingual")
tbl.addElement(TableColumn(numbercolumnsrepeated=2, stylename=colst))
for (ca, ctext), (ea, etext) in zip(cy, en):
    tr = TableRow()
    for mark, txt in ((ca, ctext), (ea, etext)):
        tc = TableCell(stylename=cellst)
        for k, line in enumerate(txt.split("\n")):
            p = P()
            if mark == "**":
                p.addElement(Span(stylename=bold, text=line))
            else:
                p.addText(line)
            tc.addElement(p)
        tr.addElement(tc)
    tbl.addElement(tr)
doc.text.addElement(tbl)
doc.text.addElement(P(text=""))
doc.text.addElement(P(stylename=small, text="Canolfan Ddinesig, Heol y Bont, Tawelan CT1 2AB  |  Civic Centre, Bridge Road, Tawelan CT1 2AB  |  www.cwmtawelan.gov.invalid"))
doc.save(out(f"{N:02d}-reply.odt"))

label(N, "odt", "odt", "welsh_council", "foia", "yes", "no", "answered", [], 97,
      "bilingual two-column table (Welsh left, English right) with bare '1. 97 2. Yes 3. No 4. 23' answers that need the request; 23 is the Hikvision subset")
