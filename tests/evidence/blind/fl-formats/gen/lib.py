"""Helpers to produce office-style files for the fl-formats set."""
import json, os, random, textwrap
from PIL import Image, ImageDraw, ImageFont, ImageFilter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONTS = "/usr/share/fonts/truetype"


def out(name):
    return os.path.join(ROOT, name)


def write_request(nn, text):
    with open(out(f"{nn}-request.txt"), "w") as f:
        f.write(textwrap.dedent(text).strip() + "\n")


def label(nn, ext, body_type, law, hik, dah, outcome, exemptions, count, note):
    rec = {"path": f"{nn}-reply.{ext}", "request_file": f"{nn}-request.txt", "format": ext,
           "body_type": body_type, "law": law, "hikvision": hik, "dahua": dah, "outcome": outcome,
           "exemptions": exemptions, "camera_count": count, "note": note}
    p = out("labels.jsonl")
    lines = []
    if os.path.exists(p):
        with open(p) as f:
            lines = [l for l in f.read().splitlines() if l.strip()]
    lines = [l for l in lines if json.loads(l)["path"] != rec["path"]]
    lines.append(json.dumps(rec))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(p, "w") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- scans
def font(name="DejaVuSans", size=28):
    for d in ("dejavu", "liberation"):
        p = os.path.join(FONTS, d, name + ".ttf")
        if os.path.exists(p):
            return ImageFont.truetype(p, size)
    raise FileNotFoundError(name)


def render_page(lines, *, width=1654, height=2339, margin=150, fontname="LiberationSerif-Regular",
                size=30, leading=1.45, seed=0, skew=0.0, noise=0.02, signature_after=None,
                stamp=None, grey=False):
    """lines: list of str or (str, dict) where dict may hold bold, size, align, indent, gap.
    Returns a PIL image of an A4 page at ~200 dpi."""
    rnd = random.Random(seed)
    img = Image.new("L", (width, height), 250)
    d = ImageDraw.Draw(img)
    y = margin
    base = font(fontname, size)
    boldname = fontname.replace("Regular", "Bold") if "Regular" in fontname else fontname + "-Bold"
    for item in lines:
        if isinstance(item, tuple):
            txt, opt = item
        else:
            txt, opt = item, {}
        if opt.get("gap"):
            y += int(opt["gap"] * size)
            continue
        sz = opt.get("size", size)
        f = font(boldname if opt.get("bold") else fontname, sz)
        if txt == "__SIGNATURE__":
            draw_signature(d, margin + 10, y, rnd)
            y += int(sz * 3)
            continue
        if txt == "":
            y += int(sz * leading)
            continue
        x = margin + opt.get("indent", 0)
        if opt.get("align") == "right":
            w = d.textlength(txt, font=f)
            x = width - margin - w
        elif opt.get("align") == "center":
            w = d.textlength(txt, font=f)
            x = (width - w) / 2
        if "cols" in opt:  # positional columns
            for cx, ctext in zip(opt["cols"], txt.split("|")):
                d.text((margin + cx, y), ctext.strip(), font=f, fill=rnd.randint(15, 45))
        else:
            d.text((x, y), txt, font=f, fill=rnd.randint(15, 45))
        y += int(sz * leading)
    if stamp:
        sx, sy, stext = stamp
        sf = font("DejaVuSans-Bold", 34)
        layer = Image.new("L", (620, 150), 0)
        ld = ImageDraw.Draw(layer)
        ld.rectangle([4, 4, 612, 142], outline=255, width=5)
        for i, t in enumerate(stext.split("\n")):
            ld.text((24, 18 + i * 44), t, font=sf, fill=255)
        layer = layer.rotate(rnd.uniform(-6, 6), expand=True)
        img.paste(120, (sx, sy), layer)
    # noise
    px = img.load()
    n = int(width * height * noise)
    for _ in range(n):
        xx, yy = rnd.randrange(width), rnd.randrange(height)
        px[xx, yy] = rnd.choice((60, 120, 180, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    if skew:
        img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=245)
    if not grey:
        img = img.convert("RGB")
    return img


def draw_signature(d, x, y, rnd):
    pts = []
    cx = x
    for i in range(40):
        cx += rnd.randint(6, 14)
        pts.append((cx, y + 30 + rnd.randint(-28, 28)))
    d.line(pts, fill=30, width=3, joint="curve")
    d.line([(x + 20, y + 62), (cx + 30, y + 50)], fill=50, width=2)


def save_image_pdf(pages, path, dpi=200):
    pages = [p.convert("RGB") for p in pages]
    pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


# ---------------------------------------------------------------- reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, PageBreak, FrameBreak, KeepTogether)
from reportlab.lib import colors

_ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=_ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14,
                      spaceAfter=7)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
H = ParagraphStyle("h", parent=BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceAfter=9)
RIGHT = ParagraphStyle("right", parent=BODY, alignment=2)


def P(t, st=BODY):
    return Paragraph(t, st)


def hf(header_left="", header_right="", footer_left="", footer_center="", page_fmt="Page {n}",
       total=None, rule=True):
    """onPage callback drawing header and footer on every page."""
    def draw(c, doc):
        c.saveState()
        w, h = A4
        c.setFont("Helvetica", 8)
        if header_left:
            c.drawString(20 * mm, h - 12 * mm, header_left)
        if header_right:
            c.drawRightString(w - 20 * mm, h - 12 * mm, header_right)
        if rule:
            c.setLineWidth(0.4)
            c.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
        if footer_left:
            c.drawString(20 * mm, 10 * mm, footer_left)
        if footer_center:
            c.drawCentredString(w / 2, 14 * mm, footer_center)
        if page_fmt:
            c.drawRightString(w - 20 * mm, 10 * mm, page_fmt.format(n=doc.page, t=total or "?"))
        c.restoreState()
    return draw


