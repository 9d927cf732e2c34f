"""Check every label: files exist, JSON valid, values legal, reply opens and has text (except scan)."""
import json, os, sys, email, re
from email import policy
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENUM = dict(format={"docx", "xlsx", "odt", "ods", "pdf", "scan", "rtf", "eml", "html", "csv", "txt"},
            body_type={"council", "nhs", "police", "school", "academy", "fire", "university", "scottish_gov", "welsh_council", "other"},
            law={"foia", "foisa", "eir"}, hikvision={"yes", "no", "unknown"}, dahua={"yes", "no", "unknown"},
            outcome={"answered", "partially_answered", "refused", "not_held"})
EX = re.compile(r"^(s\d+|EIR (12\(\d\)\([a-g]\)|12\(\d\)|13))$")

def text_of(p, fmt):
    if fmt == "docx":
        import docx
        d = docx.Document(p)
        t = [x.text for x in d.paragraphs]
        for tb in d.tables:
            for r in tb.rows:
                t.append(" | ".join(c.text for c in r.cells))
        return "\n".join(t)
    if fmt == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(p)
        return "\n".join("[%s] " % ws.title + " | ".join(str(c) for c in r if c is not None) for ws in wb for r in ws.iter_rows(values_only=True))
    if fmt in ("odt", "ods"):
        from odf.opendocument import load
        from odf import teletype, text as otext
        d = load(p)
        return "\n".join(teletype.extractText(e) for e in d.getElementsByType(otext.P))
    if fmt in ("pdf", "scan"):
        import pypdf
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(p).pages)
    if fmt == "rtf":
        from striprtf.striprtf import rtf_to_text
        return rtf_to_text(open(p).read())
    if fmt == "eml":
        m = email.message_from_binary_file(open(p, "rb"), policy=policy.default)
        out = []
        for part in m.walk():
            ct = part.get_content_type()
            if ct == "text/plain":
                out.append(part.get_content())
            elif ct == "application/pdf":
                import pypdf, io
                out.append("[ATTACHMENT %s]\n" % part.get_filename() + "\n".join(pg.extract_text() for pg in pypdf.PdfReader(io.BytesIO(part.get_content())).pages))
        return "\n".join(out)
    if fmt == "html":
        from html.parser import HTMLParser
        class P(HTMLParser):
            def __init__(s): super().__init__(); s.t = []
            def handle_data(s, d): s.t.append(d)
        x = P(); x.feed(open(p, encoding="utf-8").read()); return " ".join(x.t)
    return open(p, encoding="utf-8-sig").read()

bad = 0
seen = set()
for n, line in enumerate(open(os.path.join(ROOT, "labels.jsonl")), 1):
    L = json.loads(line)
    assert L["path"] not in seen; seen.add(L["path"])
    for k, vals in ENUM.items():
        if L[k] not in vals:
            print("bad", k, L); bad += 1
    ext = L["path"].rsplit(".", 1)[1]
    if (ext == "pdf") != (L["format"] in ("pdf", "scan")) or (ext != "pdf" and ext != L["format"]):
        print("ext/format mismatch", L["path"], L["format"]); bad += 1
    for e in L["exemptions"]:
        if not EX.match(e):
            print("bad exemption", e); bad += 1
    if L["camera_count"] is not None and not isinstance(L["camera_count"], int):
        print("bad count", L); bad += 1
    for f in (L["path"], L["request_file"]):
        if not os.path.exists(os.path.join(ROOT, f)):
            print("missing", f); bad += 1
    t = text_of(os.path.join(ROOT, L["path"]), L["format"])
    if L["format"] == "scan":
        assert not t.strip(), "scan has text layer"
    else:
        assert len(t) > 100, (L["path"], len(t))
    if "-v" in sys.argv:
        print("=" * 20, L["path"], len(t)); print(t[:3000])
print(len(seen), "labels,", bad, "problems")
