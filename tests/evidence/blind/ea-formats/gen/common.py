"""Shared helpers for the ea-formats generator. Each itemNN.py writes its request,
its reply file and upserts its label line into ../labels.jsonl."""
import json, os, random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "labels.jsonl"
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
        "outcome", "exemptions", "camera_count", "note"]


def write_request(nn, text):
    p = ROOT / f"{nn}-request.txt"
    p.write_text(text.strip("\n") + "\n", encoding="utf-8")
    return p.name


def upsert_label(**kw):
    rec = {k: kw[k] for k in KEYS}
    lines = []
    if LABELS.exists():
        for ln in LABELS.read_text(encoding="utf-8").splitlines():
            if ln.strip() and json.loads(ln)["path"] != rec["path"]:
                lines.append(ln)
    lines.append(json.dumps(rec, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- RTF
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\par\n")
        elif ch == "\t":
            out.append("\\tab ")
        elif 127 < o < 256:
            out.append("\\'%02x" % o)
        elif o >= 256:
            b = ch.encode("cp1252", "ignore")
            sub = ("\\'%02x" % b[0]) if b else "?"
            out.append("\\u%d%s" % (o if o < 32768 else o - 65536, sub))
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- scan
def render_scan(lines, out_pdf, seed=1, angle=0.6, font_size=30, noise=0.012,
                font="/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
                bold_font="/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"):
    """lines: list of str, or (str, 'b') for bold, or (str, 'c') centred, ('', ) blank.
    Renders A4 pages at 200 dpi as greyscale images with slight rotation and speckle
    and saves them as an image-only PDF."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = 1654, 2339  # A4 @ 200 dpi
    f = ImageFont.truetype(font, font_size)
    fb = ImageFont.truetype(bold_font, font_size)
    margin_l, margin_t, lh = 170, 170, int(font_size * 1.38)
    pages, img, d, y = [], None, None, None

    def new_page():
        nonlocal img, d, y
        img = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(img)
        y = margin_t

    new_page()
    for item in lines:
        if isinstance(item, str):
            txt, style = item, ""
        else:
            txt, style = item[0], (item[1] if len(item) > 1 else "")
        if txt == "\f" or y > H - 200:
            pages.append(img)
            new_page()
            if txt == "\f":
                continue
        fnt = fb if "b" in style else f
        x = margin_l
        if "c" in style:
            w = d.textlength(txt, font=fnt)
            x = (W - w) / 2
        if "r" in style:
            w = d.textlength(txt, font=fnt)
            x = W - margin_l - w
        ink = rnd.randint(20, 55)
        d.text((x + rnd.uniform(-1.5, 1.5), y), txt, font=fnt, fill=ink)
        y += lh
    pages.append(img)
    done = []
    for i, pg in enumerate(pages):
        pg = pg.rotate(angle * (1 if i % 2 == 0 else -0.7), resample=Image.BICUBIC,
                       fillcolor=245, expand=False)
        px = pg.load()
        n = int(W * H * noise)
        for _ in range(n):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px[xx, yy] = rnd.choice([60, 90, 120, 180])
        pg = pg.filter(ImageFilter.GaussianBlur(0.6))
        done.append(pg.convert("RGB"))
    done[0].save(out_pdf, "PDF", resolution=200.0, save_all=True, append_images=done[1:])


# ---------------------------------------------------------------- ODS
def ods_sheet(doc, name, rows, bold_rows=(), colwidths=None):
    """Add a sheet to an odfpy OpenDocumentSpreadsheet. Numbers become float cells."""
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P
    from odf.style import Style, TextProperties, TableColumnProperties
    if not hasattr(doc, "_bold_cell"):
        st = Style(name="bcell", family="table-cell"); st.addElement(TextProperties(fontweight="bold"))
        doc.automaticstyles.addElement(st); doc._bold_cell = st
        doc._colstyles = {}
    t = Table(name=name)
    for i, w in enumerate(colwidths or []):
        key = w
        if key not in doc._colstyles:
            cs = Style(name="co%d" % len(doc._colstyles), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=w)); doc.automaticstyles.addElement(cs)
            doc._colstyles[key] = cs
        t.addElement(TableColumn(stylename=doc._colstyles[key]))
    for ri, r in enumerate(rows):
        tr = TableRow()
        for v in r:
            kw = {}
            if ri in bold_rows: kw["stylename"] = doc._bold_cell
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                tc = TableCell(valuetype="float", value=v, **kw); tc.addElement(P(text=str(v)))
            elif v is None or v == "":
                tc = TableCell(**kw)
            else:
                tc = TableCell(valuetype="string", **kw); tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    return t


def write_rtf(path, blocks, font="Arial", size=22):
    """blocks: list of (text, style) where style has b (bold), i (italic), c (centre), r (right), s (small)."""
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fswiss\fcharset0 %s;}{\f1\froman\fcharset0 Times New Roman;}}" % font,
             r"{\colortbl ;\red0\green0\blue0;\red192\green0\blue0;}",
             r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1",
             r"\paperw11906\paperh16838\margl1440\margr1440\margt1440\margb1440"]
    for item in blocks:
        txt, st = (item, "") if isinstance(item, str) else (item[0], item[1] if len(item) > 1 else "")
        pre = r"\pard\sa120"
        if "c" in st: pre += r"\qc"
        if "r" in st: pre += r"\qr"
        fs = size - 4 if "s" in st else (size + 6 if "h" in st else size)
        pre += r"\f0\fs%d " % fs
        on, off = "", ""
        if "b" in st or "h" in st: on += r"\b "; off = r"\b0 " + off
        if "i" in st: on += r"\i "; off = r"\i0 " + off
        parts.append(pre + on + rtf_escape(txt) + off + r"\par")
    parts.append("}")
    Path(path).write_text("\n".join(parts), encoding="ascii")
