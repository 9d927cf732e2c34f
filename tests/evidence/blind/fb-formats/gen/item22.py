from common import *
from reportlab.platypus import Spacer, Paragraph, Table, TableStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
st = styles("LibSans", 9.5)
def header(c, d):
    c.setFont("LibSans-Bold", 10)
    c.drawString(2.0 * cm, 28.0 * cm, "Bwrdd Iechyd Prifysgol Dyffryn Tywi")
    c.drawRightString(19.0 * cm, 28.0 * cm, "Tywi Valley University Health Board")
    c.setFont("LibSans", 7.5)
    c.drawCentredString(10.5 * cm, 27.5 * cm, "Pencadlys / Headquarters, Heol y Coleg, Caerfyrddin / Carmarthen SA99 3CF")
def footer(c, d):
    c.setFont("LibSans", 7)
    c.drawCentredString(10.5 * cm, 1.0 * cm, "Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh   -   Tudalen / Page %d" % d.page)
cy = [
    "Ein cyf: RhG/2024/0412",
    "Dyddiad: 5 Gorffennaf 2024",
    "Annwyl Mr Bellamy",
    "<b>Cais Rhyddid Gwybodaeth</b>",
    "Diolch am eich cais a dderbyniwyd ar 7 Mehefin 2024. Mae ein hymateb isod.",
    "<b>C1.</b> Mae'r Bwrdd Iechyd yn gweithredu tua 410 o gamerâu TCC ar draws ei ysbytai a'i safleoedd cymunedol.",
    "<b>C2.</b> Oes. Mae nifer fach o gamerâu Hikvision hŷn (tua 25) yn dal i fod yn Ysbyty Glangwili. Bydd y rhain yn cael eu disodli erbyn mis Mawrth 2026 fel rhan o'r rhaglen uwchraddio TCC.",
    "<b>C3.</b> Do. Cwblhawyd Asesiad o'r Effaith ar Ddiogelu Data ym mis Mawrth 2022 a chafodd ei adolygu ym mis Ebrill 2024.",
    "Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol o fewn 40 diwrnod gwaith. Os ydych yn dal yn anfodlon, gallwch gysylltu â Swyddfa'r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH.",
    "Yn gywir",
    "Carys Lloyd-Evans<br/>Swyddog Rhyddid Gwybodaeth",
]
en = [
    "Our ref: RhG/2024/0412",
    "Date: 5 July 2024",
    "Dear Mr Bellamy",
    "<b>Freedom of Information Request</b>",
    "Thank you for your request received on 7 June 2024. Our response is below.",
    "<b>Q1.</b> The Health Board operates approximately 410 CCTV cameras across its hospitals and community sites.",
    "<b>Q2.</b> Yes. A small number of older Hikvision cameras (approx. 25) remain at Glangwili Hospital. These will be replaced by March 2026 as part of the CCTV upgrade programme.",
    "<b>Q3.</b> Yes. A Data Protection Impact Assessment was completed in March 2022 and reviewed in April 2024.",
    "If you are dissatisfied with this response you may request an internal review within 40 working days. If you remain dissatisfied you may contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.",
    "Yours sincerely",
    "Carys Lloyd-Evans<br/>Freedom of Information Officer",
]
data = [[Paragraph(a, st["p"]), Paragraph(b, st["p"])] for a, b in zip(cy, en)]
t = Table(data, colWidths=[8.4 * cm, 8.4 * cm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.grey),
                       ("LEFTPADDING", (1, 0), (1, -1), 10), ("RIGHTPADDING", (0, 0), (0, -1), 10)]))
build_pdf(out("22-reply.pdf"), [Spacer(1, 0.6 * cm), t], header=header, footer=footer, margins=(2.0, 2.0, 2.0, 2.0),
          title="RhG-2024-0412")
label("22", "pdf", "nhs", "foia", "yes", "unknown", "answered", [], 410,
      "Bilingual letter set in two side-by-side columns (Welsh left, English right) so extracted lines interleave; 'approximately 410' total next to a Hikvision-only subset 'approx. 25'; Hikvision still in place until March 2026 (yes); 'Yes' names only Hikvision, so Dahua unknown.",
      "Welsh health board bilingual two-column PDF; approx 410; Hikvision subset 25 due to go 2026 (yes); Dahua not addressed.")
