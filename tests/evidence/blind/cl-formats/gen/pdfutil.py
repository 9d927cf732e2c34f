from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from reportlab.lib.units import mm

ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontSize=10, leading=13, spaceAfter=6)
B = ParagraphStyle("b", parent=N, fontName="Helvetica-Bold")
H = ParagraphStyle("h", parent=ss["Heading2"], fontSize=13)

def ruled(data, widths, repeat=1):
    data = [[Paragraph(str(c), B if i == 0 else N) for c in row] for i, row in enumerate(data)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=repeat)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t

def build(path, story):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm,
                            topMargin=18*mm, bottomMargin=18*mm, title="", author="")
    doc.build(story)
