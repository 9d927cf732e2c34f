"""Validate labels.jsonl against SPEC values and check every file opens."""
import json, subprocess, email, csv, zipfile
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua", "outcome", "exemptions", "camera_count", "note"]
FMT = {"docx", "xlsx", "odt", "ods", "pdf", "scan", "rtf", "eml", "html", "csv"}
BT = {"council", "nhs", "police", "school", "academy", "fire", "university", "scottish_gov", "welsh_council", "other"}
import re
n = 0
for ln in (ROOT / "labels.jsonl").read_text().splitlines():
    r = json.loads(ln); n += 1
    assert list(r) == KEYS, r
    assert r["format"] in FMT and r["body_type"] in BT and r["law"] in {"foia", "foisa", "eir"}
    assert r["hikvision"] in {"yes", "no", "unknown"} and r["dahua"] in {"yes", "no", "unknown"}
    assert r["outcome"] in {"answered", "partially_answered", "refused", "not_held"}
    for e in r["exemptions"]: assert re.fullmatch(r"s\d+|EIR (12\(\d\)\([a-g]\)|13)", e), e
    assert r["camera_count"] is None or isinstance(r["camera_count"], int)
    p = ROOT / r["path"]; q = ROOT / r["request_file"]
    assert p.exists() and q.exists(), p
    ext = p.suffix[1:]
    assert ext == r["format"] or (r["format"] in ("scan", "pdf") and ext == "pdf")
    if ext in ("docx", "xlsx", "odt", "ods"): zipfile.ZipFile(p).testzip()
    if ext == "pdf":
        t = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
        assert (len(t.strip()) > 100) == (r["format"] == "pdf"), (p, len(t))
    if ext == "eml": email.message_from_bytes(p.read_bytes())
    if ext == "rtf":
        s = p.read_text(); assert s.count("{") - s.count("\\{") == s.count("}") - s.count("\\}")
print(n, "labels ok")
