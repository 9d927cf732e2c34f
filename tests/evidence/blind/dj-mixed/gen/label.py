import json, sys
# usage: label.py '<json object>'  -> validates and appends to labels.jsonl
d = json.loads(sys.argv[1])
keys = ["path","request_file","format","body_type","law","hikvision","dahua","outcome","exemptions","camera_count","note"]
assert list(d.keys()) == keys, d.keys()
assert d["hikvision"] in ("yes","no","unknown") and d["dahua"] in ("yes","no","unknown")
assert d["outcome"] in ("answered","partially_answered","refused","not_held")
assert d["body_type"] in ("council","nhs","police","school","academy","fire","university","scottish_gov","welsh_council","other")
assert d["law"] in ("foia","foisa","eir")
with open("labels.jsonl","a") as f:
    f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("ok", d["path"])
