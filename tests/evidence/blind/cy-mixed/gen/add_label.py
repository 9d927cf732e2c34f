#!/usr/bin/env python3
"""Append one label line. Usage: add_label.py NN body_type law hik dahua outcome exemptions(comma|-) count(int|null) note"""
import json, sys
nn, body, law, hik, dah, out, ex, cnt, note = sys.argv[1:10]
rec = {"path": f"{nn}-reply.txt", "request_file": f"{nn}-request.txt", "format": "txt",
       "body_type": body, "law": law, "hikvision": hik, "dahua": dah, "outcome": out,
       "exemptions": [] if ex == "-" else ex.split(","),
       "camera_count": None if cnt == "null" else int(cnt), "note": note}
with open("labels.jsonl", "a") as f:
    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(json.dumps(rec, ensure_ascii=False))
