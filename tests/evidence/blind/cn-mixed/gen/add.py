import json, sys
# usage: add.py NN body_type hik dahua outcome "exemptions,comma" count|null "note"
nn, bt, hk, dh, oc, ex, cnt, note = sys.argv[1:9]
d = {"path": f"{nn}-reply.txt", "request_file": f"{nn}-request.txt", "format": "txt",
     "body_type": bt, "law": "foia", "hikvision": hk, "dahua": dh, "outcome": oc,
     "exemptions": [e for e in ex.split(",") if e], "camera_count": None if cnt == "null" else int(cnt),
     "note": note}
with open("labels.jsonl", "a") as f:
    f.write(json.dumps(d) + "\n")
