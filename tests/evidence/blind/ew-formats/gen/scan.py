"""Render a typed letter to an image and make it look scanned (legible)."""
import random
from PIL import Image, ImageDraw, ImageFont, ImageFilter

W, H = 1240, 1754  # A4 at 150 dpi
MARGIN = 110
FONTS = {
    "serif": ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"),
    "sans": ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
             "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    "mono": ("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
             "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf"),
}


def _font(family, size, bold=False):
    return ImageFont.truetype(FONTS[family][1 if bold else 0], size)


def _wrap(draw, text, font, width):
    out = []
    for para in text.split("\n"):
        words, line = para.split(" "), ""
        for w in words:
            t = (line + " " + w).strip()
            if draw.textlength(t, font=font) <= width:
                line = t
            else:
                out.append(line); line = w
        out.append(line)
    return out


class Page:
    def __init__(self, family="serif", size=24):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.y = MARGIN
        self.family, self.size = family, size

    def text(self, s, size=None, bold=False, indent=0, align="left", gap=8):
        f = _font(self.family, size or self.size, bold)
        lh = int((size or self.size) * 1.3)
        for line in _wrap(self.d, s, f, W - 2 * MARGIN - indent):
            x = MARGIN + indent
            if align == "right":
                x = W - MARGIN - self.d.textlength(line, font=f)
            elif align == "center":
                x = (W - self.d.textlength(line, font=f)) / 2
            self.d.text((x, self.y), line, font=f, fill=20)
            self.y += lh
        self.y += gap

    def gap(self, px):
        self.y += px

    def rule(self):
        self.d.line((MARGIN, self.y, W - MARGIN, self.y), fill=60, width=2); self.y += 12

    def table(self, rows, widths, size=None, header=True):
        size = size or self.size - 2
        f, fb = _font(self.family, size), _font(self.family, size, True)
        lh = int(size * 1.3)
        x0 = MARGIN
        for i, row in enumerate(rows):
            cells = [_wrap(self.d, c, fb if (header and i == 0) else f, w - 16) for c, w in zip(row, widths)]
            h = max(len(c) for c in cells) * lh + 12
            x = x0
            for c, w in zip(cells, widths):
                self.d.rectangle((x, self.y, x + w, self.y + h), outline=30, width=2)
                yy = self.y + 6
                for line in c:
                    self.d.text((x + 8, yy), line, font=fb if (header and i == 0) else f, fill=20)
                    yy += lh
                x += w
            self.y += h
        self.y += 14

    def signature(self, seed=1):
        rnd = random.Random(seed)
        pts, x, y = [], MARGIN + 10, self.y + 30
        for k in range(40):
            x += rnd.randint(4, 9); y = self.y + 30 + rnd.randint(-22, 22)
            pts.append((x, y))
        self.d.line(pts, fill=40, width=3)
        self.y += 70

    def stamp(self, text, x, y):
        f = _font("sans", 26, True)
        layer = Image.new("L", (420, 110), 255)
        dl = ImageDraw.Draw(layer)
        dl.rectangle((4, 4, 415, 105), outline=110, width=4)
        for k, line in enumerate(text.split("\n")):
            dl.text((18, 14 + k * 34), line, font=f, fill=110)
        layer = layer.rotate(-8, expand=True, fillcolor=255)
        self.img.paste(Image.composite(layer, self.img.crop((x, y, x + layer.width, y + layer.height)),
                                       layer.point(lambda v: 255 if v < 200 else 0)), (x, y))


def scanned(page, seed=0, angle=0.7):
    rnd = random.Random(seed)
    img = page.img.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    for _ in range(9000):
        x, y = rnd.randrange(W), rnd.randrange(H)
        px[x, y] = max(0, px[x, y] - rnd.randint(40, 120))
    # grey scanner edge and slight background tint
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 14), fill=150)
    d.rectangle((W - 10, 0, W, H), fill=170)
    img = img.point(lambda v: int(v * 0.94 + 8))
    return img
