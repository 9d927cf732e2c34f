"""Shared helpers for the fb-formats generators."""
import json, os, random, io
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
FONTDIR = "/usr/share/fonts/truetype"

def out(name):
    return str(SET / name)

def write_text(name, text):
    Path(out(name)).write_text(text.lstrip("\n"), encoding="utf-8")

KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
        "outcome", "exemptions", "camera_count", "note"]

def label(nn, fmt, body_type, law, hik, dahua, outcome, exemptions, count, note, notes_line):
    rec = dict(path=f"{nn}-reply.{fmt}", request_file=f"{nn}-request.txt", format=fmt,
               body_type=body_type, law=law, hikvision=hik, dahua=dahua, outcome=outcome,
               exemptions=exemptions, camera_count=count, note=note)
    lab = SET / "labels.jsonl"
    lines = []
    if lab.exists():
        lines = [l for l in lab.read_text().splitlines() if l.strip()
                 and json.loads(l)["path"] != rec["path"]]
    lines.append(json.dumps(rec, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    lab.write_text("\n".join(lines) + "\n")
    nf = SET / "NOTES.md"
    nl = []
    if nf.exists():
        nl = [l for l in nf.read_text().splitlines() if l.strip() and not l.startswith(f"- {nn} ")]
    if not nl or not nl[0].startswith("#"):
        nl.insert(0, "# fb-formats notes (one line per item)")
    nl.append(f"- {nn} ({fmt}): {notes_line}")
    head, rest = nl[0], sorted(nl[1:])
    nf.write_text("\n".join([head] + rest) + "\n")

# ---------------------------------------------------------------- reportlab
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    reg = pdfmetrics.getRegisteredFontNames()
    if "LibSans" in reg:
        return
    for name, f in [("LibSans", "liberation/LiberationSans-Regular.ttf"),
                    ("LibSans-Bold", "liberation/LiberationSans-Bold.ttf"),
                    ("LibSans-Italic", "liberation/LiberationSans-Italic.ttf"),
                    ("LibSans-BoldItalic", "liberation/LiberationSans-BoldItalic.ttf"),
                    ("LibSerif", "liberation/LiberationSerif-Regular.ttf"),
                    ("LibSerif-Bold", "liberation/LiberationSerif-Bold.ttf"),
                    ("LibSerif-Italic", "liberation/LiberationSerif-Italic.ttf"),
                    ("LibSerif-BoldItalic", "liberation/LiberationSerif-BoldItalic.ttf"),
                    ("LibNarrow", "liberation/LiberationSansNarrow-Regular.ttf"),
                    ("LibNarrow-Bold", "liberation/LiberationSansNarrow-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, f)))
    addMapping("LibSans", 0, 0, "LibSans"); addMapping("LibSans", 1, 0, "LibSans-Bold")
    addMapping("LibSans", 0, 1, "LibSans-Italic"); addMapping("LibSans", 1, 1, "LibSans-BoldItalic")
    addMapping("LibSerif", 0, 0, "LibSerif"); addMapping("LibSerif", 1, 0, "LibSerif-Bold")
    addMapping("LibSerif", 0, 1, "LibSerif-Italic"); addMapping("LibSerif", 1, 1, "LibSerif-BoldItalic")

def styles(font="LibSans", size=10.5):
    _fonts()
    from reportlab.lib.styles import ParagraphStyle
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=6)
    return dict(
        p=base,
        small=ParagraphStyle("s", parent=base, fontSize=size - 2, leading=(size - 2) * 1.25),
        cell=ParagraphStyle("c", parent=base, fontSize=size - 1, leading=(size - 1) * 1.2, spaceAfter=0),
        cellb=ParagraphStyle("cb", parent=base, fontName=font + "-Bold", fontSize=size - 1,
                             leading=(size - 1) * 1.2, spaceAfter=0),
        h=ParagraphStyle("h", parent=base, fontName=font + "-Bold", fontSize=size + 1.5, spaceAfter=8),
        b=ParagraphStyle("bb", parent=base, fontName=font + "-Bold"),
        right=ParagraphStyle("r", parent=base, alignment=2),
    )

def word_table(rows, widths, st, header=True, grid=0.6, shade="#D9D9D9", bold_last=False,
               extra_style=None):
    """A table as Word makes it: wrapping Paragraph cells, thin grid, shaded header row."""
    from reportlab.platypus import Table, TableStyle, Paragraph
    from reportlab.lib import colors
    data = []
    for i, r in enumerate(rows):
        s = st["cellb"] if (header and i == 0) or (bold_last and i == len(rows) - 1) else st["cell"]
        data.append([c if not isinstance(c, str) else Paragraph(c, s) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), grid, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if header and shade:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade)))
    if extra_style:
        cmds += extra_style
    t.setStyle(TableStyle(cmds))
    return t

def build_pdf(path, flow, header=None, footer=None, margins=(2.2, 2.0, 2.2, 2.0), title=None,
              author=None, pagesize=None):
    """flow: list of flowables. header/footer: callables (canvas, doc) or strings."""
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    _fonts()
    ps = pagesize or A4
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=margins[0] * cm, topMargin=margins[1] * cm,
                            rightMargin=margins[2] * cm, bottomMargin=margins[3] * cm,
                            title=title or "", author=author or "")
    def deco(canv, d):
        canv.saveState()
        w, h = ps
        if callable(header):
            header(canv, d)
        elif header:
            canv.setFont("LibSans", 8); canv.drawString(margins[0] * cm, h - 1.1 * cm, header)
        if callable(footer):
            footer(canv, d)
        elif footer:
            canv.setFont("LibSans", 8)
            canv.drawCentredString(w / 2, 1.0 * cm, footer.replace("{page}", str(d.page)))
        canv.restoreState()
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)

