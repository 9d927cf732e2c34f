"""python-docx helpers for letters."""
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import io


def new(font='Arial', size=11):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Mm(22)
    return d


def letterhead(d, name, lines, colour=(0x1f, 0x38, 0x64)):
    p = d.add_paragraph()
    r = p.add_run(name)
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(*colour)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for ln in lines:
        q = d.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(0)
        rr = q.add_run(ln)
        rr.font.size = Pt(8.5)
    d.add_paragraph()


def para(d, text, bold=False, italic=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def table(d, rows, bold_header=True, bold_last=False, style='Table Grid', widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ''
            r = c.paragraphs[0].add_run(str(val))
            if (i == 0 and bold_header) or (bold_last and i == len(rows) - 1):
                r.bold = True
            if widths:
                c.width = Mm(widths[j])
    d.add_paragraph()
    return t


def to_bytes(d):
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()
