from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
ss = getSampleStyleSheet()
def styles(font="Helvetica", size=10.5):
    N = ParagraphStyle("N", parent=ss["Normal"], fontName=font, fontSize=size, leading=size*1.35, spaceAfter=6)
    B = ParagraphStyle("B", parent=N, fontName=font+"-Bold" if font in ("Helvetica","Times") else font)
    H = ParagraphStyle("H", parent=B, fontSize=size+3, leading=(size+3)*1.3, spaceAfter=8)
    I = ParagraphStyle("I", parent=N, fontName="Helvetica-Oblique" if font=="Helvetica" else "Times-Italic", leftIndent=18)
    return N, B, H, I
