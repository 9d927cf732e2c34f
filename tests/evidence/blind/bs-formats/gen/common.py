import json, os, random
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def request(nn, text):
    with open(os.path.join(OUT, f"{nn}-request.txt"), "w") as f:
        f.write(text.strip("\n") + "\n")

def label(nn, fmt, body_type, law, hik, dahua, outcome, exemptions, count, note):
    path = f"{nn}-reply.{fmt}"
    assert os.path.exists(os.path.join(OUT, path)), path
    rec = {"path": path, "request_file": f"{nn}-request.txt", "format": fmt, "body_type": body_type,
           "law": law, "hikvision": hik, "dahua": dahua, "outcome": outcome, "exemptions": exemptions,
           "camera_count": count, "note": note}
    lf = os.path.join(OUT, "labels.jsonl")
    lines = []
    if os.path.exists(lf):
        lines = [l for l in open(lf).read().splitlines() if l.strip() and json.loads(l)["path"] != path]
    lines.append(json.dumps(rec))
    lines.sort()
    open(lf, "w").write("\n".join(lines) + "\n")

def outpath(nn, fmt):
    return os.path.join(OUT, f"{nn}-reply.{fmt}")

# ---------- PDF (text) ----------
def pdf_doc(path, letterhead, blocks, footer=None):
    """blocks: list of ('p', text) | ('h', text) | ('table', rows, colwidths|None, header_rows) | ('sp', h)"""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11, spaceBefore=6)
    cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11, spaceAfter=0)
    def on_page(c, d):
        c.saveState()
        name, lines = letterhead
        c.setFont("Helvetica-Bold", 15); c.drawString(20*mm, 280*mm, name)
        c.setFont("Helvetica", 8)
        for i, l in enumerate(lines):
            c.drawRightString(190*mm, 283*mm - i*3.6*mm, l)
        c.setLineWidth(1.2); c.line(20*mm, 268*mm, 190*mm, 268*mm)
        if footer:
            c.setFont("Helvetica", 7); c.drawString(20*mm, 12*mm, footer)
        c.drawRightString(190*mm, 12*mm, f"Page {d.page}")
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=36*mm, bottomMargin=22*mm, leftMargin=20*mm, rightMargin=20*mm)
    story = []
    for b in blocks:
        if b[0] == "p": story.append(Paragraph(b[1], body))
        elif b[0] == "h": story.append(Paragraph(b[1], head))
        elif b[0] == "sp": story.append(Spacer(1, b[1]))
        elif b[0] == "table":
            rows, cw, hr = b[1], b[2], b[3]
            data = [[Paragraph(str(x), cell) for x in r] for r in rows]
            t = Table(data, colWidths=cw, repeatRows=hr)
            st = [("GRID", (0,0), (-1,-1), 0.6, colors.black), ("VALIGN", (0,0), (-1,-1), "TOP")]
            for i in range(hr):
                st.append(("BACKGROUND", (0,i), (-1,i), colors.HexColor("#d9d9d9")))
            for extra in (b[4] if len(b) > 4 else []):
                st.append(extra)
            t.setStyle(TableStyle(st)); story.append(t); story.append(Spacer(1, 8))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

# ---------- scanned-looking PDF ----------
def scanned_pdf(path, pages, dpi=200, seed=1, skew=0.6):
    """pages: list of lists of items: ('t', text, size, bold) | ('table', rows, colwidths_in_inches) | ('gap', inches) | ('rule',)"""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    W, H = int(8.27*dpi), int(11.69*dpi)
    fr = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
    fb = "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"
    imgs = []
    for items in pages:
        im = Image.new("L", (W, H), 255); d = ImageDraw.Draw(im)
        x0 = int(1.0*dpi); y = int(0.9*dpi); maxw = W - 2*x0
        for it in items:
            if it[0] == "gap": y += int(it[1]*dpi); continue
            if it[0] == "rule":
                d.line([(x0, y), (W-x0, y)], fill=30, width=max(2, dpi//100)); y += int(0.12*dpi); continue
            if it[0] == "t":
                _, text, size, bold = it
                font = ImageFont.truetype(fb if bold else fr, int(size*dpi/72))
                lh = int(size*dpi/72*1.3)
                for para in text.split("\n"):
                    words = para.split(" "); line = ""
                    if not para: y += lh; continue
                    for w in words:
                        t = (line + " " + w).strip()
                        if d.textlength(t, font=font) > maxw and line:
                            d.text((x0, y), line, font=font, fill=rnd.randint(10, 50)); y += lh; line = w
                        else: line = t
                    if line: d.text((x0, y), line, font=font, fill=rnd.randint(10, 50)); y += lh
                continue
            if it[0] == "table":
                rows, cws = it[1], it[2]
                font = ImageFont.truetype(fr, int(10*dpi/72)); fontb = ImageFont.truetype(fb, int(10*dpi/72))
                rh = int(10*dpi/72*1.9)
                tw = sum(int(c*dpi) for c in cws)
                for ri, r in enumerate(rows):
                    x = x0
                    for ci, v in enumerate(r):
                        cw = int(cws[ci]*dpi)
                        d.rectangle([x, y, x+cw, y+rh], outline=20, width=max(1, dpi//150))
                        d.text((x+int(0.06*dpi), y+int(rh*0.22)), str(v), font=fontb if ri == 0 else font, fill=25)
                        x += cw
                    y += rh
                y += int(0.15*dpi)
        im = im.rotate(rnd.uniform(-skew, skew), resample=Image.BICUBIC, fillcolor=255)
        px = im.load()
        for _ in range(W*H//400):
            xx, yy = rnd.randrange(W), rnd.randrange(H); px[xx, yy] = rnd.randint(120, 200)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(im.convert("RGB"))
    imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])

# ---------- DOCX helpers ----------
def docx_table(doc, rows, style="Table Grid", bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j); c.text = str(v)
            if i == 0 and bold_header:
                for p in c.paragraphs:
                    for run in p.runs: run.bold = True
    return t
