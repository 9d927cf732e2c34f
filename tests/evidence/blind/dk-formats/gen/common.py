"""Shared helpers for the dk-formats generators."""
import json, os, random, textwrap
from PIL import Image, ImageDraw, ImageFont, ImageFilter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def out(name):
    return os.path.join(OUT, name)


def write_text(name, text):
    with open(out(name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))


def add_label(**kw):
    """Append (or replace) the label line for kw['path']."""
    path = out("labels.jsonl")
    lines = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f.read().splitlines() if l.strip()]
    lines = [l for l in lines if json.loads(l)["path"] != kw["path"]]
    order = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
             "outcome", "exemptions", "camera_count", "note"]
    rec = {k: kw[k] for k in order}
    lines.append(json.dumps(rec, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def render_page(lines, dpi=200, seed=0, angle=None, font_path=FONT, size_pt=10.5, noise=900,
                margin_in=0.9):
    """Render a list of text lines (already wrapped or not) to a scanned-looking A4 greyscale image.
    A line may be ("B", text) for bold, ("TAB", [cols], [widths_in_chars]) for a table row, or "" for blank."""
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    px = int(size_pt / 72 * dpi)
    f = ImageFont.truetype(font_path, px)
    fb = ImageFont.truetype(FONT_B, px)
    x0 = int(margin_in * dpi)
    y = int(0.8 * dpi)
    lh = int(px * 1.45)
    maxw = W - 2 * x0
    cw = d.textlength("n", font=f)
    wrapchars = int(maxw / cw) - 2
    for ln in lines:
        if isinstance(ln, tuple) and ln[0] == "TAB":
            cols, widths = ln[1], ln[2]
            x = x0
            for c, w in zip(cols, widths):
                d.text((x, y), str(c), font=f, fill=rnd.randint(15, 45))
                x += int(w * cw)
            y += lh
            continue
        bold = False
        if isinstance(ln, tuple) and ln[0] == "B":
            bold, ln = True, ln[1]
        if ln == "":
            y += lh
            continue
        indent = len(ln) - len(ln.lstrip(" "))
        words, parts, cur = ln.split(), [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if d.textlength(" " * indent + t, font=fb if bold else f) > maxw and cur:
                parts.append(" " * indent + cur); cur = w
            else:
                cur = t
        parts.append(" " * indent + cur)
        for part in parts:
            d.text((x0, y), part, font=fb if bold else f, fill=rnd.randint(10, 45))
            y += lh
    # speckle noise
    for _ in range(noise):
        xx, yy = rnd.randint(0, W - 1), rnd.randint(0, H - 1)
        d.point((xx, yy), fill=rnd.randint(60, 180))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    if angle is None:
        angle = rnd.uniform(-1.3, 1.3)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
    return img


def pdf_styles():
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    ss = getSampleStyleSheet()
    base = ParagraphStyle("base", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
    return {
        "base": base,
        "bold": ParagraphStyle("bold", parent=base, fontName="Helvetica-Bold"),
        "h": ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "right": ParagraphStyle("right", parent=base, alignment=2),
        "ind": ParagraphStyle("ind", parent=base, leftIndent=18),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12, spaceAfter=0),
    }


def make_eml(name, frm, to, subject, date, body_text, attachments, body_html=None, msgid=None, extra_headers=None):
    """attachments: list of (filename, bytes, maintype, subtype)."""
    from email.message import EmailMessage
    from email.policy import SMTP
    m = EmailMessage()
    m["From"] = frm; m["To"] = to; m["Subject"] = subject; m["Date"] = date
    m["Message-ID"] = msgid or "<%s@mail.example.gov.uk>" % abs(hash(subject + date))
    for k, v in (extra_headers or {}).items():
        m[k] = v
    m.set_content(body_text)
    if body_html:
        m.add_alternative(body_html, subtype="html")
    for fn, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    with open(out(name), "wb") as fh:
        fh.write(m.as_bytes(policy=SMTP))
