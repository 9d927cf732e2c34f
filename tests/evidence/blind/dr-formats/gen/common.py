"""Shared helpers for the dr-formats generators."""
import os, re, random, zipfile, shutil, tempfile

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def out(name):
    return os.path.join(OUT, name)


def write_text(name, text):
    with open(out(name), "w", encoding="utf-8") as fh:
        fh.write(text.lstrip("\n"))


# ---------------------------------------------------------------- xlsx cache
class Cache:
    """Record cached values for formula cells; patch them into the saved xlsx."""

    def __init__(self):
        self.vals = {}

    def f(self, ws, ref, formula, value):
        ws[ref] = formula
        self.vals.setdefault(ws.title, {})[ref] = value

    def save(self, wb, path):
        wb.save(path)
        titles = [ws.title for ws in wb.worksheets]
        tmp = path + ".tmp"
        with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", item.filename)
                if m:
                    title = titles[int(m.group(1)) - 1]
                    cells = self.vals.get(title, {})
                    xml = data.decode("utf-8")
                    for ref, val in cells.items():
                        pat = re.compile(r'<c r="%s"([^>]*)><f>(.*?)</f><v\s*(?:/>|></v>)' % ref)
                        if isinstance(val, str):
                            rep = lambda mm, v=val: '<c r="%s"%s t="str"><f>%s</f><v>%s</v>' % (
                                ref, mm.group(1).replace(' t="n"', ''), mm.group(2), v)
                        else:
                            rep = lambda mm, v=val: '<c r="%s"%s><f>%s</f><v>%s</v>' % (
                                ref, mm.group(1), mm.group(2), v)
                        xml, n = pat.subn(rep, xml)
                        if n != 1:
                            raise RuntimeError("formula cell %s!%s not patched (%d)" % (title, ref, n))
                    data = xml.encode("utf-8")
                zout.writestr(item, data)
        shutil.move(tmp, path)


# ---------------------------------------------------------------- scans
def _font(size, bold=False, mono=False, serif=True):
    base = "/usr/share/fonts/truetype/liberation/"
    if mono:
        name = "LiberationMono-Bold.ttf" if bold else "LiberationMono-Regular.ttf"
    elif serif:
        name = "LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf"
    else:
        name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    from PIL import ImageFont
    return ImageFont.truetype(base + name, size)


def render_scan(pages, path, seed=1, serif=True, angle_range=(-0.9, 0.9)):
    """pages: list of lists of (kind, text) lines. kind: 'h' heading, 'b' bold, 'p' plain,
    'm' monospace (tables), 'r' right-aligned, 'gap' blank, 'rule' horizontal line.
    Produces an image-only PDF at 200 dpi."""
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    W, H = 1654, 2339  # A4 @ 200 dpi
    imgs = []
    for pi, lines in enumerate(pages):
        img = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(img)
        x0, y = 170, 150
        for kind, text in lines:
            if kind == "gap":
                y += 34
                continue
            if kind == "rule":
                d.line((x0, y + 10, W - 170, y + 10), fill=40, width=3)
                y += 30
                continue
            size = {"h": 44, "b": 33, "p": 33, "m": 29, "r": 31, "s": 24}[kind]
            fnt = _font(size, bold=kind in ("h", "b"), mono=kind == "m", serif=serif)
            if kind == "r":
                tw = d.textlength(text, font=fnt)
                d.text((W - 170 - tw, y), text, font=fnt, fill=rnd.randint(15, 45))
            else:
                d.text((x0, y), text, font=fnt, fill=rnd.randint(15, 45))
            y += int(size * 1.38)
        # page number
        d.text((W // 2 - 40, H - 110), "Page %d of %d" % (pi + 1, len(pages)), font=_font(24, serif=serif), fill=60)
        # noise: speckles
        px = img.load()
        for _ in range(9000):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px[xx, yy] = rnd.randint(90, 200)
        # a faint vertical feed streak
        sx = rnd.randrange(200, W - 200)
        d.line((sx, 0, sx, H), fill=228, width=2)
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        img = img.rotate(rnd.uniform(*angle_range), resample=Image.BICUBIC, fillcolor=235, expand=False)
        imgs.append(img.convert("RGB"))
    imgs[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])
