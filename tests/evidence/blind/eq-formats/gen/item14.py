"""14: bilingual Welsh/English text PDF (Welsh column left, English column right)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import out, write_request, write_label

pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))

write_request("14", """
Dear Tawe Riverside County Borough Council,

Please can you tell me, under the Freedom of Information Act:
1. How many CCTV cameras does the Council operate?
2. Does the Council use any Hikvision cameras?
3. Does the Council use any Dahua cameras?
4. Do any of the Council's cameras have ANPR capability?

Thanks,
Huw Pritchard
""")

n = ParagraphStyle("n", fontName="LS", fontSize=9.5, leading=12.5)
b = ParagraphStyle("b", parent=n, fontName="LSB")
pairs = [
    ("<b>Cais Rhyddid Gwybodaeth – Ymateb</b>", "<b>Freedom of Information Request – Response</b>"),
    ("Cyfeirnod: RhG/2025/0388", "Reference: FOI/2025/0388"),
    ("Annwyl Mr Pritchard,", "Dear Mr Pritchard,"),
    ("Diolch am eich cais am wybodaeth a dderbyniwyd ar 2 Ebrill 2025. Mae ymateb y Cyngor i bob rhan o'ch cais isod.",
     "Thank you for your request for information received on 2 April 2025. The Council's response to each part of your request is below."),
    ("<b>1.</b> Mae'r Cyngor yn gweithredu 143 o gamerâu teledu cylch cyfyng (TCC) ar draws ei safleoedd a chanol trefi.",
     "<b>1.</b> The Council operates 143 closed circuit television (CCTV) cameras across its sites and town centres."),
    ("<b>2.</b> Nac ydy.", "<b>2.</b> No."),
    ("<b>3.</b> Ydy. Mae chwe chamera Dahua yn Nepo Heol y Gamlas. Maent wedi'u cynnwys yn y ffigur yn ateb 1.",
     "<b>3.</b> Yes. There are six Dahua cameras at the Canal Road Depot. These are included in the figure at answer 1."),
    ("<b>4.</b> Mae pedwar camera ANPR yng Nghanolfan Ailgylchu Cwm Du. Nid yw'r rhain wedi'u cynnwys yn y ffigur yn ateb 1.",
     "<b>4.</b> There are four ANPR cameras at Cwm Du Recycling Centre. These are not included in the figure at answer 1."),
    ("Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol o fewn 40 diwrnod gwaith. Os ydych yn dal yn "
     "anfodlon wedi hynny, gallwch gwyno i Swyddfa'r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH.",
     "If you are dissatisfied with this response you may ask for an internal review within 40 working days. If you remain "
     "dissatisfied after that, you may complain to the Information Commissioner's Office, 2nd Floor, Churchill House, "
     "Churchill Way, Cardiff CF10 2HH."),
    ("Rydym yn croesawu gohebiaeth yn Gymraeg a byddwn yn ymateb yn Gymraeg heb oedi.",
     "We welcome correspondence in Welsh and will respond in Welsh without delay."),
    ("Yn gywir,<br/><br/>Siân Llewelyn<br/>Swyddog Llywodraethu Gwybodaeth",
     "Yours sincerely,<br/><br/>Siân Llewelyn<br/>Information Governance Officer"),
]


def lh(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor("#00703C")); c.rect(0, A4[1] - 24 * mm, A4[0], 24 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("LSB", 12)
    c.drawString(15 * mm, A4[1] - 11 * mm, "Cyngor Bwrdeistref Sirol Glannau Tawe")
    c.drawRightString(A4[0] - 15 * mm, A4[1] - 11 * mm, "Tawe Riverside County Borough Council")
    c.setFont("LS", 8)
    c.drawString(15 * mm, A4[1] - 17 * mm, "Canolfan Ddinesig, Stryd y Bont, Pontardawe SA8 4AA")
    c.drawRightString(A4[0] - 15 * mm, A4[1] - 17 * mm, "Civic Centre, Bridge Street, Pontardawe SA8 4AA")
    c.restoreState()

t = Table([[Paragraph(w, n), Paragraph(e, n)] for w, e in pairs], colWidths=[88 * mm, 88 * mm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 0.5, colors.grey),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
SimpleDocTemplate(out("14-reply.pdf"), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=30 * mm,
                  title="FOI/2025/0388").build([t], onFirstPage=lh, onLaterPages=lh)
write_label(path="14-reply.pdf", request_file="14-request.txt", format="pdf", body_type="welsh_council", law="foia",
            hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=143,
            note="Side-by-side Welsh/English columns, so text extraction interleaves the languages and every fact appears twice ('Nac ydy'/'No', 'chwe'/'six'); 4 ANPR cameras are expressly outside the 143.")
