"""Shared helpers for the bg-formats blind set generators."""
import json, os, random, textwrap, io
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
LABELS = OUT / "labels.jsonl"


def write_request(nn, text):
    p = OUT / f"{nn}-request.txt"
    p.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    return p


def add_label(nn, fmt, body_type, law, hik, dah, outcome, exemptions, count, note):
    rec = {"path": f"{nn}-reply.{fmt}", "request_file": f"{nn}-request.txt", "format": fmt,
           "body_type": body_type, "law": law, "hikvision": hik, "dahua": dah,
           "outcome": outcome, "exemptions": exemptions, "camera_count": count, "note": note}
    lines = []
    if LABELS.exists():
        for ln in LABELS.read_text(encoding="utf-8").splitlines():
            if ln.strip() and json.loads(ln)["path"] != rec["path"]:
                lines.append(ln)
    lines.append(json.dumps(rec, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------- docx helpers ----------------
def docx_field(paragraph, instr):
    """Insert a Word field (PAGE, NUMPAGES) into a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin')
    t = OxmlElement('w:instrText'); t.set(qn('xml:space'), 'preserve'); t.text = instr
    s = OxmlElement('w:fldChar'); s.set(qn('w:fldCharType'), 'separate')
    r2 = OxmlElement('w:t'); r2.text = "1"
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end')
    run._r.append(b); run._r.append(t); run._r.append(s); run._r.append(r2); run._r.append(e)
    return run


def docx_shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)


def docx_paras(doc, text, style=None):
    for para in textwrap.dedent(text).strip().split("\n\n"):
        doc.add_paragraph(" ".join(l.strip() for l in para.splitlines()), style=style)


# ---------------- scan helpers ----------------
FONT_DIR = "/usr/share/fonts/truetype/liberation/"


def render_scan(blocks, out_pdf, angle=0.6, noise=18, seed=1, font="LiberationSerif-Regular.ttf",
                bold="LiberationSerif-Bold.ttf", size=25, dpi=150, speckle=900, gray=True):
    """blocks: list of (kind, text) with kind in 'p' (wrapped paragraph), 'b' (bold line),
    'l' (literal line, no wrap), 'gap' (blank), 'right' (right-aligned line), 'rule' (hr),
    'table' (list of rows, each list of cells; first row bold)."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    f = ImageFont.truetype(FONT_DIR + font, size)
    fb = ImageFont.truetype(FONT_DIR + bold, size)
    pages = []
    img = Image.new("L", (W, H), 255); d = ImageDraw.Draw(img)
    margin = int(0.9 * dpi); y = int(0.8 * dpi); lh = int(size * 1.35)
    maxw = W - 2 * margin

    def newpage():
        nonlocal img, d, y
        pages.append(img)
        img = Image.new("L", (W, H), 255); d = ImageDraw.Draw(img); y = int(0.8 * dpi)

    def line(txt, font_=f, x=None):
        nonlocal y
        if y + lh > H - int(0.7 * dpi):
            newpage()
        d.text((margin if x is None else x, y), txt, font=font_, fill=rnd.randint(10, 45))
        y += lh

    for kind, text in blocks:
        if kind == "gap":
            y += lh // 2 if text is None else int(lh * text)
        elif kind == "rule":
            d.line((margin, y + lh // 3, W - margin, y + lh // 3), fill=60, width=2); y += lh
        elif kind in ("b", "l", "right"):
            for t in text.split("\n"):
                fo = fb if kind == "b" else f
                if kind == "right":
                    tw = d.textlength(t, font=fo); line(t, fo, x=W - margin - tw)
                else:
                    line(t, fo)
        elif kind == "p":
            words = text.split(); cur = ""
            for w in words:
                trial = (cur + " " + w).strip()
                if d.textlength(trial, font=f) > maxw:
                    line(cur); cur = w
                else:
                    cur = trial
            if cur:
                line(cur)
            y += lh // 3
        elif kind == "table":
            rows = text; ncol = len(rows[0])
            widths = [max(d.textlength(str(r[i]), font=fb) for r in rows) + 24 for i in range(ncol)]
            scale = min(1.0, maxw / sum(widths)); widths = [w * scale for w in widths]
            for ri, r in enumerate(rows):
                if y + lh + 8 > H - int(0.7 * dpi):
                    newpage()
                x = margin
                d.line((margin, y, margin + sum(widths), y), fill=70, width=1)
                for ci, c in enumerate(r):
                    d.text((x + 8, y + 4), str(c), font=fb if ri == 0 else f, fill=rnd.randint(10, 45))
                    d.line((x, y, x, y + lh + 8), fill=70, width=1)
                    x += widths[ci]
                d.line((x, y, x, y + lh + 8), fill=70, width=1)
                y += lh + 8
            d.line((margin, y, margin + sum(widths), y), fill=70, width=1)
            y += lh // 2
    pages.append(img)

    out = []
    for i, p in enumerate(pages):
        p = p.filter(ImageFilter.GaussianBlur(0.6))
        px = p.load()
        for _ in range(speckle):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px[xx, yy] = rnd.randint(60, 180)
        if noise:
            import PIL.ImageChops as IC
            n = Image.effect_noise((W, H), noise)
            p = IC.multiply(p, Image.eval(n, lambda v: 255 - max(0, (128 - v)) // 3))
        a = angle + rnd.uniform(-0.3, 0.3)
        p = p.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=235)
        # grey scanner edge
        d2 = ImageDraw.Draw(p)
        d2.rectangle((0, 0, W, 6), fill=200)
        out.append(p.convert("L" if gray else "RGB"))
    out[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=out[1:])
