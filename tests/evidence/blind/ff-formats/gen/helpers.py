"""Shared helpers for the ff-formats generators."""
import os, json, random
from PIL import Image, ImageDraw, ImageFont, ImageFilter

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FONTS = "/usr/share/fonts/truetype"
SERIF = f"{FONTS}/liberation/LiberationSerif-Regular.ttf"
SERIF_B = f"{FONTS}/liberation/LiberationSerif-Bold.ttf"
SANS = f"{FONTS}/liberation/LiberationSans-Regular.ttf"
SANS_B = f"{FONTS}/liberation/LiberationSans-Bold.ttf"
MONO = f"{FONTS}/liberation/LiberationMono-Regular.ttf"


def out(name):
    return os.path.join(OUT, name)


def write_text(name, text):
    with open(out(name), "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))


# ---------------------------------------------------------------- reportlab letters
def pdf_letter(path, blocks, pagesize=None, landscape_=False, header=None, footer=None,
               font="Helvetica", size=10):
    """blocks: list of ('p', text) | ('h', text) | ('sp', pts) | ('table', rows, colwidths_mm, opts)
    | ('pb',). Table cells are wrapped Paragraphs."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak)
    ps = pagesize or A4
    if landscape_:
        ps = landscape(ps)
    bold = font + "-Bold" if font in ("Helvetica", "Times", "Courier") else font
    if font == "Times":
        font, bold = "Times-Roman", "Times-Bold"
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.6)
    head = ParagraphStyle("h", parent=body, fontName=bold, fontSize=size + 1, spaceBefore=4)
    cell = ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.2)
    cellb = ParagraphStyle("cb", parent=cell, fontName=bold)

    def deco(canv, doc):
        canv.saveState()
        w, h = ps
        if header:
            canv.setFont(font, 8)
            canv.drawString(15 * mm, h - 10 * mm, header.replace("{page}", str(doc.page)))
        if footer:
            canv.setFont(font, 7)
            canv.drawCentredString(w / 2, 8 * mm, footer.replace("{page}", str(doc.page)))
        canv.restoreState()

    story = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            story.append(Paragraph(b[1].replace("\n", "<br/>"), body))
        elif kind == "h":
            story.append(Paragraph(b[1], head))
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            hdr = opts.get("header_rows", 1)
            data = []
            for i, r in enumerate(rows):
                st = cellb if i < hdr or (opts.get("bold_last") and i == len(rows) - 1) else cell
                data.append([Paragraph(str(c), st) for c in r])
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=hdr)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                     ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("shade", True):
                style.append(("BACKGROUND", (0, 0), (-1, hdr - 1), colors.HexColor("#dde4ee")))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 8))
    m = 18 * mm
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=m, rightMargin=m, topMargin=m,
                            bottomMargin=m)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- scans
def render_scan(pages, seed=0, rot=0.6, font=SERIF, size=30, width=1654, height=2339,
                margin=150, noise=18, blur=0.6):
    """pages: list of list of lines. A line may be a str or ('b', str) for bold, ('c', str)
    centred, ('rule',) for a horizontal line, ('row', [cells], [col_x]) for a ruled table row.
    Returns list of PIL images (greyscale, 'scanned')."""
    rnd = random.Random(seed)
    f = ImageFont.truetype(font, size)
    fb = ImageFont.truetype(SERIF_B if font == SERIF else SANS_B, size)
    imgs = []
    for lines in pages:
        im = Image.new("L", (width, height), 255)
        d = ImageDraw.Draw(im)
        y = margin
        lh = int(size * 1.35)
        for ln in lines:
            if isinstance(ln, str):
                d.text((margin, y), ln, font=f, fill=rnd.randint(10, 40))
            elif ln[0] == "b":
                d.text((margin, y), ln[1], font=fb, fill=15)
            elif ln[0] == "c":
                w = d.textlength(ln[1], font=fb)
                d.text(((width - w) / 2, y), ln[1], font=fb, fill=15)
            elif ln[0] == "r":
                w = d.textlength(ln[1], font=f)
                d.text((width - margin - w, y), ln[1], font=f, fill=20)
            elif ln[0] == "rule":
                d.line((margin, y + lh // 2, width - margin, y + lh // 2), fill=60, width=2)
            elif ln[0] == "row":
                cells, xs = ln[1], ln[2]
                d.line((margin, y - 4, width - margin, y - 4), fill=70, width=2)
                for c, x in zip(cells, xs):
                    d.text((margin + x + 8, y), c, font=f, fill=20)
                for x in xs + [width - 2 * margin]:
                    d.line((margin + x, y - 4, margin + x, y + lh - 4), fill=70, width=2)
                if len(ln) > 3 and ln[3]:
                    d.line((margin, y + lh - 4, width - margin, y + lh - 4), fill=70, width=2)
            y += lh
        # degrade
        im = im.rotate(rot + rnd.uniform(-0.25, 0.25), resample=Image.BICUBIC, fillcolor=245,
                       expand=False)
        px = im.load()
        for _ in range(width * height // 40):
            x, yy = rnd.randrange(width), rnd.randrange(height)
            v = px[x, yy]
            px[x, yy] = max(0, min(255, v + rnd.randint(-noise * 3, noise)))
        # a few specks
        d = ImageDraw.Draw(im)
        for _ in range(40):
            x, yy = rnd.randrange(width), rnd.randrange(height)
            r = rnd.randint(1, 3)
            d.ellipse((x, yy, x + r, yy + r), fill=rnd.randint(60, 140))
        im = im.filter(ImageFilter.GaussianBlur(blur))
        # uneven grey background
        bg = Image.new("L", (width, height), 0)
        im = Image.blend(im, Image.new("L", (width, height), 235), 0.06)
        imgs.append(im)
    return imgs


def save_png(imgs, path):
    imgs[0].save(path, optimize=True)


def save_image_pdf(imgs, path):
    rgb = [i.convert("RGB") for i in imgs]
    rgb[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=rgb[1:])


# ---------------------------------------------------------------- e-mail
def write_eml(path, headers, body_text, attachments=(), html=None):
    """attachments: list of (filename, bytes, maintype, subtype)."""
    from email.message import EmailMessage
    from email import policy
    msg = EmailMessage(policy=policy.SMTP)
    for k, v in headers.items():
        msg[k] = v
    msg.set_content(body_text)
    if html:
        msg.add_alternative(html, subtype="html")
    for fn, data, mt, st in attachments:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    with open(path, "wb") as f:
        f.write(msg.as_bytes())


def label(n, fmt, body_type, law, hik, dahua, outcome, exemptions, count, note):
    nn = f"{n:02d}"
    rec = {"path": f"{nn}-reply.{fmt}", "request_file": f"{nn}-request.txt", "format": fmt,
           "body_type": body_type, "law": law, "hikvision": hik, "dahua": dahua,
           "outcome": outcome, "exemptions": exemptions, "camera_count": count, "note": note}
    lp = out("labels.jsonl")
    lines = []
    if os.path.exists(lp):
        with open(lp) as f:
            lines = [l for l in f if l.strip() and json.loads(l)["path"] != rec["path"]]
    lines.append(json.dumps(rec) + "\n")
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(lp, "w") as f:
        f.writelines(lines)


def note(n, text):
    p = out("NOTES.md")
    nn = f"{n:02d}"
    lines = []
    if os.path.exists(p):
        with open(p) as f:
            lines = [l for l in f.read().splitlines() if l.strip()]
    if not lines:
        lines = ["# ff-formats notes", ""]
    lines = [l for l in lines if not l.startswith(f"- {nn} ")]
    lines.append(f"- {nn} {text}")
    head = [l for l in lines if not l.startswith("- ")]
    items = sorted(l for l in lines if l.startswith("- "))
    with open(p, "w") as f:
        f.write("\n".join(head) + "\n" + "\n".join(items) + "\n")


# ---------------------------------------------------------------- ODF spreadsheets
def write_ods(path, sheets, widths=None):
    """sheets: list of (name, rows). Numbers become float cells, str text cells, None empty.
    A cell given as ('b', value) is bold."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf.table import Table, TableRow, TableCell, TableColumn
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    colstyles = {}
    for si, (name, rows) in enumerate(sheets):
        t = Table(name=name)
        ws = (widths or {}).get(name)
        if ws:
            for ci, w in enumerate(ws):
                key = f"co{si}_{ci}"
                cs = Style(name=key, family="table-column")
                cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
                doc.automaticstyles.addElement(cs)
                t.addElement(TableColumn(stylename=cs))
        for r in rows:
            tr = TableRow()
            for v in r:
                b = False
                if isinstance(v, tuple) and v[0] == "b":
                    b, v = True, v[1]
                kw = {"stylename": bold} if b else {}
                if v is None or v == "":
                    tc = TableCell(**kw)
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v, **kw)
                    tc.addElement(P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string", **kw)
                    tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)


