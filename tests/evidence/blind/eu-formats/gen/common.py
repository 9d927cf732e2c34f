"""Shared helpers for the eu-formats generators."""
import json, os, random
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
        "outcome", "exemptions", "camera_count", "note"]


def out(name):
    return os.path.join(ROOT, name)


def write_text(name, text):
    with open(out(name), "w", encoding="utf-8") as f:
        f.write(text)


def add_label(**kw):
    assert set(kw) == set(KEYS), set(KEYS) ^ set(kw)
    assert os.path.exists(out(kw["path"])), kw["path"]
    assert os.path.exists(out(kw["request_file"])), kw["request_file"]
    lf = out("labels.jsonl")
    lines = []
    if os.path.exists(lf):
        lines = [l for l in open(lf, encoding="utf-8").read().splitlines() if l.strip()]
        lines = [l for l in lines if json.loads(l)["path"] != kw["path"]]
    lines.append(json.dumps({k: kw[k] for k in KEYS}, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(lf, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def email(frm, to, subject, date, text=None, html=None, attachments=(), cc=None):
    """attachments: list of (filename, bytes, maintype, subtype)"""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = make_msgid(domain=frm.split("@")[-1].strip(">"))
    if text is not None:
        m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    for fn, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def save_eml(name, msg):
    with open(out(name), "wb") as f:
        f.write(bytes(msg))


def uk(y, mo, d, h=10, mi=0):
    # BST-ish offset irrelevant; use +0000/+0100 crudely
    tz = timezone(timedelta(hours=1 if 4 <= mo <= 10 else 0))
    return datetime(y, mo, d, h, mi, tzinfo=tz)


# ---------- scanned-letter rendering ----------

def render_scan(lines, seed=1, dpi=150, font="LiberationMono-Regular.ttf", size=None,
                rotate=0.6, noise=10):
    """Render typed lines (list of str or ('b', str) for bold) onto A4 pages, return PIL images."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    size = size or int(dpi * 0.135)
    fdir = "/usr/share/fonts/truetype/liberation/"
    reg = ImageFont.truetype(fdir + font, size)
    bold = ImageFont.truetype(fdir + font.replace("Regular", "Bold"), size)
    lh = int(size * 1.45)
    margin = int(dpi * 0.9)
    pages, cur, y = [], None, None

    def newpage():
        im = Image.new("L", (W, H), 250)
        return im, ImageDraw.Draw(im)

    im, dr = newpage(); y = margin
    for ln in lines:
        f = reg
        if isinstance(ln, tuple):
            f = bold if ln[0] == "b" else reg
            ln = ln[1]
        if ln == "\f" or y > H - margin - lh:
            pages.append(im); im, dr = newpage(); y = margin
            if ln == "\f":
                continue
        x = margin + rnd.randint(-1, 1)
        dr.text((x, y), ln, fill=rnd.randint(20, 45), font=f)
        y += lh
    pages.append(im)
    outp = []
    for p in pages:
        p = p.rotate(rnd.uniform(-rotate, rotate), resample=Image.BICUBIC, fillcolor=245)
        p = p.filter(ImageFilter.GaussianBlur(0.45))
        px = p.load()
        for _ in range(int(W * H * 0.002)):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px[xx, yy] = rnd.randint(120, 200)
        # faint scanner edge shading
        dr = ImageDraw.Draw(p)
        dr.rectangle([0, 0, 6, H], fill=200)
        outp.append(p)
    return outp
