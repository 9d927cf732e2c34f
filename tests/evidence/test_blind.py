"""The reading holds on replies its rules were not written against: each labelled set in
tests/evidence/blind scores at least its recorded floor, field by field, with and without the request.

The floors (``blind/floors.json``) are the scores measured when the set's rules last changed; a change that
lowers one fails here. After a change that raises them, record the new scores with
``UPDATE_FLOORS=1 pytest tests/evidence/test_blind.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tests.conftest import require_tool

from camcensus.evidence.scoring import evaluate

BLIND = Path(__file__).parent / "blind"
FLOORS = BLIND / "floors.json"
SETS = sorted(p.name for p in BLIND.iterdir() if (p / "labels.jsonl").is_file())
FIELDS = ("vendor", "outcome", "exemptions", "camera_count")


def _scores(name: str, requests: bool) -> dict[str, float]:
    accuracy = evaluate(BLIND / name, requests=requests).as_dict()["accuracy"]
    return {f: accuracy[f] for f in FIELDS if accuracy[f] is not None}


@pytest.mark.parametrize("requests", [True, False], ids=["with-request", "alone"])
@pytest.mark.parametrize("name", SETS)
def test_a_blind_set_scores_at_least_its_floor(name: str, requests: bool) -> None:
    formats = {json.loads(line).get("format") for line in (BLIND / name / "labels.jsonl").open()}
    if formats & {"scan", "pdf"}:  # a PDF may be pages of images only, read by OCR
        require_tool("tesseract", "scanned replies need tesseract")
    mode = "with" if requests else "without"
    scores = _scores(name, requests)
    floors = json.loads(FLOORS.read_text()) if FLOORS.is_file() else {}
    if os.environ.get("UPDATE_FLOORS"):
        floors.setdefault(name, {})[mode] = scores
        FLOORS.write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n")
        return
    floor = floors[name][mode]
    below = {f: (scores.get(f), floor[f]) for f in floor if (scores.get(f) or 0) < floor[f]}
    assert not below, f"{name} ({mode} requests): field (score, floor) below the floor: {below}"


def test_every_set_has_floors() -> None:
    floors = json.loads(FLOORS.read_text())
    assert sorted(floors) == SETS
    assert all(sorted(floors[name]) == ["with", "without"] for name in SETS)