def paras(text, st, style="p"):
    """Split text on blank lines into Paragraphs; single newlines become <br/>."""
    from reportlab.platypus import Paragraph
    outl = []
    for block in text.strip("\n").split("\n\n"):
        b = block.strip("\n").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        b = b.replace("\n", "<br/>")
        b = b.replace("[[b]]", "<b>").replace("[[/b]]", "</b>").replace("[[i]]", "<i>").replace("[[/i]]", "</i>")
        outl.append(Paragraph(b, st[style]))
    return outl

# ---------------------------------------------------------------- scans
def render_scan(lines, font="liberation/LiberationSerif-Regular.ttf", size=30, width=1654, height=2339,
                margin=150, seed=1, angle=0.6, noise=18, tables=None):
    """Render a page of text lines to a greyscale 'scanned' image (A4 at 200 dpi by default).
    lines: list of str or (str, 'b') for bold, or ('__table__', idx) placeholders for tables[idx]
    (table = dict(cols=[widths px], rows=[[cell lines...]]))."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    img = Image.new("L", (width, height), 250)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(os.path.join(FONTDIR, font), size)
    fb = ImageFont.truetype(os.path.join(FONTDIR, font.replace("Regular", "Bold")), size)
    y = margin
    lh = int(size * 1.38)
    for ln in lines:
        if isinstance(ln, tuple) and ln[0] == "__table__":
            t = tables[ln[1]]
            x0 = margin
            for r in t["rows"]:
                cells = [c if isinstance(c, list) else [c] for c in r]
                nh = max(len(c) for c in cells) * lh + 12
                x = x0
                for wcol, c in zip(t["cols"], cells):
                    d.rectangle([x, y, x + wcol, y + nh], outline=40, width=2)
                    for k, cl in enumerate(c):
                        d.text((x + 10, y + 6 + k * lh), cl, font=f, fill=25)
                    x += wcol
                y += nh
            y += lh // 2
            continue
        bold = isinstance(ln, tuple)
        txt = ln[0] if bold else ln
        if txt.startswith(">>"):  # right aligned
            txt = txt[2:]
            tw = d.textlength(txt, font=fb if bold else f)
            d.text((width - margin - tw, y), txt, font=fb if bold else f, fill=20)
        else:
            d.text((margin, y), txt, font=fb if bold else f, fill=20)
        y += lh
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=235, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    px = img.load()
    for _ in range(width * height // 60):
        x, yy = rnd.randrange(width), rnd.randrange(height)
        px[x, yy] = max(0, min(255, px[x, yy] + rnd.randint(-noise * 3, noise)))
    # a few specks and a shadow band at the left edge like a copier
    d2 = ImageDraw.Draw(img)
    for _ in range(40):
        x, yy = rnd.randrange(width), rnd.randrange(height)
        r = rnd.randint(1, 3)
        d2.ellipse([x, yy, x + r, yy + r], fill=rnd.randint(60, 140))
    for i in range(18):
        d2.line([(i, 0), (i, height)], fill=120 + i * 6)
    return img

# ---------------------------------------------------------------- spreadsheet print
def sheet_print(canv, sheets, pagesize, font="LibSans", size=8, row_h=13, margin=36,
                gridlines=True, headings=False, repeat_header=False, file_label=None):
    """Print 'sheets' as Excel would: each sheet = dict(name, widths (pt), rows, header_rows=1,
    wrap_cols=set(), numeric_cols=set(), bold_rows=set()). Text that overflows a cell is clipped
    unless the column is in wrap_cols, where it wraps and the row grows."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    _fonts()
    W, H = pagesize
    pages = []  # (sheet, rows slice)
    total_pages = 0
    layouts = []
    for sh in sheets:
        wrap = sh.get("wrap_cols", set())
        rows = sh["rows"]
        # compute row heights
        heights = []
        for r in rows:
            nl = 1
            for ci, v in enumerate(r):
                if ci in wrap and v:
                    nl = max(nl, len(_wrap(str(v), sh["widths"][ci] - 4, font, size)))
            heights.append(max(row_h, nl * (size + 2) + 3))
        avail = H - 2 * margin - 20
        chunk, acc, chunks = [], 0, []
        hdr = sh.get("header_rows", 1)
        for i, hgt in enumerate(heights):
            if acc + hgt > avail and chunk:
                chunks.append(chunk); chunk, acc = [], 0
                if repeat_header:
                    for k in range(hdr):
                        chunk.append(k); acc += heights[k]
            chunk.append(i); acc += hgt
        if chunk:
            chunks.append(chunk)
        layouts.append((sh, heights, chunks))
        total_pages += len(chunks)
    pno = 0
    for sh, heights, chunks in layouts:
        for chunk in chunks:
            pno += 1
            canv.setFont(font, 9)
            canv.drawCentredString(W / 2, H - 22, sh["name"])
            canv.drawCentredString(W / 2, 16, f"Page {pno} of {total_pages}")
            if file_label:
                canv.setFont(font, 7); canv.drawString(margin, 16, file_label)
            y = H - margin - 8
            for ri in chunk:
                r = sh["rows"][ri]
                hgt = heights[ri]
                x = margin
                bold = ri < sh.get("header_rows", 1) or ri in sh.get("bold_rows", set())
                fn = font + "-Bold" if bold else font
                for ci, wcol in enumerate(sh["widths"]):
                    v = r[ci] if ci < len(r) else ""
                    if bold and ri < sh.get("header_rows", 1) and sh.get("fill", True):
                        canv.setFillGray(0.85); canv.rect(x, y - hgt, wcol, hgt, stroke=0, fill=1)
                        canv.setFillGray(0)
                    if gridlines:
                        canv.setLineWidth(0.3); canv.setStrokeGray(0.55)
                        canv.rect(x, y - hgt, wcol, hgt, stroke=1, fill=0)
                    canv.setFont(fn, size)
                    s = "" if v is None else str(v)
                    if ci in sh.get("wrap_cols", set()):
                        for k, line in enumerate(_wrap(s, wcol - 4, fn, size)):
                            canv.drawString(x + 2, y - (size + 1) - k * (size + 2), line)
                    elif ci in sh.get("numeric_cols", set()) and ri >= sh.get("header_rows", 1):
                        canv.drawRightString(x + wcol - 2, y - hgt + 4, s)
                    else:
                        # clip: spreadsheet prints cut off text at the next filled cell
                        nxt_empty = ci + 1 < len(r) and (r[ci + 1] in ("", None))
                        lim = wcol - 3 + (sh["widths"][ci + 1] if nxt_empty and ci + 1 < len(sh["widths"]) else 0)
                        while s and stringWidth(s, fn, size) > lim:
                            s = s[:-1]
                        canv.drawString(x + 2, y - hgt + 4, s)
                    x += wcol
                y -= hgt
            canv.showPage()

