"""Shared helpers for the ec-formats blind set generator.

Each item script in gen/items/ writes NN-request.txt, NN-reply.<ext> into the set folder
and calls write_label() to add or replace its line in labels.jsonl.
"""
import io
import json
import os
import random
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as _dt

SET_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(SET_DIR, "labels.jsonl")
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
        "outcome", "exemptions", "camera_count", "note"]
FONT_DIR = "/usr/share/fonts/truetype"


def out(name):
    return os.path.join(SET_DIR, name)


def write_request(nn, text):
    with open(out(f"{nn}-request.txt"), "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")


def write_text(name, text, encoding="utf-8"):
    with open(out(name), "w", encoding=encoding, newline="") as f:
        f.write(text)


def write_bytes(name, data):
    with open(out(name), "wb") as f:
        f.write(data)


def write_label(**kw):
    missing = [k for k in KEYS if k not in kw]
    assert not missing, missing
    line = {k: kw[k] for k in KEYS}
    rows = []
    if os.path.exists(LABELS):
        with open(LABELS, encoding="utf-8") as f:
            for ln in f:
                ln = ln.strip()
                if ln:
                    rows.append(json.loads(ln))
    rows = [r for r in rows if r["path"] != line["path"]]
    rows.append(line)
    rows.sort(key=lambda r: r["path"])
    with open(LABELS, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- e-mail
def dt(y, m, d, hh=10, mm=0):
    return format_datetime(_dt.datetime(y, m, d, hh, mm, tzinfo=_dt.timezone.utc))


def email_base(frm, to, subject, date, msgid, in_reply_to=None, cc=None):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    return msg


def save_eml(name, msg):
    write_bytes(name, bytes(msg))


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


MIME = {
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "pdf": ("application", "pdf"),
}


def attach(msg, data, filename):
    ext = filename.rsplit(".", 1)[1].lower()
    mt, st = MIME[ext]
    msg.add_attachment(data, maintype=mt, subtype=st, filename=filename)


# ---------------------------------------------------------------- docx
def docx_bytes(doc):
    b = io.BytesIO()
    doc.save(b)
    return b.getvalue()


def docx_table(doc, rows, header=True, style="Table Grid", widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:
        pass
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = "" if v is None else str(v)
            if header and i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    if widths:
        from docx.shared import Cm
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# ---------------------------------------------------------------- pdf (text layer)
def pdf_story(flowables, pagesize=None, header=None, footer=None, margins=(2.2, 2.2, 2.5, 2.2)):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate
    buf = io.BytesIO()
    ps = pagesize or A4

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawString(margins[0] * cm, ps[1] - 1.2 * cm, header)
        if footer:
            canvas.drawString(margins[0] * cm, 1.0 * cm, footer.replace("{page}", str(doc.page)))
        canvas.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=ps, leftMargin=margins[0] * cm, rightMargin=margins[1] * cm,
                            topMargin=margins[2] * cm, bottomMargin=margins[3] * cm)
    doc.build(flowables, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def pdf_styles():
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14,
                          spaceAfter=7)
    bold = ParagraphStyle("bb", parent=base, fontName="Helvetica-Bold")
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=11)
    head = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=13, spaceAfter=10)
    return base, bold, small, head


# ---------------------------------------------------------------- scan (image-only pdf)
def render_scan(pages, name, seed=1, skew=0.8, font="dejavu/DejaVuSerif.ttf", size=25, dpi=150,
                bold_font=None, tabs=(0, 700)):
    """pages: list of lists of lines. Lines starting with '##' are bold (bigger).
    A tab in a line puts the following text at the next tab stop (pixels from the left margin)."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    fnt = ImageFont.truetype(os.path.join(FONT_DIR, font), size)
    big = ImageFont.truetype(os.path.join(FONT_DIR, bold_font or font.replace(".ttf", "-Bold.ttf")), size + 6)
    imgs = []
    for pi, lines in enumerate(pages):
        im = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(im)
        y = int(0.9 * dpi)
        x0 = int(0.95 * dpi)
        for ln in lines:
            f = fnt
            if ln.startswith("##"):
                f = big
                ln = ln[2:].strip()
            ink = rnd.randint(20, 60)
            for ti, part in enumerate(ln.split("\t")):
                d.text((x0 + tabs[min(ti, len(tabs) - 1)] + rnd.randint(-1, 1), y), part, font=f, fill=ink)
            y += int(f.size * 1.42)
        # skew
        ang = skew * (1 if pi % 2 == 0 else -0.6) + rnd.uniform(-0.15, 0.15)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=235)
        # noise speckle
        px = im.load()
        for _ in range(int(W * H * 0.0025)):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            px[x, yy] = rnd.choice([30, 80, 120, 200])
        # faint grey band at the edge like a scanner lid shadow
        d = ImageDraw.Draw(im)
        d.rectangle([W - 14, 0, W, H], fill=185)
        im = im.filter(ImageFilter.GaussianBlur(0.55))
        imgs.append(im.convert("RGB"))
    imgs[0].save(out(name), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
