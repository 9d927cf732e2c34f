"""Helpers for the da-formats blind set generator."""
import json, os, random
OUT = "/work/blind/da-formats"
LABELS = os.path.join(OUT, "labels.jsonl")
FIELDS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
          "outcome", "exemptions", "camera_count", "note"]

def p(name):
    return os.path.join(OUT, name)

def write_request(nn, text):
    with open(p(f"{nn}-request.txt"), "w") as f:
        f.write(text.strip("\n") + "\n")

def label(nn, ext, fmt, body_type, law, hik, dah, outcome, exemptions, count, note):
    rec = dict(path=f"{nn}-reply.{ext}", request_file=f"{nn}-request.txt", format=fmt,
               body_type=body_type, law=law, hikvision=hik, dahua=dah, outcome=outcome,
               exemptions=exemptions, camera_count=count, note=note)
    lines = []
    if os.path.exists(LABELS):
        with open(LABELS) as f:
            lines = [l for l in f if l.strip() and json.loads(l)["path"] != rec["path"]]
    lines.append(json.dumps(rec) + "\n")
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(LABELS, "w") as f:
        f.writelines(lines)
    print("labelled", rec["path"])

# ---------- scan: render text pages to skewed noisy images, save as image-only PDF
def scan_pdf(path, pages, seed=1, font="/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
             bold="/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", size=27):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = 1240, 1754
    f = ImageFont.truetype(font, size)
    fb = ImageFont.truetype(bold, size)
    imgs = []
    for page in pages:
        im = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(im)
        y = 110
        for line in page.split("\n"):
            fnt = f
            x = 120
            if line.startswith("**"):
                fnt = fb; line = line[2:]
            if line.startswith(">>"):
                line = line[2:]
                x = W - 120 - int(d.textlength(line, font=fnt))
            d.text((x, y), line, font=fnt, fill=rnd.randint(10, 40))
            y += int(size * 1.42)
        # speckle noise
        px = im.load()
        for _ in range(2500):
            px[rnd.randrange(W), rnd.randrange(H)] = rnd.randint(120, 200)
        im = im.rotate(rnd.uniform(-1.1, 1.1), resample=Image.BICUBIC, fillcolor=250, expand=False)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im.convert("RGB"))
    imgs[0].save(path, "PDF", resolution=150.0, save_all=True, append_images=imgs[1:])
