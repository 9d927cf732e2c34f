"""Shared helpers for the aw-formats blind set generators."""
import json, os, io, random, textwrap
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email import charset as _charset, encoders
from email.utils import formatdate, make_msgid

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(OUT, "labels.jsonl")
FONTS = "/usr/share/fonts/truetype"


def path(name):
    return os.path.join(OUT, name)


def write_request(nn, text):
    with open(path(f"{nn}-request.txt"), "w", encoding="utf-8") as f:
        f.write(textwrap.dedent(text).strip() + "\n")


def label(**kw):
    """Append or replace the label line for kw['path']."""
    order = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
             "outcome", "exemptions", "camera_count", "note"]
    rec = {k: kw[k] for k in order}
    lines = []
    if os.path.exists(LABELS):
        with open(LABELS, encoding="utf-8") as f:
            for ln in f:
                ln = ln.strip()
                if ln and json.loads(ln)["path"] != rec["path"]:
                    lines.append(ln)
    lines.append(json.dumps(rec, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(LABELS, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- e-mail
def eml(nn, *, frm, to, subject, date, text, html, cte="qp", attachments=(), extra_headers=None):
    """Write NN-reply.eml: multipart/mixed( multipart/alternative(text, html), attachments...)."""
    enc = "quoted-printable" if cte == "qp" else "base64"
    msg = EmailMessage()
    msg.set_content(text, subtype="plain", charset="utf-8", cte=enc)
    msg.add_alternative(html, subtype="html", charset="utf-8", cte=enc)
    for fname, data, mtype in attachments:
        main, sub = mtype.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=fname)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = make_msgid(domain=frm.split("@")[-1].strip(">"))
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    with open(path(f"{nn}-reply.eml"), "wb") as f:
        f.write(msg.as_bytes())


def html_from_text(text):
    import html as _h
    paras = text.strip().split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + _h.escape(p).replace("\n", "<br>\n") + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>")


# ---------------------------------------------------------------- docx footnotes
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_footnotes(document, notes):
    """Attach a footnotes part with given texts (ids 1..n). Returns function ref(paragraph, i)."""
    from docx.opc.part import Part
    from docx.opc.packuri import PackURI
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from xml.sax.saxutils import escape
    body = [f'<w:footnotes xmlns:w="{W}">',
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, n in enumerate(notes, 1):
        body.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:t xml:space="preserve"> {escape(n)}</w:t></w:r></w:p></w:footnote>')
    body.append('</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, "".join(body).encode("utf-8"),
                document.part.package)
    document.part.relate_to(part, FOOTNOTES_RT)

    def ref(paragraph, i):
        r = parse_xml(f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{i}"/></w:r>')
        paragraph._p.append(r)
    return ref


# ---------------------------------------------------------------- scanned pdf
def scanned_pdf(nn, pages, *, seed=1, stamp=None, signature_on_last=True, out_name=None):
    """pages: list of lists of (text, style) lines; style in {'h','b','n','s'} (heading,bold,normal,small).
    Renders at 200 dpi A4 with skew, noise, optional stamp, and signature scribble; saves image-only PDF."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W_, H_ = 1654, 2339  # A4 @ 200dpi
    fonts = {
        "h": ImageFont.truetype(f"{FONTS}/liberation/LiberationSerif-Bold.ttf", 44),
        "b": ImageFont.truetype(f"{FONTS}/liberation/LiberationSerif-Bold.ttf", 32),
        "n": ImageFont.truetype(f"{FONTS}/liberation/LiberationSerif-Regular.ttf", 32),
        "s": ImageFont.truetype(f"{FONTS}/liberation/LiberationSerif-Regular.ttf", 24),
        "m": ImageFont.truetype(f"{FONTS}/liberation/LiberationMono-Regular.ttf", 28),
    }
    imgs = []
    for pi, lines in enumerate(pages):
        img = Image.new("L", (W_, H_), 255)
        d = ImageDraw.Draw(img)
        y = 150
        sig_y = None
        for text, style in lines:
            f = fonts[style]
            if text == "<SIG>":
                sig_y = y
                y += 110
                continue
            x = 170
            if style == "h":
                w = d.textlength(text, font=f)
                x = (W_ - w) / 2
            d.text((x, y), text, font=f, fill=rnd.randint(15, 45))
            y += {"h": 64, "b": 46, "n": 44, "s": 34, "m": 40}[style]
        if sig_y is not None:
            # scribble signature
            pts = []
            x0 = 190
            for k in range(40):
                pts.append((x0 + k * 9 + rnd.randint(-4, 4), sig_y + 50 + rnd.randint(-35, 35)))
            d.line(pts, fill=40, width=3, joint="curve")
        if stamp and pi == len(pages) - 1:
            st = Image.new("L", (560, 240), 255)
            sd = ImageDraw.Draw(st)
            sd.rectangle((5, 5, 553, 233), outline=90, width=6)
            sf = ImageFont.truetype(f"{FONTS}/dejavu/DejaVuSans-Bold.ttf", 34)
            for k, s in enumerate(stamp):
                w = sd.textlength(s, font=sf)
                sd.text(((560 - w) / 2, 30 + k * 62), s, font=sf, fill=100)
            st = st.rotate(rnd.uniform(-14, -6), expand=True, fillcolor=255)
            # multiply blend
            region = img.crop((1000, H_ - 700, 1000 + st.width, H_ - 700 + st.height))
            from PIL import ImageChops
            img.paste(ImageChops.darker(region, st), (1000, H_ - 700))
        # skew
        img = img.rotate(rnd.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=235)
        # grey background + noise
        px = img.load()
        for _ in range(int(W_ * H_ * 0.012)):
            xx, yy = rnd.randrange(W_), rnd.randrange(H_)
            px[xx, yy] = max(0, px[xx, yy] - rnd.randint(40, 140))
        bg = Image.new("L", (W_, H_), 0)
        img = Image.eval(img, lambda v: int(v * 0.93 + 4))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        # a few specks/dark edge as from a scanner lid
        d = ImageDraw.Draw(img)
        d.rectangle((0, 0, 18, H_), fill=rnd.randint(120, 170))
        for _ in range(25):
            cx, cy = rnd.randrange(W_), rnd.randrange(H_)
            r = rnd.randint(1, 4)
            d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=rnd.randint(60, 140))
        imgs.append(img.convert("RGB"))
    name = out_name or f"{nn}-reply.pdf"
    imgs[0].save(path(name), "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])


# ---------------------------------------------------------------- reportlab helpers
def rl_styles():
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    ss = getSampleStyleSheet()
    ss.add(ParagraphStyle("Body", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7))
    ss.add(ParagraphStyle("Small", parent=ss["Normal"], fontName="Helvetica", fontSize=8, leading=10, spaceAfter=4))
    ss.add(ParagraphStyle("Q", parent=ss["Normal"], fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceAfter=4))
    return ss


def page_of_n_canvas(footer_left=""):
    """Canvas class that writes 'Page X of Y' on each page."""
    from reportlab.pdfgen import canvas as _c

    class NumberedCanvas(_c.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont("Helvetica", 8)
                self.drawRightString(550, 30, f"Page {self._pageNumber} of {n}")
                if footer_left:
                    self.drawString(45, 30, footer_left)
                super().showPage()
            super().save()
    return NumberedCanvas