def _wrap(text, width, font, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out_lines = []
    for para in text.split("\n"):
        words, cur = para.split(" "), ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) <= width or not cur:
                cur = t
            else:
                out_lines.append(cur); cur = w
        out_lines.append(cur)
    return out_lines

# ---------------------------------------------------------------- docx
def docx_doc(font="Arial", size=11):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    s = d.styles["Normal"]; s.font.name = font; s.font.size = Pt(size)
    return d

def docx_paras(d, text, bold_prefixes=()):
    """Blank-line separated paragraphs; single newlines become line breaks; [[b]]..[[/b]] bold."""
    import re
    for block in text.strip("\n").split("\n\n"):
        p = d.add_paragraph()
        parts = re.split(r"(\[\[b\]\].*?\[\[/b\]\])", block, flags=re.S)
        for part in parts:
            bold = part.startswith("[[b]]")
            t = part[5:-6] if bold else part
            lines = t.split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln); r.bold = bold
                if i < len(lines) - 1:
                    r.add_break()
    return d

def docx_table(d, rows, widths_cm=None, style="Table Grid", header=True, bold_last=False):
    from docx.shared import Cm
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:
        t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            lines = str(v).split("\n")
            p = cell.paragraphs[0]
            for k, ln in enumerate(lines):
                run = p.add_run(ln)
                run.bold = (header and i == 0) or (bold_last and i == len(rows) - 1)
                if k < len(lines) - 1:
                    run.add_break()
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t

