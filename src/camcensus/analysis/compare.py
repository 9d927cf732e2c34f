"""Two survey rounds compared (``camcensus compare``), and a round against a published figure.

Per vendor and group: each round's share with its Wilson interval and non-response bounds
(``camcensus.analysis.stats``), the difference (later minus earlier) with a 95% interval by Newcombe's hybrid
score method (Newcombe 1998, method 10: the two Wilson intervals combined), and the bounds of the difference
(the later round's bounds less the earlier's). Per body asked in both rounds: what changed for each vendor
(yes -> no, no -> yes, unknown -> known, known -> unknown) and the bodies that refused both times, each with
the quotes behind it. A published figure (a CSV of group, vendor, share and n where known, with its source) is
compared with the later round and marked external.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from camcensus.analysis.population import SurveyedBody, vendor_keys
from camcensus.analysis.rounds import Round, latest_two, load_round, sent_between
from camcensus.analysis.sectors import ALL
from camcensus.analysis.stats import DIMENSIONS, StatRow, stats_for, wilson_interval
from camcensus.knowledge.vendors import ANY_CONCERN, concern_keys
from camcensus.redaction import redact

QUOTES_PER_SIDE = 3


def newcombe_interval(k1: int, n1: int, k2: int, n2: int, z: float = 1.96) -> tuple[float, float] | None:
    """Interval for p1 - p2 (p1 = k1/n1, p2 = k2/n2) by Newcombe's hybrid score method; None when either
    round has no one who disclosed."""
    if n1 == 0 or n2 == 0:
        return None
    p1, p2 = k1 / n1, k2 / n2
    l1, u1 = wilson_interval(k1, n1, z)
    l2, u2 = wilson_interval(k2, n2, z)
    low = p1 - p2 - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = p1 - p2 + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return (max(-1.0, low), min(1.0, high))


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def _side(row: StatRow | None) -> dict[str, Any]:
    if row is None:
        return {"asked": 0, "responded": 0, "disclosed": 0, "k": 0, "n": 0, "share": None}
    d = row.as_dict()
    return {key: d[key] for key in ("asked", "responded", "disclosed", "k", "n", "share", "ci95", "bounds")}


def compare_rows(earlier: list[StatRow], later: list[StatRow]) -> list[dict[str, Any]]:
    """One row per group and vendor found in either round: both sides, the difference and its interval."""
    before = {(r.sector, r.nation, r.vendor): r for r in earlier}
    after = {(r.sector, r.nation, r.vendor): r for r in later}
    keys = list(dict.fromkeys([*before, *after]))
    out = []
    for key in keys:
        a, b = before.get(key), after.get(key)
        ka, na = (a.k, a.n) if a else (0, 0)
        kb, nb = (b.k, b.n) if b else (0, 0)
        interval = newcombe_interval(kb, nb, ka, na)
        bounds = (
            [_r(b.bounds[0] - a.bounds[1]), _r(b.bounds[1] - a.bounds[0])]
            if a and b and a.asked and b.asked
            else None
        )
        out.append(
            {
                "sector": key[0],
                "nation": key[1],
                "vendor": key[2],
                "a": _side(a),
                "b": _side(b),
                "difference": _r(kb / nb - ka / na) if na and nb else None,
                "difference_ci95": [_r(v) for v in interval] if interval else None,
                "difference_bounds": bounds,
            }
        )
    return out


# --- per body ----------------------------------------------------------------------------------------------


#: each change in words, for people (the report, the web page)
CHANGE_LABELS = {
    "yes_to_no": "Used it then, not now",
    "no_to_yes": "Did not use it then, does now",
    "unknown_to_known": "Did not say then, says now",
    "known_to_unknown": "Said then, does not say now",
    "refused_both": "Refused both times",
}
#: a body's answer on a vendor in words
STATUS_LABELS = {"yes": "uses it", "no": "does not use it", "unknown": "did not say", "refused": "refused"}


def change_kind(before: str, after: str) -> str | None:
    """What moved between a body's two answers (yes, no or unknown), or None when nothing did."""
    if before == after:
        return None
    if before == "unknown":
        return "unknown_to_known"
    if after == "unknown":
        return "known_to_unknown"
    return f"{before}_to_{after}"


def _quotes(round_: Round, body: SurveyedBody, keys: Sequence[str]) -> list[str]:
    ids = [i for key in keys for i in body.fact_evidence.get(key, [])]
    quotes = [redact(round_.quotes[i]) for i in ids if round_.quotes.get(i)]
    return list(dict.fromkeys(q for q in quotes if q))[:QUOTES_PER_SIDE]


def _fact_keys(vendor: str) -> tuple[str, ...]:
    """The facts whose evidence stands behind a figure: the vendor's own, every vendor's for ``either``."""
    return concern_keys() if vendor == ANY_CONCERN else (vendor,)


