from common import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell

NN = "05"
write_request(NN, """
Annwyl / Dear Sir or Madam,

Under the Freedom of Information Act 2000 I would like to know:

1. How many CCTV cameras does Cyngor Sir Dyffryn Teifi / Dyffryn Teifi County Council operate (town centres and council buildings)?
2. Who are the manufacturers of these cameras?
3. Are any of them made by Hikvision or Dahua?
4. Are any of the cameras capable of automatic number plate recognition (ANPR)?

Diolch,
Gareth Lloyd-Evans
""")

doc = OpenDocumentText()
b = Style(name="Bold", family="text"); b.addElement(TextProperties(fontweight="bold"))
hd = Style(name="Head", family="paragraph")
hd.addElement(TextProperties(fontsize="14pt", fontweight="bold", color="#2b5f3a"))
sm = Style(name="Small", family="paragraph"); sm.addElement(TextProperties(fontsize="8pt"))
rt = Style(name="Right", family="paragraph"); rt.addElement(ParagraphProperties(textalign="right"))
for s in (b, hd, sm, rt):
    doc.automaticstyles.addElement(s)


def para(text, style=None, bold_prefix=None):
    p = P(stylename=style) if style else P()
    if bold_prefix:
        p.addElement(Span(stylename=b, text=bold_prefix))
    p.addText(text)
    doc.text.addElement(p)


para("Cyngor Sir Dyffryn Teifi  |  Dyffryn Teifi County Council", hd)
para("Tîm Llywodraethu Gwybodaeth / Information Governance Team, Neuadd y Sir, Heol y Bont, Llanfeulan SA48 7DH", sm)
para("Ffôn / Tel: 01570 884 210   rhyddidgwybodaeth@dyffrynteifi.gov.wales", sm)
para("")
para("Eich cyf / Your ref: -", rt)
para("Ein cyf / Our ref: RG/FOI/2425/0561", rt)
para("Dyddiad / Date: 27/01/2025", rt)
para("")
para("Dear Mr Lloyd-Evans,")
para("")
para("Freedom of Information Act 2000 – Request for Information", None, "")
para("Thank you for your request which we received on 2 January 2025. Please find the Council's response below. "
     "Mae'r ymateb hwn ar gael yn Gymraeg ar gais / This response is available in Welsh on request.")
para("")
para("1. How many CCTV cameras does the Council operate?", None)
para("The Council operates 96 CCTV cameras, as follows:")
t = Table(name="Cameras")
t.addElement(TableColumn(numbercolumnsrepeated=2))
for row in [("Location", "Cameras"), ("Town centre public space (Llanfeulan, Aberdyfnant, Cwm Teifi)", "58"),
            ("Council buildings (offices, libraries, leisure)", "31"), ("Highways depots", "7")]:
    tr = TableRow()
    for v in row:
        tc = TableCell(valuetype="string")
        tc.addElement(P(text=v))
        tr.addElement(tc)
    t.addElement(tr)
doc.text.addElement(t)
para("")
para("2. Who are the manufacturers of these cameras?")
para("Hik Vision, Axis and Bosch.")
para("")
para("3. Are any of them made by Hikvision or Dahua?")
para("Yes, please see our answer to question 2.")
para("")
para("4. Are any of the cameras capable of ANPR?")
para("No. The Council does not operate ANPR.")
para("")
para("If you are dissatisfied with the way the Council has handled your request, you may ask for an internal "
     "review by contacting the Information Governance Team at the address above within 40 working days. If you "
     "remain dissatisfied you may apply to the Information Commissioner's Office, 2nd Floor, Churchill House, "
     "Churchill Way, Cardiff, CF10 2HH. Telephone: 0330 414 6421.")
para("")
para("Yn gywir / Yours sincerely,")
para("")
para("Rhian Pugh")
para("Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer")
doc.save(out(f"{NN}-reply.odt"))

add_label(dict(path=f"{NN}-reply.odt", request_file=f"{NN}-request.txt", format="odt",
               body_type="welsh_council", law="foia", hikvision="yes", dahua="no", outcome="answered",
               exemptions=[], camera_count=96,
               note="Per-location table without a total; 'Hik Vision' spelling; joint-maker Yes resolved by the complete maker list."))
