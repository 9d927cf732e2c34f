"""The labelled reply corpus (corpus/cases.yaml) rendered to every format replies arrive in.

Two checks with different jobs:
- accuracy against the LABELS (what a careful reader records), with the targets the extractor must meet;
- every reply's full ``extract --json`` reading kept in ``expected/<case id>.json``, so any change in
  behaviour shows as a diff in review. After an intended change, regenerate them and read the diff:

      UPDATE_EXPECTED=1 /work/venv/bin/python -m pytest tests/evidence/test_corpus.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from camcensus.evidence.scoring import Evaluation, evaluate

from .conftest import RenderedCorpus
from .replies import LABEL_FIELDS, load_cases

EXPECTED = Path(__file__).parent / "expected"
UPDATE = os.environ.get("UPDATE_EXPECTED", "") not in ("", "0")
VOLATILE = (
    "path",  # the temporary folder the corpus was rendered into
    # measured on labelled replies (data/calibration.json), not read from the reply: they move with it
    "confidence",
    "needs_review",
    "review_reasons",
)
TARGETS = {"vendor": 0.95, "outcome": 0.90, "exemptions": 0.90, "camera_count": 0.85}
HARD_CASES = {
    "quoted_question",
    "awareness",
    "past_use",
    "installer",
    "oem",
    "model_only",
    "lookalike",
    "total",
    "sum_parts",
    "total_row",
    "approx",
    "recorder",
    "capabilities",
    "no_cameras",
    "s24",
    "s31",
    "s43",
    "s12",
    "s21",
    "s38",
    "ncnd",
    "s17_notice",
    "foisa",
    "eir",
    "not_held",
    "partial",
    "attachment_only",
    "spreadsheet",
    "ocr",
    "welsh",
    "misspelling",
    "ack",
}
FORMATS = {"txt", "eml", "pdf", "scan", "docx", "odt", "html", "xlsx", "ods", "csv"}
CASES = load_cases()


def _stable(reading: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in reading.items() if k not in VOLATILE}


def test_corpus_is_large_varied_and_covers_every_hard_case() -> None:
    assert len(CASES) >= 80
    tags = {t for c in CASES for t in c.tags}
    assert tags >= HARD_CASES, sorted(HARD_CASES - tags)
    formats = {part for c in CASES for part in c.format.split("+")}
    assert formats >= FORMATS, sorted(FORMATS - formats)
    assert any("+" in c.format for c in CASES)  # answers only in an attachment
    for name, values in (
        ("hikvision", {"yes", "no", "unknown"}),
        ("dahua", {"yes", "no", "unknown"}),
        ("outcome", {"answered", "partially_answered", "refused", "not_held", "unknown"}),
    ):
        assert {c.labels[name] for c in CASES} == values, name
    assert {c.law for c in CASES} == {"foia", "foisa", "eir"}


@pytest.mark.parametrize("case_id", [c.id for c in CASES])
def test_reading_matches_expected_file(corpus: RenderedCorpus, case_id: str) -> None:
    if case_id in corpus.left_out:
        why = corpus.left_out[case_id]
        if "tesseract" in why:
            from conftest import require_tool  # type: ignore[import-not-found]

            require_tool("tesseract", why)
        pytest.skip(why)
    got = _stable(corpus.readings[case_id])
    path = EXPECTED / f"{case_id}.json"
    if UPDATE:
        EXPECTED.mkdir(exist_ok=True)
        path.write_text(
            json.dumps(got, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
        )
    assert path.is_file(), f"{path} missing: run UPDATE_EXPECTED=1 pytest tests/evidence to write it"
    assert got == json.loads(path.read_text(encoding="utf-8"))


def test_no_expected_file_without_its_case() -> None:
    ids = {c.id for c in CASES}
    assert sorted(p.stem for p in EXPECTED.glob("*.json") if p.stem not in ids) == []


class _Stored:
    def __init__(self, reading: dict[str, Any]) -> None:
        self.reading = reading

    def as_dict(self) -> dict[str, Any]:
        return self.reading


def _evaluate(corpus: RenderedCorpus) -> Evaluation:
    by_name = {c.filename: c.id for c in corpus.cases}
    return evaluate(corpus.folder, reader=lambda p: _Stored(corpus.readings[by_name[p.name]]))


def test_accuracy_on_the_labels_meets_the_targets(corpus: RenderedCorpus) -> None:
    result = _evaluate(corpus)
    accuracy = result.as_dict()["accuracy"]
    print(f"\n{result.files} replies: {accuracy}")
    for fmt, row in result.format_accuracy().items():
        print(f"  {fmt:<10} {row}")
    for miss in result.misses:
        print(f"  miss {miss}")
    assert result.files == len(corpus.cases) and not result.failed
    for name in LABEL_FIELDS:
        assert result.fields[name].total == result.files, name  # every case labels every field
    for name, target in TARGETS.items():
        assert accuracy[name] >= target, (name, accuracy[name], result.misses)


def test_eval_command_prints_the_same_figures(corpus: RenderedCorpus) -> None:
    mine = _evaluate(corpus)
    lines = corpus.eval_output().splitlines()
    assert lines[0] == f"{mine.files} files"
    for name, score in [*mine.fields.items(), ("vendor", mine.vendor)]:
        assert f"  {name:<13} {score.accuracy} ({score.correct}/{score.total})" in lines, name
    for fmt, row in mine.format_accuracy().items():
        assert any(line.split()[:2] == [fmt, str(row["files"])] for line in lines), fmt


def test_no_expected_file_stores_a_known_wrong_answer() -> None:
    """What each expected file holds for a labelled field is its case's label: a change that makes a reading
    right updates its file, and no file keeps a reading the labels say is wrong."""
    wrong = []
    for case in CASES:
        path = EXPECTED / f"{case.id}.json"
        if not path.is_file():
            continue
        stored = json.loads(path.read_text(encoding="utf-8"))
        for name in LABEL_FIELDS:
            got, want = stored.get(name), case.labels[name]
            if name == "exemptions":
                got, want = sorted(got or []), sorted(want or [])
            if got != want:
                wrong.append(f"{case.id}: {name} stored {got!r}, labelled {want!r}")
    assert wrong == []
