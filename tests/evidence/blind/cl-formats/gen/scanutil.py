import random, textwrap
from PIL import Image, ImageDraw, ImageFont, ImageFilter

SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

def render_pages(paras, path, seed=1, size=30):
    """paras: list of (text, bold) -> image-only PDF at ~200 dpi A4."""
    rnd = random.Random(seed)
    W, H = 1654, 2339
    f = ImageFont.truetype(SERIF, size)
    fb = ImageFont.truetype(SERIF_B, size)
    pages, img, y = [], None, 0
    def newpage():
        im = Image.new("L", (W, H), 248)
        return im, ImageDraw.Draw(im)
    img, dr = newpage()
    y = 150
    for text, bold in paras:
        lines = []
        for part in text.split("\n"):
            lines += textwrap.wrap(part, 78) or [""]
        for ln in lines:
            if y > H - 180:
                pages.append(img)
                img, dr = newpage()
                y = 150
            dr.text((150, y), ln, fill=rnd.randint(15, 45), font=fb if bold else f)
            y += int(size * 1.45)
        y += int(size * 0.6)
    pages.append(img)
    out = []
    for im in pages:
        px = im.load()
        for _ in range(9000):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            px[x, yy] = rnd.randint(120, 200)
        im = im.rotate(rnd.uniform(-0.8, 0.8), fillcolor=235, resample=Image.BICUBIC)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        out.append(im.convert("RGB"))
    out[0].save(path, "PDF", resolution=200, save_all=True, append_images=out[1:])
