"""Shared helpers for building the ct-formats set (docx, xlsx, pdf, scan, eml, html, odt, csv)."""
import io
import random
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

FONT_DIR = "/usr/share/fonts/truetype/"


# ---------------------------------------------------------------- docx
def new_doc(font="Arial", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, underline=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def rich(d, parts):
    """parts: list of (text, dict(bold=..,italic=..))"""
    p = d.add_paragraph()
    for t, fmt in parts:
        r = p.add_run(t)
        r.bold = fmt.get("bold", False)
        r.italic = fmt.get("italic", False)
    return p


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table(d, rows, header=True, style="Table Grid", widths=None, size=None, repeat=False, fill="D9D9D9"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            set_cell(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and fill:
                shade(c, fill)
    if header and repeat:
        repeat_header(t.rows[0])
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


_rev_id = [100]


def _run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked_para(d, segments, author="J. Okafor", date="2024-03-11T10:14:00Z"):
    """segments: list of (kind, text) where kind in 'n' normal, 'i' inserted, 'd' deleted.
    Produces a paragraph carrying real Word revision marks (w:ins / w:del)."""
    p = d.add_paragraph()
    for kind, text in segments:
        if kind == "n":
            p._p.append(_run_el(text))
        else:
            _rev_id[0] += 1
            w = OxmlElement("w:ins" if kind == "i" else "w:del")
            w.set(qn("w:id"), str(_rev_id[0]))
            w.set(qn("w:author"), author)
            w.set(qn("w:date"), date)
            w.append(_run_el(text, deleted=(kind == "d")))
            p._p.append(w)
    return p


def merge_vertical(t, col, r0, r1, text=None, bold=False):
    a = t.cell(r0, col)
    b = t.cell(r1, col)
    m = a.merge(b)
    if text is not None:
        set_cell(m, text, bold=bold)
    return m


def docx_bytes(d):
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- pdf (reportlab)
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

_ss = getSampleStyleSheet()


def pstyle(name="Body", size=10.5, leading=None, font="Helvetica", bold=False, indent=0, space_after=5):
    return ParagraphStyle(
        name,
        parent=_ss["Normal"],
        fontName=(font + "-Bold") if bold else font,
        fontSize=size,
        leading=leading or size * 1.3,
        leftIndent=indent,
        spaceAfter=space_after,
    )


def build_pdf(path, flow, title="", author="", footer=None):
    def on_page(c, doc):
        if footer:
            c.saveState()
            c.setFont("Helvetica", 7.5)
            c.drawString(2 * cm, 1.2 * cm, footer)
            c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
            c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title, author=author,
                            creator="Microsoft® Word for Microsoft 365", producer="Microsoft® Word for Microsoft 365")
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- scans
from PIL import Image, ImageDraw, ImageFont, ImageFilter


def _font(name, size):
    return ImageFont.truetype(FONT_DIR + name, size)


def scan_pages(path, pages, dpi=200, seed=1, font="liberation/LiberationSerif-Regular.ttf",
               bold_font="liberation/LiberationSerif-Bold.ttf", size_pt=11, skew=(-1.2, 1.2)):
    """pages: list of list of lines. A line starting with '**' is bold; '>>' right aligned;
    '##' centred bold larger. Renders each page as a grey image with noise, slight rotation."""
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    px = int(size_pt / 72 * dpi)
    f = _font(font, px)
    fb = _font(bold_font, px)
    fh = _font(bold_font, int(px * 1.35))
    images = []
    for lines in pages:
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        x0 = int(0.95 * dpi)
        y = int(0.9 * dpi)
        lh = int(px * 1.42)
        for ln in lines:
            fnt = f
            x = x0
            if ln.startswith("##"):
                ln = ln[2:]
                fnt = fh
                w = dr.textlength(ln, font=fnt)
                x = (W - w) / 2
            elif ln.startswith("**"):
                ln = ln[2:]
                fnt = fb
            elif ln.startswith(">>"):
                ln = ln[2:]
                w = dr.textlength(ln, font=fnt)
                x = W - x0 - w
            tone = rnd.randint(15, 45)
            if "||" in ln:
                left, right = ln.split("||", 1)
                dr.text((x + rnd.randint(-1, 1), y), left, font=fnt, fill=tone)
                dr.text((int(W * 0.62) + rnd.randint(-1, 1), y), right, font=fnt, fill=tone)
                y += lh
                continue
            dr.text((x + rnd.randint(-1, 1), y), ln, font=fnt, fill=tone)
            y += lh if not fnt is fh else int(lh * 1.3)
        # speckle noise
        for _ in range(int(W * H / 900)):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            dr.point((xx, yy), fill=rnd.randint(120, 200))
        img = img.filter(ImageFilter.GaussianBlur(0.55))
        ang = rnd.uniform(*skew)
        if abs(ang) < 0.35:
            ang = 0.5 if ang >= 0 else -0.5
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=245)
        images.append(img)
    images[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])


# ---------------------------------------------------------------- eml
def eml(path, frm, to, subject, date, text, html=None, attachments=(), extra_headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    import hashlib
    m["Message-ID"] = "<%s@%s>" % (hashlib.md5((subject + str(date)).encode()).hexdigest()[:16], frm.split("@")[-1].strip(">"))
    m["MIME-Version"] = "1.0"
    for k, v in (extra_headers or {}).items():
        m[k] = v
    m.set_content(text)
    if html:
        m.add_alternative(html, subtype="html")
    for fname, data, mtype in attachments:
        maintype, subtype = mtype.split("/", 1)
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    with open(path, "wb") as fh:
        fh.write(bytes(m))


def dt(y, mo, d, h=10, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ---------------------------------------------------------------- odt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, Span, H
from odf.table import Table as OTable, TableColumn, TableRow, TableCell


class Odt:
    def __init__(self, font="Liberation Sans"):
        self.doc = OpenDocumentText()
        st = self.doc.styles
        self.bold = Style(name="Bold", family="text")
        self.bold.addElement(TextProperties(fontweight="bold"))
        self.doc.automaticstyles.addElement(self.bold)
        self.big = Style(name="Big", family="text")
        self.big.addElement(TextProperties(fontweight="bold", fontsize="15pt"))
        self.doc.automaticstyles.addElement(self.big)
        self.right = Style(name="Right", family="paragraph")
        self.right.addElement(ParagraphProperties(textalign="end"))
        self.doc.automaticstyles.addElement(self.right)
        self.cellst = Style(name="Cell", family="table-cell")
        self.cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
        self.doc.automaticstyles.addElement(self.cellst)

    def p(self, text="", bold=False, big=False, right=False):
        kw = {"stylename": self.right} if right else {}
        for i, line in enumerate(text.split("\n")):
            para = P(**kw)
            if bold or big:
                para.addElement(Span(stylename=self.big if big else self.bold, text=line))
            else:
                para.addText(line)
            self.doc.text.addElement(para)

    def table(self, rows, header=True):
        t = OTable(name="Table%d" % id(rows))
        t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
        for i, row in enumerate(rows):
            tr = TableRow()
            for v in row:
                tc = TableCell(stylename=self.cellst, valuetype="string")
                para = P()
                if header and i == 0:
                    para.addElement(Span(stylename=self.bold, text=str(v)))
                else:
                    para.addText(str(v))
                tc.addElement(para)
                tr.addElement(tc)
            t.addElement(tr)
        self.doc.text.addElement(t)

    def save(self, path):
        self.doc.save(path)
