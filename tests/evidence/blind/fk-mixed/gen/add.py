import json, sys
nn, ext, body, law, hik, dah, outcome, ex, count, note = sys.argv[1:11]
rec = {"path": f"{nn}-reply.{ext}", "request_file": f"{nn}-request.txt", "format": ext,
       "body_type": body, "law": law, "hikvision": hik, "dahua": dah, "outcome": outcome,
       "exemptions": [e for e in ex.split(",") if e], "camera_count": None if count == "null" else int(count),
       "note": note}
with open("labels.jsonl", "a") as f:
    f.write(json.dumps(rec) + "\n")
print(rec)
