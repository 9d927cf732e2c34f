import json, os
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
LABELS = os.path.join(OUT, 'labels.jsonl')

def path(name):
    return os.path.join(OUT, name)

def write_request(nn, text):
    with open(path(f'{nn}-request.txt'), 'w') as f:
        f.write(text.strip('\n') + '\n')

def label(nn, ext, body_type, law, hikvision, dahua, outcome, exemptions, camera_count, note):
    rec = {"path": f"{nn}-reply.{ext}", "request_file": f"{nn}-request.txt", "format": ext,
           "body_type": body_type, "law": law, "hikvision": hikvision, "dahua": dahua,
           "outcome": outcome, "exemptions": exemptions, "camera_count": camera_count, "note": note}
    lines = []
    if os.path.exists(LABELS):
        with open(LABELS) as f:
            lines = [l for l in f if l.strip() and json.loads(l)["path"] != rec["path"]]
    lines.append(json.dumps(rec) + '\n')
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(LABELS, 'w') as f:
        f.writelines(lines)

# ---------- docx helpers ----------
from xml.sax.saxutils import escape
_box_id = [1]
def docx_textbox(paragraph, lines, width_pt=430, height_pt=60):
    """Append a floating-looking text box (wps + VML fallback, as Word saves it) to a paragraph."""
    from docx.oxml import parse_xml
    i = _box_id[0]; _box_id[0] += 1
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
    paras = ''.join(f'<w:p><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>' for t in lines)
    cx, cy = int(width_pt * 12700), int(height_pt * 12700)
    xml = f'''<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264+i}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{i}" name="Text Box {i}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box {i}" o:spid="_x0000_s{1025+i}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:{width_pt}pt;height:{height_pt}pt;z-index:{i};mso-wrap-style:square" fillcolor="#f2f2f2">
<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    paragraph._p.append(parse_xml(xml))

def docx_base(font='Arial', size=11):
    import docx
    from docx.shared import Pt, Cm
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    for s in d.sections:
        s.page_width = Cm(21.0); s.page_height = Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.2)
    return d

def set_cell_shade(cell, hexcolor):
    from docx.oxml import parse_xml
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="{hexcolor}"/>'))

# ---------- reportlab helpers ----------
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = '/usr/share/fonts/truetype/dejavu/'
    pdfmetrics.registerFont(TTFont('DV', base + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DV-B', base + 'DejaVuSans-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('DV-I', base + 'DejaVuSans-Oblique.ttf'))
    pdfmetrics.registerFont(TTFont('DV-BI', base + 'DejaVuSans-BoldOblique.ttf'))
    addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DV-B'); addMapping('DV', 0, 1, 'DV-I'); addMapping('DV', 1, 1, 'DV-BI')
    lb = '/usr/share/fonts/truetype/liberation/'
    pdfmetrics.registerFont(TTFont('LS', lb + 'LiberationSans-Regular.ttf'))
    pdfmetrics.registerFont(TTFont('LS-B', lb + 'LiberationSans-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('LS-I', lb + 'LiberationSans-Italic.ttf'))
    pdfmetrics.registerFont(TTFont('LS-BI', lb + 'LiberationSans-BoldItalic.ttf'))
    addMapping('LS', 0, 0, 'LS'); addMapping('LS', 1, 0, 'LS-B'); addMapping('LS', 0, 1, 'LS-I'); addMapping('LS', 1, 1, 'LS-BI')

def styles(font='LS', size=10):
    from reportlab.lib.styles import ParagraphStyle
    n = ParagraphStyle('n', fontName=font, fontSize=size, leading=size*1.3, spaceAfter=size*0.6)
    b = ParagraphStyle('b', parent=n, fontName=font + '-B')
    h = ParagraphStyle('h', parent=n, fontName=font + '-B', fontSize=size*1.4, leading=size*1.7)
    s = ParagraphStyle('s', parent=n, fontSize=size*0.8, leading=size)
    return n, b, h, s

def numbered_canvas(draw_fn):
    """Return a Canvas class that calls draw_fn(canvas, page, total) on every page (for 'Page x of y')."""
    from reportlab.pdfgen import canvas as _c
    class NC(_c.Canvas):
        def __init__(self, *a, **k):
            _c.Canvas.__init__(self, *a, **k); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            tot = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st); draw_fn(self, self._pageNumber, tot); _c.Canvas.showPage(self)
            _c.Canvas.save(self)
    return NC

# ---------- scanned (image-only) PDF ----------
def scan_pages(blocks, seed=0, font='/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
               bold='/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf', size=25, angle=0.6, signature=None):
    """blocks: list of (kind, text) kind in {'p','b','h','gap','right','table'}; returns list of PIL images (A4 @150dpi)."""
    import random, textwrap
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = 1240, 1754
    f = ImageFont.truetype(font, size); fb = ImageFont.truetype(bold, size); fh = ImageFont.truetype(bold, int(size*1.35))
    pages = []; img = None; y = 0
    def newpage():
        nonlocal img, y
        img = Image.new('L', (W, H), 250); y = 150; pages.append(img)
    newpage()
    left, right = 150, W - 150
    def wrap(text, fnt):
        out = []
        for para in text.split('\n'):
            words = para.split(' '); line = ''
            for w in words:
                t = (line + ' ' + w).strip()
                if fnt.getlength(t) > right - left and line: out.append(line); line = w
                else: line = t
            out.append(line)
        return out
    for kind, text in blocks:
        d = ImageDraw.Draw(img)
        if kind == 'gap': y += int(text); continue
        if kind == 'sig':
            scribble(img, left + 10, y + 35, seed=int(text)); y += 85; continue
        if kind == 'table':
            rows, widths = text
            for row in rows:
                if y > H - 200: newpage(); d = ImageDraw.Draw(img)
                x = left
                for cell, wd in zip(row, widths):
                    d.rectangle([x, y, x + wd, y + size + 16], outline=40)
                    d.text((x + 8, y + 6), cell, font=f, fill=25); x += wd
                y += size + 16
            y += 20; continue
        fnt = fb if kind == 'b' else fh if kind == 'h' else f
        for line in wrap(text, fnt):
            if y > H - 180: newpage(); d = ImageDraw.Draw(img)
            x = left if kind != 'right' else right - fnt.getlength(line)
            d.text((x, y), line, font=fnt, fill=rnd.randint(15, 45)); y += int(size * 1.35)
        y += int(size * 0.7)
        if kind == 'sig' or (signature and text == signature):
            pass
    out = []
    for i, p in enumerate(pages):
        d = ImageDraw.Draw(p)
        if signature and i == len(pages) - 1:
            pass
        # speckle noise
        for _ in range(2500):
            xx, yy = rnd.randrange(W), rnd.randrange(H); d.point((xx, yy), fill=rnd.randint(120, 200))
        p = p.filter(ImageFilter.GaussianBlur(0.6))
        p = p.rotate(angle + rnd.uniform(-0.3, 0.3), resample=Image.BICUBIC, fillcolor=235, expand=False)
        # darker scanner edge
        d = ImageDraw.Draw(p); d.rectangle([0, 0, W, 12], fill=90); d.rectangle([W-10, 0, W, H], fill=150)
        out.append(p)
    return out

def save_scan_pdf(pages, fname):
    pages[0].save(fname, 'PDF', resolution=150.0, save_all=True, append_images=pages[1:])

def scribble(img, x, y, seed=1):
    import random
    from PIL import ImageDraw
    r = random.Random(seed); d = ImageDraw.Draw(img); pts = []
    for i in range(14): pts.append((x + i*14 + r.randint(-4, 4), y + r.randint(-18, 18)))
    d.line(pts, fill=30, width=3)
