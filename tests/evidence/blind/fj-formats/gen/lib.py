"""Helpers to write the fj-formats items (own code)."""
import json, os, random, textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
SERIFB = "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua", "outcome",
        "exemptions", "camera_count", "note"]


def write_request(nn, text):
    (OUT / f"{nn}-request.txt").write_text(textwrap.dedent(text).strip() + "\n")


def label(nn, ext, body_type, law, hik, dah, outcome, exemptions, count, note):
    rec = {"path": f"{nn}-reply.{ext}", "request_file": f"{nn}-request.txt", "format": ext,
           "body_type": body_type, "law": law, "hikvision": hik, "dahua": dah, "outcome": outcome,
           "exemptions": exemptions, "camera_count": count, "note": note}
    p = OUT / "labels.jsonl"
    lines = [l for l in (p.read_text().splitlines() if p.exists() else []) if l.strip()]
    lines = [l for l in lines if json.loads(l)["path"] != rec["path"]]
    lines.append(json.dumps(rec))
    lines.sort(key=lambda l: json.loads(l)["path"])
    p.write_text("\n".join(lines) + "\n")


# ---------------------------------------------------------------- PDF (text layer)
def pdf(path, blocks, font="Helvetica", size=10, header=None, footer=None):
    """blocks: ('p', text) | ('b', text) bold | ('sp', pts) | ('table', rows, widths, style)
    style: 'plain' (borderless), 'ruled' (grid, header repeats), 'lined' (only header underline)"""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    ps = ParagraphStyle("n", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.6)
    pb = ParagraphStyle("b", parent=ps, fontName=bold)
    small = ParagraphStyle("s", parent=ps, fontSize=size - 2, leading=(size - 2) * 1.25)
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            story.append(Paragraph(b[1], ps))
        elif kind == "b":
            story.append(Paragraph(b[1], pb))
        elif kind == "small":
            story.append(Paragraph(b[1], small))
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "table":
            rows, widths, style = b[1], b[2], b[3]
            opts = b[4] if len(b) > 4 else {}
            t = Table(rows, colWidths=[w * mm for w in widths] if widths else None,
                      repeatRows=1 if style == "ruled" and opts.get("repeat", True) else 0, hAlign="LEFT")
            st = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), size - 1),
                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if opts.get("header", True):
                st.append(("FONTNAME", (0, 0), (-1, 0), bold))
            for r in opts.get("bold_rows", []):
                st.append(("FONTNAME", (0, r), (-1, r), bold))
            for c in opts.get("right_cols", []):
                st.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
            if style == "ruled":
                st.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
                st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")))
            elif style == "lined":
                st.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "pagebreak":
            from reportlab.platypus import PageBreak
            story.append(PageBreak())

    def deco(c, d):
        c.saveState()
        c.setFont(font, 8)
        if header:
            c.drawString(20 * mm, A4[1] - 12 * mm, header)
        txt = (footer or "") + f"   Page {d.page}"
        c.drawString(20 * mm, 10 * mm, txt.strip())
        c.restoreState()
    doc = SimpleDocTemplate(str(OUT / path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- scans
def _font(sz, bold=False, serif=False):
    from PIL import ImageFont
    f = (SERIFB if bold else SERIF) if serif else (FONTB if bold else FONT)
    return ImageFont.truetype(f, sz)


def render_pages(pages, serif=False, sz=30, seed=1, rotate=True):
    """pages: list of block lists: ('p', text) wrapped; ('b', text); ('line', text) not wrapped;
    ('sp', px); ('table', rows, col_x list (px), ruled bool, bold_rows list)"""
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    W, H = 1654, 2339
    M = 150
    imgs = []
    for blocks in pages:
        im = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(im)
        y = 150
        f, fb = _font(sz, serif=serif), _font(sz, True, serif=serif)
        lh = int(sz * 1.35)
        for b in blocks:
            k = b[0]
            if k in ("p", "b"):
                ff = fb if k == "b" else f
                words = b[1].split()
                line = ""
                for w in words:
                    t = (line + " " + w).strip()
                    if d.textlength(t, font=ff) > W - 2 * M:
                        d.text((M, y), line, font=ff, fill=20)
                        y += lh
                        line = w
                    else:
                        line = t
                if line:
                    d.text((M, y), line, font=ff, fill=20)
                    y += lh
                y += lh // 2
            elif k == "line":
                d.text((M, y), b[1], font=f, fill=20)
                y += lh
            elif k == "rline":
                d.text((W - M - d.textlength(b[1], font=f), y), b[1], font=f, fill=20)
                y += lh
            elif k == "sp":
                y += b[1]
            elif k == "table":
                rows, xs, ruled = b[1], b[2], b[3]
                bold_rows = b[4] if len(b) > 4 else [0]
                tsz = b[5] if len(b) > 5 else sz - 2
                tf, tfb = _font(tsz, serif=serif), _font(tsz, True, serif=serif)
                rh = int(tsz * 1.6)
                x_end = W - M
                top = y
                for ri, row in enumerate(rows):
                    for ci, cell in enumerate(row):
                        d.text((M + xs[ci] + 8, y + 6), str(cell), font=tfb if ri in bold_rows else tf, fill=15)
                    if ruled:
                        d.line((M, y, x_end, y), fill=30, width=2)
                    y += rh
                if ruled:
                    d.line((M, y, x_end, y), fill=30, width=2)
                    for x in xs + [x_end - M]:
                        d.line((M + x, top, M + x, y), fill=30, width=2)
                y += lh // 2
        # scan effects
        for _ in range(1800):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            im.putpixel((x, yy), rnd.randrange(120, 220))
        if rotate:
            im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=245)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(im)
    return imgs


def save_scan(path, imgs):
    p = OUT / path
    if path.endswith(".pdf"):
        rgb = [i.convert("RGB") for i in imgs]
        rgb[0].save(p, "PDF", resolution=200.0, save_all=True, append_images=rgb[1:])
    elif path.endswith(".jpg"):
        assert len(imgs) == 1
        imgs[0].convert("RGB").save(p, "JPEG", quality=72, dpi=(200, 200))
    else:
        assert len(imgs) == 1
        imgs[0].save(p, "PNG", dpi=(200, 200))


def eml(path, frm, to, subject, date, text=None, html=None, msgid=None, extra_headers=None):
    from email.message import EmailMessage
    from email import policy
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    import zlib; m["Message-ID"] = msgid or f"<{zlib.crc32(subject.encode())}.{path}@mail.example.gov.uk>"
    for k, v in (extra_headers or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    (OUT / path).write_bytes(m.as_bytes())


def rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def rtf_doc(path, parts, font="Arial"):
    """parts: ('p', text) | ('b', text) | ('table', rows, widths_twips, bold_rows, borders)"""
    o = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss " + font + ";}}\\viewkind4\\uc1\\pard\\f0\\fs21\n"]
    for part in parts:
        if part[0] == "p":
            o.append("\\pard\\sa160 " + rtf_esc(part[1]) + "\\par\n")
        elif part[0] == "b":
            o.append("\\pard\\sa160 {\\b " + rtf_esc(part[1]) + "}\\par\n")
        elif part[0] == "table":
            rows, widths, bold_rows, borders = part[1], part[2], part[3], part[4]
            for ri, row in enumerate(rows):
                o.append("\\trowd\\trgaph108\\trleft0")
                x = 0
                for w in widths:
                    x += w
                    if borders:
                        o.append("\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10")
                    o.append(f"\\cellx{x}")
                o.append("\n")
                for c in row:
                    t = rtf_esc(str(c))
                    if ri in bold_rows:
                        t = "{\\b " + t + "}"
                    o.append("\\pard\\intbl " + t + "\\cell ")
                o.append("\\row\n")
            o.append("\\pard\\sa160\\par\n")
    o.append("}")
    (OUT / path).write_text("".join(o), encoding="ascii")


def ods(path, sheets):
    """sheets: list of (name, rows); rows are lists of str/int; ints become float cells."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        t = Table(name=name)
        for r in rows:
            tr = TableRow()
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v)
                    tc.addElement(P(text=str(v)))
                elif v in (None, ""):
                    tc = TableCell()
                else:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(OUT / path))
