"""Render a letter as a page image, then degrade it like a scan and save as an image-only PDF."""
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import random, textwrap, io
import img2pdf

DPI = 200
W, H = int(8.27 * DPI), int(11.69 * DPI)


def render(blocks, font_path, size=30, margin=170, wrap=68, seed=1):
    """blocks: list of (text, style) with style in {'', 'b', 'c', 'cb'} ; returns list of page images."""
    random.seed(seed)
    font = ImageFont.truetype(font_path, size)
    bfont = ImageFont.truetype(font_path.replace('.ttf', '-Bold.ttf').replace('-Regular-Bold', '-Bold'), size) \
        if True else font
    pages, img, d, y = [], None, None, None
    def newpage():
        im = Image.new('L', (W, H), 250)
        return im, ImageDraw.Draw(im), margin
    img, d, y = newpage()
    lh = int(size * 1.45)
    for text, style in blocks:
        f = bfont if 'b' in style else font
        lines = [''] if text == '' else []
        for para in text.split('\n'):
            lines += textwrap.wrap(para, wrap) or ['']
        for ln in lines:
            if y + lh > H - margin:
                pages.append(img)
                img, d, y = newpage()
            x = margin
            if 'c' in style:
                x = (W - d.textlength(ln, font=f)) / 2
            # slight ink variation per line
            ink = random.randint(15, 45)
            d.text((x + random.uniform(-1.5, 1.5), y), ln, font=f, fill=ink)
            y += lh
    pages.append(img)
    return pages


def degrade(img, angle, seed=2, noise=18, specks=1800):
    random.seed(seed)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
    px = img.load()
    w, h = img.size
    # additive noise on a coarse grid for speed
    for _ in range(w * h // 60):
        x, y = random.randrange(w), random.randrange(h)
        v = px[x, y] + random.randint(-noise, noise)
        px[x, y] = max(0, min(255, v))
    for _ in range(specks):
        x, y = random.randrange(w), random.randrange(h)
        r = random.choice([1, 1, 1, 2])
        ImageDraw.Draw(img).ellipse((x, y, x + r, y + r), fill=random.randint(40, 120))
    # darker scanner edge on the left
    d = ImageDraw.Draw(img)
    for i in range(18):
        d.line((i, 0, i, h), fill=120 + i * 6)
    return img


def save_pdf(pages, path, quality=60):
    bufs = []
    for p in pages:
        b = io.BytesIO()
        p.convert('L').save(b, format='JPEG', quality=quality, dpi=(DPI, DPI))
        bufs.append(b.getvalue())
    with open(path, 'wb') as f:
        f.write(img2pdf.convert(bufs))
