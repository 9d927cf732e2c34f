"""Rebuild items of the ct-formats set.

usage: gen/.venv/bin/python gen/make.py [NN ...]   (no argument = all items)

Each module gen/items/iNN.py defines REQUEST (str), LABEL (dict without path/request_file) and
build(out_dir) -> reply file name. The item's label line is written (or replaced) in labels.jsonl.
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua", "outcome",
        "exemptions", "camera_count", "note"]


def load_labels():
    path = os.path.join(OUT, "labels.jsonl")
    rows = {}
    if os.path.exists(path):
        for ln in open(path, encoding="utf-8"):
            ln = ln.strip()
            if ln:
                o = json.loads(ln)
                rows[o["request_file"][:2]] = o
    return rows


def save_labels(rows):
    path = os.path.join(OUT, "labels.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for k in sorted(rows):
            fh.write(json.dumps(rows[k], ensure_ascii=False) + "\n")


def build(nn):
    mod = importlib.import_module("items.i%s" % nn)
    req = "%s-request.txt" % nn
    with open(os.path.join(OUT, req), "w", encoding="utf-8") as fh:
        fh.write(mod.REQUEST.strip("\n") + "\n")
    reply = mod.build(OUT)
    lab = dict(mod.LABEL)
    lab["path"] = reply
    lab["request_file"] = req
    lab = {k: lab[k] for k in KEYS}
    rows = load_labels()
    rows[nn] = lab
    save_labels(rows)
    print("built", nn, reply)


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:
        args = sorted(f[1:3] for f in os.listdir(os.path.join(HERE, "items")) if f.startswith("i") and f.endswith(".py"))
    for a in args:
        build(a)
