"""Helpers for the de-formats blind set generator."""
import json, os, re, random, zipfile, shutil, io
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
LABELS = os.path.join(OUT, "labels.jsonl")


def write_request(nn, text):
    with open(os.path.join(OUT, f"{nn}-request.txt"), "w") as f:
        f.write(text.strip() + "\n")


def add_label(nn, ext, fmt, body_type, law, hik, dahua, outcome, exemptions, count, note):
    lab = {"path": f"{nn}-reply.{ext}", "request_file": f"{nn}-request.txt", "format": fmt,
           "body_type": body_type, "law": law, "hikvision": hik, "dahua": dahua, "outcome": outcome,
           "exemptions": exemptions, "camera_count": count, "note": note}
    lines = []
    if os.path.exists(LABELS):
        lines = [l for l in open(LABELS).read().splitlines() if l.strip()]
        lines = [l for l in lines if json.loads(l)["path"] != lab["path"]]
    lines.append(json.dumps(lab))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(LABELS, "w") as f:
        f.write("\n".join(lines) + "\n")


def outpath(nn, ext):
    return os.path.join(OUT, f"{nn}-reply.{ext}")


# ---------------------------------------------------------------- DOCX
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def _field(run, instr):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._r.append(el)


def docx_letter(header_lines, footer_disclaimer, font="Arial", size=11, header_color=None):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hdr = sec.header
    p = hdr.paragraphs[0]
    r = p.add_run(header_lines[0]); r.bold = True; r.font.size = Pt(size + 3)
    if header_color:
        r.font.color.rgb = RGBColor(*header_color)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for l in header_lines[1:]:
        q = hdr.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        rr = q.add_run(l); rr.font.size = Pt(size - 2)
    ftr = sec.footer
    p = ftr.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Page "); r.font.size = Pt(8)
    r = p.add_run(); r.font.size = Pt(8); _field(r, "PAGE")
    r = p.add_run(" of "); r.font.size = Pt(8)
    r = p.add_run(); r.font.size = Pt(8); _field(r, "NUMPAGES")
    if footer_disclaimer:
        q = ftr.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = q.add_run(footer_disclaimer); rr.font.size = Pt(7); rr.italic = True
    return d


def docx_paras(d, text):
    """Blank-line separated paragraphs; lines starting with '## ' are bold headings;
    lines starting with 'N. ' become numbered list paragraphs (manual numbers)."""
    for block in text.strip().split("\n\n"):
        block = block.rstrip()
        if block.startswith("## "):
            p = d.add_paragraph(); r = p.add_run(block[3:]); r.bold = True
        elif block.startswith("#L "):
            d.add_paragraph(block[3:], style="List Number")
        else:
            p = d.add_paragraph()
            lines = block.split("\n")
            for k, l in enumerate(lines):
                if l.startswith("**") and l.endswith("**"):
                    p.add_run(l[2:-2]).bold = True
                else:
                    p.add_run(l)
                if k < len(lines) - 1:
                    p.add_run().add_break()


