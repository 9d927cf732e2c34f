"""The demo's two survey rounds: the same bodies asked two years apart, some answering differently.

The earlier round's replies are the current round's, written by the same corpus writer from the same seed,
except where ``demo/data/rounds.toml`` names another reply for a scenario. So the changes `camcensus compare`
should find are known: they are read off the two rounds' labels (``expected_changes``) and the demo's Check
step counts how many of them compare finds.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from camcensus.analysis.compare import change_kind
from camcensus.foi.delivery import Clock, now
from camcensus.knowledge.vendors import concern_keys

CURRENT = "demo-cctv-2026"
EARLIER = "demo-cctv-2024"
# The current round went out six weeks before the demo runs, so its replies (5 to 30 days after each request)
# have all arrived and a request with none is overdue; the earlier round two years before it.
CURRENT_AGO = dt.timedelta(weeks=6)
EARLIER_AGO = CURRENT_AGO + dt.timedelta(days=730)


def earlier_replies() -> dict[str, tuple[str, ...]]:
    """What a body whose current reply is the key's scenario said in the earlier round: the first of these
    scenarios that fits it (``demo/data/rounds.toml``)."""
    with resources.files("camcensus.demo").joinpath("data", "rounds.toml").open("rb") as fh:
        rows = tomllib.load(fh)["earlier"]
    return {row["now"]: tuple(row["then"]) for row in rows}


def clock(ago: dt.timedelta) -> Clock:
    """The time ``ago`` before each moment a letter goes (naive UTC)."""
    return lambda: now() - ago


def _status(label: Mapping[str, Any] | None, key: str) -> str:
    value = str((label or {}).get(key) or "unknown")
    return value if key == "outcome" or value in ("yes", "no") else "unknown"


def expected_changes(
    earlier: Iterable[Mapping[str, Any]], later: Iterable[Mapping[str, Any]], body_of: Mapping[str, str]
) -> set[tuple[str, str, str]]:
    """(body code, vendor or ``outcome``, change) for each body labelled in either round: the transitions of
    each vendor of concern, and a refusal both times. ``body_of``: each request reference's body code."""
    rounds: list[dict[str, Mapping[str, Any]]] = [{}, {}]
    for side, labels in enumerate((earlier, later)):
        for label in labels:
            rounds[side][body_of[str(label["reference"])]] = label
    found = set()
    for code in rounds[0].keys() | rounds[1].keys():
        was, now_ = rounds[0].get(code), rounds[1].get(code)
        for vendor in concern_keys():
            if change := change_kind(_status(was, vendor), _status(now_, vendor)):
                found.add((code, vendor, change))
        if _status(was, "outcome") == _status(now_, "outcome") == "refused":
            found.add((code, "outcome", "refused_both"))
    return found
