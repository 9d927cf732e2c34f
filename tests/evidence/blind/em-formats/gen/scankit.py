from PIL import Image, ImageDraw, ImageFont, ImageFilter
import random
W, H = 1240, 1754  # A4 @150dpi
FONTS = {
 "serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
 "serifb": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
 "sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
 "sansb": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
}
def font(k, size): return ImageFont.truetype(FONTS[k], size)

def wrap(draw, text, f, maxw):
    out = []
    for para in text.split("\n"):
        words = para.split(" "); line = ""
        for w in words:
            t = (line + " " + w).strip()
            if draw.textlength(t, font=f) <= maxw: line = t
            else:
                out.append(line); line = w
        out.append(line)
    return out

class Page:
    def __init__(self, margin=120):
        self.im = Image.new("L", (W, H), 255); self.d = ImageDraw.Draw(self.im)
        self.y = 110; self.m = margin
    def text(self, s, k="serif", size=25, gap=10, indent=0, align="left"):
        f = font(k, size)
        for line in wrap(self.d, s, f, W - 2*self.m - indent):
            if align == "right":
                x = W - self.m - self.d.textlength(line, font=f)
            elif align == "center":
                x = (W - self.d.textlength(line, font=f)) / 2
            else:
                x = self.m + indent
            self.d.text((x, self.y), line, font=f, fill=20)
            self.y += int(size * 1.28)
        self.y += gap
    def rule(self, gap=14):
        self.d.line([(self.m, self.y), (W - self.m, self.y)], fill=60, width=2); self.y += gap
    def skip(self, n): self.y += n

def degrade(im, angle, seed, speck=900, blur=0.6):
    rnd = random.Random(seed)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = im.load()
    for _ in range(speck):
        x, y = rnd.randrange(W), rnd.randrange(H); v = rnd.randrange(0, 140)
        px[x, y] = v
        if rnd.random() < 0.3 and x + 1 < W: px[x + 1, y] = v
    # grey edge shadow like a scanner lid
    d = ImageDraw.Draw(im)
    for i in range(14):
        d.line([(0, i*0 + 0), (0, H)], fill=200)
    d.rectangle([W - 10, 0, W, H], fill=190)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    # slight background tint / unevenness
    bg = Image.linear_gradient("L").resize((W, H)).point(lambda v: 235 + v * 20 // 255)
    im = Image.composite(im, bg, im.point(lambda v: 255 if v < 200 else 0))
    return im.convert("RGB")

def save_pdf(pages, path):
    pages[0].save(path, "PDF", resolution=150, save_all=True, append_images=pages[1:], quality=70)
