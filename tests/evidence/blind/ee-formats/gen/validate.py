"""Validate labels.jsonl and check that every reply opens (scans: no text layer)."""
import json, os, sys, subprocess, email, io, zipfile, re
from email import policy

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua", "outcome", "exemptions",
        "camera_count", "note"]
FORMATS = {"txt", "eml", "html", "docx", "xlsx", "odt", "ods", "pdf", "rtf", "csv", "scan"}
BODIES = {"council", "nhs", "police", "school", "academy", "fire", "university", "scottish_gov", "welsh_council", "other"}
LAWS = {"foia", "foisa", "eir"}
YNU = {"yes", "no", "unknown"}
OUTCOMES = {"answered", "partially_answered", "refused", "not_held"}
EXRE = re.compile(r"^(s\d+|EIR \d+\(\d+\)(\([a-z]\))?)$")
errs = []


def text_of(path, fmt):
    p = os.path.join(SET, path)
    if fmt in ("pdf", "scan"):
        fonts = subprocess.run(["pdffonts", p], capture_output=True, text=True, check=True).stdout.strip().splitlines()
        txt = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True, check=True).stdout
        if fmt == "scan":
            if len(fonts) > 2 or txt.strip():
                errs.append(f"{path}: scan has a text layer")
            return "(image only)"
        if not txt.strip():
            errs.append(f"{path}: pdf has no text")
        return txt
    if fmt == "eml":
        msg = email.message_from_bytes(open(p, "rb").read(), policy=policy.default)
        out = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_disposition() == "attachment":
                data = part.get_payload(decode=True)
                out.append(f"[attachment {part.get_filename()} {len(data)} bytes]")
                if part.get_filename().endswith(".docx"):
                    import docx
                    docx.Document(io.BytesIO(data))
                if part.get_filename().endswith(".pdf"):
                    r = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
                    assert r.stdout.strip()
            else:
                out.append(part.get_content())
        return "\n".join(out)
    if fmt == "docx":
        import docx
        d = docx.Document(p)
        return "\n".join(x.text for x in d.paragraphs) + "".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    if fmt == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(p, data_only=True)
        return " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    if fmt in ("odt", "ods"):
        from odf.opendocument import load
        from odf import teletype, text as T
        d = load(p)
        return "\n".join(teletype.extractText(x) for x in d.getElementsByType(T.P))
    if fmt == "rtf":
        from striprtf.striprtf import rtf_to_text
        raw = open(p, encoding="ascii").read()
        assert raw.count("{") - raw.count("\\{") == raw.count("}") - raw.count("\\}"), "unbalanced braces"
        return rtf_to_text(raw)
    if fmt == "html":
        from html.parser import HTMLParser
        class H(HTMLParser):
            def __init__(s):
                super().__init__(); s.t = []
            def handle_data(s, d):
                s.t.append(d)
        h = H(); h.feed(open(p, encoding="utf-8").read())
        return " ".join(h.t)
    if fmt == "csv":
        import csv
        rows = list(csv.reader(open(p, encoding="utf-8-sig")))
        assert len({len(r) for r in rows}) == 1
        return "\n".join(",".join(r) for r in rows)
    return open(p, encoding="utf-8").read()


lines = open(os.path.join(SET, "labels.jsonl"), encoding="utf-8").read().splitlines()
for i, line in enumerate(lines, 1):
    try:
        d = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad json {e}"); continue
    if list(d) != KEYS:
        errs.append(f"line {i}: keys {list(d)}")
    ext = d["path"].rsplit(".", 1)[1]
    checks = [d["format"] in FORMATS, d["body_type"] in BODIES, d["law"] in LAWS, d["hikvision"] in YNU,
              d["dahua"] in YNU, d["outcome"] in OUTCOMES, isinstance(d["exemptions"], list),
              all(EXRE.match(x) for x in d["exemptions"]),
              d["camera_count"] is None or (isinstance(d["camera_count"], int) and d["camera_count"] >= 0),
              isinstance(d["note"], str) and d["note"],
              (d["format"] == ext) or (d["format"] == "scan" and ext == "pdf"),
              d["path"][:2] == d["request_file"][:2]]
    if not all(checks):
        errs.append(f"line {i}: bad value(s) {checks}")
    for f in (d["path"], d["request_file"]):
        if not os.path.exists(os.path.join(SET, f)):
            errs.append(f"line {i}: missing {f}")
    try:
        t = text_of(d["path"], d["format"])
        print(f"{d['path']:16} {d['format']:5} ok  {len(t):6d} chars")
    except Exception as e:
        errs.append(f"{d['path']}: does not open: {e!r}")
print(len(lines), "labels")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("all good")
