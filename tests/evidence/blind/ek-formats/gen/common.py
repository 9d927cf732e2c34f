import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(ROOT, "labels.jsonl")

def out(name):
    return os.path.join(ROOT, name)

def write_request(nn, text):
    with open(out(f"{nn}-request.txt"), "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")

def label(nn, ext, fmt, body_type, law, hik, dahua, outcome, exemptions, count, note):
    rec = {"path": f"{nn}-reply.{ext}", "request_file": f"{nn}-request.txt", "format": fmt,
           "body_type": body_type, "law": law, "hikvision": hik, "dahua": dahua, "outcome": outcome,
           "exemptions": exemptions, "camera_count": count, "note": note}
    lines = []
    if os.path.exists(LABELS):
        with open(LABELS, encoding="utf-8") as f:
            lines = [l for l in f if l.strip() and json.loads(l)["path"] != rec["path"]]
    lines.append(json.dumps(rec, ensure_ascii=False) + "\n")
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(LABELS, "w", encoding="utf-8") as f:
        f.writelines(lines)

def note(text):
    with open(out("NOTES.md"), "a", encoding="utf-8") as f:
        f.write(text.strip() + "\n")
