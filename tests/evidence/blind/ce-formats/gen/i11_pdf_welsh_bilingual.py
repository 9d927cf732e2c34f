from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")

NN = "11"
write_request(NN, """
Dear Gwynedd Council,

Please could you tell me:
1. How many public space CCTV cameras does the council operate?
2. Are any of them made by Hikvision or Dahua?
3. In which towns are they located?

Diolch,
Elin Hughes
""")

ss = getSampleStyleSheet()
p = ParagraphStyle("p", parent=ss["BodyText"], fontName="DV", fontSize=9, leading=12)
h = ParagraphStyle("h", parent=p, fontName="DVB", fontSize=10.5)
doc = SimpleDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, leftMargin=18*mm, rightMargin=18*mm)
cy = [
    "<b>Cyngor Gwynedd</b><br/>Swyddfa'r Cyngor, Stryd y Jêl, Caernarfon LL55 1SH",
    "Ein cyf: CG/RhG/2024/0871 &nbsp; Dyddiad: 3 Mai 2024",
    "Annwyl Ms Hughes,",
    "<b>Deddf Rhyddid Gwybodaeth 2000</b>",
    "Diolch am eich cais am wybodaeth a dderbyniwyd ar 8 Ebrill 2024.",
    "<b>1.</b> Mae'r Cyngor yn gweithredu 43 camera TCC mannau cyhoeddus.",
    "<b>2.</b> Na.",
    "<b>3.</b> Caernarfon, Bangor, Pwllheli, Porthmadog a Dolgellau.",
    "Os ydych yn anfodlon â'r ymateb hwn, mae gennych hawl i ofyn am adolygiad mewnol. Os ydych yn parhau'n anfodlon, "
    "gallwch gysylltu â Swyddfa'r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH.",
    "Yn gywir,<br/>Gwenllian Parry<br/>Swyddog Rhyddid Gwybodaeth",
]
en = [
    "<b>Gwynedd Council</b><br/>Council Offices, Shirehall Street, Caernarfon LL55 1SH",
    "Our ref: CG/RhG/2024/0871 &nbsp; Date: 3 May 2024",
    "Dear Ms Hughes,",
    "<b>Freedom of Information Act 2000</b>",
    "Thank you for your request for information received on 8 April 2024.",
    "<b>1.</b> The Council operates 43 public space CCTV cameras.",
    "<b>2.</b> No.",
    "<b>3.</b> Caernarfon, Bangor, Pwllheli, Porthmadog and Dolgellau.",
    "If you are dissatisfied with this response you have the right to request an internal review. If you remain "
    "dissatisfied you may contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, "
    "Cardiff CF10 2HH.",
    "Yours sincerely,<br/>Gwenllian Parry<br/>Freedom of Information Officer",
]
rows = [[Paragraph("<b>Cymraeg</b>", h), Paragraph("<b>English</b>", h)]]
rows += [[Paragraph(c, p), Paragraph(e, p)] for c, e in zip(cy, en)]
t = Table(rows, colWidths=[85*mm, 85*mm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 0.5, colors.grey),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
doc.build([t, Spacer(1, 10),
           Paragraph("Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.", p)])
label(NN, "pdf", "welsh_council", "foia", "no", "no", "answered", [], 43,
      "bilingual side-by-side Welsh/English columns; joint Hikvision/Dahua question answered 'Na' / 'No'")
