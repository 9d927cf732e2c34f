"""Shared helpers for the fd-formats generator scripts.

Each NN_*.py script in this folder builds one reply file in the parent folder.
Run with:  gen/.venv/bin/python gen/NN_xxx.py   (from /work/blind/fd-formats)
"""
import os
import random
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def out(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------- PDF (reportlab)
_ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=_ss["Normal"], fontName="Helvetica",
                      fontSize=10, leading=13, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=13,
                    leading=16, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=11,
                    leading=14, spaceAfter=4, spaceBefore=6)
RIGHT = ParagraphStyle("right", parent=BODY, alignment=2)


def P(text, style=BODY):
    return Paragraph(text, style)


def paras(text, style=BODY):
    """Blank-line separated text -> list of Paragraphs (single newlines -> <br/>)."""
    res = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.strip("\n").split("\n")
        txt = lines[0]
        for prev, ln in zip(lines, lines[1:]):
            # short lines (addresses, lists) keep their break; long prose lines re-flow
            txt += ("<br/>" if len(prev) < 75 else " ") + ln
        res.append(Paragraph(txt, style))
    return res


def grid(data, col_widths, header_rows=1, repeat=True, style_extra=None,
         font_size=9, wrap=True):
    """Table with a grid; string cells are wrapped in Paragraphs when wrap=True."""
    rows = []
    for r, row in enumerate(data):
        new = []
        for c in row:
            if wrap and isinstance(c, str):
                st = CELLB if r < header_rows else CELL
                new.append(Paragraph(c.replace("\n", "<br/>"), st))
            else:
                new.append(c)
        rows.append(new)
    t = Table(rows, colWidths=col_widths, repeatRows=header_rows if repeat else 0)
    st = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
    ]
    if header_rows:
        st.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#d9d9d9")))
    if style_extra:
        st.extend(style_extra)
    t.setStyle(TableStyle(st))
    return t


def build_pdf(path, story, title="", footer=None, header=None, margins=20 * mm):
    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if footer:
            canvas.drawString(margins, 10 * mm, footer)
        canvas.drawRightString(A4[0] - margins, 10 * mm, "Page %d" % doc.page)
        if header:
            canvas.drawString(margins, A4[1] - 12 * mm, header)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=margins,
                            rightMargin=margins, topMargin=margins,
                            bottomMargin=margins, title=title, author="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def pdf_bytes(story, **kw):
    buf = io.BytesIO()
    build_pdf(buf, story, **kw)
    return buf.getvalue()


# ---------------------------------------------------------------- scans (Pillow)
def scan_pages(pages, seed=1, width=1240, height=1754, font_size=24,
               rotate=0.6, noise=0.015, margin=110, mono=False):
    """Render pages (lists of text lines) as noisy slightly rotated images.

    A line may be ("bold", text) or ("right", text) or ("centre", text) or a plain str.
    Returns list of PIL Images (mode L).
    """
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    fpath = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    bpath = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
    if mono:
        fpath = bpath = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
    font = ImageFont.truetype(fpath, font_size)
    bfont = ImageFont.truetype(bpath, font_size)
    mfont = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", font_size - 2)
    imgs = []
    for lines in pages:
        img = Image.new("L", (width, height), 250)
        d = ImageDraw.Draw(img)
        y = margin
        lh = int(font_size * 1.45)
        for ln in lines:
            kind = "plain"
            if isinstance(ln, tuple):
                kind, ln = ln
            f = bfont if kind in ("bold", "boldcentre") else font
            if kind == "mono":
                f = mfont
            if kind == "rule":
                d.line([(margin, y + lh // 2), (width - margin, y + lh // 2)], fill=40, width=2)
                y += lh
                continue
            w = d.textlength(ln, font=f)
            if kind == "right":
                x = width - margin - w
            elif kind in ("centre", "boldcentre"):
                x = (width - w) / 2
            else:
                x = margin
            x += rnd.uniform(-1.5, 1.5)
            d.text((x, y), ln, fill=rnd.randint(15, 45), font=f)
            y += lh
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        ang = rnd.uniform(-rotate, rotate) or rotate
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=235)
        px = img.load()
        for _ in range(int(width * height * noise)):
            x = rnd.randrange(width)
            yy = rnd.randrange(height)
            px[x, yy] = rnd.choice((30, 60, 120, 200, 255))
        # faint grey band at one edge like a photocopier shadow
        d2 = ImageDraw.Draw(img)
        d2.rectangle([0, 0, 14, height], fill=170)
        imgs.append(img)
    return imgs


def save_image_pdf(imgs, path):
    rgb = [i.convert("RGB") for i in imgs]
    rgb[0].save(path, "PDF", resolution=150.0, save_all=True, append_images=rgb[1:])


# ---------------------------------------------------------------- e-mail
def make_eml(path, headers, body_text, attachments=(), html=None):
    """attachments: list of (filename, bytes, maintype, subtype)."""
    from email.message import EmailMessage
    from email import policy
    m = EmailMessage(policy=policy.SMTP)
    for k, v in headers:
        m[k] = v
    m.set_content(body_text)
    if html:
        m.add_alternative(html, subtype="html")
    for fn, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    with open(path, "wb") as fh:
        fh.write(m.as_bytes())


def docx_bytes(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
