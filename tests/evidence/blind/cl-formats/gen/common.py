import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
        "outcome", "exemptions", "camera_count", "note"]

def out(name):
    return os.path.join(ROOT, name)

def write_request(nn, text):
    with open(out(f"{nn}-request.txt"), "w") as f:
        f.write(text.strip() + "\n")

def label(nn, reply, fmt, body_type, law, hik, dahua, outcome, exemptions, count, note):
    rec = dict(zip(KEYS, [reply, f"{nn}-request.txt", fmt, body_type, law, hik, dahua,
                          outcome, exemptions, count, note]))
    p = out("labels.jsonl")
    lines = []
    if os.path.exists(p):
        for ln in open(p):
            ln = ln.strip()
            if ln and json.loads(ln)["path"] != reply:
                lines.append(ln)
    lines.append(json.dumps(rec))
    lines.sort(key=lambda s: json.loads(s)["path"])
    with open(p, "w") as f:
        f.write("\n".join(lines) + "\n")

ICO = ("If you are not satisfied with this response you have the right to ask for an internal review. "
       "Requests for review should be made within 40 working days of the date of this letter. "
       "If you remain dissatisfied following the review you may complain to the Information Commissioner's "
       "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
