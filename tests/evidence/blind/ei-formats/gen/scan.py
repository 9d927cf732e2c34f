"""Render letter text to noisy, slightly rotated page images and save as an image-only PDF."""
import random, textwrap
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONTS = {
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "serif-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "sans-bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "italic": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
}

def render(pages, out, dpi=150, seed=0, angle=0.8, font="serif", size=24, width_chars=78, noise=0.004, gray=True):
    """pages: list of lists of (kind, text); kind in {'p','b','c','r','sig','gap','h'}"""
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    imgs = []
    for items in pages:
        im = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(im)
        f = ImageFont.truetype(FONTS[font], size)
        fb = ImageFont.truetype(FONTS[font + "-bold"] if font + "-bold" in FONTS else FONTS["serif-bold"], size)
        fh = ImageFont.truetype(FONTS[font + "-bold"] if font + "-bold" in FONTS else FONTS["serif-bold"], int(size * 1.45))
        fi = ImageFont.truetype(FONTS["italic"], int(size * 1.6))
        x0, y = int(0.95 * dpi), int(0.9 * dpi)
        lh = int(size * 1.38)
        for kind, text in items:
            if kind == "gap":
                y += lh * (text or 1); continue
            if kind == "h":
                tw = d.textlength(text, font=fh); d.text(((W - tw) / 2, y), text, font=fh, fill=15); y += int(lh * 1.6); continue
            if kind == "sig":
                d.text((x0 + 10, y), text, font=fi, fill=40); y += int(lh * 1.8); continue
            fnt = fb if kind == "b" else f
            for para in text.split("\n"):
                lines = textwrap.wrap(para, width_chars) or [""]
                for ln in lines:
                    if kind in ("c",):
                        tw = d.textlength(ln, font=fnt); xx = (W - tw) / 2
                    elif kind == "r":
                        tw = d.textlength(ln, font=fnt); xx = W - x0 - tw
                    else:
                        xx = x0
                    d.text((xx, y), ln, font=fnt, fill=rnd.randint(10, 45))
                    y += lh
            y += int(lh * 0.45)
        # toner speckle
        px = im.load()
        for _ in range(int(W * H * noise)):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px[xx, yy] = rnd.randint(0, 150)
        # faint vertical streak from the scanner glass
        sx = rnd.randrange(W // 5, 4 * W // 5)
        for yy in range(H):
            if rnd.random() < 0.6:
                px[sx, yy] = min(px[sx, yy], 200)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        a = angle + rnd.uniform(-0.3, 0.3)
        im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=235)
        # grey border where the page edge sits on the scanner lid
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, W - 1, 6], fill=90)
        if not gray:
            im = im.convert("1", dither=Image.FLOYDSTEINBERG).convert("L")
        imgs.append(im.convert("RGB"))
    imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
