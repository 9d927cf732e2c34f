"""Shared helpers for the item generators (scans, cached xlsx values, labels)."""
import json, os, random, re, zipfile, shutil, tempfile
from PIL import Image, ImageDraw, ImageFont, ImageFilter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
          "outcome", "exemptions", "camera_count", "note"]


def out(name):
    return os.path.join(ROOT, name)


def write_request(nn, text):
    with open(out(f"{nn}-request.txt"), "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")


def add_label(label):
    """Append (or replace) the label line for label['path']."""
    assert set(label) == set(FIELDS), set(FIELDS) ^ set(label)
    path = out("labels.jsonl")
    lines = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f.read().splitlines() if l.strip()]
    lines = [l for l in lines if json.loads(l)["path"] != label["path"]]
    lines.append(json.dumps({k: label[k] for k in FIELDS}, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- scans
FONTS = "/usr/share/fonts/truetype"


def _font(name, size):
    for cand in [f"{FONTS}/liberation/{name}.ttf", f"{FONTS}/dejavu/{name}.ttf"]:
        if os.path.exists(cand):
            return ImageFont.truetype(cand, size)
    return ImageFont.load_default()


def scan_pdf(pages, dest, seed=1, font="LiberationSerif-Regular", bold="LiberationSerif-Bold",
             size=30, dpi=200, angle_range=(-0.9, 0.9), noise=0.012, mono=False):
    """pages: list of pages; each page a list of lines. A line may start with '**' for bold,
    '>>' to right-align, '^^' to centre. Renders each page as an image (A4 at `dpi`),
    rotates slightly, adds speckle noise and saves an image-only PDF."""
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    imgs = []
    f_reg, f_bold = _font(font, size), _font(bold, size)
    for lines in pages:
        img = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(img)
        x0, y = int(0.95 * dpi), int(0.9 * dpi)
        lh = int(size * 1.32)
        for line in lines:
            f = f_reg
            align = "l"
            while line[:2] in ("**", ">>", "^^"):
                tag, line = line[:2], line[2:]
                if tag == "**":
                    f = f_bold
                elif tag == ">>":
                    align = "r"
                else:
                    align = "c"
            w = d.textlength(line, font=f)
            x = x0 if align == "l" else (W - x0 - w if align == "r" else (W - w) / 2)
            ink = rnd.randint(15, 45)
            d.text((x + rnd.uniform(-1, 1), y), line, font=f, fill=ink)
            y += lh
        # noise speckles
        px = img.load()
        n = int(W * H * noise * 0.05)
        for _ in range(n):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px[xx, yy] = rnd.randint(60, 200)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.rotate(rnd.uniform(*angle_range), resample=Image.BICUBIC, expand=False, fillcolor=235)
        # darker scanner edge
        d2 = ImageDraw.Draw(img)
        d2.rectangle([0, 0, W, 6], fill=120)
        if mono:
            img = img.point(lambda v: 0 if v < 150 else 255, "1")
        imgs.append(img.convert("RGB") if not mono else img)
    imgs[0].save(dest, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


# ---------------------------------------------------------------- xlsx cached formula values
def xlsx_cache_values(path, values):
    """values: {sheet_index(1-based): {"B10": 212, ...}}. Writes cached <v> values next to
    formulas saved by openpyxl, as Excel would have done on save."""
    tmp = tempfile.mktemp(suffix=".xlsx")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", item.filename)
            if m and int(m.group(1)) in values:
                xml = data.decode("utf-8")
                for ref, val in values[int(m.group(1))].items():
                    pat = re.compile(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?' % ref)
                    if isinstance(val, str):
                        def rep(mm, val=val):
                            head = mm.group(1).replace("<c ", '<c t="str" ', 1)
                            return head + mm.group(2) + "<v>%s</v>" % val
                    else:
                        def rep(mm, val=val):
                            return mm.group(1) + mm.group(2) + "<v>%s</v>" % val
                    xml, n = pat.subn(rep, xml)
                    assert n == 1, (item.filename, ref, n)
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    shutil.move(tmp, path)
