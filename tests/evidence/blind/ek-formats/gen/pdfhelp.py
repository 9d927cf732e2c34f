from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("LibSans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-Bold", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-Italic", "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LibSans", 0, 0, "LibSans"); addMapping("LibSans", 1, 0, "LibSans-Bold"); addMapping("LibSans", 0, 1, "LibSans-Italic"); addMapping("LibSans", 1, 1, "LibSans-Bold")
ss = getSampleStyleSheet()
N = ParagraphStyle("N", parent=ss["Normal"], fontName="LibSans", fontSize=10.5, leading=14, spaceAfter=7)
B = ParagraphStyle("B", parent=N, fontName="LibSans-Bold")
H = ParagraphStyle("H", parent=N, fontName="LibSans-Bold", fontSize=14, leading=18)
SM = ParagraphStyle("SM", parent=N, fontSize=8, leading=10, textColor=colors.grey)
def build(path, flow, title="", footer=""):
    def onpage(c, d):
        if footer:
            c.setFont("LibSans", 7.5); c.setFillColor(colors.grey)
            c.drawString(20*mm, 10*mm, footer); c.drawRightString(190*mm, 10*mm, f"Page {d.page}")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=18*mm, bottomMargin=18*mm, title=title)
    doc.build(flow, onFirstPage=onpage, onLaterPages=onpage)
