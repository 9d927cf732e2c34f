"""Hard cases one or two sentences long (snippets.jsonl): each names only the fields it checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import read_segments

CASES = [
    json.loads(line) for line in (Path(__file__).parent / "snippets.jsonl").read_text().splitlines() if line
]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_snippet(case: dict[str, Any]) -> None:
    got = read_segments([TextSegment(0, "e-mail body", case["text"])]).as_dict()
    for key, want in case["expect"].items():
        value = sorted(got[key]) if isinstance(want, list) else got[key]
        assert value == (sorted(want) if isinstance(want, list) else want), (key, got)


def test_every_item_has_a_quote_and_place() -> None:
    text = (
        "The Council operates 142 cameras made by Axis. None have facial recognition. "
        "Information on locations is exempt under section 31(1)(a)."
    )
    reading = read_segments([TextSegment(3, "page 2", text, page=2)])
    assert reading.items
    for item in reading.items:
        if item.value.endswith(":unknown"):
            continue  # a conclusion that nothing was said has nothing to quote
        assert item.quote and item.location == "page 2" and item.segment_seq == 3, item
        assert 0 < item.confidence <= 1
        if item.char_start >= 0:
            assert text[item.char_start : item.char_end].strip(), item