# ---------------------------------------------------------------- ods / odt
def write_ods(path, sheets, col_widths=None):
    """sheets: list of (name, rows); numbers (int/float) become float cells; None/'' empty.
    A row item may be ('__bold__', value) to bold it."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap"))
    doc.automaticstyles.addElement(wrap)
    for si, (name, rows) in enumerate(sheets):
        t = Table(name=name)
        widths = (col_widths or {}).get(name)
        if widths:
            for ci, w in enumerate(widths):
                cs = Style(name=f"co{si}_{ci}", family="table-column")
                cs.addElement(TableColumnProperties(columnwidth=w))
                doc.automaticstyles.addElement(cs)
                t.addElement(TableColumn(stylename=cs))
        for r in rows:
            tr = TableRow()
            for v in r:
                sty = None
                if isinstance(v, tuple) and v[0] == "__bold__":
                    v, sty = v[1], bold
                if v is None or v == "":
                    tc = TableCell()
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v)
                    tc.addElement(P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string")
                    for ln in str(v).split("\n"):
                        tc.addElement(P(text=ln))
                if sty is not None:
                    tc.setAttribute("stylename", sty)
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)

def write_odt(path, blocks):
    """blocks: ('h', text) | ('p', text) | ('table', rows) | ('pb', text bold-first-line)."""
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
    from odf.text import H, P, Span, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    b = Style(name="B", family="text"); b.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(b)
    h = Style(name="Heading", family="paragraph")
    h.addElement(TextProperties(fontweight="bold", fontsize="13pt"))
    doc.styles.addElement(h)
    cellst = Style(name="cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cellst)
    def para(text, bold=False):
        p = P()
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            if bold:
                s = Span(stylename=b, text=ln); p.addElement(s)
            else:
                p.addText(ln)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        return p
    for kind, val in blocks:
        if kind == "h":
            doc.text.addElement(H(outlinelevel=1, stylename=h, text=val))
        elif kind == "p":
            for blk in val.strip("\n").split("\n\n"):
                if blk.startswith("**") and blk.endswith("**"):
                    doc.text.addElement(para(blk[2:-2], bold=True))
                else:
                    doc.text.addElement(para(blk))
        elif kind == "table":
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=len(val[0])))
            for ri, r in enumerate(val):
                tr = TableRow()
                for v in r:
                    tc = TableCell(stylename=cellst, valuetype="string")
                    tc.addElement(para(str(v), bold=(ri == 0)))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(path)

# ---------------------------------------------------------------- rtf
def rtf_escape(s):
    out_s = []
    for ch in s:
        if ch in "\\{}":
            out_s.append("\\" + ch)
        elif ord(ch) > 127:
            out_s.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
        else:
            out_s.append(ch)
    return "".join(out_s)

def rtf_inline(s):
    import re
    s = rtf_escape(s)
    s = re.sub(r"\[\[b\]\](.*?)\[\[/b\]\]", r"{\\b \1}", s)
    s = re.sub(r"\[\[i\]\](.*?)\[\[/i\]\]", r"{\\i \1}", s)
    return s.replace("\n", "\\line ")

def write_rtf(path, blocks, font="Arial", size=11, generator="Microsoft Word 16"):
    """blocks: ('p', text) paragraphs split on blank lines; ('table', rows, widths_twips)."""
    fs = size * 2
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fswiss\fcharset0 " + font +
             r";}{\f1\froman\fcharset0 Times New Roman;}}",
             r"{\*\generator " + generator + r";}\viewkind4\uc1\paperw11906\paperh16838\margl1440\margr1440",
             r"\pard\sa160\sl259\slmult1\f0\fs%d " % fs]
    for blk in blocks:
        if blk[0] == "p":
            for para in blk[1].strip("\n").split("\n\n"):
                parts.append(r"\pard\sa160\sl259\slmult1 " + rtf_inline(para) + r"\par" + "\n")
        elif blk[0] == "table":
            rows, widths = blk[1], blk[2]
            for ri, r in enumerate(rows):
                row = [r"\trowd\trgaph108\trleft0"]
                x = 0
                for w in widths:
                    x += w
                    row.append(r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10\cellx%d" % x)
                row.append(r"\pard\intbl ")
                for v in r:
                    txt = rtf_inline(v)
                    if ri == 0 and blk[3:4] == (True,):
                        txt = r"{\b " + txt + "}"
                    row.append(txt + r"\cell ")
                row.append(r"\row" + "\n")
                parts.append("".join(row))
            parts.append(r"\pard\sa160\par" + "\n")
    parts.append("}")
    open(path, "w", encoding="ascii").write("".join(parts))

# ---------------------------------------------------------------- eml
def write_eml(path, frm, to, subject, date, text_body, html_body=None, attachments=(), msgid=None,
              extra_headers=None):
    """attachments: list of (filename, bytes, maintype, subtype)."""
    from email.message import EmailMessage
    from email.utils import make_msgid
    m = EmailMessage()
    m["From"] = frm; m["To"] = to; m["Subject"] = subject; m["Date"] = date
    import hashlib
    m["Message-ID"] = msgid or "<%s@%s>" % (hashlib.md5((subject + date).encode()).hexdigest()[:20].upper(), frm.split("@")[-1].rstrip(">"))
    for k, v in (extra_headers or {}).items():
        m[k] = v
    m.set_content(text_body)
    if html_body:
        m.add_alternative(html_body, subtype="html")
    for fn, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    open(path, "wb").write(bytes(m))
