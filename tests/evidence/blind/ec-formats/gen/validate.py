"""Check labels.jsonl and that every reply file opens: gen/.venv/bin/python gen/validate.py"""
import json, os, sys, subprocess, email, io, csv, zipfile
from email import policy
from html.parser import HTMLParser
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SET_DIR, KEYS

ENUM = {
    "format": {"txt", "eml", "html", "docx", "xlsx", "odt", "ods", "pdf", "rtf", "csv", "scan"},
    "body_type": {"council", "nhs", "police", "school", "academy", "fire", "university", "scottish_gov", "welsh_council", "other"},
    "law": {"foia", "foisa", "eir"},
    "hikvision": {"yes", "no", "unknown"}, "dahua": {"yes", "no", "unknown"},
    "outcome": {"answered", "partially_answered", "refused", "not_held"},
}
errs = []

def pdf_text(data):
    p = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True)
    assert p.returncode == 0, p.stderr
    return p.stdout.decode()

def pdf_fonts(path):
    p = subprocess.run(["pdffonts", path], capture_output=True, text=True)
    return [l for l in p.stdout.splitlines()[2:] if l.strip()]

def open_attachment(name, data):
    ext = name.rsplit(".", 1)[1].lower()
    if ext == "docx":
        import docx; d = docx.Document(io.BytesIO(data)); assert d.paragraphs
    elif ext == "xlsx":
        import openpyxl; wb = openpyxl.load_workbook(io.BytesIO(data)); assert wb.sheetnames
    elif ext == "pdf":
        assert len(pdf_text(data).strip()) > 100
    return ext

seen = set()
with open(os.path.join(SET_DIR, "labels.jsonl"), encoding="utf-8") as f:
    lines = [l for l in f.read().splitlines() if l.strip()]
for n, ln in enumerate(lines, 1):
    try:
        r = json.loads(ln)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    if list(r.keys()) != KEYS:
        errs.append(f"line {n}: keys {list(r.keys())}")
    for k, vals in ENUM.items():
        if r.get(k) not in vals:
            errs.append(f"line {n}: {k}={r.get(k)!r}")
    if not isinstance(r["exemptions"], list) or not all(isinstance(x, str) for x in r["exemptions"]):
        errs.append(f"line {n}: exemptions")
    for x in r["exemptions"]:
        if not (x.startswith("EIR ") or (x.startswith("s") and x[1:].isdigit())):
            errs.append(f"line {n}: exemption code {x}")
    cc = r["camera_count"]
    if not (cc is None or (isinstance(cc, int) and not isinstance(cc, bool) and cc >= 0)):
        errs.append(f"line {n}: camera_count {cc!r}")
    if r["outcome"] == "answered" and r["exemptions"]:
        errs.append(f"line {n}: answered with exemptions")
    if not isinstance(r["note"], str) or not r["note"]:
        errs.append(f"line {n}: note")
    path = os.path.join(SET_DIR, r["path"]); req = os.path.join(SET_DIR, r["request_file"])
    for p in (path, req):
        if not os.path.exists(p):
            errs.append(f"line {n}: missing {p}")
    if r["path"] in seen:
        errs.append(f"line {n}: duplicate")
    seen.add(r["path"])
    ext = r["path"].rsplit(".", 1)[1]
    fmt = r["format"]
    if fmt != "scan" and fmt != ext:
        errs.append(f"line {n}: format {fmt} vs ext {ext}")
    if fmt == "scan" and ext != "pdf":
        errs.append(f"line {n}: scan not pdf")
    data = open(path, "rb").read()
    info = ""
    try:
        if fmt == "eml":
            m = email.message_from_bytes(data, policy=policy.default)
            atts = []
            for part in m.walk():
                fn = part.get_filename()
                if fn:
                    atts.append(open_attachment(fn, part.get_payload(decode=True)))
            body = m.get_body(preferencelist=("plain", "html"))
            assert body is not None and len(body.get_content()) > 50
            info = f"{body.get_content_type()} attachments={atts}"
        elif fmt == "docx":
            import docx; d = docx.Document(path)
            info = f"paras={len(d.paragraphs)} tables={len(d.tables)} header={bool(d.sections[0].header.paragraphs[0].text)}"
        elif fmt == "xlsx":
            import openpyxl; wb = openpyxl.load_workbook(path); info = f"sheets={wb.sheetnames}"
        elif fmt in ("odt", "ods"):
            from odf.opendocument import load; from odf import teletype, text as T
            d = load(path); info = "odf ok"
            assert zipfile.ZipFile(path).read("mimetype").startswith(b"application/vnd.oasis.opendocument")
        elif fmt == "pdf":
            t = pdf_text(data); assert len(t.strip()) > 200; info = f"text chars={len(t)} fonts={len(pdf_fonts(path))}"
        elif fmt == "scan":
            t = pdf_text(data); fonts = pdf_fonts(path)
            assert t.strip() == "" and not fonts, "scan has text layer"
            info = "image-only, no fonts, no text"
        elif fmt == "html":
            HTMLParser().feed(data.decode("utf-8")); info = "html ok"
        elif fmt == "rtf":
            s = data.decode("ascii"); assert s.startswith("{\\rtf1")
            depth = 0
            for i, ch in enumerate(s):
                if ch == "{" and s[i-1] != "\\": depth += 1
                if ch == "}" and s[i-1] != "\\": depth -= 1
            assert depth == 0; info = "rtf braces balanced"
        elif fmt == "csv":
            rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")))); info = f"rows={len(rows)}"
        elif fmt == "txt":
            data.decode("utf-8")
    except Exception as e:
        errs.append(f"line {n}: {r['path']} does not open: {e!r}")
    print(f"{r['path']:16} {fmt:5} {info}")
print(f"{len(lines)} labels")
print("\n".join(errs) if errs else "ALL OK")
sys.exit(1 if errs else 0)
