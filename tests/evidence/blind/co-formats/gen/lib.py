"""Helpers to build reply files in several formats (docx, xlsx, pdf, scan, eml, html, odt, csv)."""
import csv
import io
import os
import random
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONTS = "/usr/share/fonts/truetype"


def path(name):
    return os.path.join(OUT, name)


def write_text(name, text):
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


def write_bytes(name, data):
    with open(path(name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- docx
def docx_bytes(blocks, header=None, footer=None, font="Arial", size=11):
    """blocks: list of tuples
    ('p', text) plain paragraph; ('b', text) bold paragraph; ('h', text) heading;
    ('table', rows, {'header': True, 'widths': [..]}) ; ('qa', question, answer) bold q then answer;
    ('pb',) page break; ('i', text) italic paragraph; ('small', text)."""
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        for r in hp.runs:
            r.font.size = Pt(8)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        for r in fp.runs:
            r.font.size = Pt(8)
    for b in blocks:
        kind = b[0]
        if kind == "p":
            d.add_paragraph(b[1])
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind == "i":
            p = d.add_paragraph()
            p.add_run(b[1]).italic = True
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
        elif kind == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif kind == "qa":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
            for para in b[2].split("\n"):
                d.add_paragraph(para)
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = opts.get("style", "Table Grid")
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = ""
                    lines = str(cell).split("\n")
                    par = c.paragraphs[0]
                    for k, line in enumerate(lines):
                        if k:
                            par = c.add_paragraph()
                        run = par.add_run(line)
                        if i == 0 and opts.get("header", True):
                            run.bold = True
            if opts.get("widths"):
                for j, w in enumerate(opts["widths"]):
                    for row in t.rows:
                        row.cells[j].width = Cm(w)
            d.add_paragraph()
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- pdf (text)
def pdf_bytes(blocks, header_left="", header_right="", footer_left="", page_label="Page {n} of {t}",
              font="Helvetica", size=10.5, top_block=None):
    """blocks like docx: ('p',t) ('b',t) ('h',t) ('qa',q,a) ('table',rows,opts) ('pb',) ('sp',h)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.pdfgen import canvas as rl_canvas
    from xml.sax.saxutils import escape

    bold = font + "-Bold" if font in ("Helvetica", "Courier") else "Times-Bold"
    ps = ParagraphStyle("n", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=6)
    pb = ParagraphStyle("b", parent=ps, fontName=bold)
    ph = ParagraphStyle("h", parent=ps, fontName=bold, fontSize=size + 2, spaceBefore=6)
    pcell = ParagraphStyle("c", parent=ps, fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=0)
    pcellb = ParagraphStyle("cb", parent=pcell, fontName=bold)

    def esc(t):
        return escape(t).replace("\n", "<br/>")

    story = []
    for b in blocks:
        k = b[0]
        if k == "p":
            story.append(Paragraph(esc(b[1]), ps))
        elif k == "b":
            story.append(Paragraph(esc(b[1]), pb))
        elif k == "h":
            story.append(Paragraph(esc(b[1]), ph))
        elif k == "qa":
            story.append(Paragraph(esc(b[1]), pb))
            story.append(Paragraph(esc(b[2]), ps))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            data = [[Paragraph(esc(str(c)), pcellb if i == 0 else pcell) for c in r]
                    for i, r in enumerate(rows)]
            widths = [w * cm for w in opts["widths"]] if opts.get("widths") else None
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total):
            w, h = A4
            self.setFont(font, 8)
            self.setFillColor(colors.HexColor("#444444"))
            if header_left:
                self.drawString(2 * cm, h - 1.3 * cm, header_left)
            if header_right:
                self.drawRightString(w - 2 * cm, h - 1.3 * cm, header_right)
            self.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
            self.line(2 * cm, 1.55 * cm, w - 2 * cm, 1.55 * cm)
            if footer_left:
                self.drawString(2 * cm, 1.1 * cm, footer_left)
            self.drawRightString(w - 2 * cm, 1.1 * cm, page_label.format(n=self._pageNumber, t=total))

    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm)
    doc.build(story, canvasmaker=NumberedCanvas)
    return bio.getvalue()


# ---------------------------------------------------------------- scans
def scan_pdf(pages, dpi=200, seed=1, font="DejaVuSerif.ttf", pt=11, skew=0.6, noise=10):
    """pages: list of lists of lines. A line may be ('B', text) for bold, ('C', text) centred,
    ('R', text) right aligned. Returns PDF bytes of greyscale image pages."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter

    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    px = int(pt * dpi / 72)
    f = ImageFont.truetype(os.path.join(FONTS, "dejavu", font), px)
    fb = ImageFont.truetype(os.path.join(FONTS, "dejavu", font.replace(".ttf", "-Bold.ttf")), px)
    imgs = []
    for lines in pages:
        im = Image.new("L", (W, H), 246)
        dr = ImageDraw.Draw(im)
        x0 = int(1.0 * dpi)
        y = int(0.9 * dpi)
        lh = int(px * 1.45)
        for ln in lines:
            style = None
            if isinstance(ln, tuple):
                style, ln = ln
            fnt = fb if style == "B" else f
            if style == "C":
                tw = dr.textlength(ln, font=fnt)
                x = (W - tw) / 2
            elif style == "R":
                tw = dr.textlength(ln, font=fnt)
                x = W - x0 - tw
            else:
                x = x0
            dr.text((x + rnd.uniform(-1, 1), y), ln, font=fnt, fill=rnd.randint(18, 45))
            y += lh
        # noise speckles
        for _ in range(int(W * H / 1500)):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            im.putpixel((xx, yy), rnd.randint(120, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.55))
        ang = rnd.uniform(-skew, skew)
        im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=235, expand=False)
        # greyish scanner edge
        dr2 = ImageDraw.Draw(im)
        dr2.rectangle([0, 0, W, 10], fill=200)
        # add faint gaussian noise via point mapping
        px_noise = Image.effect_noise((W, H), noise)
        im = Image.blend(im, px_noise.point(lambda v: 255 if v > 120 else v + 110), 0.06)
        imgs.append(im.convert("L"))
    bio = io.BytesIO()
    imgs[0].save(bio, format="PDF", save_all=True, append_images=imgs[1:], resolution=dpi)
    return bio.getvalue()


# ---------------------------------------------------------------- xlsx
def xlsx_bytes(sheets):
    """sheets: list of (title, rows, opts). opts: {'bold_rows': [0], 'widths': {...}, 'merge': [...]}"""
    import openpyxl
    from openpyxl.styles import Font, PatternFill, Alignment

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, opts in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for i in opts.get("bold_rows", []):
            for c in ws[i + 1]:
                c.font = Font(bold=True)
                if opts.get("fill_header", True) and i == opts.get("bold_rows", [None])[0]:
                    c.fill = PatternFill("solid", fgColor="D9E1F2")
        for col, w in opts.get("widths", {}).items():
            ws.column_dimensions[col].width = w
        for rng in opts.get("merge", []):
            ws.merge_cells(rng)
        if opts.get("wrap_col"):
            for c in ws[opts["wrap_col"]]:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        if opts.get("freeze"):
            ws.freeze_panes = opts["freeze"]
        for cell, formula in opts.get("formulas", {}).items():
            ws[cell] = formula
        if opts.get("autofilter"):
            ws.auto_filter.ref = opts["autofilter"]
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- odt
def odt_bytes(blocks):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    hst = Style(name="Head", family="paragraph")
    hst.addElement(TextProperties(fontweight="bold", fontsize="13pt"))
    doc.automaticstyles.addElement(hst)
    right = Style(name="Right", family="paragraph")
    right.addElement(ParagraphProperties(textalign="right"))
    doc.automaticstyles.addElement(right)
    ntab = 0
    for b in blocks:
        k = b[0]
        if k == "p":
            for line in b[1].split("\n"):
                doc.text.addElement(P(text=line))
        elif k == "r":
            for line in b[1].split("\n"):
                doc.text.addElement(P(stylename=right, text=line))
        elif k == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=hst, text=b[1]))
        elif k == "b":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1]))
            doc.text.addElement(p)
        elif k == "qa":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1]))
            doc.text.addElement(p)
            for line in b[2].split("\n"):
                doc.text.addElement(P(text=line))
        elif k == "table":
            rows = b[1]
            ntab += 1
            t = Table(name="Table%d" % ntab)
            for _ in rows[0]:
                t.addElement(TableColumn())
            for i, r in enumerate(rows):
                tr = TableRow()
                for c in r:
                    tc = TableCell(valuetype="string")
                    p = P()
                    if i == 0:
                        p.addElement(Span(stylename=bold, text=str(c)))
                    else:
                        p.addText(str(c))
                    tc.addElement(p)
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P(text=""))
    bio = io.BytesIO()
    doc.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- eml
def eml_bytes(frm, to, subject, date, text=None, html=None, attachments=(), in_reply_to=None,
              extra_headers=None):
    """attachments: list of (filename, bytes, maintype, subtype)"""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">")
    m["Message-ID"] = make_msgid(domain=dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (extra_headers or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    for fn, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return bytes(m)


def dt(y, mo, d, h=10, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=1 if 4 <= mo <= 10 else 0)))


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


def label(path_, request_file, fmt, body_type, law, hik, dah, outcome, exemptions, count, note):
    return {"path": path_, "request_file": request_file, "format": fmt, "body_type": body_type,
            "law": law, "hikvision": hik, "dahua": dah, "outcome": outcome,
            "exemptions": list(exemptions), "camera_count": count, "note": note}