def docx_table(d, rows, style="Table Grid", bold_last=False, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.text = ""
            r = c.paragraphs[0].add_run(str(v))
            if i == 0 or (bold_last and i == len(rows) - 1):
                r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# ---------------------------------------------------------------- XLSX with cached values
def _col2n(c):
    n = 0
    for ch in c:
        n = n * 26 + ord(ch) - 64
    return n


def _eval_formula(wb, sheetname, f, cache):
    def cellval(sh, ref):
        key = (sh, ref)
        if key in cache:
            return cache[key]
        v = wb[sh][ref].value
        if isinstance(v, str) and v.startswith("="):
            v = _eval_formula(wb, sh, v[1:], cache)
            cache[key] = v
        return v

    def rng(sh, a, b):
        m1 = re.match(r"([A-Z]+)(\d+)", a); m2 = re.match(r"([A-Z]+)(\d+)", b)
        out = []
        for r in range(int(m1.group(2)), int(m2.group(2)) + 1):
            for c in range(_col2n(m1.group(1)), _col2n(m2.group(1)) + 1):
                from openpyxl.utils import get_column_letter
                out.append(cellval(sh, f"{get_column_letter(c)}{r}"))
        return out

    expr = f
    refre = r"(?:'([^']+)'|([A-Za-z_][A-Za-z0-9_]*))!"
    # COUNTIF(range,"x")
    def countif(m):
        sh = m.group(1) or m.group(2) or sheetname
        vals = rng(sh, m.group(3), m.group(4))
        crit = m.group(5)
        return str(sum(1 for v in vals if str(v).lower() == crit.lower()))
    expr = re.sub(r"COUNTIF\((?:" + refre + r")?\$?([A-Z]+\$?\d+):\$?([A-Z]+\$?\d+),\"([^\"]*)\"\)",
                  lambda m: countif(m), expr.replace("$", ""))
    def sumif(m):
        sh = m.group(1) or m.group(2) or sheetname
        keys = rng(sh, m.group(3), m.group(4))
        crit = m.group(5)
        sh2 = m.group(6) or m.group(7) or sheetname
        vals = rng(sh2, m.group(8), m.group(9))
        return str(sum((v or 0) for k, v in zip(keys, vals) if str(k).lower() == crit.lower()))
    expr = re.sub(r"SUMIF\((?:" + refre + r")?([A-Z]+\d+):([A-Z]+\d+),\"([^\"]*)\",(?:" + refre + r")?([A-Z]+\d+):([A-Z]+\d+)\)",
                  sumif, expr)
    def rsub(m):
        sh = m.group(1) or m.group(2) or sheetname
        vals = [v for v in rng(sh, m.group(3), m.group(4)) if isinstance(v, (int, float))]
        return "(" + "+".join(str(v) for v in vals) + ")" if vals else "0"
    expr = re.sub(r"SUM\((?:" + refre + r")?([A-Z]+\d+):([A-Z]+\d+)\)", rsub, expr)
    def csub(m):
        sh = m.group(1) or m.group(2) or sheetname
        v = cellval(sh, m.group(3))
        return str(v if isinstance(v, (int, float)) else 0)
    expr = re.sub(r"(?:" + refre + r")?\b([A-Z]{1,2}\d+)\b", csub, expr)
    return eval(expr)


def save_xlsx(wb, path):
    """Save workbook and inject cached values for formula cells."""
    cache = {}
    vals = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    v = _eval_formula(wb, ws.title, c.value[1:], cache)
                    vals[(ws.title, c.coordinate)] = v
    tmp = path + ".tmp"
    wb.save(tmp)
    names = [ws.title for ws in wb.worksheets]
    zin = zipfile.ZipFile(tmp)
    zout = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        m = re.match(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
        if m:
            sh = names[int(m.group(1)) - 1]
            s = data.decode("utf8")
            def rep(mm):
                ref = mm.group(1)
                v = vals.get((sh, ref))
                if v is None:
                    return mm.group(0)
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                return f'<c r="{ref}"{mm.group(2)}><f>{mm.group(3)}</f><v>{v}</v></c>'
            s = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f><v></v></c>', rep, s)
            data = s.encode("utf8")
        zout.writestr(item, data)
    zout.close(); zin.close(); os.remove(tmp)
    return vals


# ---------------------------------------------------------------- PDF (reportlab, "from Word")
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm


def pdf_doc(path, header_lines, footer_text, flow, title="", author="", font="Helvetica"):
    def onpage(c, doc):
        c.saveState()
        c.setFont(font + "-Bold", 12)
        y = A4[1] - 1.5 * cm
        c.drawRightString(A4[0] - 2 * cm, y, header_lines[0])
        c.setFont(font, 8)
        for l in header_lines[1:]:
            y -= 11
            c.drawRightString(A4[0] - 2 * cm, y, l)
        c.setFont(font, 7)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, footer_text)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=3.6 * cm, bottomMargin=2.2 * cm,
                            leftMargin=2.4 * cm, rightMargin=2.4 * cm, title=title, author=author,
                            creator="Microsoft® Word for Microsoft 365", producer="Microsoft® Word for Microsoft 365")
    doc.build(flow, onFirstPage=onpage, onLaterPages=onpage)


