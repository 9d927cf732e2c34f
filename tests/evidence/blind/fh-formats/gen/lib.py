"""Small layout engine: draws letters and borderless (position-aligned) tables
either into a PDF with a text layer (reportlab) or into page images (Pillow),
the latter used for scans. Coordinates are in points, origin top-left."""
import json, os, random
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4, landscape as rl_landscape
from PIL import Image, ImageDraw, ImageFont, ImageFilter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONTDIR_L = "/usr/share/fonts/truetype/liberation/"
FONTDIR_D = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "Sans": FONTDIR_L + "LiberationSans-Regular.ttf",
    "SansB": FONTDIR_L + "LiberationSans-Bold.ttf",
    "SansI": FONTDIR_L + "LiberationSans-Italic.ttf",
    "Serif": FONTDIR_L + "LiberationSerif-Regular.ttf",
    "SerifB": FONTDIR_L + "LiberationSerif-Bold.ttf",
    "SerifI": FONTDIR_L + "LiberationSerif-Italic.ttf",
    "Narrow": FONTDIR_L + "LiberationSansNarrow-Regular.ttf",
    "NarrowB": FONTDIR_L + "LiberationSansNarrow-Bold.ttf",
    "Mono": FONTDIR_L + "LiberationMono-Regular.ttf",
    "MonoB": FONTDIR_L + "LiberationMono-Bold.ttf",
    "DV": FONTDIR_D + "DejaVuSans.ttf",
    "DVB": FONTDIR_D + "DejaVuSans-Bold.ttf",
}
for k, v in FONTS.items():
    pdfmetrics.registerFont(TTFont(k, v))

BOLD = {"Sans": "SansB", "Serif": "SerifB", "Narrow": "NarrowB", "Mono": "MonoB", "DV": "DVB"}


class PDFBackend:
    def __init__(self, path, pagesize):
        self.W, self.H = pagesize
        self.c = rl_canvas.Canvas(path, pagesize=pagesize)
        self.c.setAuthor("")

    def text(self, x, y, s, font, size, align="l", grey=0):
        self.c.setFont(font, size)
        self.c.setFillGray(grey)
        if align == "r":
            self.c.drawRightString(x, self.H - y, s)
        elif align == "c":
            self.c.drawCentredString(x, self.H - y, s)
        else:
            self.c.drawString(x, self.H - y, s)

    def width(self, s, font, size):
        return pdfmetrics.stringWidth(s, font, size)

    def hline(self, x1, x2, y, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, self.H - y, x2, self.H - y)

    def rect_fill(self, x, y, w, h, grey):
        self.c.setFillGray(grey)
        self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)
        self.c.setFillGray(0)

    def new_page(self):
        self.c.showPage()

    def finish(self):
        self.c.save()


class ImgBackend:
    def __init__(self, pagesize, dpi=170):
        self.W, self.H = pagesize
        self.s = dpi / 72.0
        self.pages = []
        self._fc = {}
        self._start()

    def _start(self):
        self.img = Image.new("L", (int(self.W * self.s), int(self.H * self.s)), 255)
        self.d = ImageDraw.Draw(self.img)
        self.pages.append(self.img)

    def _f(self, font, size):
        key = (font, size)
        if key not in self._fc:
            self._fc[key] = ImageFont.truetype(FONTS[font], max(6, int(round(size * self.s))))
        return self._fc[key]

    def text(self, x, y, s, font, size, align="l", grey=0):
        anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
        self.d.text((x * self.s, y * self.s), s, font=self._f(font, size), fill=int(grey * 255) + 15, anchor=anchor)

    def width(self, s, font, size):
        return pdfmetrics.stringWidth(s, font, size)

    def hline(self, x1, x2, y, w=0.5):
        self.d.line([(x1 * self.s, y * self.s), (x2 * self.s, y * self.s)], fill=30, width=max(1, int(w * self.s)))

    def rect_fill(self, x, y, w, h, grey):
        self.d.rectangle([x * self.s, y * self.s, (x + w) * self.s, (y + h) * self.s], fill=int(grey * 255))

    def new_page(self):
        self._start()

    def finish(self):
        pass


