"""The due-diligence sections of the report ("Due diligence", "Replacement", "Capabilities and rights impact",
"Surveillance Camera Code"), registered with `camcensus.reports.sections`, and the same sections as HTML
fragments for the web app. Data is escaped by the template; free text goes through
`camcensus.redaction.redact`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from camcensus.diligence.overview import overview
from camcensus.redaction import redact
from camcensus.reports import sections

TITLES = ("Due diligence", "Replacement", "Capabilities and rights impact", "Surveillance Camera Code")
MACROS = dict(zip(TITLES, ("due_diligence", "replacement", "rights_impact", "code"), strict=True))


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f}%"


def _span(values: list[int] | None) -> str:
    if values is None:
        return "unknown"
    low, high = values
    return f"{low:,}" if low == high else f"{low:,}–{high:,}"


def _best(best: int | None, values: list[int] | None) -> str:
    """'best (low–high)', or the count alone when it is exact."""
    if values is None or best is None:
        return _span(values)
    low, high = values
    return f"{best:,}" if low == high else f"{best:,} ({low:,}–{high:,})"


def _money(values: list[int] | None) -> str:
    if values is None:
        return "not estimable"
    low, high = values
    return f"£{low:,}" if low == high else f"£{low:,} to £{high:,}"


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("camcensus.diligence", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        pct=_pct, span=_span, best=_best, money=_money, redact=lambda text: redact(str(text or ""))
    )
    return env


def render_sections(values: dict[str, Any]) -> list[tuple[str, str]]:
    """The four sections, ``(title, html)``, from `camcensus.diligence.overview.overview` values."""
    module = environment().get_template("sections.html.j2").module
    return [(title, str(getattr(module, MACROS[title])(values)).strip()) for title in TITLES]


def _section(context: sections.ReportContext, title: str) -> tuple[str, str]:
    cached: dict[str, str] | None = getattr(context, "_diligence_sections", None)
    if cached is None:
        ids = [b.body_id for b in context.bodies]
        values = overview(context.session, ids, today=context.today)
        cached = dict(render_sections(values))
        context._diligence_sections = cached  # type: ignore[attr-defined]  # one computation for four sections
        context.figures["diligence"] = {key: values[key] for key in SHOWN}
        for body_id, lines in rights_lines(values["bodies"]).items():  # after other sections' lines
            context.body_lines.setdefault(body_id, []).extend(lines)
    return title, cached[title]


#: The overview's figures the sections show (the per-body rows are in the open data).
SHOWN = (
    "exposure",
    "national",
    "restrictions",
    "restriction_sources",
    "replacement",
    "unit_costs",
    "unit_cost_sources",
    "capabilities",
    "rights",
)


def rights_lines(rows: list[dict[str, Any]]) -> dict[int, list[tuple[str, str]]]:
    """Each body's DPIA status and Surveillance Camera Code statement and self-assessment, for its entry in
    the report's appendix."""
    lines = {}
    for row in rows:
        rights = row["rights"]
        dpia = rights["dpia"]
        assessed = rights["self_assessment"]
        code = rights["code_statement"]["reply"]
        lines[row["body"]["id"]] = [
            ("DPIA", dpia["status"] + ("" if dpia["status"] == "unknown" else f" ({dpia['basis']})")),
            ("complies with the Surveillance Camera Code, says its reply", code),
            (
                "Code self-assessment",
                f"{assessed['principles_met']} of {len(assessed['principles'])} principles met, "
                f"{assessed['principles_assessed']} assessed"
                if assessed["principles_assessed"]
                else "none entered",
            ),
        ]
    return lines


def _provider(title: str) -> Callable[[sections.ReportContext], tuple[str, str] | None]:
    def provider(context: sections.ReportContext) -> tuple[str, str] | None:
        return _section(context, title) if context.bodies else None

    provider.__name__ = MACROS[title]
    return provider


PROVIDERS = [sections.register(_provider(title)) for title in TITLES]
