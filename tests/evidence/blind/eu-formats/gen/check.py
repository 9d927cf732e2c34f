import json, os, re, email, io
from email import policy
from common import ROOT, KEYS
BT = {"council","nhs","police","school","academy","fire","university","scottish_gov","welsh_council","other"}
ok = True
for i, line in enumerate(open(os.path.join(ROOT, "labels.jsonl"))):
    d = json.loads(line)
    errs = []
    if list(d) != KEYS: errs.append("keys")
    for k in ("path", "request_file"):
        if not os.path.exists(os.path.join(ROOT, d[k])): errs.append("missing " + d[k])
    if d["body_type"] not in BT: errs.append("body_type")
    if d["law"] not in {"foia","foisa","eir"}: errs.append("law")
    if d["hikvision"] not in {"yes","no","unknown"} or d["dahua"] not in {"yes","no","unknown"}: errs.append("maker")
    if d["outcome"] not in {"answered","partially_answered","refused","not_held"}: errs.append("outcome")
    for e in d["exemptions"]:
        if not re.fullmatch(r"s\d+|EIR \d+\(\d\)(\([a-g]\))?", e): errs.append("exemption " + e)
    if not (d["camera_count"] is None or isinstance(d["camera_count"], int)): errs.append("count")
    if d["format"] != d["path"].rsplit(".", 1)[1]: errs.append("format")
    print(d["path"], "OK" if not errs else errs); ok &= not errs
# open each binary to make sure it parses
from docx import Document; from openpyxl import load_workbook; from odf.opendocument import load
for f in sorted(os.listdir(ROOT)):
    p = os.path.join(ROOT, f)
    if f.endswith(".docx"): Document(p)
    elif f.endswith(".xlsx"): load_workbook(p)
    elif f.endswith((".odt", ".ods")): load(p)
    elif f.endswith(".eml"):
        m = email.message_from_bytes(open(p, "rb").read(), policy=policy.default)
        for part in m.iter_attachments():
            data = part.get_content(); fn = part.get_filename()
            if fn.endswith(".docx"): Document(io.BytesIO(data))
            if fn.endswith(".xlsx"): load_workbook(io.BytesIO(data))
            print("  ", f, "attachment", fn, len(data))
print("ALL OK" if ok else "PROBLEMS")
