from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH


def new_doc(font="Arial", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def letterhead(d, lines, color=(0, 51, 102), align="right"):
    for i, l in enumerate(lines):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else WD_ALIGN_PARAGRAPH.LEFT
        r = p.add_run(l)
        if i == 0:
            r.bold = True
            r.font.size = Pt(16)
            r.font.color.rgb = RGBColor(*color)
        else:
            r.font.size = Pt(9)
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()


def para(d, text, bold=False, italic=False, size=None, align=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(d, rows, header=True, bold_last=False, style="Table Grid", widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(str(val))
            if (header and i == 0) or (bold_last and i == len(rows) - 1):
                r.bold = True
            if widths:
                c.width = Cm(widths[j])
    d.add_paragraph()
    return t


def header_footer(d, head=None, foot=None):
    s = d.sections[0]
    if head:
        s.header.paragraphs[0].text = head
    if foot:
        s.footer.paragraphs[0].text = foot
