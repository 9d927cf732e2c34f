import json, os, sys, email, io, re, subprocess, zipfile
sys.path.insert(0, os.path.dirname(__file__))
from common import ROOT
from docx import Document
from openpyxl import load_workbook
from odf.opendocument import load as odfload
from odf import teletype
from odf.text import P as OP
ok = True
with open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") as f:
    lines = [l for l in f if l.strip()]
print(len(lines), "label lines")
for l in lines:
    r = json.loads(l)
    fp = os.path.join(ROOT, r["path"]); rq = os.path.join(ROOT, r["request_file"])
    for x in (fp, rq):
        if not os.path.exists(x):
            print("MISSING", x); ok = False
    ext = r["path"].rsplit(".", 1)[1]
    assert r["format"] == ext or (r["format"] == "scan" and ext == "pdf"), r
    txt = ""
    if ext == "eml":
        m = email.message_from_binary_file(open(fp, "rb"))
        for part in m.walk():
            if part.get_content_maintype() == "text":
                txt += part.get_payload(decode=True).decode()
            elif part.get_filename():
                d = Document(io.BytesIO(part.get_payload(decode=True)))
                txt += " ".join(c.text for t in d.tables for row in t.rows for c in row.cells)
    elif ext == "docx":
        d = Document(fp); txt = "\n".join(p.text for p in d.paragraphs) + " ".join(c.text for t in d.tables for row in t.rows for c in row.cells)
    elif ext == "xlsx":
        wb = load_workbook(fp); txt = " ".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None)
    elif ext == "pdf":
        txt = subprocess.run(["pdftotext", fp, "-"], capture_output=True, text=True).stdout
        if r["format"] == "scan":
            assert txt.strip() == "", "scan has text!"
            txt = "(image only)"
    elif ext in ("odt", "ods"):
        d = odfload(fp); txt = " ".join(teletype.extractText(e) for e in d.getElementsByType(OP))
    elif ext == "rtf":
        raw = open(fp).read(); assert raw.count("{") - raw.count("\\{") == raw.count("}") - raw.count("\\}"); txt = raw
    elif ext in ("html", "csv"):
        raw = open(fp, "rb").read()
        txt = raw.decode("utf-8-sig") if ext == "html" or raw.startswith(b"\xef\xbb\xbf") else raw.decode("cp1252")
    print(f'{r["path"]:16} {r["format"]:5} {r["body_type"]:13} {r["law"]:5} hik={r["hikvision"]:7} dah={r["dahua"]:7} {r["outcome"]:18} {str(r["exemptions"]):22} {r["camera_count"]}  chars={len(txt)}')
print("OK" if ok else "PROBLEMS")
