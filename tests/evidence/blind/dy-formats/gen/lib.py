"""Shared renderers for the dy-formats set.

A document is a list of blocks:
  ("title", text)            bold, larger
  ("h", text)                bold heading
  ("p", text)                paragraph
  ("b", text)                bold paragraph
  ("i", text)                italic paragraph
  ("bullets", [text,...])
  ("table", [[cell,...],...])  first row = header
  ("gap",)                   empty line
"""
import io, os, random, math, json
from html import escape as hesc

FONT_DIR = "/usr/share/fonts/truetype"


# ---------------------------------------------------------------- docx
def write_docx(path, blocks, header=None, footer=None, font="Arial"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    sec = d.sections[0]
    if header:
        for i, line in enumerate(header):
            p = sec.header.paragraphs[0] if i == 0 else sec.header.add_paragraph()
            r = p.add_run(line)
            r.font.size = Pt(9)
            if i == 0:
                r.bold = True
    if footer:
        p = sec.footer.paragraphs[0]
        r = p.add_run(footer)
        r.font.size = Pt(8)
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            p = d.add_paragraph(); r = p.add_run(blk[1]); r.bold = True; r.font.size = Pt(14)
        elif kind == "h":
            p = d.add_paragraph(); r = p.add_run(blk[1]); r.bold = True
        elif kind == "p":
            d.add_paragraph(blk[1])
        elif kind == "b":
            p = d.add_paragraph(); p.add_run(blk[1]).bold = True
        elif kind == "i":
            p = d.add_paragraph(); p.add_run(blk[1]).italic = True
        elif kind == "bullets":
            for t in blk[1]:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "table":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    r = cell.paragraphs[0].add_run(str(c))
                    if i == 0:
                        r.bold = True
            d.add_paragraph("")
        elif kind == "gap":
            d.add_paragraph("")
    d.save(path)


# ---------------------------------------------------------------- odt
def write_odt(path, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    ital = Style(name="Ital", family="text"); ital.addElement(TextProperties(fontstyle="italic"))
    big = Style(name="Big", family="text"); big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    for s in (bold, ital, big):
        doc.automaticstyles.addElement(s)
    tcount = 0
    for blk in blocks:
        kind = blk[0]
        if kind in ("title", "h", "b", "i"):
            sty = {"title": big, "h": bold, "b": bold, "i": ital}[kind]
            p = P(); p.addElement(Span(stylename=sty, text=blk[1])); doc.text.addElement(p)
        elif kind == "p":
            doc.text.addElement(P(text=blk[1]))
        elif kind == "bullets":
            lst = List()
            for t in blk[1]:
                li = ListItem(); li.addElement(P(text=t)); lst.addElement(li)
            doc.text.addElement(lst)
        elif kind == "table":
            tcount += 1
            rows = blk[1]
            tbl = Table(name="Table%d" % tcount)
            tbl.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for i, row in enumerate(rows):
                tr = TableRow()
                for c in row:
                    tc = TableCell(valuetype="string")
                    p = P()
                    if i == 0:
                        p.addElement(Span(stylename=bold, text=str(c)))
                    else:
                        p.addText(str(c))
                    tc.addElement(p)
                    tr.addElement(tc)
                tbl.addElement(tr)
            doc.text.addElement(tbl)
            doc.text.addElement(P(text=""))
        elif kind == "gap":
            doc.text.addElement(P(text=""))
    doc.save(path)


# ---------------------------------------------------------------- ods
def write_ods(path, sheets):
    """sheets: list of (name, rows) ; rows of cells; int/float stay numeric."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        t = Table(name=name)
        for row in rows:
            tr = TableRow()
            for c in row:
                if isinstance(c, (int, float)) and not isinstance(c, bool):
                    tc = TableCell(valuetype="float", value=c)
                    tc.addElement(P(text=str(c)))
                elif c is None or c == "":
                    tc = TableCell()
                else:
                    tc = TableCell(valuetype="string")
                    for line in str(c).split("\n"):
                        tc.addElement(P(text=line))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)


# ---------------------------------------------------------------- pdf (text layer)
def write_pdf(path_or_buf, blocks, letterhead=None, footer=None, font="Helvetica"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    ss = getSampleStyleSheet()
    base = ParagraphStyle("base", parent=ss["Normal"], fontName=font, fontSize=10.5, leading=14, spaceAfter=6)
    bstyle = ParagraphStyle("bold", parent=base, fontName=font + "-Bold")
    istyle = ParagraphStyle("ital", parent=base, fontName=font + "-Oblique" if font == "Helvetica" else font + "-Italic")
    tstyle = ParagraphStyle("title", parent=bstyle, fontSize=14, leading=18, spaceAfter=10)
    cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName=font + "-Bold")
    story = []
    if letterhead:
        for i, line in enumerate(letterhead):
            story.append(Paragraph(hesc(line), tstyle if i == 0 else ParagraphStyle("lh", parent=base, fontSize=8.5, leading=10, spaceAfter=0, alignment=2)))
        story.append(Spacer(1, 8 * mm))
    for blk in blocks:
        k = blk[0]
        if k == "title":
            story.append(Paragraph(hesc(blk[1]), tstyle))
        elif k in ("h", "b"):
            story.append(Paragraph(hesc(blk[1]), bstyle))
        elif k == "i":
            story.append(Paragraph(hesc(blk[1]), istyle))
        elif k == "p":
            story.append(Paragraph(hesc(blk[1]).replace("\n", "<br/>"), base))
        elif k == "bullets":
            story.append(ListFlowable([ListItem(Paragraph(hesc(t), base)) for t in blk[1]], bulletType="bullet"))
        elif k == "table":
            rows = [[Paragraph(hesc(str(c)), cellb if i == 0 else cell) for c in r] for i, r in enumerate(blk[1])]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t); story.append(Spacer(1, 4 * mm))
        elif k == "gap":
            story.append(Spacer(1, 5 * mm))

    def on_page(c, d):
        if footer:
            c.setFont(font, 7.5)
            c.drawString(20 * mm, 10 * mm, footer)
        c.setFont(font, 7.5)
        c.drawRightString(190 * mm, 10 * mm, "Page %d" % d.page)
    doc = SimpleDocTemplate(path_or_buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            title="", author="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- scan (image only PDF)
def _wrap(draw, text, font, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def write_scan(path, blocks, seed=1, dpi=200, angle=0.6, fontfile="liberation/LiberationSerif-Regular.ttf",
               boldfile="liberation/LiberationSerif-Bold.ttf", size_pt=11, stamp=None):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    px = lambda pt: int(pt * dpi / 72)
    f = ImageFont.truetype(os.path.join(FONT_DIR, fontfile), px(size_pt))
    fb = ImageFont.truetype(os.path.join(FONT_DIR, boldfile), px(size_pt))
    ft = ImageFont.truetype(os.path.join(FONT_DIR, boldfile), px(size_pt + 3))
    margin = int(0.95 * dpi)
    lh = int(px(size_pt) * 1.38)
    pages = []

    def new_page():
        img = Image.new("L", (W, H), 250)
        return img, ImageDraw.Draw(img), margin + 10

    img, dr, y = new_page()
    for blk in blocks:
        k = blk[0]
        if k == "gap":
            y += lh; continue
        if k == "table":
            rows = blk[1]
            ncol = len(rows[0])
            colw = (W - 2 * margin) // ncol
            for i, r in enumerate(rows):
                if y + lh > H - margin:
                    pages.append(img); img, dr, y = new_page()
                for j, c in enumerate(r):
                    dr.text((margin + j * colw + 8, y + 4), str(c), font=fb if i == 0 else f, fill=20)
                dr.rectangle([margin, y, margin + ncol * colw, y + lh + 4], outline=60)
                for j in range(1, ncol):
                    dr.line([margin + j * colw, y, margin + j * colw, y + lh + 4], fill=60)
                y += lh + 4
            y += lh // 2
            continue
        items = blk[1] if k == "bullets" else [blk[1]]
        font = {"title": ft, "h": fb, "b": fb}.get(k, f)
        for it in items:
            for para in it.split("\n"):
                prefix = "\u2022  " if k == "bullets" else ""
                for ln in _wrap(dr, prefix + para, font, W - 2 * margin - (30 if k == "bullets" else 0)):
                    if y + lh > H - margin:
                        pages.append(img); img, dr, y = new_page()
                    dr.text((margin + (30 if k == "bullets" else 0), y), ln, font=font, fill=15 + rnd.randint(0, 25))
                    y += lh
        y += lh // 3
    pages.append(img)
    out = []
    for n, p in enumerate(pages):
        if stamp and n == 0:
            d = ImageDraw.Draw(p)
            sf = ImageFont.truetype(os.path.join(FONT_DIR, "dejavu/DejaVuSans-Bold.ttf"), px(13))
            x0, y0 = W - margin - px(170), margin - px(40)
            d.rectangle([x0, y0, x0 + px(165), y0 + px(42)], outline=90, width=4)
            d.text((x0 + px(8), y0 + px(5)), stamp[0], font=sf, fill=90)
            d.text((x0 + px(8), y0 + px(23)), stamp[1], font=sf, fill=90)
        a = angle * (1 if n % 2 == 0 else -0.7) + rnd.uniform(-0.15, 0.15)
        p = p.rotate(a, resample=Image.BICUBIC, fillcolor=235, expand=False)
        # noise + speckle
        noise = Image.effect_noise((W, H), 18).point(lambda v: v - 128)
        px_ = p.load()
        for _ in range(2500):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            px_[x, yy] = rnd.choice((40, 90, 160))
        from PIL import ImageChops
        p = ImageChops.add(p, noise, scale=1.0, offset=-10)
        p = p.filter(ImageFilter.GaussianBlur(0.6))
        # grey edge shadow like a copier
        d = ImageDraw.Draw(p)
        d.rectangle([0, 0, 14, H], fill=120)
        out.append(p.convert("L"))
    out[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=out[1:])


# ---------------------------------------------------------------- rtf
def _rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ch == "\n":
            o.append("\\line ")
        elif c > 127:
            o.append("\\u%d?" % (c if c < 32768 else c - 65536))
        else:
            o.append(ch)
    return "".join(o)


def write_rtf(path, blocks, font="Arial", header_lines=None):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fswiss\fcharset0 %s;}{\f1\froman\fcharset0 Times New Roman;}}" % font,
           r"{\colortbl ;\red0\green0\blue0;\red31\green73\blue125;}",
           r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1",
           r"\paperw11906\paperh16838\margl1440\margr1440\margt1200\margb1200"]
    if header_lines:
        out.append(r"{\header\pard\qr\f0\fs16 " + r"\par ".join(_rtf_esc(x) for x in header_lines) + r"\par}")
    for blk in blocks:
        k = blk[0]
        if k == "title":
            out.append(r"\pard\sa200\f0\fs28\b %s\b0\fs22\par" % _rtf_esc(blk[1]))
        elif k in ("h", "b"):
            out.append(r"\pard\sa120\f0\fs22\b %s\b0\par" % _rtf_esc(blk[1]))
        elif k == "i":
            out.append(r"\pard\sa120\f0\fs22\i %s\i0\par" % _rtf_esc(blk[1]))
        elif k == "p":
            out.append(r"\pard\sa160\sl276\slmult1\f0\fs22 %s\par" % _rtf_esc(blk[1]))
        elif k == "bullets":
            for t in blk[1]:
                out.append(r"\pard{\pntext\f0\'B7\tab}{\*\pn\pnlvlblt\pnf0\pnindent0{\pntxtb\'B7}}\fi-360\li720\sa80\f0\fs22 %s\par" % _rtf_esc(t))
        elif k == "table":
            rows = blk[1]
            n = len(rows[0])
            w = 9000 // n
            for i, r in enumerate(rows):
                s = r"\trowd\trgaph108\trleft0"
                for j in range(n):
                    s += r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10\cellx%d" % (w * (j + 1))
                s += r"\pard\intbl\f0\fs20 "
                for c in r:
                    s += (r"\b %s\b0\cell " if i == 0 else r"%s\cell ") % _rtf_esc(str(c))
                s += r"\row"
                out.append(s)
            out.append(r"\pard\par")
        elif k == "gap":
            out.append(r"\pard\par")
    out.append("}")
    with open(path, "w", encoding="ascii") as fh:
        fh.write("\n".join(out))


# ---------------------------------------------------------------- html fragment
def blocks_html(blocks):
    o = []
    for blk in blocks:
        k = blk[0]
        if k == "title":
            o.append("<h2>%s</h2>" % hesc(blk[1]))
        elif k == "h":
            o.append("<h3>%s</h3>" % hesc(blk[1]))
        elif k == "b":
            o.append("<p><strong>%s</strong></p>" % hesc(blk[1]))
        elif k == "i":
            o.append("<p><em>%s</em></p>" % hesc(blk[1]))
        elif k == "p":
            o.append("<p>%s</p>" % hesc(blk[1]).replace("\n", "<br>"))
        elif k == "bullets":
            o.append("<ul>" + "".join("<li>%s</li>" % hesc(t) for t in blk[1]) + "</ul>")
        elif k == "table":
            rows = blk[1]
            s = '<table class="foi-table"><thead><tr>' + "".join("<th>%s</th>" % hesc(str(c)) for c in rows[0]) + "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join("<td>%s</td>" % hesc(str(c)) for c in r) + "</tr>"
            o.append(s + "</tbody></table>")
        elif k == "gap":
            o.append("<p>&nbsp;</p>")
    return "\n".join(o)


def blocks_text(blocks, width=76):
    import textwrap
    o = []
    for blk in blocks:
        k = blk[0]
        if k == "gap":
            o.append("")
        elif k == "bullets":
            for t in blk[1]:
                o.append(textwrap.fill(t, width, initial_indent="  * ", subsequent_indent="    "))
            o.append("")
        elif k == "table":
            rows = [[str(c) for c in r] for r in blk[1]]
            ws = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
            for i, r in enumerate(rows):
                o.append("  ".join(c.ljust(ws[j]) for j, c in enumerate(r)).rstrip())
                if i == 0:
                    o.append("  ".join("-" * w for w in ws))
            o.append("")
        else:
            for para in blk[1].split("\n"):
                o.append(textwrap.fill(para, width) if para else "")
            o.append("")
    return "\n".join(o)
