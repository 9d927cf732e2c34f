"""Shared helpers for the bw-formats generator scripts."""
import json, os, random, textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "labels.jsonl"


def write_request(n, text):
    p = ROOT / f"{n:02d}-request.txt"
    p.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    return p.name


def add_label(n, ext, body_type, law, hikvision, dahua, outcome, exemptions, camera_count, note):
    rec = {"path": f"{n:02d}-reply.{ext}", "request_file": f"{n:02d}-request.txt", "format": ext,
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


def out(n, ext):
    return ROOT / f"{n:02d}-reply.{ext}"


# ---------------------------------------------------------------- scans
def render_scan(paragraphs, path, seed=0, dpi=150, angle=0.7, noise=10, font="serif", size_pt=11,
                header=None, stamp=None):
    """Render text as an A4 page image with slight skew and noise, save as image-only PDF.
    paragraphs: list of str ('' = blank line). header: (title, subtitle lines) drawn centred bold."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    px = lambda pt: int(pt * dpi / 72)
    fdir = "/usr/share/fonts/truetype/liberation/"
    fam = {"serif": "LiberationSerif", "sans": "LiberationSans", "mono": "LiberationMono"}[font]
    f = ImageFont.truetype(fdir + fam + "-Regular.ttf", px(size_pt))
    fb = ImageFont.truetype(fdir + fam + "-Bold.ttf", px(size_pt + 3))
    fs = ImageFont.truetype(fdir + fam + "-Regular.ttf", px(size_pt - 2))
    pages = []
    margin = px(60)
    lh = int(px(size_pt) * 1.35)
    maxw = W - 2 * margin

    def new_page():
        im = Image.new("L", (W, H), 255)
        return im, ImageDraw.Draw(im)

    im, d = new_page()
    y = margin
    if header:
        title, subs = header
        tw = d.textlength(title, font=fb)
        d.text(((W - tw) / 2, y), title, font=fb, fill=20)
        y += int(lh * 1.3)
        for s in subs:
            sw = d.textlength(s, font=fs)
            d.text(((W - sw) / 2, y), s, font=fs, fill=40)
            y += int(lh * 0.9)
        d.line((margin, y + 6, W - margin, y + 6), fill=60, width=2)
        y += lh
    for para in paragraphs:
        if para == "":
            y += lh // 2 + 4
            continue
        words = para.split(" ")
        line = ""
        lines = []
        for w in words:
            t = (line + " " + w).strip()
            if d.textlength(t, font=f) <= maxw:
                line = t
            else:
                lines.append(line)
                line = w
        lines.append(line)
        for ln in lines:
            if y > H - margin - lh:
                pages.append(im)
                im, d = new_page()
                y = margin
            d.text((margin + rnd.randint(-1, 1), y), ln, font=f, fill=rnd.randint(15, 45))
            y += lh
        y += 4
    if stamp:
        sx, sy = W - margin - px(170), margin + px(95)
        d.rectangle((sx, sy, sx + px(150), sy + px(46)), outline=90, width=3)
        d.text((sx + px(10), sy + px(6)), stamp[0], font=fs, fill=90)
        d.text((sx + px(10), sy + px(24)), stamp[1], font=fs, fill=90)
    pages.append(im)
    final = []
    for i, p in enumerate(pages):
        a = angle * (1 if i % 2 == 0 else -0.6) + rnd.uniform(-0.15, 0.15)
        p = p.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=250)
        # noise + slight blur like a photocopier
        import PIL.Image as _I
        nz = _I.effect_noise((W, H), noise).point(lambda v: v - 128)
        p = _I.eval(p, lambda v: v)
        p = _I.blend(p, _I.effect_noise((W, H), noise * 2), 0.06)
        p = p.filter(ImageFilter.GaussianBlur(0.5))
        # speckles
        dd = ImageDraw.Draw(p)
        for _ in range(rnd.randint(60, 160)):
            x0, y0 = rnd.randint(0, W), rnd.randint(0, H)
            dd.point((x0, y0), fill=rnd.randint(60, 150))
        # grey edge band like a scanner lid
        dd.rectangle((0, 0, W, rnd.randint(3, 9)), fill=rnd.randint(120, 170))
        final.append(p.convert("RGB"))
    final[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=final[1:])
