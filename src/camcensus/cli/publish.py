"""`camcensus stats`, `camcensus report`, `camcensus publish`: what the public reads."""

from __future__ import annotations

from pathlib import Path

import typer

from camcensus.analysis.population import EmbargoError
from camcensus.analysis.stats import StatRow, national_stats
from camcensus.cli.common import fail, print_json, print_json_lines, read_store
from camcensus.cli.output import Format, Grid, chosen, format_option, print_grid, synthetic_line
from camcensus.knowledge.vendors import ANY_CONCERN, concern_label, concern_names
from camcensus.reports.charts import pct
from camcensus.synthetic import holds_synthetic


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def stats(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="One JSON object per row."),
    by: str = typer.Option(
        "sector,nation", "--by", help="Break down by sector, nation, both, or '' for UK totals."
    ),
    campaign: str = typer.Option(None, "--campaign", help="Only this campaign (default: all)."),
    include_embargoed: bool = typer.Option(
        False, "--include-embargoed", help="Count campaigns still under embargo (never for publication)."
    ),
    fmt: Format = format_option(),
) -> None:
    """Shares per vendor of concern and either: asked, responded, disclosed, Wilson 95% interval, bounds."""
    try:
        with read_store(ctx).session() as session:
            rows = national_stats(
                session, by=_split(by), campaign=campaign, include_embargoed=include_embargoed
            )
            synthetic = holds_synthetic(session)
    except (ValueError, EmbargoError) as exc:
        fail(str(exc))
    if as_json:
        print_json_lines([row.as_dict() for row in rows])
    else:
        print_grid(_grid(rows), chosen(fmt), synthetic)


def _grid(rows: list[StatRow]) -> Grid:
    grid = Grid(
        ("sector", "nation", "vendor", "asked", "replied", "k of n", "share", "95% CI", "bounds", "weighted"),
        title=f"Who uses {concern_names('and')}: k of the n bodies that disclosed; "
        "bounds: the share of all asked if every other said no..yes; weighted: a pooled row's estimate "
        "post-stratified by the register's bodies per sector, with its 95% CI",
        numeric=frozenset({"asked", "replied", "k of n", "share"}),
        wrap=frozenset({"sector", "nation", "weighted"}),
        widest={"nation": 10, "weighted": 8},  # two short lines each, leaving the sector room
    )
    for row in rows:
        d = row.as_dict()
        grid.add(
            d["sector_label"],
            d["nation_label"],
            "either" if row.vendor == ANY_CONCERN else concern_label(row.vendor),
            row.asked,
            row.responded,
            row.k_of_n(),
            pct(row.share, 1),
            _range(row.ci95),
            _range(row.bounds),
            _weighted(row),
        )
    return grid


def _weighted(row: StatRow) -> str:
    """A pooled row's weighted estimate and its interval (empty for a row of one sector)."""
    if row.weighted is None:
        return ""
    if row.weighted.share is None:
        return "–"
    return f"{pct(row.weighted.share, 1)} ({_range(row.weighted.ci95)})"


def _range(pair: tuple[float, float]) -> str:
    return f"{pair[0]:.0%}–{pair[1]:.0%}".replace("%–", "–")


def report(
    ctx: typer.Context,
    out: Path = typer.Option(..., "--out", help="Directory for index.html (and report.pdf)."),
    pdf: bool = typer.Option(False, "--pdf", help="Also render report.pdf with WeasyPrint."),
) -> None:
    """Write the self-contained HTML report (and PDF) from the campaigns not under embargo."""
    from camcensus.reports.html import write_report

    store = read_store(ctx)
    try:
        path = write_report(store, out, pdf=pdf)
    except (OSError, RuntimeError) as exc:
        fail(f"cannot write the report to {out}: {exc}")
    typer.echo(str(path))
    if pdf:
        typer.echo(str(path.with_name("report.pdf")))


def publish_(
    ctx: typer.Context,
    out: Path = typer.Option(..., "--out", help="Directory for the open data files."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Write open data: CSV and Parquet tables, datapackage.json, camcensus-public.db and metadata.json."""
    from camcensus.reports.publish import publish

    store = read_store(ctx)
    try:
        summary = publish(store, out)
    except (OSError, RuntimeError) as exc:
        fail(f"cannot publish to {out}: {exc}")
    if as_json:
        print_json(summary.as_dict())
        return
    for name, count in summary.tables.items():
        typer.echo(f"{name}: {count} rows")
    typer.echo(f"wrote {len(summary.files)} files to {out}")
    synthetic_line(summary.synthetic)


def register(app: typer.Typer) -> None:
    app.command("stats")(stats)
    app.command("report")(report)
    app.command("publish")(publish_)
