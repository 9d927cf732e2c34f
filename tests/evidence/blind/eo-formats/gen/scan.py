"""Render typed pages to images that look scanned (slight rotation, noise, blur, grey background) and save them as
an image-only PDF (no text layer) with img2pdf."""
import io, random, textwrap
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import img2pdf

W, H = 1654, 2339  # A4 at 200 dpi
FONTS = {
    'mono': '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf',
    'mono-b': '/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf',
    'sans': '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    'sans-b': '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    'serif-b': '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf',
}

def render_page(lines, family='mono', size=27, margin=165, top=170, wrap=None):
    """lines: list of str or (str, opts) with opts keys: bold, center, size, gap."""
    img = Image.new('L', (W, H), 255)
    d = ImageDraw.Draw(img)
    y = top
    for item in lines:
        txt, o = (item, {}) if isinstance(item, str) else item
        fam = family + ('-b' if o.get('bold') else '')
        if o.get('serif'): fam = 'serif-b'
        sz = o.get('size', size)
        font = ImageFont.truetype(FONTS[fam], sz)
        width_chars = wrap or int((W - 2 * margin) / (sz * (0.6 if family == 'mono' else 0.5)))
        parts = textwrap.wrap(txt, width_chars) if txt else ['']
        for p in parts:
            if o.get('center'):
                tw = d.textlength(p, font=font); x = (W - tw) / 2
            elif o.get('right'):
                tw = d.textlength(p, font=font); x = W - margin - tw
            else:
                x = margin + o.get('indent', 0)
            ink = random.randint(20, 55)
            d.text((x, y), p, font=font, fill=ink)
            y += int(sz * 1.45)
        y += o.get('gap', 0)
    return img

def degrade(img, angle, seed):
    rnd = np.random.default_rng(seed)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.93 + 10  # greyish paper
    a += rnd.normal(0, 9, a.shape)
    # dust specks
    n = 900
    ys, xs = rnd.integers(0, a.shape[0], n), rnd.integers(0, a.shape[1], n)
    a[ys, xs] = rnd.integers(40, 140, n)
    # darker scanner edge
    a[:, :18] -= 60; a[:, -10:] -= 40
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, 'L')

def save_pdf(pages, path, angles, seed=1):
    random.seed(seed)
    blobs = []
    for i, (pg, ang) in enumerate(zip(pages, angles)):
        im = degrade(pg, ang, seed + i)
        b = io.BytesIO(); im.save(b, 'JPEG', quality=62, dpi=(200, 200)); blobs.append(b.getvalue())
    layout = img2pdf.get_layout_fun((img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297)))
    with open(path, 'wb') as f:
        f.write(img2pdf.convert(blobs, layout_fun=layout, producer='Canon iR-ADV C5535 PDF', creator='Canon'))
