"""Shared helpers for the ez-formats generators."""
import io
import json
import os
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "labels.jsonl"
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
        "outcome", "exemptions", "camera_count", "note"]


def write_request(nn, text):
    p = ROOT / f"{nn}-request.txt"
    p.write_text(text.strip("\n") + "\n", encoding="utf-8")
    return p


def add_label(**kw):
    missing = [k for k in KEYS if k not in kw]
    assert not missing, missing
    rec = {k: kw[k] for k in KEYS}
    lines = []
    if LABELS.exists():
        for ln in LABELS.read_text(encoding="utf-8").splitlines():
            if ln.strip() and json.loads(ln)["path"] != rec["path"]:
                lines.append(ln)
    lines.append(json.dumps(rec, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- PDF (reportlab)
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak)

_ss = getSampleStyleSheet()
STY = {
    "body": ParagraphStyle("body", parent=_ss["Normal"], fontName="Helvetica", fontSize=10.5,
                           leading=14, spaceAfter=6),
    "bold": ParagraphStyle("bold", parent=_ss["Normal"], fontName="Helvetica-Bold", fontSize=10.5,
                           leading=14, spaceAfter=4),
    "small": ParagraphStyle("small", parent=_ss["Normal"], fontName="Helvetica", fontSize=8.5,
                            leading=11, spaceAfter=4),
    "head": ParagraphStyle("head", parent=_ss["Normal"], fontName="Helvetica-Bold", fontSize=15,
                           leading=19, spaceAfter=4),
    "right": ParagraphStyle("right", parent=_ss["Normal"], fontName="Helvetica", fontSize=9.5,
                            leading=12, alignment=2),
    "cell": ParagraphStyle("cell", parent=_ss["Normal"], fontName="Helvetica", fontSize=9,
                           leading=11),
    "cellb": ParagraphStyle("cellb", parent=_ss["Normal"], fontName="Helvetica-Bold", fontSize=9,
                            leading=11),
}


def pdf_build(path, flow, pagesize=A4, footer=None, margins=20):
    def _foot(canvas, doc):
        if footer:
            canvas.saveState()
            canvas.setFont("Helvetica", 7.5)
            canvas.drawString(margins * mm, 10 * mm, footer)
            canvas.drawRightString(pagesize[0] - margins * mm, 10 * mm, f"Page {doc.page}")
            canvas.restoreState()
    doc = SimpleDocTemplate(path if hasattr(path, "write") else str(path), pagesize=pagesize, leftMargin=margins * mm,
                            rightMargin=margins * mm, topMargin=18 * mm, bottomMargin=18 * mm)
    doc.build(flow, onFirstPage=_foot, onLaterPages=_foot)


def P(text, style="body"):
    return Paragraph(text, STY[style])


def grid_table(rows, col_widths=None, header_rows=1, font_size=9, total_row=False, zebra=False):
    t = Table(rows, colWidths=col_widths, repeatRows=header_rows)
    st = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("FONT", (0, 0), (-1, -1), "Helvetica", font_size),
        ("FONT", (0, 0), (-1, header_rows - 1), "Helvetica-Bold", font_size),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#D9E1F2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if total_row:
        st.append(("FONT", (0, -1), (-1, -1), "Helvetica-Bold", font_size))
    if zebra:
        for i in range(header_rows, len(rows)):
            if (i - header_rows) % 2:
                st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F2F2F2")))
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- "scanned" images
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT_DIR = "/usr/share/fonts/truetype"
SERIF = f"{FONT_DIR}/liberation/LiberationSerif-Regular.ttf"
SERIF_B = f"{FONT_DIR}/liberation/LiberationSerif-Bold.ttf"
SANS = f"{FONT_DIR}/liberation/LiberationSans-Regular.ttf"
SANS_B = f"{FONT_DIR}/liberation/LiberationSans-Bold.ttf"


POS = {}


def signature(img, x, y, seed=0, w=220):
    """A scribbled signature with its baseline at y."""
    import math
    rnd = random.Random(seed)
    d = ImageDraw.Draw(img)
    pts = []
    for i in range(60):
        t = i / 59
        pts.append((x + t * w + rnd.uniform(-2, 2),
                    y - 18 - 16 * math.sin(t * 11 + rnd.uniform(0, .4)) * (1 - t * .6)))
    d.line(pts, fill=35, width=3, joint="curve")
    d.line([(x + w * .1, y - 4), (x + w * .95, y - 10)], fill=50, width=2)


def render_page(lines, width=1240, height=1754, margin=110, seed=1, font=SERIF, bold=SERIF_B,
                size=25, skew=0.6, noise=True, extra=None):
    """lines: list of (text, opts) or plain str. opts: dict(bold, size, align, gap).
    Returns a greyscale PIL image looking like a 150 dpi office scan."""
    rnd = random.Random(seed)
    img = Image.new("L", (width, height), 250)
    d = ImageDraw.Draw(img)
    y = margin
    for item in lines:
        if isinstance(item, str):
            text, o = item, {}
        else:
            text, o = item
        sz = o.get("size", size)
        f = ImageFont.truetype(bold if o.get("bold") else font, sz)
        if o.get("gap"):
            y += o["gap"]
        if o.get("rule"):
            d.line([(margin, y + sz // 2), (width - margin, y + sz // 2)], fill=60, width=2)
            y += sz
            continue
        if text == "":
            y += int(sz * 0.8)
            continue
        POS[text] = y
        # wrap
        maxw = width - 2 * margin - o.get("indent", 0)
        words = text.split(" ")
        cur = ""
        out = []
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=f) <= maxw:
                cur = t
            else:
                out.append(cur)
                cur = w
        out.append(cur)
        for ln in out:
            tw = d.textlength(ln, font=f)
            if o.get("align") == "right":
                x = width - margin - tw
            elif o.get("align") == "center":
                x = (width - tw) / 2
            else:
                x = margin + o.get("indent", 0)
            d.text((x, y), ln, font=f, fill=rnd.randint(15, 45))
            y += int(sz * 1.32)
    if extra:
        extra(img, POS)
    if noise:
        px = img.load()
        for _ in range(width * height // 180):
            x, yy = rnd.randrange(width), rnd.randrange(height)
            px[x, yy] = rnd.randint(150, 235)
        # a few dust specks
        for _ in range(25):
            x, yy = rnd.randrange(width), rnd.randrange(height)
            r = rnd.randint(1, 3)
            d.ellipse([x, yy, x + r, yy + r], fill=rnd.randint(80, 160))
        # faint shadow at the left edge from the scanner lid
        for x in range(18):
            for yy in range(0, height, 2):
                px[x, yy] = min(px[x, yy], 170 + x * 4)
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    return img


def stamp(img, text, xy, size=30, angle=8, colour=90):
    """A rubber-stamp-like boxed text, e.g. RECEIVED."""
    f = ImageFont.truetype(SANS_B, size)
    tmp = Image.new("L", (int(size * len(text) * 0.75) + 40, size * 2 + 20), 0)
    dd = ImageDraw.Draw(tmp)
    dd.rectangle([2, 2, tmp.width - 3, tmp.height - 3], outline=255, width=3)
    dd.text((20, size // 2), text, font=f, fill=255)
    tmp = tmp.rotate(angle, expand=True)
    mask = tmp.crop((0, 0, min(tmp.width, img.width - xy[0]), min(tmp.height, img.height - xy[1])))
    mask = mask.point(lambda v: int(v * 0.8))
    img.paste(colour, (xy[0], xy[1], xy[0] + mask.width, xy[1] + mask.height), mask)
    return img


def images_to_pdf(images, path):
    """Image-only PDF (no text layer): each image becomes a full A4 page."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=A4)
    for im in images:
        buf = io.BytesIO()
        im.convert("L").save(buf, format="JPEG", quality=82)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.setCreator("Canon iR-ADV C5535 III")
    c.setProducer("Canon iR-ADV C5535 III")
    c.save()


# ---------------------------------------------------------------- RTF
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
        else:
            out.append(ch)
    return "".join(out)


def rtf_doc(paragraphs, font="Arial", size=22):
    """paragraphs: list of str or (str, dict(bold, italic, size, align)); '' = blank line."""
    head = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2057"
            "{\\fonttbl{\\f0\\fswiss\\fcharset0 %s;}{\\f1\\froman\\fcharset0 Times New Roman;}}\n"
            "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n" % font)
    body = []
    for p in paragraphs:
        if isinstance(p, str):
            t, o = p, {}
        else:
            t, o = p
        fmt = "\\pard\\sa120\\sl276\\slmult1"
        if o.get("align") == "right":
            fmt += "\\qr"
        elif o.get("align") == "center":
            fmt += "\\qc"
        if o.get("indent"):
            fmt += "\\li%d" % o["indent"]
        fs = o.get("size", size)
        run = "\\f0\\fs%d " % fs
        if o.get("bold"):
            run += "\\b "
        if o.get("italic"):
            run += "\\i "
        txt = rtf_escape(t).replace("\n", "\\line ")
        close = ""
        if o.get("bold"):
            close += "\\b0"
        if o.get("italic"):
            close += "\\i0"
        body.append(f"{fmt}{run}{txt}{close}\\par\n")
    return head + "".join(body) + "}\n"
