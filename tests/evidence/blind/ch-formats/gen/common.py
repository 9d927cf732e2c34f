"""Shared helpers for the ch-formats generators."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(ROOT, "labels.jsonl")


def out(name):
    return os.path.join(ROOT, name)


def write_request(nn, text):
    with open(out(f"{nn}-request.txt"), "w", encoding="utf-8") as f:
        f.write(text.strip() + "\n")


def add_label(label):
    """Replace-or-append the label line for label['path'], keep file sorted by path."""
    rows = []
    if os.path.exists(LABELS):
        with open(LABELS, encoding="utf-8") as f:
            rows = [json.loads(l) for l in f if l.strip()]
    rows = [r for r in rows if r["path"] != label["path"]]
    rows.append(label)
    rows.sort(key=lambda r: r["path"])
    with open(LABELS, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
