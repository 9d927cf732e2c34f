"""Redaction on the corpus: every personal item in every variant goes, every fact stays."""

from __future__ import annotations

import time

import pytest
from tests.redaction.corpus import KEPT, all_cases, leaked

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


@pytest.mark.parametrize(
    "text",
    [
        "Regards\n" * 2000,
        "Officer " * 3000,
        "Information Governance Officer " * 1000,
        "a@" * 5000,
        "0 " * 5000,
        "a." * 5000 + "@x",
        "x at y dot " * 2000,
        "ap " * 5000 + "Jones",
        "Dear Ms " * 2000,
        "12 High Street " * 2000,
    ],
)
def test_hostile_repetition_is_redacted_in_bounded_time(text: str) -> None:
    """Text from outside is adversarial: no rule may take time growing with the square of its length."""
    started = time.perf_counter()
    redaction.__wrapped__(text)  # type: ignore[attr-defined]
    assert time.perf_counter() - started < 3.0
