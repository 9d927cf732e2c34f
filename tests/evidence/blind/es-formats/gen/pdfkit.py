"""Letterhead PDF helper built on reportlab platypus."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle)
import io

ss = getSampleStyleSheet()
BODY = ParagraphStyle('body', parent=ss['Normal'], fontName='Helvetica', fontSize=10.5, leading=14,
                      spaceAfter=6)
BOLD = ParagraphStyle('bold', parent=BODY, fontName='Helvetica-Bold')
H = ParagraphStyle('h', parent=BODY, fontName='Helvetica-Bold', fontSize=12, spaceBefore=6)
SMALL = ParagraphStyle('small', parent=BODY, fontSize=8, leading=10, textColor=colors.grey)


def P(t, st=BODY):
    return Paragraph(t, st)


def table(rows, widths=None, header=True, total=False, colour='#1f3864'):
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    st = [('GRID', (0, 0), (-1, -1), 0.5, colors.grey),
          ('FONT', (0, 0), (-1, -1), 'Helvetica', 9.5),
          ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if header:
        st += [('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(colour)),
               ('TEXTCOLOR', (0, 0), (-1, 0), colors.white),
               ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9.5)]
    if total:
        st += [('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 9.5),
               ('BACKGROUND', (0, -1), (-1, -1), colors.HexColor('#e8e8e8'))]
    t.setStyle(TableStyle(st))
    return t


def build(path_or_buf, story, org, lines, colour='#1f3864', footer=''):
    def deco(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor(colour))
        c.rect(0, A4[1] - 28 * mm, A4[0], 28 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('Helvetica-Bold', 16)
        c.drawString(18 * mm, A4[1] - 14 * mm, org)
        c.setFont('Helvetica', 8.5)
        y = A4[1] - 19 * mm
        for ln in lines:
            c.drawString(18 * mm, y, ln)
            y -= 3.6 * mm
        c.setFillColor(colors.grey)
        c.setFont('Helvetica', 7.5)
        if footer:
            c.drawString(18 * mm, 10 * mm, footer)
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, 'Page %d' % doc.page)
        c.restoreState()
    doc = SimpleDocTemplate(path_or_buf, pagesize=A4, topMargin=36 * mm, bottomMargin=18 * mm,
                            leftMargin=18 * mm, rightMargin=18 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def to_bytes(story, org, lines, **kw):
    buf = io.BytesIO()
    build(buf, story, org, lines, **kw)
    return buf.getvalue()
