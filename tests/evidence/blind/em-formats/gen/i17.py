from common import *
from odtkit import *

write_request("17", """
Dear Menai Valley University Health Board,

FOI request:

1. How many CCTV cameras does the health board operate at its hospitals and other premises?
2. Are any of them manufactured by Hikvision?
3. Are any of them manufactured by Dahua?
4. Are CCTV cameras used on wards or in other clinical areas?

Best wishes,
Rhodri Evans
""")

d = text_doc("Liberation Sans", "10.5pt")
para(d, "Bwrdd Iechyd Prifysgol Dyffryn Menai\nMenai Valley University Health Board", "right")
para(d, "Tŷ Menai, Ffordd y Felin, Bangor-is-Menai LL99 5TB\nTîm Llywodraethu Gwybodaeth / Information Governance Team\nrhyddid.gwybodaeth@dyffrynmenai.wales.example", "right")
para(d, "Dyddiad / Date: 27/09/2024\nCyf / Ref: BIPDM-RhG-24-0533 / MVUHB-FOI-24-0533")
rows = [
 ("Cymraeg", "English"),
 ("Annwyl Mr Evans,", "Dear Mr Evans,"),
 ("Cais Rhyddid Gwybodaeth", "Freedom of Information Request"),
 ("Diolch am eich cais am wybodaeth, a dderbyniwyd ar 2 Medi 2024. Mae'r Bwrdd Iechyd yn dal y wybodaeth y gofynnwyd amdani ac mae ein hymateb i'w weld isod.",
  "Thank you for your request for information, received on 2 September 2024. The Health Board holds the information requested and our response is set out below."),
 ("1. Mae 302 o gamerâu yn Ysbyty Glan Menai, 61 yn Ysbyty Cymuned Bethel a 123 ar draws safleoedd cymunedol a gofal sylfaenol y Bwrdd Iechyd.",
  "1. There are 302 cameras at Ysbyty Glan Menai, 61 at Bethel Community Hospital and 123 across the Health Board's community and primary care premises."),
 ("2. Nac oes.", "2. No."),
 ("3. Nid yw'r Bwrdd Iechyd wedi prynu unrhyw gamerâu Dahua. Mae chwech o'r camerâu yn Ysbyty Cymuned Bethel, ym maes parcio'r ysbyty, yn gamerâu Amcrest; rhoddwyd y rhain gan Gyfeillion yr Ysbyty yn 2020 ac maent yn cael eu cynnal gan yr Adran Ystadau.",
  "3. The Health Board has not purchased any Dahua cameras. Six of the cameras at Bethel Community Hospital, in the hospital car park, are Amcrest; these were donated by the League of Friends in 2020 and are maintained by the Estates Department."),
 ("4. Nid oes TCC ar wardiau. Yr unig ardaloedd clinigol sydd â chamerâu yw ystafell aros yr Adran Achosion Brys yn Ysbyty Glan Menai ac ystafell neilltuo Uned Hafan, lle mae arwyddion clir yn eu lle.",
  "4. There is no CCTV on wards. The only clinical areas with cameras are the Emergency Department waiting room at Ysbyty Glan Menai and the seclusion room at Uned Hafan, where clear signage is in place."),
 ("Os ydych yn anfodlon â'r ffordd yr ymdriniwyd â'ch cais, gallwch ofyn am adolygiad mewnol drwy ysgrifennu at y Tîm Llywodraethu Gwybodaeth o fewn 40 diwrnod gwaith. Os ydych yn dal yn anfodlon wedi'r adolygiad, mae gennych hawl i gwyno i Swyddfa'r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH.",
  "If you are unhappy with the way your request has been handled, you may ask for an internal review by writing to the Information Governance Team within 40 working days. If you remain dissatisfied after the review, you have the right to complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."),
 ("Croesewir gohebiaeth yn Gymraeg ac yn Saesneg.", "We welcome correspondence in Welsh and English."),
 ("Yn gywir,\n\nGwenllian Hughes\nSwyddog Rhyddid Gwybodaeth", "Yours sincerely,\n\nGwenllian Hughes\nFreedom of Information Officer"),
]
t = Table(name="Dwyieithog")
t.addElement(TableColumn(numbercolumnsrepeated=2))
for i, (cy, en) in enumerate(rows):
    tr = TableRow()
    for v in (cy, en):
        tc = TableCell(valuetype="string")
        p = P(stylename=d._st["std"])
        from odf.text import LineBreak
        for j, ln in enumerate(v.split("\n")):
            if j: p.addElement(LineBreak())
            if i in (0, 2): p.addElement(Span(stylename=d._st["bold"], text=ln))
            else: p.addText(ln)
        tc.addElement(p); tr.addElement(tc)
    t.addElement(tr)
d.text.addElement(t)
d.save(out("17-reply.odt"))
label("17", "odt", "odt", "nhs", "foia", "no", "yes", "answered", [], 302 + 61 + 123,
      "bilingual two-column ODT: every figure appears twice (Welsh and English) and there is no total; the Dahua question is deflected but six Amcrest (a Dahua brand) cameras are in use")
