"""The dashboard's headline cards read in the vendor catalogue's order of the vendors of concern, then
either."""

from __future__ import annotations

from camcensus.knowledge.vendors import ANY_CONCERN, concern_keys
from camcensus.web.dashboard import _headline


def test_headline_cards_follow_the_catalogue_order_then_either() -> None:
    rows = [
        {"sector": "all", "vendor": key, "asked": 58, "nation": "all"}
        for key in sorted((*concern_keys(), ANY_CONCERN))  # alphabetical on purpose
    ]
    assert [r["vendor"] for r in _headline(rows)] == [*concern_keys(), ANY_CONCERN]
