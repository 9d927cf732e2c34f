"""Shared helpers for the dt-formats generator.

Each itemNN.py builds NN-request.txt and NN-reply.<ext> in the set folder and
calls add_label(), which (re)writes that item's line in labels.jsonl.
"""
import csv
import io
import json
import os
import random
import textwrap

SET_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(SET_DIR, "labels.jsonl")

FONT_DIR = "/usr/share/fonts/truetype/liberation"


def p(name):
    return os.path.join(SET_DIR, name)


def write_text(name, text):
    with open(p(name), "w", encoding="utf-8", newline="\n") as f:
        f.write(textwrap.dedent(text).lstrip("\n"))


def add_label(nn, ext, fmt, body_type, law, hikvision, dahua, outcome, exemptions,
              camera_count, note):
    rec = {
        "path": f"{nn}-reply.{ext}",
        "request_file": f"{nn}-request.txt",
        "format": fmt,
        "body_type": body_type,
        "law": law,
        "hikvision": hikvision,
        "dahua": dahua,
        "outcome": outcome,
        "exemptions": exemptions,
        "camera_count": camera_count,
        "note": note,
    }
    lines = []
    if os.path.exists(LABELS):
        with open(LABELS, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                if json.loads(line)["path"] == rec["path"]:
                    continue
                lines.append(line)
    lines.append(json.dumps(rec, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(LABELS, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- docx
def write_docx(name, blocks, font="Arial", size=11, header_text=None, footer_text=None):
    """blocks: list of tuples
    ("p", text[, {"bold":1,"italic":1,"align":"right","size":n}])
    ("h", text)   heading-ish bold paragraph
    ("table", rows, {"header":True,"widths":[...],"bold_last":False})
    ("blank",)
    ("pagebreak",)
    """
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.text = header_text
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8)
    if footer_text:
        fp = sec.footer.paragraphs[0]
        fp.text = footer_text
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in fp.runs:
            r.font.size = Pt(8)
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h"):
            opts = b[2] if len(b) > 2 else {}
            para = doc.add_paragraph()
            for i, line in enumerate(b[1].split("\n")):
                run = para.add_run(line)
                if kind == "h" or opts.get("bold"):
                    run.bold = True
                if opts.get("italic"):
                    run.italic = True
                if opts.get("size"):
                    run.font.size = Pt(opts["size"])
                if i < len(b[1].split("\n")) - 1:
                    run.add_break()
            if opts.get("align") == "right":
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif opts.get("align") == "center":
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "blank":
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(str(val))
                    if (i == 0 and opts.get("header", True)) or (
                            opts.get("bold_last") and i == len(rows) - 1):
                        run.bold = True
            if opts.get("widths"):
                for j, w in enumerate(opts["widths"]):
                    for row in t.rows:
                        row.cells[j].width = Cm(w)
            doc.add_paragraph()
    doc.save(p(name) if not os.path.isabs(name) else name)


def docx_bytes(blocks, **kw):
    import tempfile
    with tempfile.NamedTemporaryFile(suffix=".docx", delete=False) as tf:
        tmp = tf.name
    write_docx(tmp, blocks, **kw)
    data = open(tmp, "rb").read()
    os.unlink(tmp)
    return data


# ---------------------------------------------------------------- pdf (text layer)
def _register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("LibSans")
    except KeyError:
        pdfmetrics.registerFont(TTFont("LibSans", f"{FONT_DIR}/LiberationSans-Regular.ttf"))
        pdfmetrics.registerFont(TTFont("LibSans-Bold", f"{FONT_DIR}/LiberationSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("LibSerif", f"{FONT_DIR}/LiberationSerif-Regular.ttf"))
        pdfmetrics.registerFont(TTFont("LibSerif-Bold", f"{FONT_DIR}/LiberationSerif-Bold.ttf"))
        from reportlab.lib.fonts import addMapping
        addMapping("LibSans", 0, 0, "LibSans")
        addMapping("LibSans", 1, 0, "LibSans-Bold")
        addMapping("LibSerif", 0, 0, "LibSerif")
        addMapping("LibSerif", 1, 0, "LibSerif-Bold")


def write_pdf(target, blocks, font="LibSans", size=10.5, footer=None, title=None):
    """blocks like write_docx; target = file name in set dir, absolute path, or io.BytesIO"""
    _register_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak)
    from xml.sax.saxutils import escape

    bold = font + "-Bold"
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35,
                          spaceAfter=size * 0.6)
    right = ParagraphStyle("r", parent=base, alignment=2)
    center = ParagraphStyle("c", parent=base, alignment=1)
    cellst = ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25)
    cellbold = ParagraphStyle("cellb", parent=cellst, fontName=bold)

    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h"):
            opts = b[2] if len(b) > 2 else {}
            st = base
            if opts.get("align") == "right":
                st = right
            elif opts.get("align") == "center":
                st = center
            txt = escape(b[1]).replace("\n", "<br/>")
            if kind == "h" or opts.get("bold"):
                txt = f"<b>{txt}</b>"
            if opts.get("italic"):
                txt = f"<i>{txt}</i>"
            if opts.get("size"):
                st = ParagraphStyle("x", parent=st, fontSize=opts["size"],
                                    leading=opts["size"] * 1.3)
            story.append(Paragraph(txt, st))
        elif kind == "blank":
            story.append(Spacer(1, size))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            data = []
            for i, row in enumerate(rows):
                boldrow = (i == 0 and opts.get("header", True)) or (
                    opts.get("bold_last") and i == len(rows) - 1)
                data.append([Paragraph(escape(str(v)).replace("\n", "<br/>"),
                                       cellbold if boldrow else cellst) for v in row])
            widths = [w * cm for w in opts["widths"]] if opts.get("widths") else None
            t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                  ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("header", True):
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, size))

    def on_page(canvas, doc):
        if footer:
            canvas.saveState()
            canvas.setFont(font, 7.5)
            canvas.drawCentredString(A4[0] / 2, 1.2 * cm, footer + f"   Page {doc.page}")
            canvas.restoreState()

    dest = target
    if isinstance(target, str) and not os.path.isabs(target):
        dest = p(target)
    doc = SimpleDocTemplate(dest, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title or "",
                            author="", subject="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def pdf_bytes(blocks, **kw):
    bio = io.BytesIO()
    write_pdf(bio, blocks, **kw)
    return bio.getvalue()


# ---------------------------------------------------------------- scan (image-only pdf)
def write_scan(name, pages, seed=1, angle=0.6, font="LiberationSerif-Regular.ttf", size=34,
               typewriter=False):
    """pages: list of list of lines. A line may be ("B", text) for bold, ("TABLE", rows, colx)
    where colx are x offsets in px for columns. Renders at 200 dpi A4."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = 1654, 2339
    fnt = ImageFont.truetype(f"{FONT_DIR}/{font}", size)
    fbold = ImageFont.truetype(f"{FONT_DIR}/{font.replace('Regular', 'Bold')}", size)
    imgs = []
    for pi, lines in enumerate(pages):
        img = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(img)
        y = 150
        x0 = 165
        lh = int(size * 1.42)
        for line in lines:
            if isinstance(line, tuple) and line[0] == "TABLE":
                rows, colx = line[1], line[2]
                top = y
                for ri, row in enumerate(rows):
                    for ci, val in enumerate(row):
                        d.text((x0 + colx[ci] + 8, y + 6), str(val), font=fbold if ri == 0 else fnt,
                               fill=rnd.randint(0, 40))
                    d.line((x0, y, x0 + colx[-1], y), fill=30, width=2)
                    y += lh + 6
                d.line((x0, y, x0 + colx[-1], y), fill=30, width=2)
                for cx in colx:
                    d.line((x0 + cx, top, x0 + cx, y), fill=30, width=2)
                y += lh // 2
                continue
            if isinstance(line, tuple) and line[0] == "B":
                d.text((x0, y), line[1], font=fbold, fill=rnd.randint(0, 35))
            elif isinstance(line, tuple) and line[0] == "R":
                tw = d.textlength(line[1], font=fnt)
                d.text((W - 165 - tw, y), line[1], font=fnt, fill=rnd.randint(0, 35))
            elif isinstance(line, tuple) and line[0] == "SIG":
                # scribble signature
                pts = []
                sx = x0 + 10
                for k in range(40):
                    pts.append((sx + k * 9, y + 25 + rnd.randint(-22, 22)))
                d.line(pts, fill=20, width=3)
                y += lh  # extra space
            else:
                d.text((x0, y), line, font=fnt, fill=rnd.randint(0, 35))
            y += lh
        # speckle noise
        px = img.load()
        for _ in range(9000):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px[xx, yy] = rnd.randint(90, 200)
        # faint vertical streak typical of a feeder
        sx = rnd.randrange(200, W - 200)
        for yy in range(H):
            if px[sx, yy] > 200:
                px[sx, yy] = 225
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        img = img.rotate(angle + rnd.uniform(-0.25, 0.25), resample=Image.BICUBIC,
                         expand=False, fillcolor=255)
        # slight grey background
        img = img.point(lambda v: min(255, int(v * 0.96 + 6)))
        imgs.append(img.convert("RGB"))
    imgs[0].save(p(name), "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])


# ---------------------------------------------------------------- rtf
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o > 127:
            if o > 32767:
                o -= 65536
            out.append(f"\\u{o}?")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(name, blocks, font="Arial", size=11):
    hs = size * 2
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057",
             r"{\fonttbl{\f0\fswiss\fcharset0 " + font + r";}{\f1\froman\fcharset0 Times New Roman;}}",
             r"{\colortbl ;\red0\green0\blue0;\red31\green73\blue125;}",
             r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1",
             r"\paperw11906\paperh16838\margl1418\margr1418\margt1134\margb1134",
             rf"\pard\sa120\sl276\slmult1\f0\fs{hs} "]
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h"):
            opts = b[2] if len(b) > 2 else {}
            al = {"right": r"\qr", "center": r"\qc"}.get(opts.get("align"), r"\ql")
            txt = rtf_escape(b[1])
            if kind == "h" or opts.get("bold"):
                txt = r"\b " + txt + r"\b0 "
            if opts.get("italic"):
                txt = r"\i " + txt + r"\i0 "
            fs = rf"\fs{opts['size'] * 2} " if opts.get("size") else ""
            parts.append(rf"\pard\sa120\sl276\slmult1{al}{fs} {txt}\fs{hs}\par")
        elif kind == "blank":
            parts.append(r"\pard\par")
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            widths = opts.get("widths") or [3.5] * len(rows[0])
            for i, row in enumerate(rows):
                defs = [r"\trowd\trgaph108\trleft0"]
                acc = 0
                for w in widths:
                    acc += int(w * 567)
                    defs.append(r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10"
                                r"\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10" + rf"\cellx{acc}")
                cells = []
                boldrow = (i == 0 and opts.get("header", True)) or (
                    opts.get("bold_last") and i == len(rows) - 1)
                for v in row:
                    t = rtf_escape(str(v))
                    cells.append((r"\pard\intbl\ql " + (r"\b " + t + r"\b0" if boldrow else t)
                                  + r"\cell"))
                parts.append("".join(defs) + "\n" + "\n".join(cells) + r"\row")
            parts.append(r"\pard\sa120\par")
    parts.append("}")
    with open(p(name), "w", encoding="ascii", newline="\r\n") as f:
        f.write("\n".join(parts))


# ---------------------------------------------------------------- odt / ods
def write_odt(name, blocks, font="Liberation Serif", size="11pt"):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, FontFace)
    from odf.text import P, Span, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font))
    std = Style(name="Standard", family="paragraph")
    std.addElement(TextProperties(fontname=font, fontsize=size))
    std.addElement(ParagraphProperties(marginbottom="0.18cm"))
    doc.styles.addElement(std)
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    ital = Style(name="Ital", family="text")
    ital.addElement(TextProperties(fontstyle="italic"))
    doc.automaticstyles.addElement(ital)
    pr = Style(name="PRight", family="paragraph", parentstylename="Standard")
    pr.addElement(ParagraphProperties(textalign="end"))
    doc.automaticstyles.addElement(pr)
    pc = Style(name="PCenter", family="paragraph", parentstylename="Standard")
    pc.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(pc)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cellst)

    def add_lines(par, text, span_style=None):
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if span_style:
                par.addElement(Span(stylename=span_style, text=line))
            else:
                par.addText(line)
            if i < len(lines) - 1:
                par.addElement(LineBreak())

    tcount = 0
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h"):
            opts = b[2] if len(b) > 2 else {}
            st = {"right": pr, "center": pc}.get(opts.get("align"), std)
            par = P(stylename=st)
            sp = bold if (kind == "h" or opts.get("bold")) else (ital if opts.get("italic") else None)
            add_lines(par, b[1], sp)
            doc.text.addElement(par)
        elif kind == "blank":
            doc.text.addElement(P(stylename=std))
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            tcount += 1
            t = Table(name=f"Table{tcount}")
            t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for i, row in enumerate(rows):
                tr = TableRow()
                boldrow = (i == 0 and opts.get("header", True)) or (
                    opts.get("bold_last") and i == len(rows) - 1)
                for v in row:
                    tc = TableCell(stylename=cellst, valuetype="string")
                    par = P(stylename=std)
                    add_lines(par, str(v), bold if boldrow else None)
                    tc.addElement(par)
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P(stylename=std))
    doc.save(p(name))


def write_ods(name, sheets):
    """sheets: list of (sheet_name, rows, opts). Cells that are int/float are numeric.
    opts: {"bold_rows": [indices]}"""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    bold = Style(name="BoldCell", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    wide = Style(name="WideCol", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="4.5cm"))
    doc.automaticstyles.addElement(wide)
    narrow = Style(name="NarrowCol", family="table-column")
    narrow.addElement(TableColumnProperties(columnwidth="2.4cm"))
    doc.automaticstyles.addElement(narrow)
    for sname, rows, opts in sheets:
        t = Table(name=sname)
        ncols = max(len(r) for r in rows) if rows else 1
        t.addElement(TableColumn(stylename=wide))
        if ncols > 1:
            t.addElement(TableColumn(stylename=narrow, numbercolumnsrepeated=ncols - 1))
        for i, row in enumerate(rows):
            tr = TableRow()
            for v in row:
                kw = {}
                if i in opts.get("bold_rows", []):
                    kw["stylename"] = bold
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
    doc.save(p(name))


# ---------------------------------------------------------------- xlsx
def write_xlsx(target, sheets):
    """sheets: list of (name, rows, opts); opts: bold_rows, widths (list), merge (list of ranges),
    formulas allowed as strings starting with '='."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="999999")
    for sname, rows, opts in sheets:
        ws = wb.create_sheet(sname)
        for r in rows:
            ws.append(list(r))
        for ri in opts.get("bold_rows", []):
            for c in ws[ri + 1]:
                c.font = Font(bold=True)
        for ri in opts.get("fill_rows", []):
            for c in ws[ri + 1]:
                if c.value is not None:
                    c.fill = PatternFill("solid", fgColor="DDEBF7")
        if opts.get("grid_from") is not None:
            for row in ws.iter_rows(min_row=opts["grid_from"] + 1, max_row=opts.get("grid_to", ws.max_row)):
                for c in row:
                    if c.value is not None:
                        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        for i, w in enumerate(opts.get("widths", [])):
            ws.column_dimensions[chr(65 + i)].width = w
        for rng in opts.get("merge", []):
            ws.merge_cells(rng)
        if opts.get("wrap_col"):
            for c in ws[opts["wrap_col"]]:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        if opts.get("freeze"):
            ws.freeze_panes = opts["freeze"]
    if isinstance(target, str) and not os.path.isabs(target):
        target = p(target)
    wb.save(target)


def xlsx_bytes(sheets):
    bio = io.BytesIO()
    write_xlsx(bio, sheets)
    return bio.getvalue()


# ---------------------------------------------------------------- csv
def write_csv(name, rows, bom=False, crlf=True):
    with open(p(name), "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n" if crlf else "\n")
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------- eml
def write_eml(name, msg):
    from email import policy
    import hashlib
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            h = hashlib.md5(f"{name}-{i}".encode()).hexdigest()[:24]
            part.set_boundary(f"_{i:03d}_{h}_")
    with open(p(name), "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))
