#!/usr/bin/env python3
"""Append one label line to labels.jsonl. Usage: addlabel.py '<json>'"""
import json, sys, os
d = json.loads(sys.argv[1])
need = ["path","request_file","format","body_type","law","hikvision","dahua","outcome","exemptions","camera_count","note"]
for k in need:
    assert k in d, k
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
assert os.path.exists(os.path.join(base, d["path"])), d["path"]
assert os.path.exists(os.path.join(base, d["request_file"])), d["request_file"]
with open(os.path.join(base, "labels.jsonl"), "a") as f:
    f.write(json.dumps({k: d[k] for k in need}) + "\n")
print("ok", d["path"])
