"""Render text pages to noisy, slightly rotated greyscale images and save them as an image-only PDF."""
import io, random, textwrap
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import img2pdf

DPI = 150
W, H = int(8.27 * DPI), int(11.69 * DPI)


def render_page(lines, font_path, size=22, angle=0.8, seed=0, margin=110, wrap=None, bold_path=None):
    """lines: list of str; a line starting with '**' is bold (if bold_path); '' is a blank line."""
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(font_path, size)
    bfont = ImageFont.truetype(bold_path, size) if bold_path else font
    y = margin
    for line in lines:
        f = font
        if line.startswith("**"):
            line, f = line[2:], bfont
        chunks = textwrap.wrap(line, wrap) if (wrap and line) else [line]
        for ch in chunks:
            x = margin + rnd.randint(-1, 1)
            # ink varies slightly per line (old toner)
            dr.text((x, y), ch, font=f, fill=rnd.randint(15, 60))
            y += int(size * 1.45)
    # noise: speckles and a faint vertical streak
    px = img.load()
    for _ in range(int(W * H * 0.0025)):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.randint(0, 120)
    sx = rnd.randrange(W // 3, W - W // 6)
    for yy in range(H):
        if rnd.random() < 0.6:
            px[sx, yy] = min(px[sx, yy], 200)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
    # grey-ish scanner border
    dr = ImageDraw.Draw(img)
    dr.rectangle([0, 0, W - 1, 6], fill=180)
    return img


def save_pdf(images, path):
    bufs = []
    for im in images:
        b = io.BytesIO(); im.save(b, format="JPEG", quality=70, dpi=(DPI, DPI)); bufs.append(b.getvalue())
    with open(path, "wb") as f:
        f.write(img2pdf.convert(bufs))
