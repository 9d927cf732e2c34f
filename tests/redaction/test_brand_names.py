"""Brand names and people's names: a brand read in free text is a fact and stays; a brand kept out of free
text because it is also a surname or a place ("Norden", "Legrand") is no reason to leave
a person's name in."""

from __future__ import annotations

import pytest

from camcensus.knowledge.brands import brands
from camcensus.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jane Norden confirmed that the cameras are made by Montavue.",
            "[name redacted] confirmed that the cameras are made by Montavue.",
        ),
        (
            "Please contact Mr Legrand about the KBVision recorders.",
            "Please contact Mr [name redacted] about the KBVision recorders.",
        ),
    ],
)
def test_a_surname_that_is_also_a_guarded_brand_is_redacted(text: str, expected: str) -> None:
    assert {"Norden", "Legrand"} <= {b.name for b in brands() if not b.match}
    assert redact(text) == expected


def test_brands_read_in_free_text_come_through() -> None:
    text = "The domes are Montavue, the recorders KBVision and Speco Technologies, the app Prama."
    assert redact(text) == text
