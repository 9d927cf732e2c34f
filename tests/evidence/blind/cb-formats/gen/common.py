"""Shared helpers for the cb-formats labelled set generators."""
import json, os, random, math
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
LABELS = OUT / "labels.jsonl"


def write_request(nn, text):
    (OUT / f"{nn}-request.txt").write_text(text.strip() + "\n", encoding="utf-8")


def label(nn, ext, body_type, law, hikvision, dahua, outcome, exemptions, camera_count, note):
    rec = {"path": f"{nn}-reply.{ext}", "request_file": f"{nn}-request.txt", "format": ext,
           "body_type": body_type, "law": law, "hikvision": hikvision, "dahua": dahua,
           "outcome": outcome, "exemptions": exemptions, "camera_count": camera_count, "note": note}
    lines = []
    if LABELS.exists():
        for ln in LABELS.read_text(encoding="utf-8").splitlines():
            if ln.strip() and json.loads(ln)["path"] != rec["path"]:
                lines.append(ln)
    lines.append(json.dumps(rec, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    LABELS.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------- scanned, image-only PDF ----------
FONT_DIR = "/usr/share/fonts/truetype"


def _font(name, size):
    from PIL import ImageFont
    paths = {
        "serif": f"{FONT_DIR}/liberation/LiberationSerif-Regular.ttf",
        "serifb": f"{FONT_DIR}/liberation/LiberationSerif-Bold.ttf",
        "sans": f"{FONT_DIR}/liberation/LiberationSans-Regular.ttf",
        "sansb": f"{FONT_DIR}/liberation/LiberationSans-Bold.ttf",
        "mono": f"{FONT_DIR}/liberation/LiberationMono-Regular.ttf",
    }
    return ImageFont.truetype(paths[name], size)


def scanned_pdf(path, pages, seed=1, skew=0.8, stamp=None, stamp_pos=(1150, 260), stamp_color=(170, 30, 40)):
    """pages: list of lists of (text, fontname, size, indent, extra_gap).
    Renders each page at ~150 dpi A4, rotates slightly, adds noise and a stamp."""
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    W, H = 1240, 1754
    imgs = []
    for pi, lines in enumerate(pages):
        im = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(im)
        y = 120
        for item in lines:
            text, fname, size, indent = item[:4]
            gap = item[4] if len(item) > 4 else 0
            f = _font(fname, size)
            if text == "<hr>":
                d.line((110, y + 8, W - 110, y + 8), fill=60, width=2)
                y += 24
                continue
            if text.startswith("<right>"):
                t = text[7:]
                w = d.textlength(t, font=f)
                d.text((W - 110 - w, y), t, font=f, fill=25)
            elif text.startswith("<center>"):
                t = text[8:]
                w = d.textlength(t, font=f)
                d.text(((W - w) / 2, y), t, font=f, fill=25)
            else:
                d.text((110 + indent, y), text, font=f, fill=25)
            y += int(size * 1.45) + gap
        im = im.convert("RGB")
        if stamp and pi == 0:
            st = Image.new("RGBA", (430, 170), (0, 0, 0, 0))
            sd = ImageDraw.Draw(st)
            sd.rounded_rectangle((5, 5, 425, 165), radius=14, outline=stamp_color + (200,), width=5)
            f1 = _font("sansb", 34); f2 = _font("sans", 26)
            for i, s in enumerate(stamp):
                f = f1 if i == 0 else f2
                w = sd.textlength(s, font=f)
                sd.text(((430 - w) / 2, 22 + i * 44), s, font=f, fill=stamp_color + (190,))
            st = st.rotate(rnd.uniform(-9, 9), expand=True)
            im.paste(st, stamp_pos, st)
        ang = rnd.uniform(-skew, skew)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(236, 236, 232))
        # noise and speckles
        px = im.load()
        for _ in range(9000):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            v = rnd.randrange(120, 235)
            px[x, yy] = (v, v, v)
        d2 = ImageDraw.Draw(im)
        for _ in range(60):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            r = rnd.uniform(0.5, 2.2)
            v = rnd.randrange(40, 140)
            d2.ellipse((x - r, yy - r, x + r, yy + r), fill=(v, v, v))
        # dark scanner edge
        d2.rectangle((0, 0, W, 6), fill=(90, 90, 90))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(im)
    imgs[0].save(path, "PDF", resolution=150.0, save_all=True, append_images=imgs[1:])
