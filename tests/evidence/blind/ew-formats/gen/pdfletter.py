"""Small reportlab helpers for letter-style PDF replies."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)

_ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=_ss["Normal"], fontName="Helvetica", fontSize=10, leading=13,
                      spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
HEAD = ParagraphStyle("head", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15,
                      spaceAfter=8)
RIGHT = ParagraphStyle("right", parent=BODY, alignment=2)


def P(text, style=BODY):
    return Paragraph(text, style)


def grid_table(rows, widths, header_rows=1, repeat=1, bold_first_col=False, zebra=False):
    data = []
    for i, r in enumerate(rows):
        data.append([c if not isinstance(c, str) else
                     Paragraph(c, CELLB if (i < header_rows or (bold_first_col and j == 0)) else CELL)
                     for j, c in enumerate(r)])
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=repeat)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#d9d9d9"))]
    if zebra:
        for i in range(header_rows, len(rows), 2):
            st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f2f2f2")))
    t.setStyle(TableStyle(st))
    return t


def build(path, story, header_text=None, footer_text=None):
    def deco(canvas, doc):
        canvas.saveState()
        if header_text:
            canvas.setFont("Helvetica-Bold", 9)
            canvas.drawString(20 * mm, 287 * mm, header_text)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(20 * mm, 10 * mm, (footer_text or "") )
        canvas.drawRightString(190 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
