"""`camcensus compare`: what changed between two survey rounds, and against a published figure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from camcensus.cli.common import console, fail, get_store, print_json


def register(app: typer.Typer) -> None:
    app.command("compare")(compare)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def _interval(values: list[float | None] | None) -> str:
    if not values or None in values:
        return "-"
    low, high = values
    assert low is not None and high is not None
    return f"{low * 100:+.0f} to {high * 100:+.0f} pts"


def compare(
    ctx: typer.Context,
    campaigns: list[str] = typer.Argument(
        None, help="The earlier round and the later one (default: the two sent most recently)."
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON document."),
    by: str = typer.Option(
        "sector,nation", "--by", help="Break down by sector, nation, both, or '' for UK totals."
    ),
    published: Path = typer.Option(
        None,
        "--published",
        help="A published figure to set beside the later round: CSV of group, vendor, share, n (may be "
        "empty), source; group is a sector (council, nhs, all ...) or sector/nation. Marked external.",
    ),
    include_embargoed: bool = typer.Option(
        False, "--include-embargoed", help="Count campaigns still under embargo (never for publication)."
    ),
) -> None:
    """Each vendor's share per group in each round with its 95% interval and non-response bounds, the
    difference with its 95% interval (Newcombe's hybrid score method), and per body what changed (yes to no,
    no to yes, unknown to known, refused both times) with the quotes behind it."""
    from camcensus.analysis.compare import compare_rounds, read_published

    names = list(campaigns or [])
    if len(names) not in (0, 2):
        fail("name two campaigns (the earlier first), or none for the two latest")
    parts = tuple(p.strip() for p in by.split(",") if p.strip())
    earlier, later = (names[0], names[1]) if names else (None, None)
    try:
        figures = read_published(published) if published else None
        with get_store(ctx).session() as session:
            document = compare_rounds(
                session,
                earlier,
                later,
                by=parts,
                published=figures,
                include_embargoed=include_embargoed,
            )
    except ValueError as exc:
        fail(str(exc))
    if as_json:
        print_json(document)
        return
    _print(document)


def _print(document: dict[str, Any]) -> None:
    wide = Console(width=max(console.width, 150))
    a, b = document["a"], document["b"]
    if document["rows"]:
        table = Table(
            "sector", "nation", "vendor", a["campaign"], b["campaign"], "difference", "95% CI",
            title=f"{a['campaign']} -> {b['campaign']} (k of n bodies that disclosed)",
        )  # fmt: skip
        for row in document["rows"]:
            sides = [f"{s['k']} of {s['n']} ({_pct(s['share'])})" for s in (row["a"], row["b"])]
            diff = "-" if row["difference"] is None else f"{row['difference'] * 100:+.0f} pts"
            table.add_row(
                row["sector"], row["nation"], row["vendor"], *sides, diff, _interval(row["difference_ci95"])
            )
        wide.print(table)
    for item in document["transitions"]:
        wide.print(f"{item['body']}: {item['vendor']} {item['from']} -> {item['to']}", highlight=False)
    for item in document["external"]:
        ext = item["external"]
        wide.print(
            f"{item['sector']}/{item['nation']} {item['vendor']}: {b['campaign']} {_pct(item['b']['share'])} "
            f"vs {_pct(ext['share'])} published ({ext['source']}, external); "
            f"difference {_interval(item['difference_ci95'])}",
            highlight=False,
        )
