"""Rebuild every item of the co-formats set and rewrite labels.jsonl.

usage: gen/.venv/bin/python gen/make.py [NN ...]   (no args = all items)
Each item function writes NN-request.txt and its reply file and returns its label dict.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402
import items_a, items_b, items_c, items_d  # noqa: E402,F401

REG = []
for mod in (items_a, items_b, items_c, items_d):
    REG.extend(getattr(mod, "ITEMS", []))


def main():
    want = set(sys.argv[1:])
    labels = []
    for fn in REG:
        lab = fn()
        if not want or lab["path"][:2] in want:
            print("built", lab["path"])
        labels.append(lab)
    labels.sort(key=lambda d: d["path"])
    with open(lib.path("labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "labels written")


if __name__ == "__main__":
    main()
