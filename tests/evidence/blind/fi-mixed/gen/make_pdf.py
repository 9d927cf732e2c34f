import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from xml.sax.saxutils import escape
# usage: make_pdf.py src.txt out.pdf  ; paragraphs separated by blank lines
# "# " heading line, "## " bold line, "|" rows form a table, lines inside a paragraph kept with <br/>
src, out = sys.argv[1:3]
ss = getSampleStyleSheet()
body = ss["BodyText"]; body.fontName = "Helvetica"; body.fontSize = 10.5; body.leading = 14
story = []
blocks = open(src).read().split("\n\n")
for b in blocks:
    b = b.strip("\n")
    if not b: continue
    lines = b.split("\n")
    if all(l.startswith("|") for l in lines):
        rows = [[c.strip() for c in l.strip("|").split("|")] for l in lines]
        t = Table(rows, hAlign="LEFT")
        t.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.5, colors.grey),
                               ("FONTNAME", (0,0), (-1,0), "Helvetica-Bold"),
                               ("FONTSIZE", (0,0), (-1,-1), 9.5)]))
        story += [t, Spacer(1, 8)]
    elif b.startswith("# "):
        story.append(Paragraph(escape(b[2:]), ss["Heading2"]))
    elif b.startswith("## "):
        story.append(Paragraph("<b>%s</b>" % escape(b[3:]).replace("\n", "<br/>"), body))
    else:
        story.append(Paragraph(escape(b).replace("\n", "<br/>"), body))
    story.append(Spacer(1, 4))
SimpleDocTemplate(out, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50,
                  title="FOI response", author="Information Governance").build(story)