def wrap(be, text, font, size, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            t = (line + " " + w) if line else w
            if be.width(t, font, size) <= width or not line:
                line = t
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


class Doc:
    """Flow layout. blocks are added via methods; render() draws them."""

    def __init__(self, be, margins=(56, 56, 60, 60), header=None, footer=None):
        self.be = be
        self.ml, self.mr, self.mt, self.mb = margins
        self.y = self.mt
        self.page = 1
        self.header = header
        self.footer = footer
        if header:
            header(self)

    @property
    def width(self):
        return self.be.W - self.ml - self.mr

    def ensure(self, h):
        if self.y + h > self.be.H - self.mb:
            self.break_page()

    def break_page(self):
        if self.footer:
            self.footer(self)
        self.be.new_page()
        self.page += 1
        self.y = self.mt
        if self.header:
            self.header(self)

    def gap(self, h=8):
        self.y += h

    def p(self, text, font="Sans", size=10, lead=None, indent=0, align="l", after=6, grey=0):
        lead = lead or size * 1.3
        lines = wrap(self.be, text, font, size, self.width - indent)
        for ln in lines:
            self.ensure(lead)
            self.y += lead
            if align == "r":
                self.be.text(self.ml + self.width, self.y, ln, font, size, "r", grey)
            elif align == "c":
                self.be.text(self.ml + self.width / 2, self.y, ln, font, size, "c", grey)
            else:
                self.be.text(self.ml + indent, self.y, ln, font, size, "l", grey)
        self.y += after

    def lines(self, text, font="Sans", size=10, lead=None, after=6, align="l"):
        """Unwrapped lines, one per \n (addresses)."""
        lead = lead or size * 1.3
        for ln in text.split("\n"):
            self.ensure(lead)
            self.y += lead
            x = {"l": self.ml, "r": self.ml + self.width, "c": self.ml + self.width / 2}[align]
            self.be.text(x, self.y, ln, font, size, align)
        self.y += after

    def table(self, cols, rows, header=None, font="Sans", size=9, lead=None, hfont=None,
              row_gap=2, header_rule=False, repeat_header=True, indent=0, header_grey=None):
        """cols: list of (x_offset, width, align). rows: list of lists or dict(cells=, bold=, gap=).
        No ruled lines unless header_rule is True (a single thin line under the header)."""
        lead = lead or size * 1.25
        hfont = hfont or BOLD.get(font, font)
        x0 = self.ml + indent

        def cell_lines(txt, w, f):
            return wrap(self.be, str(txt), f, size, w - 2) if txt != "" else [""]

        def draw_row(cells, f, grey=0):
            wrapped = [cell_lines(c, cols[i][1], f) for i, c in enumerate(cells)]
            n = max(len(w) for w in wrapped)
            h = n * lead
            return wrapped, n, h

        def put(wrapped, f):
            ytop = self.y
            for i, wl in enumerate(wrapped):
                xo, w, al = cols[i]
                for j, ln in enumerate(wl):
                    yy = ytop + (j + 1) * lead
                    if al == "r":
                        self.be.text(x0 + xo + w, yy, ln, f, size, "r")
                    elif al == "c":
                        self.be.text(x0 + xo + w / 2, yy, ln, f, size, "c")
                    else:
                        self.be.text(x0 + xo, yy, ln, f, size, "l")

        def do_header():
            if not header:
                return
            hw, n, h = draw_row(header, hfont)
            self.ensure(h + lead * 2)
            if header_grey is not None:
                self.be.rect_fill(x0 - 2, self.y + 1, cols[-1][0] + cols[-1][1] + 4, h + 3, header_grey)
            put(hw, hfont)
            self.y += h + row_gap
            if header_rule:
                self.be.hline(x0, x0 + cols[-1][0] + cols[-1][1], self.y, 0.4)
                self.y += 2

        do_header()
        for r in rows:
            if isinstance(r, dict):
                cells, bold, extra = r["cells"], r.get("bold", False), r.get("gap", 0)
            else:
                cells, bold, extra = r, False, 0
            f = BOLD.get(font, font) if bold else font
            wl, n, h = draw_row(cells, f)
            self.y += extra
            if self.y + h > self.be.H - self.mb:
                self.break_page()
                if repeat_header:
                    do_header()
            put(wl, f)
            self.y += h + row_gap


def make_pdf(path, build, pagesize=A4, land=False, margins=(56, 56, 60, 60), header=None, footer=None, title=None):
    ps = rl_landscape(pagesize) if land else pagesize
    be = PDFBackend(path, ps)
    if title:
        be.c.setTitle(title)
    d = Doc(be, margins, header, footer)
    build(d)
    if footer:
        footer(d)
    be.finish()


def make_scan(path, build, pagesize=A4, land=False, margins=(56, 56, 60, 60), header=None, footer=None,
              dpi=170, rot=0.5, seed=1, fmt=None):
    """Render pages as images and degrade them like a photocopy/scan.
    fmt: png, jpg (single page expected), or pdf (image-only PDF, no text layer)."""
    rnd = random.Random(seed)
    ps = rl_landscape(pagesize) if land else pagesize
    be = ImgBackend(ps, dpi)
    d = Doc(be, margins, header, footer)
    build(d)
    if footer:
        footer(d)
    out = []
    for i, im in enumerate(be.pages):
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        r = rot + rnd.uniform(-0.25, 0.25)
        im = im.rotate(r, resample=Image.BICUBIC, expand=False, fillcolor=250)
        # speckle noise
        px = im.load()
        w, h = im.size
        for _ in range(int(w * h * 0.0015)):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice([90, 140, 200])
        # slightly grey paper
        im = im.point(lambda v: int(v * 0.93 + 8))
        out.append(im)
    fmt = fmt or path.rsplit(".", 1)[1]
    if fmt == "pdf":
        out[0].convert("RGB").save(path, "PDF", resolution=dpi, save_all=True,
                                   append_images=[o.convert("RGB") for o in out[1:]])
    elif fmt == "jpg":
        assert len(out) == 1, "jpg must be one page"
        out[0].convert("RGB").save(path, "JPEG", quality=72)
    else:
        assert len(out) == 1, "png must be one page"
        out[0].save(path, "PNG")


def write_request(nn, text):
    with open(os.path.join(OUT, f"{nn}-request.txt"), "w") as f:
        f.write(text.strip() + "\n")


def label(nn, ext, body_type, law, hik, dah, outcome, exemptions, count, note):
    rec = {"path": f"{nn}-reply.{ext}", "request_file": f"{nn}-request.txt", "format": ext,
           "body_type": body_type, "law": law, "hikvision": hik, "dahua": dah, "outcome": outcome,
           "exemptions": exemptions, "camera_count": count, "note": note}
    lp = os.path.join(OUT, "labels.jsonl")
    lines = []
    if os.path.exists(lp):
        with open(lp) as f:
            lines = [l for l in f.read().splitlines() if l.strip() and json.loads(l)["path"] != rec["path"]]
    lines.append(json.dumps(rec))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(lp, "w") as f:
        f.write("\n".join(lines) + "\n")


def reply_path(nn, ext):
    return os.path.join(OUT, f"{nn}-reply.{ext}")