def _behind(status: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The facts to quote for one side: a vendor unknown is quoted by what the reply said instead (a
    refusal, its exemptions)."""
    return ("outcome", "exemptions") if status == "unknown" else keys


def _changes(old: SurveyedBody, new: SurveyedBody) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    """(what, from, to, change, fact keys) for each vendor whose status moved, and a refusal both times."""
    found = []
    for vendor in vendor_keys():
        was, now = old.vendor_status(vendor), new.vendor_status(vendor)
        if change := change_kind(was, now):
            found.append((vendor, was, now, change, _fact_keys(vendor)))
    if old.outcome == "refused" and new.outcome == "refused":
        found.append(("outcome", "refused", "refused", "refused_both", ("outcome", "exemptions")))
    return found


def transitions(earlier: Round, later: Round) -> list[dict[str, Any]]:
    """What changed for each body asked in both rounds, with the quotes behind each side."""
    before = {b.body_id: b for b in earlier.bodies}
    out = []
    for body in later.bodies:
        old = before.get(body.body_id)
        for what, was, now, change, keys in _changes(old, body) if old is not None else []:
            assert old is not None
            out.append(
                {
                    "code": body.code,
                    "body": body.name,
                    "vendor": what,
                    "from": was,
                    "to": now,
                    "change": change,
                    "quotes": {
                        "a": _quotes(earlier, old, _behind(was, keys)),
                        "b": _quotes(later, body, _behind(now, keys)),
                    },
                }
            )
    return out


# --- a published figure ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublishedFigure:
    group: str  # a sector key (council, school_secondary, nhs, all ...), optionally "sector/nation"
    vendor: str
    share: float
    n: int | None
    source: str


def read_published(path: Path) -> list[PublishedFigure]:
    """A CSV of ``group, vendor, share, n`` (n may be empty; share as 0.73 or 73%) and optional ``source``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror or exc})") from None
    reader = csv.DictReader(io.StringIO(text))
    missing = {"group", "vendor", "share"} - set(reader.fieldnames or [])
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    figures = []
    for line, row in enumerate(reader, start=2):
        raw = (row.get("share") or "").strip()
        try:
            share = float(raw.rstrip("%")) / (100 if raw.endswith("%") else 1)
            n = int(row["n"]) if (row.get("n") or "").strip() else None
        except ValueError:
            raise ValueError(f"{path}:{line}: share must be a number and n a whole number") from None
        if not 0 <= share <= 1:
            raise ValueError(f"{path}:{line}: share {raw} is not between 0 and 1 (or 0% and 100%)")
        source = (row.get("source") or "").strip() or path.name
        figures.append(PublishedFigure(row["group"].strip(), row["vendor"].strip().lower(), share, n, source))
    return figures


def against_published(rows: list[StatRow], figures: list[PublishedFigure]) -> list[dict[str, Any]]:
    """Each published figure beside the round's share for the same group and vendor (``external``)."""
    by_key = {(r.sector, r.nation, r.vendor): r for r in rows}
    out = []
    for figure in figures:
        sector, _, nation = figure.group.partition("/")
        row = by_key.get((sector, nation or ALL, figure.vendor))
        ours = _side(row)
        interval = None
        if row is not None and row.n and figure.n:
            interval = newcombe_interval(row.k, row.n, round(figure.share * figure.n), figure.n)
        elif row is not None and row.n:  # the published figure's size unknown: taken as exact
            interval = (row.ci95[0] - figure.share, row.ci95[1] - figure.share)
        out.append(
            {
                "sector": sector,
                "nation": nation or ALL,
                "vendor": figure.vendor,
                "external": {"share": figure.share, "n": figure.n, "source": figure.source},
                "b": ours,
                "difference": _r(row.k / row.n - figure.share) if row is not None and row.n else None,
                "difference_ci95": [_r(v) for v in interval] if interval else None,
            }
        )
    return out


# --- the whole comparison ----------------------------------------------------------------------------------


def compare_rounds(
    session: Session,
    a: str | None = None,
    b: str | None = None,
    by: Sequence[str] = DIMENSIONS,
    published: list[PublishedFigure] | None = None,
    include_embargoed: bool = False,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """The ``compare --json`` document: rounds ``a`` (earlier) and ``b`` (later), default the two latest
    (campaigns under embargo on ``today`` left out unless ``include_embargoed``)."""
    if (a is None) != (b is None):
        raise ValueError("name both rounds, or neither (the two latest)")
    if a is not None and a == b:
        raise ValueError("name two different campaigns")
    names = [a, b] if a is not None and b is not None else latest_two(session, include_embargoed, today)
    if len(names) < 2 and not (published and names):
        raise ValueError("comparing needs two campaigns (or one and --published)")
    rounds = [load_round(session, name, include_embargoed, today) for name in names]
    stats = [stats_for(r.bodies, by) for r in rounds]
    later, later_stats = rounds[-1], stats[-1]
    document: dict[str, Any] = {
        "a": _about(session, rounds[0]) if len(rounds) == 2 else None,
        "b": _about(session, later),
        "rows": compare_rows(stats[0], later_stats) if len(rounds) == 2 else [],
        "transitions": transitions(rounds[0], later) if len(rounds) == 2 else [],
        "external": against_published(later_stats, published or []),
    }
    return document


def _about(session: Session, round_: Round) -> dict[str, Any]:
    campaign = round_.campaign
    first, last = sent_between(session, campaign)
    return {
        "campaign": campaign.name,
        "synthetic": bool(campaign.synthetic),
        "asked": len(round_.bodies),
        "sent": [first.isoformat() if first else None, last.isoformat() if last else None],
    }