_ss = getSampleStyleSheet()
PBODY = ParagraphStyle("b", parent=_ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=7)
PBOLD = ParagraphStyle("bb", parent=PBODY, fontName="Helvetica-Bold")


def pdf_paras(text):
    out = []
    for block in text.strip().split("\n\n"):
        block = block.strip()
        if block.startswith("## "):
            out.append(Paragraph(block[3:], PBOLD))
        else:
            out.append(Paragraph(block.replace("&", "&amp;").replace("\n", "<br/>"), PBODY))
    return out


def pdf_table(rows, widths=None, bold_last=False):
    data = [[Paragraph(str(c).replace("&", "&amp;"), PBOLD if (i == 0 or (bold_last and i == len(rows) - 1)) else
             ParagraphStyle("c", parent=PBODY, spaceAfter=0, fontSize=9, leading=11)) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- SCAN
from PIL import Image, ImageDraw, ImageFont, ImageFilter


def scan_pdf(path, pages, seed=1, skew=0.8, font="/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
             bold="/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", size=26):
    """pages: list of list of lines. Line prefixes: '**' bold, '>>' right aligned, '||' table row cells sep by '|'."""
    rnd = random.Random(seed)
    W, H = 1240, 1754  # A4 at 150 dpi
    imgs = []
    f = ImageFont.truetype(font, size); fb = ImageFont.truetype(bold, size)
    for pi, lines in enumerate(pages):
        im = Image.new("L", (W, H), 255)
        dr = ImageDraw.Draw(im)
        y = 110
        for l in lines:
            fnt = f
            if l.startswith("**"):
                l = l[2:]; fnt = fb
            if l.startswith(">>"):
                l = l[2:]
                w = dr.textlength(l, font=fnt)
                dr.text((W - 130 - w, y), l, font=fnt, fill=rnd.randint(10, 50))
            elif l.startswith("||"):
                cells = l[2:].split("|")
                x = 130
                colw = (W - 260) // len(cells)
                for c in cells:
                    dr.rectangle([x, y - 4, x + colw, y + size + 8], outline=40)
                    dr.text((x + 8, y), c, font=fnt, fill=rnd.randint(10, 50))
                    x += colw
                y += size + 12
                continue
            else:
                dr.text((130, y), l, font=fnt, fill=rnd.randint(10, 50))
            y += int(size * 1.38)
        # noise
        px = im.load()
        for _ in range(9000):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            px[x, yy] = rnd.randint(0, 120) if rnd.random() < 0.5 else 255
        for _ in range(40):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            dr.ellipse([x, yy, x + rnd.randint(1, 4), yy + rnd.randint(1, 4)], fill=rnd.randint(60, 140))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        ang = rnd.uniform(-skew, skew)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=235)
        # grey scanner edge
        dr = ImageDraw.Draw(im)
        dr.rectangle([0, 0, W, 6], fill=120)
        imgs.append(im.convert("RGB"))
    imgs[0].save(path, "PDF", resolution=150, save_all=True, append_images=imgs[1:])


# ---------------------------------------------------------------- EML
def eml_html_only(path, frm, to, subject, html, date=None, msgid_domain=None):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to; m["Subject"] = subject
    m["Date"] = date or formatdate(localtime=False)
    m["Message-ID"] = make_msgid(domain=msgid_domain)
    m["MIME-Version"] = "1.0"
    m.set_content(html, subtype="html")
    open(path, "wb").write(bytes(m))


def eml_with_attachment(path, frm, to, subject, body_text, att_bytes, att_name, date=None, html=None,
                        mime=("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
                        msgid_domain=None):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to; m["Subject"] = subject
    m["Date"] = date or formatdate(localtime=False)
    m["Message-ID"] = make_msgid(domain=msgid_domain)
    m.set_content(body_text)
    if html:
        m.add_alternative(html, subtype="html")
    m.add_attachment(att_bytes, maintype=mime[0], subtype=mime[1], filename=att_name)
    open(path, "wb").write(bytes(m))


def docx_bytes(d):
    b = io.BytesIO(); d.save(b); return b.getvalue()
