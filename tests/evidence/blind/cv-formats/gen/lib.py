"""Helpers for the cv-formats blind set generator."""
import io, json, os, random, csv
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
import datetime as dt

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
LABELS = os.path.join(OUT, 'labels.jsonl')
FONTS = '/usr/share/fonts/truetype/'

def emit(nn, request_text, reply_name, label):
    """Write request, record label (replace any line for the same reply)."""
    with open(os.path.join(OUT, f'{nn}-request.txt'), 'w') as f:
        f.write(request_text.strip('\n') + '\n')
    label = dict(label)
    label = {'path': reply_name, 'request_file': f'{nn}-request.txt', **label}
    for k in ('format', 'body_type', 'law', 'hikvision', 'dahua', 'outcome', 'exemptions', 'camera_count', 'note'):
        assert k in label, k
    lines = []
    if os.path.exists(LABELS):
        with open(LABELS) as f:
            lines = [l for l in f if l.strip() and json.loads(l)['path'] != reply_name]
    lines.append(json.dumps(label) + '\n')
    lines.sort(key=lambda l: json.loads(l)['path'])
    with open(LABELS, 'w') as f:
        f.writelines(lines)
    print('done', reply_name)

def out(name):
    return os.path.join(OUT, name)

# ---------------- DOCX ----------------
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def docx_new(font='Calibri', size=11, header=None, footer=None, header_right=None):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if header:
        p = sec.header.paragraphs[0]; p.text = header
        if header_right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer:
        p = sec.footer.paragraphs[0]; p.text = footer
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in p.runs: r.font.size = Pt(8)
    return d

def para(d, text='', bold=False, italic=False, size=None, align=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'right': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == 'center': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def paras(d, block):
    for chunk in block.strip('\n').split('\n\n'):
        para(d, chunk.replace('\n', ' ') if not chunk.startswith('|') else chunk[1:])

def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)

def table(d, rows, header=True, widths=None, style='Table Grid', shade_hdr='D9E2F3', bold_first_col=False):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = ''
            parts = str(v).split('\n')
            p = cells[j].paragraphs[0]
            for k, part in enumerate(parts):
                if k: p = cells[j].add_paragraph()
                run = p.add_run(part)
                if (header and i == 0) or (bold_first_col and j == 0): run.bold = True
            if header and i == 0 and shade_hdr: shade(cells[j], shade_hdr)
        if header and i == 0: repeat_header(t.rows[0])
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths): row.cells[j].width = Cm(w)
    return t

def docx_bytes(d):
    b = io.BytesIO(); d.save(b); return b.getvalue()

# ---------------- XLSX ----------------
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

def xl_sheet(ws, rows, header_row=1, widths=None, bold_rows=()):
    for r in rows: ws.append(list(r))
    if header_row:
        for c in ws[header_row]:
            c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='DDEBF7')
    for br in bold_rows:
        for c in ws[br]: c.font = Font(bold=True)
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w

def xlsx_bytes(wb):
    b = io.BytesIO(); wb.save(b); return b.getvalue()

