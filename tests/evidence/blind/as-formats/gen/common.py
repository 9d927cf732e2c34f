"""Shared helpers for building the as-formats blind set."""
import io
import json
import os
import random
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONT_DIR = "/usr/share/fonts/truetype"


def path(name):
    return os.path.join(OUT, name)


def write_request(nn, text):
    with open(path(f"{nn}-request.txt"), "w") as f:
        f.write(textwrap.dedent(text).strip() + "\n")


def add_label(nn, ext, body_type, law, hik, dah, outcome, exemptions, count, note):
    rec = {"path": f"{nn}-reply.{ext}", "request_file": f"{nn}-request.txt", "format": ext,
           "body_type": body_type, "law": law, "hikvision": hik, "dahua": dah,
           "outcome": outcome, "exemptions": exemptions, "camera_count": count, "note": note}
    lp = path("labels.jsonl")
    lines = []
    if os.path.exists(lp):
        with open(lp) as f:
            lines = [l for l in f if l.strip() and json.loads(l)["path"] != rec["path"]]
    lines.append(json.dumps(rec) + "\n")
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(lp, "w") as f:
        f.writelines(lines)


# ---------------------------------------------------------------- docx
def docx_bytes(build):
    """build(doc) fills a python-docx Document; returns bytes."""
    import docx
    d = docx.Document()
    build(d)
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


def docx_table(doc, rows, header=True, style="Table Grid", widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:
        pass
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = str(v)
            if header and i == 0:
                for p in c.paragraphs:
                    for run in p.runs:
                        run.bold = True
    if widths:
        from docx.shared import Cm
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# ---------------------------------------------------------------- eml
def eml(nn, frm, to, subject, date, text=None, html=None, attachments=(), extra_headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = make_msgid(domain=frm.split("@")[-1].strip(">"))
    for k, v in (extra_headers or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    ctypes = {"docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
              "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
              "pdf": ("application", "pdf")}
    for fname, data in attachments:
        mt, st = ctypes[fname.rsplit(".", 1)[1]]
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    with open(path(f"{nn}-reply.eml"), "wb") as f:
        f.write(bytes(m))


def dt(y, mo, d, h=10, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)


# ---------------------------------------------------------------- pdf (reportlab)
def pdf_bytes(story_fn, header_left="", header_right="", footer_left="", pagesize=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.units import cm
    b = io.BytesIO()
    ps = pagesize or A4

    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        w, h = ps
        if header_left:
            c.drawString(2 * cm, h - 1.2 * cm, header_left)
        if header_right:
            c.drawRightString(w - 2 * cm, h - 1.2 * cm, header_right)
        c.line(2 * cm, h - 1.35 * cm, w - 2 * cm, h - 1.35 * cm)
        if footer_left:
            c.drawString(2 * cm, 1.2 * cm, footer_left)
        c.drawRightString(w - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(b, pagesize=ps, topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                            leftMargin=2 * cm, rightMargin=2 * cm)
    doc.build(story_fn(), onFirstPage=on_page, onLaterPages=on_page)
    return b.getvalue()


def styles():
    from reportlab.lib.styles import getSampleStyleSheet
    return getSampleStyleSheet()


def P(text, style="BodyText"):
    from reportlab.platypus import Paragraph
    return Paragraph(text, styles()[style])


def ptable(rows, col_widths=None, repeat=1):
    from reportlab.platypus import Table, TableStyle
    from reportlab.lib import colors
    st = styles()["BodyText"]
    from reportlab.platypus import Paragraph
    data = [[Paragraph(str(c), st) for c in r] for r in rows]
    t = Table(data, colWidths=col_widths, repeatRows=repeat)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


# ---------------------------------------------------------------- scanned pdf (Pillow)
def scanned_pdf(nn, pages, seed=0, dpi=200, font="dejavu/DejaVuSerif.ttf", size_pt=11):
    """pages: list of list-of-lines (already laid out). Renders each onto an A4 white image,
    adds slight rotation and speckle noise, saves as image-only PDF."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    px = int(size_pt * dpi / 72)
    f = ImageFont.truetype(os.path.join(FONT_DIR, font), px)
    fb = ImageFont.truetype(os.path.join(FONT_DIR, font.replace(".ttf", "-Bold.ttf")), px)
    imgs = []
    for lines in pages:
        im = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(im)
        y = int(0.9 * dpi)
        x0 = int(0.95 * dpi)
        for line in lines:
            fnt = f
            if line.startswith("**"):
                fnt, line = fb, line[2:]
            if line.startswith("@@"):  # right aligned
                line = line[2:]
                w = d.textlength(line, font=fnt)
                d.text((W - x0 - w, y), line, fill=rnd.randint(0, 40), font=fnt)
            else:
                d.text((x0, y), line, fill=rnd.randint(0, 40), font=fnt)
            y += int(px * 1.45)
        # noise
        pix = im.load()
        for _ in range(int(W * H * 0.0015)):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            pix[xx, yy] = rnd.randint(60, 200)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        im = im.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=255, expand=False)
        imgs.append(im.convert("RGB"))
    imgs[0].save(path(f"{nn}-reply.pdf"), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


def wrap(text, width=86):
    out = []
    for para in textwrap.dedent(text).strip("\n").split("\n"):
        if not para.strip():
            out.append("")
            continue
        lead = len(para) - len(para.lstrip())
        out.extend(textwrap.wrap(para, width=width, subsequent_indent=" " * lead) or [""])
    return out
