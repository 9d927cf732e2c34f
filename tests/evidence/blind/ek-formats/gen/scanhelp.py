import random, textwrap
from PIL import Image, ImageDraw, ImageFont, ImageFilter
W, H = 1240, 1754  # A4 at 150 dpi
FONTS = {
 "serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
 "serifb": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
 "sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
 "sansb": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
 "mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
}
def render_pages(blocks, font="serif", size=25, margin=120, seed=1, wrap=82, angle=0.6, noise=0.0015):
    """blocks: list of (style, text) where style in {'p','b','h','c','r','gap','line'}"""
    rnd = random.Random(seed)
    f = ImageFont.truetype(FONTS[font], size)
    fb = ImageFont.truetype(FONTS[font + "b"] if font + "b" in FONTS else FONTS[font], size)
    fh = ImageFont.truetype(FONTS[font + "b"] if font + "b" in FONTS else FONTS[font], int(size * 1.35))
    pages = []
    img = Image.new("L", (W, H), 255); d = ImageDraw.Draw(img); y = margin
    lh = int(size * 1.38)
    def newpage():
        nonlocal img, d, y
        pages.append(img); img = Image.new("L", (W, H), 255); d = ImageDraw.Draw(img); y = margin
    for style, text in blocks:
        if style == "gap":
            y += lh * (text or 1); continue
        if style == "line":
            d.line([(margin, y + lh // 2), (W - margin, y + lh // 2)], fill=60, width=2); y += lh; continue
        fnt = {"b": fb, "h": fh}.get(style, f)
        lines = []
        for para in text.split("\n"):
            lines += textwrap.wrap(para, wrap) or [""]
        for ln in lines:
            if y > H - margin - lh: newpage()
            tw = d.textlength(ln, font=fnt)
            x = margin
            if style == "c" or style == "h": x = (W - tw) / 2
            if style == "r": x = W - margin - tw
            d.text((x, y), ln, font=fnt, fill=rnd.randint(15, 45))
            y += lh if style != "h" else int(lh * 1.4)
        y += int(lh * 0.45)
    pages.append(img)
    out = []
    for i, p in enumerate(pages):
        a = angle * (1 if i % 2 == 0 else -0.7) + rnd.uniform(-0.2, 0.2)
        p = p.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255)
        p = p.filter(ImageFilter.GaussianBlur(0.55))
        px = p.load()
        for _ in range(int(W * H * noise)):
            x, yy = rnd.randrange(W), rnd.randrange(H); px[x, yy] = rnd.randint(0, 120)
        # greyish scanner edge shadow
        dd = ImageDraw.Draw(p)
        dd.rectangle([0, 0, 8, H], fill=200)
        out.append(p.convert("RGB"))
    return out
def save_pdf(pages, path):
    pages[0].save(path, "PDF", resolution=150.0, save_all=True, append_images=pages[1:])
