"""`camcensus compare`: what changed between two survey rounds, and against a published figure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from camcensus.analysis.sectors import nation_label, sector_label
from camcensus.cli.common import console, fail, get_store, print_json
from camcensus.cli.output import Format, Grid, chosen, format_option, print_grid
from camcensus.knowledge.vendors import concern_label


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
    fmt: Format = format_option(),
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
    if as_json or fmt is Format.json:
        print_json(document)
        return
    _print(document, chosen(fmt))


def _group(row: dict[str, Any]) -> str:
    sector, nation = row.get("sector", "all"), row.get("nation", "all")
    if nation == "all":
        return sector_label(sector)
    return f"{sector_label(sector)}, {nation_label(nation)}" if sector != "all" else nation_label(nation)


def _print(document: dict[str, Any], fmt: Format) -> None:
    a, b = document["a"]["campaign"], document["b"]["campaign"]
    grid = Grid(
        ("group", "vendor", a, b, "change", "95% CI"),
        title=f"{a} -> {b}: bodies that disclosed, k of n",
        numeric=frozenset({"change"}),
        wrap=frozenset({"group"}),
    )
    for row in document["rows"]:
        sides = [f"{s['k']} of {s['n']} ({_pct(s['share'])})" for s in (row["a"], row["b"])]
        diff = "-" if row["difference"] is None else f"{row['difference'] * 100:+.0f} pts"
        grid.add(_group(row), concern_label(row["vendor"]), *sides, diff, _interval(row["difference_ci95"]))
    if grid.rows:
        print_grid(grid, fmt, synthetic=bool(document.get("synthetic")))
    changes = Grid(("body", "vendor", a, b), title="What changed, per body", wrap=frozenset({"body"}))
    for item in document["transitions"]:
        what = "Outcome" if item["vendor"] == "outcome" else concern_label(item["vendor"])
        changes.add(item["body"], what, item["from"], item["to"])
    if changes.rows:
        print_grid(changes, fmt)
    for item in document["external"]:
        ext = item["external"]
        console.print(
            f"{_group(item)} {concern_label(item['vendor'])}: {b} {_pct(item['b']['share'])} "
            f"vs {_pct(ext['share'])} published ({ext['source']}, external); "
            f"difference {_interval(item['difference_ci95'])}",
            highlight=False,
        )
