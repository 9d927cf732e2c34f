"""What the report says, gathered from the store as plain values (the template only lays them out)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.analysis.figures import Figures
from camcensus.analysis.population import SurveyedBody, vendor_keys
from camcensus.analysis.sectors import ALL, POOLED, nation_label, sector_label, sector_name
from camcensus.analysis.stats import StatRow
from camcensus.analysis.weighting import Weighted
from camcensus.knowledge.exemptions import exemption_label
from camcensus.knowledge.vendors import ANY_CONCERN, concern_keys, concern_label, concern_names
from camcensus.redaction import public_filename, redact
from camcensus.reports.charts import CSS as CHART_CSS
from camcensus.reports.charts import Bar, pct, share_chart, vendor_colour
from camcensus.reports.ukmap import MapPoint, uk_map
from camcensus.safetext import display_text
from camcensus.store.models import Campaign, Document, Evidence

FACT_LABELS = {
    "manufacturers": "Manufacturers",
    "outcome": "Reply",
    "exemptions": "Exemption",
    "camera_count": "Camera count",
    "capabilities": "Capability",
}
MAX_QUOTES = 8
MAX_QUOTE_CHARS = 500


def fact_labels() -> dict[str, str]:
    """The body facts whose quotes the appendix shows, in order, with their labels."""
    return {**{key: concern_label(key) for key in concern_keys()}, **FACT_LABELS}


def quoted_facts() -> tuple[str, ...]:
    return tuple(fact_labels())


def report_title() -> str:
    """The title of the report and of the open data."""
    return f"{concern_names('and')} cameras in the UK public sector"


def describe(row: StatRow) -> str:
    """'k of n (share, 95% interval lo–hi)' in words a reader can quote."""
    if not row.n:
        return f"0 of 0 (none of the {row.asked} asked disclosed)"
    lo, hi = row.ci95
    return f"{row.k} of {row.n} ({pct(row.share)}; 95% interval {pct(lo)}–{pct(hi)})"


def stat_bar(row: StatRow, label: str) -> Bar:
    return Bar(label, row.k, row.n, row.ci95, row.bounds, vendor_colour(row.vendor))


@dataclass
class Quote:
    fact: str
    value: str
    quote: str
    location: str


@dataclass
class BodyEntry:
    name: str
    sector: str
    nation: str
    vendors: list[tuple[str, str]]  # (vendor of concern, yes | no | unknown)
    outcome: str
    cameras: str
    exemptions: str
    quotes: list[Quote] = field(default_factory=list)
    lines: list[tuple[str, str]] = field(default_factory=list)  # from section providers (DPIA, Code)


def map_answer(body: SurveyedBody) -> str:
    status = body.vendor_status(ANY_CONCERN)
    if status == "yes":
        return "uses"
    if status == "no":
        return "does_not"
    if body.outcome == "refused":
        return "refused"
    return "undisclosed" if body.responded else "no_reply"


def map_svg(bodies: Sequence[SurveyedBody]) -> str:
    return uk_map([MapPoint(b.name, map_answer(b), b.easting, b.northing, b.lat, b.lon) for b in bodies])


def describe_weighted(weighted: Weighted | None) -> str:
    """'share (95% interval lo–hi)' of an estimate weighted to the register, or why there is none."""
    if weighted is None or weighted.share is None:
        return "no estimate (no body disclosed)"
    lo, hi = weighted.ci95
    return f"{pct(weighted.share)} (95% interval {pct(lo)}–{pct(hi)})"


def headline(rows: list[StatRow]) -> dict[str, Any]:
    """The all-sector figures (weighted to the register, and pooled) and one line per sector, for 'either'
    vendor."""
    either = [r for r in rows if r.vendor == ANY_CONCERN]
    total = next(r for r in either if r.sector == ALL)
    lines = [(sector_label(r.sector), describe(r)) for r in either if r.sector != ALL and r.asked]
    return {
        "total": total,
        "total_text": describe(total),
        "weighted": total.weighted,
        "weighted_text": describe_weighted(total.weighted),
        "lines": lines,
    }


def sector_table(rows: list[StatRow]) -> list[dict[str, Any]]:
    by_sector: dict[str, dict[str, StatRow]] = {}
    for row in rows:
        by_sector.setdefault(row.sector, {})[row.vendor] = row
    return [
        {"label": sector_label(sector), "name": sector_name(sector), "sector": sector, **vendors}
        for sector, vendors in by_sector.items()
        if vendors[ANY_CONCERN].asked or sector == ALL
    ]


def sector_charts(rows: list[StatRow]) -> list[tuple[str, str]]:
    charts = []
    for entry in sector_table(rows):
        if not entry[ANY_CONCERN].asked:
            continue
        bars = [stat_bar(entry[v], concern_label(v)) for v in vendor_keys()]
        charts.append((entry["label"], share_chart(bars, f"{entry['label']}: share using each vendor")))
    return charts


def weighted_bar(row: StatRow, label: str) -> Bar | None:
    """A pooled row's weighted estimate as a bar (its share and interval; no k of n of its own)."""
    w = row.weighted
    if w is None or w.share is None:
        return None
    note = f"{pct(w.share)} weighted"
    return Bar(label, row.k, row.n, w.ci95, None, vendor_colour(row.vendor), share_value=w.share, note=note)


