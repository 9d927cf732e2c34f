from common import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell

NN = "06"
req = """To: Gwynedd Council Freedom of Information

Subject: Body worn video cameras

Hi,

Please could you answer the following under the FOI Act.

Q1. Does the Council use body worn video (BWV) cameras?
Q2. How many BWV devices does the Council have?
Q3. Which departments use them?
Q4. What is the make and model?
Q5. Are any of them manufactured by Hikvision or Dahua?
Q6. How long is footage retained?

Thanks,
Siân Roberts-Kay
"""
write_request(NN, req)

doc = OpenDocumentText()
bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold"))
h = Style(name="Head", family="paragraph"); h.addElement(TextProperties(fontsize="14pt", fontweight="bold", color="#B00000"))
h.addElement(ParagraphProperties(textalign="center"))
small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="9pt"))
cell = Style(name="Cell", family="table-cell"); cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
colw = Style(name="ColW", family="table-column"); colw.addElement(TableColumnProperties(columnwidth="8.5cm"))
for s in (bold, small, cell, colw): doc.automaticstyles.addElement(s)
doc.styles.addElement(h)

def p(t="", style=None):
    el = P(stylename=style, text=t) if style else P(text=t); doc.text.addElement(el)

p("CYNGOR GWYNEDD COUNCIL", h)
p("Swyddfa'r Cyngor, Stryd y Jêl, Caernarfon, Gwynedd LL55 1SH", small)
p("Rhif cyf / Our ref: RhG/FOI 12448", small)
p("Dyddiad / Date: 22/08/2024", small)
p()
p("Annwyl / Dear Siân Roberts-Kay,")
p()
p("Deddf Rhyddid Gwybodaeth 2000 / Freedom of Information Act 2000")
p()
p("Diolch am eich cais am wybodaeth a dderbyniwyd ar 29/07/2024. Mae ymateb y Cyngor i'w weld isod. / "
  "Thank you for your request for information received on 29/07/2024. The Council's response is set out below.")
p()

rows = [
 ("Cwestiwn / Question", "Ymateb", "Response"),
 ("C1 / Q1", "Ydy.", "Yes."),
 ("C2 / Q2", "38 i gyd (26 gan Swyddogion Gorfodi Sifil (Parcio) a 12 gan Swyddogion Gorfodi Amgylcheddol).",
  "38 in total (26 used by Civil Enforcement (Parking) Officers and 12 by Environmental Enforcement Officers)."),
 ("C3 / Q3", "Gwasanaeth Parcio; Gwarchod y Cyhoedd (Gorfodaeth Amgylcheddol).",
  "Parking Service; Public Protection (Environmental Enforcement)."),
 ("C4 / Q4", "Reveal Media, model D5.", "Reveal Media, model D5."),
 ("C5 / Q5", "Nac oes.", "No."),
 ("C6 / Q6", "31 diwrnod oni bai bod angen y deunydd fel tystiolaeth.",
  "31 days unless the footage is required as evidence."),
]
t = Table(name="Atebion")
t.addElement(TableColumn(numbercolumnsrepeated=3, stylename=colw))
for i, r in enumerate(rows):
    tr = TableRow()
    for v in r:
        tc = TableCell(stylename=cell); para = P()
        if i == 0: para.addElement(Span(stylename=bold, text=v))
        else: para.addText(v)
        tc.addElement(para); tr.addElement(tc)
    t.addElement(tr)
doc.text.addElement(t)
p()
p("Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol o fewn 40 diwrnod gwaith drwy ysgrifennu "
  "at y Swyddog Rhyddid Gwybodaeth. Os ydych yn parhau'n anfodlon, gallwch gysylltu â Swyddfa'r Comisiynydd Gwybodaeth, "
  "2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH.")
p("If you are unhappy with this response you may ask for an internal review within 40 working days by writing to the "
  "Freedom of Information Officer. If you remain dissatisfied you may contact the Information Commissioner's Office, "
  "2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
p()
p("Yn gywir / Yours sincerely,")
p("Gwenllian Pritchard")
p("Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer")
p("rhyddidgwybodaeth@gwynedd.llyw.cymru")
out = ROOT / f"{NN}-reply.odt"; doc.save(str(out))
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="odt", body_type="welsh_council", law="foia",
    hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=38,
    note="Bilingual Welsh/English three-column table; request is only about body-worn video so the 38 BWV devices are the count and the bare 'No'/'Nac oes' to the joint maker question is no for both.")
