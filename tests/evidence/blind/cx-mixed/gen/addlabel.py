#!/usr/bin/env python3
"""Append one label line: addlabel.py NN fmt body law hik dahua outcome "ex1,ex2" count "note" [replyext]"""
import json, sys
nn, fmt, body, law, hik, dah, outc, ex, cnt, note = sys.argv[1:11]
ext = sys.argv[11] if len(sys.argv) > 11 else "txt"
rec = {"path": f"{nn}-reply.{ext}", "request_file": f"{nn}-request.txt", "format": fmt,
       "body_type": body, "law": law, "hikvision": hik, "dahua": dah, "outcome": outc,
       "exemptions": [e for e in ex.split(",") if e], "camera_count": None if cnt == "null" else int(cnt),
       "note": note}
with open("/work/blind/cx-mixed/labels.jsonl", "a") as f:
    f.write(json.dumps(rec) + "\n")
print(rec)
