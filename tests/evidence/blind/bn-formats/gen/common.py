"""Shared helpers for the bn-formats blind set generators."""
import json, os, random, textwrap

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
LABELS = os.path.join(OUT, "labels.jsonl")


def out(name):
    return os.path.join(OUT, name)


def write_request(nn, text):
    with open(out(f"{nn}-request.txt"), "w") as f:
        f.write(textwrap.dedent(text).strip() + "\n")


def add_label(nn, ext, body_type, law, hikvision, dahua, outcome, exemptions, camera_count, note):
    rec = {"path": f"{nn}-reply.{ext}", "request_file": f"{nn}-request.txt", "format": ext,
           "body_type": body_type, "law": law, "hikvision": hikvision, "dahua": dahua,
           "outcome": outcome, "exemptions": exemptions, "camera_count": camera_count, "note": note}
    lines = []
    if os.path.exists(LABELS):
        with open(LABELS) as f:
            lines = [l for l in f.read().splitlines() if l.strip() and json.loads(l)["path"] != rec["path"]]
    lines.append(json.dumps(rec))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(LABELS, "w") as f:
        f.write("\n".join(lines) + "\n")


# ---------- scanned-looking PDF -------------------------------------------------
def scanned_pdf(path, pages, dpi=200, skew=0.8, seed=1):
    """pages: list of lists of (kind, text) lines; kind in {'h','b','p','blank','small'}.
    Renders to greyscale image with noise + skew and saves image-only PDF."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import numpy as np
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    serif = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
    serifb = "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"
    pt = lambda p: int(p * dpi / 72)
    fonts = {"p": ImageFont.truetype(serif, pt(11)), "b": ImageFont.truetype(serifb, pt(11)),
             "h": ImageFont.truetype(serifb, pt(14)), "small": ImageFont.truetype(serif, pt(9)),
             "blank": ImageFont.truetype(serif, pt(11))}
    imgs = []
    for pi, lines in enumerate(pages):
        img = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(img)
        x0, y = int(1.0 * dpi), int(0.9 * dpi)
        maxw = W - 2 * x0
        for kind, text in lines:
            f = fonts[kind]
            if kind == "blank":
                y += pt(8)
                continue
            # wrap
            words, cur, wrapped = text.split(" "), "", []
            for w in words:
                t = (cur + " " + w).strip()
                if d.textlength(t, font=f) > maxw and cur:
                    wrapped.append(cur); cur = w
                else:
                    cur = t
            wrapped.append(cur)
            for wl in wrapped:
                d.text((x0, y), wl, font=f, fill=rnd.randint(15, 45))
                y += int(f.size * 1.32)
            y += pt(3)
        arr = np.array(img).astype(np.float32)
        nrs = np.random.RandomState(seed + pi)
        arr += nrs.normal(0, 14, arr.shape)
        # speckles
        mask = nrs.random_sample(arr.shape) < 0.0015
        arr[mask] = nrs.randint(0, 120, mask.sum())
        # uneven illumination
        gy = np.linspace(0, 18, H)[:, None]
        arr -= gy
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        img = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.6))
        ang = skew * (1 if pi % 2 == 0 else -0.7)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=235)
        imgs.append(img)
    imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


# ---------- docx text box (VML) -------------------------------------------------
def docx_textbox(doc, paragraphs, width_pt=430, height_pt=80, bold_first=False):
    """Append a paragraph holding an inline VML text box whose content is `paragraphs` (list of str)."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    ps = []
    for i, t in enumerate(paragraphs):
        rpr = "<w:rPr><w:b/></w:rPr>" if (bold_first and i == 0) else ""
        ps.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>')
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict>'
        f'<v:shape id="tb{random.randint(1000,99999)}" type="#_x0000_t202" '
        f'style="width:{width_pt}pt;height:{height_pt}pt" strokecolor="#1f4e79" strokeweight="1pt" fillcolor="#f2f7fc">'
        '<v:textbox><w:txbxContent>' + "".join(ps) + '</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p
