"""Shared helpers for the eq-formats generator scripts."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(ROOT, "labels.jsonl")
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
        "outcome", "exemptions", "camera_count", "note"]


def out(name):
    return os.path.join(ROOT, name)


def write_request(nn, text):
    with open(out(f"{nn}-request.txt"), "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")


def write_label(**kw):
    """Insert or replace the label line for kw['path'], keep file sorted by path."""
    assert set(kw) == set(KEYS), set(KEYS) ^ set(kw)
    rows = {}
    if os.path.exists(LABELS):
        with open(LABELS, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    rows[d["path"]] = d
    rows[kw["path"]] = {k: kw[k] for k in KEYS}
    with open(LABELS, "w", encoding="utf-8") as f:
        for p in sorted(rows):
            f.write(json.dumps(rows[p], ensure_ascii=False) + "\n")
