import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def p(name):
    return os.path.join(ROOT, name)

def write_request(nn, text):
    with open(p(f"{nn}-request.txt"), "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")

def add_label(**kw):
    keys = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
            "outcome", "exemptions", "camera_count", "note"]
    assert set(kw) == set(keys), set(kw) ^ set(keys)
    rec = {k: kw[k] for k in keys}
    lp = p("labels.jsonl")
    lines = []
    if os.path.exists(lp):
        with open(lp, encoding="utf-8") as f:
            for line in f:
                if line.strip() and json.loads(line)["path"] != rec["path"]:
                    lines.append(line.rstrip("\n"))
    lines.append(json.dumps(rec, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(lp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

def note(text):
    line = "- " + text.strip() + "\n"
    path = p("NOTES.md")
    if os.path.exists(path) and line in open(path, encoding="utf-8").read():
        return
    with open(path, "a", encoding="utf-8") as f:
        f.write(line)
