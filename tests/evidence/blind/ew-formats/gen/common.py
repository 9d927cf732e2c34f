"""Shared helpers for the ew-formats generators."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["path", "request_file", "format", "body_type", "law", "hikvision", "dahua",
        "outcome", "exemptions", "camera_count", "note"]


def out(name):
    return os.path.join(ROOT, name)


def write_request(nn, text):
    with open(out(f"{nn}-request.txt"), "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")


def add_label(nn, fmt, body_type, law, hik, dahua, outcome, exemptions, count, note):
    lab = {"path": f"{nn}-reply.{fmt}", "request_file": f"{nn}-request.txt", "format": fmt,
           "body_type": body_type, "law": law, "hikvision": hik, "dahua": dahua,
           "outcome": outcome, "exemptions": exemptions, "camera_count": count, "note": note}
    assert hik in ("yes", "no", "unknown") and dahua in ("yes", "no", "unknown")
    assert outcome in ("answered", "partially_answered", "refused", "not_held")
    assert law in ("foia", "foisa", "eir")
    assert body_type in ("council", "nhs", "police", "school", "academy", "fire", "university",
                         "scottish_gov", "welsh_council", "other")
    assert count is None or isinstance(count, int)
    assert os.path.exists(out(lab["path"])) and os.path.exists(out(lab["request_file"]))
    path = out("labels.jsonl")
    lines = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f.read().splitlines() if l.strip()]
    lines = [l for l in lines if json.loads(l)["path"] != lab["path"]]  # re-running replaces
    lines.append(json.dumps(lab, ensure_ascii=False))
    lines.sort(key=lambda l: json.loads(l)["path"])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