def overview_chart(rows: list[StatRow]) -> str:
    bars: list[Bar] = []
    for r in rows:
        if r.vendor != ANY_CONCERN or not r.asked:
            continue
        weighted = weighted_bar(r, f"{sector_name(r.sector)}, weighted")
        bars += [weighted] if weighted else []
        bars.append(stat_bar(r, sector_label(r.sector)))
    return share_chart(bars, f"Share using {concern_names()}, by sector")


def _row_bar(row: dict[str, Any], label: str) -> Bar:
    lo, hi = row["ci95"]
    return Bar(label, row["k"], row["n"], (lo, hi), None)


def reply_charts(figures: Figures) -> dict[str, Any]:
    outcomes = [r for r in figures.outcomes if r["k"] or r["outcome"] != "unknown"]
    laws: dict[str, list[dict[str, Any]]] = {}
    for row in figures.exemptions:
        laws.setdefault(row["law_label"], []).append(row)
    return {
        "outcomes": share_chart(
            [_row_bar(r, r["outcome"].replace("_", " ").capitalize()) for r in outcomes],
            f"How bodies that replied answered (all sectors, {POOLED})",
            legend=False,
        ),
        "exemptions": [
            (
                law,
                rows[0]["n"],
                share_chart(
                    [_row_bar(r, exemption_label(r["exemption"], r["law"])) for r in rows],
                    f"Exemptions cited under {law}, share of bodies that replied under it ({POOLED})",
                    legend=False,
                ),
            )
            for law, rows in laws.items()
        ],
        "capabilities": share_chart(
            [_row_bar(r, r["capability"].replace("_", " ")) for r in figures.capabilities],
            f"Capabilities reported, share of bodies that said which they have ({POOLED})",
            legend=False,
        ),
    }


def appendix(session: Session, bodies: Sequence[SurveyedBody]) -> list[BodyEntry]:
    wanted = {i for b in bodies for key in quoted_facts() for i in b.fact_evidence.get(key, [])}
    evidence = _evidence(session, wanted)
    return [_entry(body, evidence) for body in bodies]


def _evidence(session: Session, ids: set[int]) -> dict[int, tuple[Evidence, str]]:
    found: dict[int, tuple[Evidence, str]] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        query = (
            select(Evidence, Document.filename)
            .outerjoin(Document, Evidence.document_id == Document.id)
            .where(Evidence.id.in_(ordered[start : start + 500]))
        )
        for item, filename in session.execute(query):
            found[item.id] = (item, filename or "")
    return found


def _entry(body: SurveyedBody, evidence: dict[int, tuple[Evidence, str]]) -> BodyEntry:
    quotes: list[Quote] = []
    seen: set[str] = set()
    labels = fact_labels()
    for key in labels:
        for evidence_id in body.fact_evidence.get(key, []):
            if evidence_id not in evidence or len(quotes) >= MAX_QUOTES:
                continue
            item, filename = evidence[evidence_id]
            text = redact(item.quote).strip()[:MAX_QUOTE_CHARS]
            if not text or text in seen:
                continue
            seen.add(text)
            where = ", ".join(p for p in (public_filename(filename), display_text(item.location)) if p)
            quotes.append(Quote(labels[key], redact(item.value), text, where))
    return BodyEntry(
        name=body.name,
        sector=sector_label(body.sector),
        nation=nation_label(body.nation),
        vendors=[(concern_label(key), body.vendor_status(key)) for key in concern_keys()],
        outcome=body.outcome.replace("_", " ") if body.responded else "no reply yet",
        cameras=str(body.camera_count) if body.camera_count is not None else "",
        exemptions=", ".join(body.fact_list("exemptions")),
        quotes=quotes,
    )


def campaign_lines(campaigns: Sequence[Campaign]) -> list[str]:
    return [f"{c.name}" + (" (synthetic)" if c.synthetic else "") for c in campaigns]


def build(
    session: Session,
    figures: Figures,
    today: dt.date | None = None,
    body_lines: dict[int, list[tuple[str, str]]] | None = None,
) -> dict[str, Any]:
    """Everything the template shows, from the one computation of the figures (`camcensus.analysis.figures`);
    ``body_lines``: further (label, value) lines per body for the appendix, from the section providers."""
    by_sector = figures.rows(("sector",))
    by_nation = [r for r in figures.rows(("nation",)) if r.vendor == ANY_CONCERN and r.asked]
    entries = appendix(session, figures.bodies)
    for body, entry in zip(figures.bodies, entries, strict=True):
        entry.lines = (body_lines or {}).get(body.body_id, [])
    return {
        "title": report_title(),
        "concern": concern_names(),
        "vendors": [(key, concern_label(key)) for key in concern_keys()],
        "generated": (today or dt.date.today()).isoformat(),
        "campaigns": campaign_lines(figures.campaigns),
        "synthetic": figures.synthetic,
        "headline": headline(by_sector),
        "sector_table": sector_table(by_sector),
        "overview_chart": overview_chart(by_sector),
        "sector_charts": sector_charts(by_sector),
        "nation_rows": [(nation_label(r.nation), r) for r in by_nation],
        "map": map_svg(figures.bodies),
        "charts": reply_charts(figures),
        "cameras": [{**r, "label": sector_label(r["sector"])} for r in figures.cameras if r["asked"]],
        "method": figures.method,
        "outcomes": figures.outcomes,
        "appendix": entries,
        "describe": describe,
        "describe_weighted": describe_weighted,
        "pct": pct,
        "chart_css": CHART_CSS,
    }