def plain_table(rows, widths, header=True, repeat=1, font="Helvetica", size=9.5, rules=False, align=None):
    """Borderless table (columns by position only). rows of strings."""
    st = ParagraphStyle("cell", parent=BODY, fontName=font, fontSize=size, leading=size * 1.25, spaceAfter=0)
    stb = ParagraphStyle("cellb", parent=st, fontName="Helvetica-Bold")
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(c), stb if (header and i == 0) else st) for c in r])
    t = Table(data, colWidths=widths, repeatRows=repeat if header else 0, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if rules:
        cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black))
    t.setStyle(TableStyle(cmds))
    return t


def grid_table(rows, widths, header=True, repeat=1, size=9.5, shade=True):
    st = ParagraphStyle("cellg", parent=BODY, fontSize=size, leading=size * 1.25, spaceAfter=0)
    stb = ParagraphStyle("cellgb", parent=st, fontName="Helvetica-Bold")
    data = [[Paragraph(str(c), stb if (header and i == 0) else st) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=repeat if header else 0, hAlign="LEFT")
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if shade and header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")))
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path, story, onpage, title="", author="", top=24 * mm, bottom=22 * mm):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=top,
                            bottomMargin=bottom, title=title, author=author)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- email
from email.message import EmailMessage
from email.utils import format_datetime
import datetime


def write_eml(path, *, frm, to, subject, date, html, text=None, msgid=None, in_reply_to=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or f"<{abs(hash(subject)) % 10**12}.{date.strftime('%Y%m%d%H%M')}@{frm.split('@')[-1].rstrip('>')}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    if text:
        m.set_content(text)
        m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    with open(path, "wb") as f:
        f.write(bytes(m))


OUTLOOK_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Arial",sans-serif; color:windowtext;}
table.MsoTableGrid {border-collapse:collapse;}
--></style></head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">
"""
OUTLOOK_TAIL = "</div></body></html>"


# ---------------------------------------------------------------- docx
import docx
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH


def new_docx(header=None, footer=None, font_name="Arial", size=11):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font_name
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    return d


def dpara(d, text="", bold=False, italic=False, align=None, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def dtable(d, rows, style="Table Grid", bold_header=True, widths=None):
    t = d.add_table(rows=0, cols=len(rows[0]))
    if style:
        t.style = style
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = ""
            para = cells[j].paragraphs[0]
            lines = str(v).split("\n")
            for k, ln in enumerate(lines):
                run = para.add_run(ln)
                run.bold = bold_header and i == 0
                if k < len(lines) - 1:
                    run.add_break()
            if widths:
                cells[j].width = Mm(widths[j])
    return t


# ---------------------------------------------------------------- odf
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.table import Table as OTable, TableRow, TableCell, TableColumn
from odf.text import P as OP, H as OH, Span as OSpan, LineBreak
from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties, TableCellProperties


def ods_write(path, sheets):
    """sheets: list of (name, rows). numeric values become float cells."""
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="boldcell", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    for name, rows in sheets:
        t = OTable(name=name)
        ncol = max(len(r) for r in rows if r) if rows else 1
        t.addElement(TableColumn(numbercolumnsrepeated=ncol))
        for r in rows:
            tr = TableRow()
            for v in r:
                b = False
                if isinstance(v, tuple):
                    v, b = v[0], True
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(OP(text=str(v)))
                elif v is None or v == "":
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(OP(text=str(v)))
                if b:
                    c.setAttribute("stylename", bold)
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)


def odt_new():
    doc = OpenDocumentText()
    b = Style(name="B", family="text"); b.addElement(TextProperties(fontweight="bold"))
    it = Style(name="I", family="text"); it.addElement(TextProperties(fontstyle="italic"))
    r = Style(name="R", family="paragraph"); r.addElement(ParagraphProperties(textalign="right"))
    cell = Style(name="C", family="table-cell"); cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
    for s in (b, it, r, cell):
        doc.automaticstyles.addElement(s)
    doc._st = {"B": b, "I": it, "R": r, "C": cell}
    return doc


def odt_p(doc, text="", bold=False, italic=False, right=False):
    p = OP(stylename=doc._st["R"]) if right else OP()
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if bold or italic:
            p.addElement(OSpan(stylename=doc._st["B" if bold else "I"], text=ln))
        else:
            p.addText(ln)
        if i < len(lines) - 1:
            p.addElement(LineBreak())
    doc.text.addElement(p)


def odt_table(doc, rows, borders=True, bold_header=True):
    t = OTable(name=f"Table{id(rows) % 1000}")
    t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for i, r in enumerate(rows):
        tr = TableRow()
        for v in r:
            c = TableCell(stylename=doc._st["C"]) if borders else TableCell()
            p = OP()
            if bold_header and i == 0:
                p.addElement(OSpan(stylename=doc._st["B"], text=str(v)))
            else:
                p.addText(str(v))
            c.addElement(p)
            tr.addElement(c)
        t.addElement(tr)
    doc.text.addElement(t)
