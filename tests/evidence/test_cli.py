"""`camcensus extract` and `camcensus eval` as a user runs them."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

REPLY = """Dear Requester,

You asked:
1. How many CCTV cameras does the Council operate?
2. Are any of them made by Hikvision or Dahua?

Our response:
1. 118
2. No. All of the Council's cameras are made by Axis.

Yours sincerely,
A. Officer
"""


def _eml(path: Path) -> Path:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "foi@council.example", "req@example.org", "RE: FOI 1234"
    msg.set_content("Dear Requester,\n\nPlease find our response attached.\n\nKind regards,\nFOI Team\n")
    msg.add_attachment(REPLY.encode(), maintype="text", subtype="plain", filename="response.txt")
    path.write_bytes(msg.as_bytes())
    return path


def test_extract_json_one_object_per_file(tmp_path: Path, run_cli) -> None:
    text = tmp_path / "reply.txt"
    text.write_text(REPLY)
    mail = _eml(tmp_path / "reply.eml")
    out = run_cli("extract", str(text), str(mail), "--json")
    docs = [json.loads(line) for line in out.stdout.splitlines()]
    assert [d["path"] for d in docs] == [str(text), str(mail)]
    for doc in docs:
        assert {
            "path",
            "outcome",
            "exemptions",
            "manufacturers",
            "models",
            "camera_count",
            "capabilities",
            "hikvision",
            "dahua",
        } <= set(doc)
        assert (doc["outcome"], doc["hikvision"], doc["dahua"], doc["camera_count"]) == (
            "answered",
            "no",
            "no",
            118,
        )
        assert {m["vendor"] for m in doc["manufacturers"] if m["in_use"]} == {"Axis"}


def test_extract_names_a_missing_file(tmp_path: Path, run_cli) -> None:
    proc = run_cli("extract", str(tmp_path / "missing.pdf"), "--json", check=False)
    assert proc.returncode == 1
    assert "missing.pdf" in proc.stderr and "no such file" in proc.stderr


def test_eval_scores_a_labelled_folder(tmp_path: Path, run_cli) -> None:
    (tmp_path / "a.txt").write_text(REPLY)
    (tmp_path / "b.txt").write_text("The information is exempt under section 24(1) of the Act.")
    labels = [
        {
            "path": "a.txt",
            "hikvision": "no",
            "dahua": "no",
            "outcome": "answered",
            "camera_count": 118,
            "exemptions": [],
        },
        {
            "path": "b.txt",
            "hikvision": "unknown",
            "dahua": "yes",
            "outcome": "refused",
            "exemptions": ["s24"],
        },
    ]
    (tmp_path / "labels.jsonl").write_text("".join(json.dumps(x) + "\n" for x in labels))
    out = json.loads(run_cli("eval", str(tmp_path), "--json").stdout)
    assert out["accuracy"]["hikvision"] == 1.0
    assert out["accuracy"]["dahua"] == 0.5  # b.txt is labelled wrongly on purpose
    assert out["accuracy"]["vendor"] == 0.75
    assert out["misses"] == [{"path": "b.txt", "field": "dahua", "expected": "yes", "got": "unknown"}]
    text = run_cli("eval", str(tmp_path)).stdout
    assert "hikvision" in text and "1.0" in text
    missing = run_cli("eval", str(tmp_path / "nowhere"), check=False)
    assert missing.returncode == 1 and "labels.jsonl" in missing.stderr
