"""Shared helpers for the ce-formats generators."""
import json, os, random, textwrap

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
LABELS = os.path.join(OUT, "labels.jsonl")


def out(name):
    return os.path.join(OUT, name)


def write_request(nn, text):
    with open(out(f"{nn}-request.txt"), "w", encoding="utf-8") as f:
        f.write(textwrap.dedent(text).lstrip("\n"))


def write_text(name, text):
    with open(out(name), "w", encoding="utf-8") as f:
        f.write(text)


def label(nn, ext, body_type, law, hikvision, dahua, outcome, exemptions, camera_count, note):
    rec = {"path": f"{nn}-reply.{ext}", "request_file": f"{nn}-request.txt", "format": ext,
           "body_type": body_type, "law": law, "hikvision": hikvision, "dahua": dahua,
           "outcome": outcome, "exemptions": exemptions, "camera_count": camera_count, "note": note}
    lines = []
    if os.path.exists(LABELS):
        with open(LABELS, encoding="utf-8") as f:
            lines = [l for l in f.read().splitlines() if l.strip()]
    lines = [l for l in lines if json.loads(l)["path"] != rec["path"]]
    lines.append(json.dumps(rec, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(LABELS, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------- scanned image PDFs ----------
def scan_pdf(path, paragraphs, seed=1, angle=0.6, font="serif", size=26, letterhead=None):
    """Render paragraphs of text onto an A4 page image, skew it, add noise, save image-only PDF."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    fonts = {
        "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    }
    bold = {"serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
            "sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"}[font]
    f = ImageFont.truetype(fonts[font], size)
    fb = ImageFont.truetype(bold, size + 8)
    y = 110
    x0 = 120
    if letterhead:
        for i, line in enumerate(letterhead):
            ff = fb if i == 0 else f
            w = d.textlength(line, font=ff)
            d.text(((W - w) / 2, y), line, font=ff, fill=20)
            y += (size + 16) if i == 0 else (size + 6)
        d.line((x0, y + 8, W - x0, y + 8), fill=40, width=2)
        y += 40
    maxw = W - 2 * x0
    for para in paragraphs:
        if para == "":
            y += size // 2
            continue
        bold_line = para.startswith("**")
        text = para.strip("*")
        ff = ImageFont.truetype(bold, size) if bold_line else f
        words = text.split(" ")
        line = ""
        for w_ in words:
            trial = (line + " " + w_).strip()
            if d.textlength(trial, font=ff) > maxw:
                d.text((x0, y), line, font=ff, fill=rnd.randint(10, 45))
                y += size + 8
                line = w_
            else:
                line = trial
        if line:
            d.text((x0, y), line, font=ff, fill=rnd.randint(10, 45))
            y += size + 8
        y += 10
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    for _ in range(W * H // 60):
        xx, yy = rnd.randrange(W), rnd.randrange(H)
        v = px[xx, yy]
        px[xx, yy] = max(0, min(255, v + rnd.randint(-90, 60)))
    # a few specks and a faint scanner edge
    d2 = ImageDraw.Draw(img)
    for _ in range(40):
        xx, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.randint(1, 3)
        d2.ellipse((xx, yy, xx + r, yy + r), fill=rnd.randint(60, 140))
    d2.rectangle((0, 0, 6, H), fill=200)
    img.convert("RGB").save(path, "PDF", resolution=150.0)
