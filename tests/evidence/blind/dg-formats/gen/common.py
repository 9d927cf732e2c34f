"""Shared helpers for the dg-formats generator scripts."""
import json
import os
import random
import re
import shutil
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(ROOT, "labels.jsonl")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def out(name):
    return os.path.join(ROOT, name)


def write_request(nn, text):
    with open(out(f"{nn}-request.txt"), "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")


def add_label(**kw):
    """Append (or replace) the label line for kw['path']."""
    order = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
             "outcome", "exemptions", "camera_count", "note"]
    rec = {k: kw[k] for k in order}
    lines = []
    if os.path.exists(LABELS):
        with open(LABELS, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                if json.loads(line)["path"] != rec["path"]:
                    lines.append(line)
    lines.append(json.dumps(rec, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(LABELS, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- xlsx cached values
def xlsx_set_cached(path, values):
    """values: {sheet_title: {"B7": 12, ...}}. Writes <v> for formula cells that
    openpyxl saved without a cached result, and asks Excel to recalc on load."""
    with zipfile.ZipFile(path) as z:
        wb = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        files = {n: z.read(n) for n in z.namelist()}
    sheet_rid = dict(re.findall(r'<(?:\w+:)?sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"', wb))
    rid_target = {}
    for m in re.finditer(r'<Relationship [^>]*/>', rels):
        tag = m.group(0)
        rid = re.search(r'Id="([^"]+)"', tag).group(1)
        tgt = re.search(r'Target="([^"]+)"', tag).group(1)
        rid_target[rid] = tgt.lstrip("/").replace("xl/", "")
    for title, cells in values.items():
        name = "xl/" + rid_target[sheet_rid[title]]
        xml = files[name].decode()
        for ref, val in cells.items():
            pat = re.compile(r'<c r="%s"([^>]*)>(<f>.*?</f>)(<v\s*/>|<v>.*?</v>)?</c>' % ref)
            m = pat.search(xml)
            if not m:
                raise ValueError(f"no formula cell {title}!{ref}")
            attrs = m.group(1)
            if isinstance(val, str):
                attrs = re.sub(r'\s*t="[^"]*"', "", attrs) + ' t="str"'
                v = val
            else:
                attrs = re.sub(r'\s*t="[^"]*"', "", attrs)
                v = repr(val) if isinstance(val, float) else str(val)
            xml = xml[:m.start()] + f'<c r="{ref}"{attrs}>{m.group(2)}<v>{v}</v></c>' + xml[m.end():]
        files[name] = xml.encode()
    wbx = files["xl/workbook.xml"].decode()
    if "<calcPr" in wbx:
        wbx = re.sub(r'<calcPr([^>]*)/>', lambda m: '<calcPr' + re.sub(r'\s*fullCalcOnLoad="[^"]*"', '', m.group(1)) + ' fullCalcOnLoad="1"/>', wbx)
    files["xl/workbook.xml"] = wbx.encode()
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------- scans
def render_scan(lines, skew=0.7, seed=1, bold_lines=(), size=(1654, 2339), margin=150,
                font_size=30, noise=True, line_gap=1.45, tables=None):
    """Render a list of text lines as a 200 dpi A4 page image, slightly rotated
    and speckled. A line may be a tuple ('cols', [(x_offset, text), ...]) for
    simple tabular rows, or ('rule',) for a horizontal line. Returns PIL Image (L)."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    img = Image.new("L", size, 255)
    d = ImageDraw.Draw(img)
    reg = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans.ttf"), font_size)
    bold = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), font_size)
    y = margin
    step = int(font_size * line_gap)
    for i, line in enumerate(lines):
        if isinstance(line, tuple) and line[0] == "rule":
            d.line([(margin, y + step // 3), (size[0] - margin, y + step // 3)], fill=40, width=2)
            y += step // 1.5
            continue
        if isinstance(line, tuple) and line[0] == "cols":
            f = bold if (len(line) > 2 and line[2]) else reg
            for x, t in line[1]:
                d.text((margin + x, y), t, font=f, fill=rnd.randint(15, 45))
            y += step
            continue
        f = bold if i in bold_lines else reg
        d.text((margin, y), line, font=f, fill=rnd.randint(15, 45))
        y += step
    if noise:
        px = img.load()
        for _ in range(2500):
            x, yy = rnd.randrange(size[0]), rnd.randrange(size[1])
            px[x, yy] = rnd.randint(80, 200)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=250)
    return img


# ---------------------------------------------------------------- rtf
def rtf_escape(s):
    outp = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            outp.append("\\" + ch)
        elif o > 127:
            outp.append("\\u%d?" % (o if o < 32768 else o - 65536))
        else:
            outp.append(ch)
    return "".join(outp)


class Rtf:
    def __init__(self, font="Arial"):
        self.parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss " + font + r";}{\f1\froman Times New Roman;}}"
                      r"{\colortbl;\red0\green0\blue0;\red31\green73\blue125;}"
                      r"\paperw11906\paperh16838\margl1440\margr1440\margt1440\margb1440\f0\fs22 "]

    def p(self, text="", bold=False, size=None, italic=False, align=None, space_after=120):
        fmt = ""
        if align == "right":
            fmt += r"\qr"
        elif align == "center":
            fmt += r"\qc"
        run = ""
        if size:
            run += r"\fs%d" % (size * 2)
        if bold:
            run += r"\b"
        if italic:
            run += r"\i"
        self.parts.append(r"\pard%s\sa%d{%s%s}\par" % (fmt, space_after, (run + " ") if run else "", rtf_escape(text)) + "\n")

    def table(self, rows, widths, header=True):
        for ri, row in enumerate(rows):
            s = r"\trowd\trgaph108\trleft0"
            x = 0
            for w in widths:
                x += w
                s += r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10\cellx%d" % x
            s += "\n"
            for c in row:
                b = r"\b " if (header and ri == 0) else ""
                s += r"\pard\intbl{%s%s}\cell" % (b, rtf_escape(str(c))) + "\n"
            s += r"\row" + "\n"
            self.parts.append(s)
        self.parts.append(r"\pard\sa120\par" + "\n")

    def save(self, path):
        with open(path, "w", encoding="ascii") as f:
            f.write("".join(self.parts) + "}")