# ---------------- PDF (reportlab) ----------------
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table as RLTable, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('Calibri', FONTS + 'liberation/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('Calibri-Bold', FONTS + 'liberation/LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Calibri-Italic', FONTS + 'liberation/LiberationSans-Italic.ttf'))
pdfmetrics.registerFont(TTFont('Times', FONTS + 'liberation/LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('Times-B', FONTS + 'liberation/LiberationSerif-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('Calibri', 0, 0, 'Calibri'); addMapping('Calibri', 1, 0, 'Calibri-Bold'); addMapping('Calibri', 0, 1, 'Calibri-Italic'); addMapping('Calibri', 1, 1, 'Calibri-Bold')
addMapping('Times', 0, 0, 'Times'); addMapping('Times', 1, 0, 'Times-B'); addMapping('Times', 0, 1, 'Times'); addMapping('Times', 1, 1, 'Times-B')

def pstyles(font='Calibri', size=10.5):
    ss = getSampleStyleSheet()
    body = ParagraphStyle('body', parent=ss['Normal'], fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=6)
    small = ParagraphStyle('small', parent=body, fontSize=size - 2, leading=(size - 2) * 1.3)
    h = ParagraphStyle('h', parent=body, fontName=font, fontSize=size + 2, leading=(size + 2) * 1.3, spaceAfter=8)
    cell = ParagraphStyle('cell', parent=body, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0)
    return dict(body=body, small=small, h=h, cell=cell)

def rl_table(rows, st, col_widths, header=True, total_last=False, zebra=False):
    data = [[Paragraph(('<b>%s</b>' % c) if (header and i == 0) or (total_last and i == len(rows) - 1) else str(c), st['cell']) for c in r]
            for i, r in enumerate(rows)]
    t = RLTable(data, colWidths=[w * cm for w in col_widths], repeatRows=1 if header else 0, splitByRow=1)
    cmds = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if header: cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#D9E2F3')))
    t.setStyle(TableStyle(cmds))
    return t

def pdf_build(path_or_buf, story, header=None, footer=None, creator='Microsoft® Word for Microsoft 365', title='', author=''):
    def on_page(c, doc):
        c.saveState(); c.setFont('Calibri', 8)
        if header: c.drawString(2.2 * cm, A4[1] - 1.3 * cm, header)
        if footer: c.drawCentredString(A4[0] / 2, 1.2 * cm, footer.replace('{page}', str(doc.page)))
        c.restoreState()
    doc = SimpleDocTemplate(path_or_buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                            title=title, author=author, creator=creator, producer=creator)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

def P(text, st):
    return Paragraph(text.replace('\n', '<br/>'), st)

def pdf_bytes(story, **kw):
    b = io.BytesIO(); pdf_build(b, story, **kw); return b.getvalue()

# ---------------- SCAN (image-only PDF) ----------------
from PIL import Image, ImageDraw, ImageFont, ImageFilter

def scan_pdf(path, pages, seed=1, font='liberation/LiberationSerif-Regular.ttf', size=30, skew=0.8):
    """pages: list of list of lines. Lines starting with '**' drawn bold. A4 at 150dpi."""
    rnd = random.Random(seed)
    W, H = 1240, 1754
    f = ImageFont.truetype(FONTS + font, size)
    fb = ImageFont.truetype(FONTS + font.replace('Regular', 'Bold'), size)
    imgs = []
    if pages and isinstance(pages[0], str):
        per = int((H - 300) / (size * 1.42))
        pages = [pages[i:i + per] for i in range(0, len(pages), per)]
    for lines in pages:
        im = Image.new('L', (W, H), 250)
        dr = ImageDraw.Draw(im)
        y = 140
        for ln in lines:
            fnt = f
            x = 130
            if ln.startswith('**'): fnt = fb; ln = ln[2:]
            if ln.startswith('>>'):
                ln = ln[2:]; x = W - 130 - dr.textlength(ln, font=fnt)
            dr.text((x, y), ln, fill=rnd.randint(15, 45), font=fnt)
            y += int(size * 1.42)
        im = im.rotate(skew * (1 if rnd.random() > .5 else -1) + rnd.uniform(-.2, .2), resample=Image.BICUBIC, fillcolor=245, expand=False)
        px = im.load()
        for _ in range(9000):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px[xx, yy] = rnd.randint(120, 220)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(im.convert('RGB'))
    imgs[0].save(path, 'PDF', resolution=150.0, save_all=True, append_images=imgs[1:])

def wrap(text, width=78):
    import textwrap
    out = []
    for p in text.split('\n'):
        if not p.strip(): out.append(''); continue
        if p.startswith('>>') or p.startswith('  '):
            out.append(p); continue
        pre = '**' if p.startswith('**') else ''
        out.extend([pre + l if pre and i == 0 else l for i, l in enumerate(textwrap.wrap(p[len(pre):], width))] if pre else textwrap.wrap(p, width))
    return out

# ---------------- EML ----------------
def eml(path, frm, to, subject, date, text, html=None, attachments=(), cc=None):
    m = EmailMessage()
    m['From'] = frm; m['To'] = to
    if cc: m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = formatdate(dt.datetime.strptime(date, '%Y-%m-%d %H:%M').replace(tzinfo=dt.timezone.utc).timestamp(), localtime=False)
    m['Message-ID'] = make_msgid(domain=frm.split('@')[-1].rstrip('>'))
    m.set_content(text)
    if html: m.add_alternative(html, subtype='html')
    for name, data, mtype in attachments:
        mt, st = mtype.split('/')
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    with open(path, 'wb') as f: f.write(bytes(m))

DOCX_MT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX_MT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
PDF_MT = 'application/pdf'
