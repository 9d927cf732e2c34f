"""Shared helpers for building the eg-formats blind set (reply files in varied formats)."""
import json, os, random, io, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

SET_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
        "outcome", "exemptions", "camera_count", "note"]
FONT_DIR = '/usr/share/fonts/truetype'


def out(name):
    return os.path.join(SET_DIR, name)


def write_request(nn, text):
    with open(out(f'{nn}-request.txt'), 'w', encoding='utf-8') as f:
        f.write(text.strip('\n') + '\n')


def put_label(label):
    """Insert or replace the line for label['path'] in labels.jsonl (keys in fixed order)."""
    assert list(label.keys()) == KEYS, list(label.keys())
    p = out('labels.jsonl')
    lines = []
    if os.path.exists(p):
        with open(p, encoding='utf-8') as f:
            lines = [l for l in f.read().splitlines() if l.strip()]
    lines = [l for l in lines if json.loads(l)['path'] != label['path']]
    lines.append(json.dumps(label, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)['path'])
    with open(p, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


# ---------------------------------------------------------------- e-mail
def email_msg(frm, to, subject, date, reply_to=None, extra_headers=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subject
    m['Date'] = format_datetime(date)
    dom = frm.split('@')[-1].strip('>')
    import hashlib
    h = hashlib.sha1((frm + subject).encode()).hexdigest()
    m['Message-ID'] = '<%s.%s@%s>' % (date.strftime('%Y%m%d%H%M%S'), h[:16].upper(), dom)
    if reply_to:
        m['Reply-To'] = reply_to
    for k, v in (extra_headers or {}).items():
        m[k] = v
    return m


def save_eml(nn, msg):
    with open(out(f'{nn}-reply.eml'), 'wb') as f:
        f.write(bytes(msg))


def dt(y, mo, d, h=10, mi=0):
    return datetime.datetime(y, mo, d, h, mi, tzinfo=datetime.timezone(datetime.timedelta(hours=0)))


# ---------------------------------------------------------------- RTF
def rtf_escape(s):
    r = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            r.append('\\' + ch)
        elif ch == '\n':
            r.append('\\par\n')
        elif ch == '\t':
            r.append('\\tab ')
        elif o > 127:
            r.append('\\u%d?' % (o if o < 32768 else o - 65536))
        else:
            r.append(ch)
    return ''.join(r)


# ---------------------------------------------------------------- scans
def render_scan_pdf(path, pages, seed=1, skew=(-1.2, 1.2), font='liberation/LiberationSerif-Regular.ttf',
                    bold_font='liberation/LiberationSerif-Bold.ttf', size=30, noise=0.004, dpi=200):
    """pages: list of lists of (text, style) lines; style in {'', 'b', 'c', 'bc', 'r', 'small'}.
    Renders each page to a greyscale image (A4 at ~dpi), skews it a little, adds speckle and
    saves an image-only PDF (no text layer)."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    f_reg = ImageFont.truetype(os.path.join(FONT_DIR, font), size)
    f_bold = ImageFont.truetype(os.path.join(FONT_DIR, bold_font), size)
    f_small = ImageFont.truetype(os.path.join(FONT_DIR, font), int(size * 0.75))
    imgs = []
    for lines in pages:
        im = Image.new('L', (W, H), 255)
        d = ImageDraw.Draw(im)
        x0, y = int(0.9 * dpi), int(0.8 * dpi)
        lh = int(size * 1.32)
        for text, style in lines:
            fnt = f_bold if 'b' in style else (f_small if 'small' in style else f_reg)
            if 'c' in style:
                w = d.textlength(text, font=fnt)
                x = (W - w) / 2
            elif 'r' in style:
                w = d.textlength(text, font=fnt)
                x = W - x0 - w
            else:
                x = x0
            if style == 'sig':
                import math
                pts = []
                for k in range(120):
                    t = k / 119.0
                    pts.append((x0 + 20 + t * 260, y + 28 + 18 * math.sin(t * 13) * (1 - t * 0.6) + 10 * math.sin(t * 3)))
                d.line(pts, fill=30, width=3)
                y += lh * 2
                continue
            if text:
                d.text((x, y), text, font=fnt, fill=rnd.randint(15, 45))
            y += lh if 'small' not in style else int(lh * 0.8)
        # toner unevenness
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        ang = rnd.uniform(*skew)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        n = int(W * H * noise)
        for _ in range(n):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px[xx, yy] = rnd.randint(0, 120)
        # a faint grey edge from the scanner lid
        d2 = ImageDraw.Draw(im)
        d2.rectangle([0, 0, W, rnd.randint(4, 14)], fill=rnd.randint(150, 200))
        imgs.append(im.convert('RGB'))
    imgs[0].save(path, 'PDF', resolution=float(dpi), save_all=True, append_images=imgs[1:])


def wrap(text, width=86):
    import textwrap
    outl = []
    for para in text.split('\n'):
        if not para.strip():
            outl.append('')
        else:
            outl.extend(textwrap.wrap(para, width))
    return outl


# ---------------------------------------------------------------- reportlab letters
def pdf_styles(base='Helvetica', size=10.5):
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    ss = getSampleStyleSheet()
    st = {
        'n': ParagraphStyle('n', parent=ss['Normal'], fontName=base, fontSize=size, leading=size * 1.3,
                            spaceAfter=6),
        'b': ParagraphStyle('b', parent=ss['Normal'], fontName=base + '-Bold', fontSize=size,
                            leading=size * 1.3, spaceAfter=4),
        'h': ParagraphStyle('h', parent=ss['Normal'], fontName=base + '-Bold', fontSize=size + 3,
                            leading=(size + 3) * 1.3, spaceAfter=8),
        'small': ParagraphStyle('small', parent=ss['Normal'], fontName=base, fontSize=size - 2.5,
                                leading=(size - 2.5) * 1.3, spaceAfter=4),
        'r': ParagraphStyle('r', parent=ss['Normal'], fontName=base, fontSize=size, leading=size * 1.3,
                            alignment=2),
        'q': ParagraphStyle('q', parent=ss['Normal'], fontName=base + '-Oblique' if base == 'Helvetica' else base,
                            fontSize=size, leading=size * 1.3, leftIndent=18, spaceAfter=6),
    }
    return st


def build_pdf(target, story, title='', author='', footer=None, margins=(2.2, 2.0, 2.2, 2.0)):
    """target: path or BytesIO. footer: text drawn at page bottom with page number."""
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm

    def onpage(c, doc):
        if footer:
            c.saveState()
            c.setFont('Helvetica', 7.5)
            c.drawString(2.2 * cm, 1.2 * cm, footer)
            c.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, 'Page %d' % doc.page)
            c.restoreState()
    doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=margins[0] * cm, topMargin=margins[1] * cm,
                            rightMargin=margins[2] * cm, bottomMargin=margins[3] * cm,
                            title=title, author=author, creator='Microsoft® Word for Microsoft 365')
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
