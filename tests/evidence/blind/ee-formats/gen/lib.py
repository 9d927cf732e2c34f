"""Shared helpers for the ee-formats blind set generator.

Each gen/items/itemNN.py writes NN-request.txt and NN-reply.<ext> into the set folder and
upserts its own label line into labels.jsonl (kept sorted by path).
"""
import json
import os
import random
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

SET_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONT_DIR = "/usr/share/fonts/truetype"

KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
        "outcome", "exemptions", "camera_count", "note"]


def out(name):
    return os.path.join(SET_DIR, name)


def write_text(name, text):
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text.lstrip("\n"))


def write_bytes(name, data):
    with open(out(name), "wb") as f:
        f.write(data)


def upsert_label(label):
    assert list(label.keys()) == KEYS, list(label.keys())
    path = out("labels.jsonl")
    rows = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            rows = [json.loads(l) for l in f if l.strip()]
    rows = [r for r in rows if r["path"] != label["path"]]
    rows.append(label)
    rows.sort(key=lambda r: r["path"])
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def label(n, fmt, ext, body_type, law, hik, dahua, outcome, exemptions, count, note):
    upsert_label({
        "path": f"{n:02d}-reply.{ext}", "request_file": f"{n:02d}-request.txt",
        "format": fmt, "body_type": body_type, "law": law, "hikvision": hik, "dahua": dahua,
        "outcome": outcome, "exemptions": exemptions, "camera_count": count, "note": note,
    })


# ---------------------------------------------------------------- e-mail
def hash_str(s):
    import hashlib
    return int(hashlib.md5(s.encode()).hexdigest()[:12], 16)


def eml(name, frm, to, subject, date, text=None, html=None, attachments=(), extra_headers=None,
        msgid=None):
    """text-only, html-only, alternative, or mixed with attachments."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid or f"<{abs(hash_str(subject)) % 10**12}.{date.strftime('%Y%m%d%H%M')}@mail.invalid>"
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    if text is not None:
        msg.set_content(text.lstrip("\n"))
        if html is not None:
            msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    for fname, data, mime in attachments:
        maintype, subtype = mime.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_{i:03d}_{hash_str(subject + str(i)):012X}")
    write_bytes(name, bytes(msg))


def dt(y, m, d, hh=10, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=timezone(timedelta(hours=0)))


# ---------------------------------------------------------------- RTF
def rtf_escape(s):
    outp = []
    for ch in s:
        if ch in "\\{}":
            outp.append("\\" + ch)
        elif ch == "\n":
            outp.append("\\par\n")
        elif ord(ch) > 127:
            code = ord(ch)
            if code > 32767:
                code -= 65536
            outp.append(f"\\u{code}?")
        else:
            outp.append(ch)
    return "".join(outp)


# ---------------------------------------------------------------- scans
def render_scan(name, pages, seed=0, skew=(-1.2, 1.2), font="LiberationSerif-Regular.ttf",
                bold_font="LiberationSerif-Bold.ttf", size=30, dpi=200, noise=0.012, blur=0.6,
                margin=170, leading=1.38):
    """pages: list of list-of-lines. A line starting with '**' is bold; '##' larger bold.
    A line starting with '>>' is right aligned. A line '---' draws a rule. Lines may contain
    '\\t' tab stops (at multiples of 'tabw' px from margin) given as '|' separated cells with
    '||' prefix: '||col1|col2|col3' with widths in the TAB list placed as first cell '@w1,w2,..'.
    Output: image-only PDF (no text layer)."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    f_reg = ImageFont.truetype(os.path.join(FONT_DIR, "liberation", font), size)
    f_bold = ImageFont.truetype(os.path.join(FONT_DIR, "liberation", bold_font), size)
    f_big = ImageFont.truetype(os.path.join(FONT_DIR, "liberation", bold_font), int(size * 1.35))
    imgs = []
    for lines in pages:
        img = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(img)
        y = margin
        cols = None
        for raw in lines:
            fnt = f_reg
            line = raw
            if line.startswith("@cols "):
                cols = [int(x) for x in line[6:].split(",")]
                continue
            if line.startswith("##"):
                fnt, line = f_big, line[2:]
            elif line.startswith("**"):
                fnt, line = f_bold, line[2:]
            if line == "---":
                d.line((margin, y + size // 2, W - margin, y + size // 2), fill=60, width=2)
                y += int(size * leading)
                continue
            if line.startswith(">>"):
                line = line[2:]
                w = d.textlength(line, font=fnt)
                d.text((W - margin - w, y), line, font=fnt, fill=rnd.randint(10, 45))
            elif line.startswith("||") and cols:
                x = margin
                cells = line[2:].split("|")
                for i, cell in enumerate(cells):
                    d.text((x + 8, y), cell, font=fnt, fill=rnd.randint(10, 45))
                    x += cols[i] if i < len(cols) else 200
                # cell borders
                top, bot = y - 6, y + int(size * leading) - 6
                right = margin + sum(cols)
                d.line((margin, top, right, top), fill=80, width=2)
                d.line((margin, bot, right, bot), fill=80, width=2)
                xx = margin
                d.line((xx, top, xx, bot), fill=80, width=2)
                for c in cols:
                    xx += c
                    d.line((xx, top, xx, bot), fill=80, width=2)
            else:
                d.text((margin + rnd.randint(-1, 1), y), line, font=fnt, fill=rnd.randint(10, 45))
            y += int((fnt.size if hasattr(fnt, 'size') else size) * leading)
        # noise / speckle
        px = img.load()
        for _ in range(int(W * H * noise / 10)):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            px[x, yy] = rnd.randint(0, 140)
        # slightly grey background, blur, skew
        img = img.filter(ImageFilter.GaussianBlur(blur))
        angle = rnd.uniform(*skew)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
        # scanner edge shadow
        d2 = ImageDraw.Draw(img)
        d2.rectangle((0, 0, W, 12), fill=rnd.randint(120, 170))
        img = img.point(lambda v: min(255, int(v * 0.97 + 4)))
        imgs.append(img.convert("RGB"))
    imgs[0].save(out(name), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


def xlsx_cache_formulas(name, values):
    """Give formula cells a cached value, as Excel itself would have saved them.
    values: {formula_text: value}."""
    import zipfile, shutil
    src = out(name)
    tmp = src + ".tmp"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                s = data.decode("utf-8")
                for f, v in values.items():
                    s = s.replace(f"<f>{f}</f><v></v>", f"<f>{f}</f><v>{v}</v>")
                data = s.encode("utf-8")
            zout.writestr(item, data)
    shutil.move(tmp, src)