# ---------------------------------------------------------------- spreadsheet printed to PDF
def pdf_sheet(path, rows, colwidths_mm, header=None, footer="Page {page} of {pages}", landscape_=True,
              row_h_mm=5.2, font="Helvetica", size=8.5, gridlines=True, bold_rows=(), rows_per_page=None,
              col_letters=False):
    """Emulates an Excel sheet printed to PDF: gridlines, no wrapping, text overflows into empty
    neighbours. rows: list of lists (str/num/None). Numbers right-aligned."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    ps = landscape(A4) if landscape_ else A4
    W, H = ps
    left, top, bottom = 12 * mm, 16 * mm, 16 * mm
    rh = row_h_mm * mm
    per = rows_per_page or int((H - top - bottom) // rh)
    pages = [rows[i:i + per] for i in range(0, len(rows), per)]
    c = canvas.Canvas(path, pagesize=ps)
    xs = [left]
    for w in colwidths_mm:
        xs.append(xs[-1] + w * mm)
    start = 0
    for pi, prow in enumerate(pages, 1):
        if header:
            c.setFont(font, 8); c.drawCentredString(W / 2, H - 9 * mm, header)
        if footer:
            c.setFont(font, 8)
            c.drawCentredString(W / 2, 8 * mm, footer.replace("{page}", str(pi)).replace("{pages}", str(len(pages))))
        y = H - top
        for ri, r in enumerate(prow):
            gi = start + ri
            if gridlines:
                c.setStrokeGray(0.75); c.setLineWidth(0.3)
                for ci in range(len(colwidths_mm)):
                    c.rect(xs[ci], y - rh, xs[ci + 1] - xs[ci], rh)
            fn = font + "-Bold" if gi in bold_rows else font
            c.setFont(fn, size); c.setFillGray(0)
            for ci, v in enumerate(r):
                if v is None or v == "" or ci >= len(colwidths_mm):
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    s = f"{v:,}" if isinstance(v, int) and abs(v) >= 1000 else str(v)
                    c.drawRightString(xs[ci + 1] - 1.2 * mm, y - rh + 1.5 * mm, s)
                else:
                    c.drawString(xs[ci] + 1.2 * mm, y - rh + 1.5 * mm, str(v))
            y -= rh
        start += len(prow)
        c.showPage()
    c.save()
