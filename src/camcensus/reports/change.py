"""The report's "Change since <earlier round>" section, when two or more rounds are published.

Its figures are the document of `camcensus.analysis.compare.compare_rounds` (by sector), the one computation
behind `camcensus compare --json --by sector`, `GET /api/compare` and the web's comparison page; the section
adds it to `figures.json` as ``change`` and only lays it out. The quotes are compare's, redacted by
`camcensus.redaction.redact` as every published quote is, and cut to the appendix's length.
"""

from __future__ import annotations

from typing import Any

from camcensus.analysis.compare import CHANGE_LABELS, STATUS_LABELS, compare_rounds
from camcensus.analysis.population import vendor_keys
from camcensus.analysis.rounds import latest_two
from camcensus.analysis.sectors import ALL
from camcensus.knowledge.vendors import ANY_CONCERN, concern_label
from camcensus.reports.content import MAX_QUOTE_CHARS
from camcensus.reports.sections import ReportContext
from camcensus.reports.templating import environment

BY = ("sector",)


def change_section(context: ReportContext) -> tuple[str, str] | None:
    """The section, or None while fewer than two rounds are published."""
    if len(latest_two(context.session, today=context.today)) < 2:
        return None
    document = compare_rounds(context.session, by=BY, today=context.today)
    context.figures["change"] = document
    env = environment()
    env.filters.update(points=points, points_range=points_range)
    html = env.get_template("change.html.j2").render(**change_view(document))
    return f"Change since {document['a']['campaign']}", html


def points(value: float | None) -> str:
    """A difference of shares in percentage points, signed: '−10 points', '+4 points', 'no change'."""
    if value is None:
        return "–"
    rounded = round(value * 100)
    return "no change" if rounded == 0 else f"{_signed(rounded)} points"


def points_range(values: list[float | None] | None) -> str:
    if not values or None in values:
        return "–"
    low, high = (round(v * 100) for v in values if v is not None)
    return f"{_signed(low)} to {_signed(high)} points"


def _signed(number: int) -> str:
    return "0" if number == 0 else f"{'+' if number > 0 else '−'}{abs(number)}"


def verdict(interval: list[float | None] | None) -> str:
    """What the 95% interval of a difference lets a reader say."""
    if not interval or None in interval:
        return "no comparison: a round has no body that said"
    low, high = interval
    assert low is not None and high is not None
    if low > 0:
        return "a rise: the whole 95% interval is above no change"
    if high < 0:
        return "a fall: the whole 95% interval is below no change"
    return "no clear change: the 95% interval includes no change"


def change_view(document: dict[str, Any]) -> dict[str, Any]:
    """What a page shows of compare's document (by sector, or by sector and nation): a sentence per vendor
    for all sectors, a table per vendor by sector (and by nation), the bodies whose answers moved."""
    both = [r for r in document["rows"] if r["a"]["asked"] and r["b"]["asked"]]
    by_sector = [r for r in both if r["nation"] == ALL]
    by_nation = [r for r in both if r["sector"] == ALL and r["nation"] != ALL]
    sectors = [
        {r["sector"] for r in document["rows"] if r[side]["asked"] and r["nation"] == ALL} for side in "ab"
    ]
    return {
        "a": document["a"],
        "b": document["b"],
        "lead": [
            {**r, "label": concern_label(r["vendor"]), "verdict": verdict(r["difference_ci95"])}
            for r in by_sector
            if r["sector"] == ALL
        ],  # fmt: skip
        "tables": _per_vendor(by_sector),
        "nation_tables": _per_vendor(by_nation) if by_nation else [],
        "only_one": sorted((sectors[0] | sectors[1]) - (sectors[0] & sectors[1])),
        "groups": transition_groups(document["transitions"]),
    }


def _per_vendor(rows: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    return [(concern_label(v), [r for r in rows if r["vendor"] == v]) for v in vendor_keys()]


def transition_groups(transitions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The bodies whose answers moved, under each kind of change in turn; per body what moved and the quotes
    of each round (vendor by vendor: the 'either' figure moves only with one of them)."""
    groups: dict[str, dict[str, dict[str, Any]]] = {kind: {} for kind in CHANGE_LABELS}
    for t in transitions:
        if t["vendor"] == ANY_CONCERN:
            continue
        entry = groups[t["change"]].setdefault(
            t["code"], {"name": t["body"], "code": t["code"], "moves": [], "a": [], "b": []}
        )
        if t["vendor"] != "outcome":
            was, now = STATUS_LABELS[t["from"]], STATUS_LABELS[t["to"]]
            entry["moves"].append(f"{concern_label(t['vendor'])}: {was} → {now}")
        for side in ("a", "b"):
            for quote in t["quotes"][side]:
                cut = quote.strip()[:MAX_QUOTE_CHARS]
                if cut and cut not in entry[side]:
                    entry[side].append(cut)
    return [
        {
            "kind": kind,
            "label": CHANGE_LABELS[kind],
            "bodies": sorted(bodies.values(), key=lambda b: b["name"]),
        }
        for kind, bodies in groups.items()
        if bodies
    ]
