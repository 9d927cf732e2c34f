"""Redaction on the corpus: every personal item in every variant goes, every fact stays."""

from __future__ import annotations

import pytest
from tests.redaction.corpus import HOSTILE, KEPT, all_cases, leaked

from camcensus.redaction import redact, redaction

CASES = all_cases()


def test_the_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 200
    kinds = {s.kind for case in CASES for s in case.secrets}
    assert kinds == {"name", "phone", "email", "postcode", "street"}


def test_no_personal_item_leaks() -> None:
    leaks = [(case.form, case.text, [s.value for s in leaked(case, redact(case.text))]) for case in CASES]
    leaks = [leak for leak in leaks if leak[2]]
    assert leaks == [], f"{len(leaks)} of {len(CASES)} variants leak: " + "\n".join(map(repr, leaks[:20]))


def test_each_secret_shows_before_redaction() -> None:
    """The leak check sees every secret in its own text (so 0 leaks means something)."""
    assert all(leaked(case, case.text) == list(case.secrets) for case in CASES)


@pytest.mark.parametrize("text", KEPT)
def test_facts_come_through_untouched(text: str) -> None:
    assert redact(text) == text


def test_review_pieces_rebuild_the_text_and_mark_what_goes() -> None:
    found = redaction("Kind regards, Jane Doe. Tel 07700 900123")
    assert "".join(piece for piece, _ in found.pieces()) == found.source
    assert [kind for _, kind in found.pieces() if kind] == ["signature"]
    assert found.text == "Kind regards, [signature redacted]"


@pytest.mark.parametrize(("unit", "times", "tail"), HOSTILE)
@pytest.mark.timeout(60)
def test_hostile_repetition_is_redacted_without_hanging(unit: str, times: int, tail: str) -> None:
    """Text from outside is adversarial: each of these finishes (a runaway pattern would hang past the
    timeout). How the time grows with the length is measured by benchmarks/redaction.py, not here."""
    text = unit * times + tail
    out = redaction.__wrapped__(text)  # type: ignore[attr-defined]
    assert len(out.source) >= len(text.strip()) // 2 and all(r.start < r.end for r in out.removals)
