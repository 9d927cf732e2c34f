"""Render plain lines of a letter to noisy, slightly rotated page images and save an image-only PDF."""
import random
import textwrap
from PIL import Image, ImageDraw, ImageFont, ImageFilter

W, H = 1654, 2339  # A4 at 200 dpi
FONTS = {"serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
         "serif-b": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
         "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "sans-b": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
         "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"}


def render(lines, path, seed=0, size=30, family="serif", angle=0.7, wrap=78, margin=150):
    """lines: list of str; a line starting with '**' is bold; '' is a blank line; '<<PAGE>>' breaks page."""
    rnd = random.Random(seed)
    f = ImageFont.truetype(FONTS[family], size)
    fb = ImageFont.truetype(FONTS[family + "-b"] if family + "-b" in FONTS else FONTS[family], size)
    pages, img, y = [], None, None

    def new():
        nonlocal img, y
        img = Image.new("L", (W, H), 250)
        y = margin
        pages.append(img)
    new()
    lh = int(size * 1.45)
    for ln in lines:
        if ln == "<<PAGE>>":
            new(); continue
        font = fb if ln.startswith("**") else f
        ln = ln[2:] if ln.startswith("**") else ln
        for part in (textwrap.wrap(ln, wrap) or [""]):
            if y > H - margin - lh:
                new()
            ImageDraw.Draw(img).text((margin + rnd.randint(-2, 2), y), part, fill=rnd.randint(15, 45), font=font)
            y += lh
    out = []
    for i, p in enumerate(pages):
        p = p.filter(ImageFilter.GaussianBlur(0.6))
        p = p.rotate(angle * (1 if i % 2 == 0 else -0.6), resample=Image.BICUBIC, fillcolor=245, expand=False)
        px = p.load()
        for _ in range(int(W * H * 0.004)):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            px[x, yy] = rnd.choice([rnd.randint(0, 90), rnd.randint(200, 255)])
        # faint scanner edge shadow
        d = ImageDraw.Draw(p)
        d.rectangle([0, 0, 12, H], fill=200)
        out.append(p.convert("RGB"))
    out[0].save(path, "PDF", resolution=200, save_all=True, append_images=out[1:])
