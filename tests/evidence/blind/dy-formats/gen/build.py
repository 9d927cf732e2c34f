"""Build one or more items: python gen/build.py 01 02 ...  (no args = all).
Each gen/items/iNN.py defines REQUEST (str), LABEL (dict) and build(reply_path)."""
import sys, os, json, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "items"))
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua", "outcome", "exemptions", "camera_count", "note"]


def upsert(label):
    lp = os.path.join(ROOT, "labels.jsonl")
    lines = []
    if os.path.exists(lp):
        with open(lp) as fh:
            lines = [json.loads(l) for l in fh if l.strip()]
    lines = [l for l in lines if l["path"] != label["path"]] + [label]
    lines.sort(key=lambda l: l["path"])
    with open(lp, "w") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")


def run(nn):
    m = importlib.import_module("i" + nn)
    ext = m.EXT
    reply = "%s-reply.%s" % (nn, "pdf" if ext == "scan" else ext)
    with open(os.path.join(ROOT, "%s-request.txt" % nn), "w") as fh:
        fh.write(m.REQUEST.strip("\n") + "\n")
    m.build(os.path.join(ROOT, reply))
    lab = dict(path=reply, request_file="%s-request.txt" % nn, format=ext)
    lab.update(m.LABEL)
    assert set(lab) == set(KEYS), set(lab) ^ set(KEYS)
    upsert({k: lab[k] for k in KEYS})
    print("built", reply)


if __name__ == "__main__":
    args = sys.argv[1:] or sorted(f[1:3] for f in os.listdir(os.path.join(HERE, "items")) if f.startswith("i") and f.endswith(".py"))
    for a in args:
        run(a)
