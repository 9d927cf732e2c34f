"""Check labels.jsonl against SPEC.md values and that every file exists and opens."""
import json, os, re, sys, io, email, zipfile
from email import policy
from common import SET_DIR

FORMATS = {"docx", "xlsx", "odt", "ods", "pdf", "scan", "rtf", "eml", "html", "csv", "txt"}
BODIES = {"council", "nhs", "police", "school", "academy", "fire", "university", "scottish_gov", "welsh_council", "other"}
LAWS = {"foia", "foisa", "eir"}
MAK = {"yes", "no", "unknown"}
OUT = {"answered", "partially_answered", "refused", "not_held"}
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua", "outcome", "exemptions", "camera_count", "note"]
EXRE = re.compile(r"^(s\d+|EIR (12\(\d\)\([a-g]\)|12\(4\)\([a-e]\)|13))$")

def opens(path, fmt):
    full = os.path.join(SET_DIR, path)
    if fmt == "docx":
        import docx; docx.Document(full)
    elif fmt == "xlsx":
        import openpyxl; openpyxl.load_workbook(full)
    elif fmt in ("odt", "ods"):
        from odf.opendocument import load; load(full)
    elif fmt in ("pdf", "scan"):
        import subprocess
        txt = subprocess.run(["pdftotext", full, "-"], capture_output=True, text=True).stdout
        if fmt == "pdf" and len(txt.strip()) < 200: raise ValueError("pdf has no text layer")
        if fmt == "scan" and txt.strip(): raise ValueError("scan has a text layer")
    elif fmt == "rtf":
        from striprtf.striprtf import rtf_to_text
        if len(rtf_to_text(open(full).read())) < 200: raise ValueError("rtf text short")
    elif fmt == "eml":
        m = email.message_from_bytes(open(full, "rb").read(), policy=policy.default)
        for part in m.iter_attachments():
            data = part.get_content()
            fn = part.get_filename()
            if fn.endswith((".docx", ".xlsx")): zipfile.ZipFile(io.BytesIO(data)).testzip()
            if fn.endswith(".pdf") and not data.startswith(b"%PDF"): raise ValueError("bad pdf attachment")
    elif fmt in ("html", "csv", "txt"):
        open(full, encoding="utf-8-sig").read()

bad = 0
seen = set()
with open(os.path.join(SET_DIR, "labels.jsonl"), encoding="utf-8") as f:
    lines = [l for l in f if l.strip()]
for i, line in enumerate(lines, 1):
    try:
        r = json.loads(line)
    except Exception as e:
        print("line", i, "bad json", e); bad += 1; continue
    errs = []
    if list(r.keys()) != KEYS: errs.append(f"keys {list(r.keys())}")
    if r["format"] not in FORMATS: errs.append("format")
    if r["body_type"] not in BODIES: errs.append("body_type")
    if r["law"] not in LAWS: errs.append("law")
    if r["hikvision"] not in MAK or r["dahua"] not in MAK: errs.append("maker")
    if r["outcome"] not in OUT: errs.append("outcome")
    if not isinstance(r["exemptions"], list) or any(not EXRE.match(x) for x in r["exemptions"]): errs.append(f"exemptions {r['exemptions']}")
    if r["camera_count"] is not None and not (isinstance(r["camera_count"], int) and r["camera_count"] >= 0): errs.append("count")
    ext = r["path"].rsplit(".", 1)[1]
    if not (ext == r["format"] or (r["format"] == "scan" and ext == "pdf")): errs.append("ext/format mismatch")
    for k in ("path", "request_file"):
        if not os.path.exists(os.path.join(SET_DIR, r[k])): errs.append(f"missing {r[k]}")
    if r["path"] in seen: errs.append("duplicate")
    seen.add(r["path"])
    if not errs:
        try: opens(r["path"], r["format"])
        except Exception as e: errs.append(f"open: {e}")
    if errs:
        bad += 1; print(r["path"], errs)
print(f"{len(lines)} labels, {bad} with problems")
sys.exit(1 if bad else 0)
