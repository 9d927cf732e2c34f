from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
import textwrap

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
ITAL = ParagraphStyle("ital", parent=BODY, fontName="Helvetica-Oblique")
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
HEAD = ParagraphStyle("head", parent=BODY, fontName="Helvetica-Bold", fontSize=15, leading=19)
RIGHT = ParagraphStyle("right", parent=BODY, alignment=2)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)

def paras(text, style=BODY):
    out = []
    for para in textwrap.dedent(text).strip().split("\n\n"):
        out.append(Paragraph(" ".join(l.strip() for l in para.splitlines()), style))
    return out

def grid(rows, colw, header=True, total=False, repeat=1, zebra=True):
    t = Table([[Paragraph(str(c), CELL) if isinstance(c, str) and len(c) > 30 else c for c in r] for r in rows],
              colWidths=colw, repeatRows=repeat if header else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        st += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9)]
    if total:
        st += [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9), ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F3F3F3"))]
    t.setStyle(TableStyle(st))
    return t

def build(path, story, footer=None, header=None):
    def deco(c, d):
        c.saveState(); c.setFont("Helvetica", 7.5)
        if footer:
            for i, ln in enumerate(footer(d.page).split("\n")):
                c.drawCentredString(A4[0] / 2, 1.2 * cm - i * 9, ln)
        if header:
            c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, header(d.page))
        c.restoreState()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2.2 * cm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
