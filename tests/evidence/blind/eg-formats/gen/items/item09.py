import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell

NN = '09'
write_request(NN, """
Dear Caerphilly County Borough Council,

Under the Freedom of Information Act 2000 please tell me:

1. How many CCTV cameras the council operates (public space and council buildings).
2. Whether any of the council's cameras are made by Hikvision.
3. Whether any of the council's cameras are made by Dahua.
4. Whether any of these cameras use facial recognition.

Diolch,
Rhodri Pryce
""")

doc = OpenDocumentText()
bold = Style(name='Bold', family='text'); bold.addElement(TextProperties(fontweight='bold'))
doc.automaticstyles.addElement(bold)
hd = Style(name='Hd', family='paragraph'); hd.addElement(TextProperties(fontsize='13pt', fontweight='bold'))
doc.automaticstyles.addElement(hd)
sm = Style(name='Sm', family='paragraph'); sm.addElement(TextProperties(fontsize='8pt'))
doc.automaticstyles.addElement(sm)
ctr = Style(name='Ctr', family='paragraph'); ctr.addElement(ParagraphProperties(textalign='center'))
ctr.addElement(TextProperties(fontweight='bold', fontsize='12pt'))
doc.automaticstyles.addElement(ctr)
colst = Style(name='Col', family='table-column'); colst.addElement(TableColumnProperties(columnwidth='8.2cm'))
doc.automaticstyles.addElement(colst)
cellst = Style(name='Cell', family='table-cell')
cellst.addElement(TableCellProperties(padding='0.15cm', border='0.5pt solid #888888'))
doc.automaticstyles.addElement(cellst)

def para(text, style=None):
    p = P(stylename=style) if style else P()
    p.addText(text)
    return p

doc.text.addElement(para('Cyngor Bwrdeistref Sirol Caerffili / Caerphilly County Borough Council', 'Ctr'))
doc.text.addElement(para('Tŷ Penallta, Parc Tredomen, Ystrad Mynach, Hengoed CF82 7PG', 'Sm'))
doc.text.addElement(para(''))
doc.text.addElement(para('Ein Cyf / Our Ref: FOI-CCBC-2024-1877'))
doc.text.addElement(para('Dyddiad / Date: 08/10/2024'))
doc.text.addElement(para('Mr R Pryce'))
doc.text.addElement(para(''))

rows = [
    ('Annwyl Mr Pryce', 'Dear Mr Pryce'),
    ('Cais am Wybodaeth – Deddf Rhyddid Gwybodaeth 2000', 'Request for Information – Freedom of Information Act 2000'),
    ('Diolch am eich cais a dderbyniwyd ar 10 Medi 2024. Mae ymateb y Cyngor i\'ch cwestiynau fel a ganlyn:',
     'Thank you for your request received on 10 September 2024. The Council\'s response to your questions is as follows:'),
    ('1. Mae\'r Cyngor yn gweithredu 87 o gamerâu TCC mannau cyhoeddus, a 45 camera arall mewn adeiladau\'r Cyngor.',
     '1. The Council operates 87 public space CCTV cameras, and a further 45 cameras at Council buildings.'),
    ('2. Ydy. Mae 9 camera Hikvision yn nepo Trehir.',
     '2. Yes. There are 9 Hikvision cameras at Trehir depot.'),
    ('3. Nac ydy.', '3. No.'),
    ('4. Nid oes gan yr un o gamerâu\'r Cyngor swyddogaeth adnabod wynebau.',
     '4. None of the Council\'s cameras have a facial recognition function.'),
    ('Os ydych yn anfodlon â\'r ymateb hwn, gallwch ofyn am adolygiad mewnol o fewn 40 diwrnod gwaith. Os ydych yn dal yn anfodlon, gallwch gysylltu â Swyddfa\'r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH.',
     'If you are dissatisfied with this response you may request an internal review within 40 working days. If you remain dissatisfied you may contact the Information Commissioner\'s Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.'),
    ('Mae\'r Cyngor yn croesawu gohebiaeth yn Gymraeg a Saesneg.',
     'The Council welcomes correspondence in Welsh and English.'),
    ('Yn gywir', 'Yours sincerely'),
    ('Eleri Watkins\nSwyddog Llywodraethu Gwybodaeth', 'Eleri Watkins\nInformation Governance Officer'),
]
t = Table(name='Bilingual')
t.addElement(TableColumn(stylename='Col', numbercolumnsrepeated=2))
for cy, en in rows:
    tr = TableRow()
    for txt in (cy, en):
        tc = TableCell(stylename='Cell')
        for line in txt.split('\n'):
            tc.addElement(para(line))
        tr.addElement(tc)
    t.addElement(tr)
doc.text.addElement(t)
doc.save(out(f'{NN}-reply.odt'))
put_label({"path": f"{NN}-reply.odt", "request_file": f"{NN}-request.txt", "format": "odt",
           "body_type": "welsh_council", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 132,
           "note": "bilingual Welsh/English letter laid out as a two-column table; total must be added (87 public space + 45 buildings), '9 ... Hikvision' is a subset"})
