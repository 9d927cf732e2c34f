"""Shared helpers for the ag-formats item generators."""
import json, os
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(OUT, "labels.jsonl")


def path(name):
    return os.path.join(OUT, name)


def write_request(nn, text):
    with open(path(f"{nn}-request.txt"), "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")


def append_label(nn, fmt, body_type, law, hikvision, dahua, outcome, exemptions, camera_count, note):
    lab = {"path": f"{nn}-reply.{fmt}", "request_file": f"{nn}-request.txt", "format": fmt,
           "body_type": body_type, "law": law, "hikvision": hikvision, "dahua": dahua,
           "outcome": outcome, "exemptions": exemptions, "camera_count": camera_count, "note": note}
    lines = []
    if os.path.exists(LABELS):
        with open(LABELS, encoding="utf-8") as f:
            for ln in f:
                ln = ln.strip()
                if ln and json.loads(ln)["path"] != lab["path"]:
                    lines.append(ln)
    lines.append(json.dumps(lab, ensure_ascii=False))
    lines.sort(key=lambda s: json.loads(s)["path"])
    with open(LABELS, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def eml(nn, frm, to, subject, date, text, html=None, attachments=(), extra_headers=None):
    """attachments: list of (filename, bytes, maintype, subtype)."""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = f"<{abs(hash((nn, subject))) % 10**12}.{int(date.timestamp())}@{dom}>"
    for k, v in (extra_headers or {}).items():
        m[k] = v
    m.set_content(text)
    if html:
        m.add_alternative(html, subtype="html")
    for fn, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    with open(path(f"{nn}-reply.eml"), "wb") as f:
        f.write(bytes(m))


def dt(y, mo, d, h=10, mi=0, off=0):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off)))


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").splitlines())
