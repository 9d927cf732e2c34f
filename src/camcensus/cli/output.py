"""Tables on standard output: boxed and at most 100 columns wide for a person at a terminal, whole rows for a
pipe (TSV unless --format says csv or json), and the synthetic-data line beside any figures."""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from camcensus.safetext import csv_writer
from camcensus.synthetic import SYNTHETIC_NOTE

MAX_WIDTH = 100  # a human table never needs a wider terminal than this


class Format(StrEnum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"


FORMAT_HELP = "table (the default at a terminal), tsv (the default when piped), csv, or json."


def format_option() -> Any:
    """The --format option every command that prints a table takes."""
    return typer.Option(None, "--format", case_sensitive=False, help=FORMAT_HELP)


def chosen(fmt: Format | None, as_json: bool = False) -> Format:
    """--json wins; then --format; then a table at a terminal and TSV anywhere else."""
    if as_json:
        return Format.json
    if fmt is not None:
        return fmt
    return Format.table if sys.stdout.isatty() else Format.tsv


@dataclass
class Grid:
    """A table's rows as text, with the header, the title, the right-aligned (numeric) columns and those that
    may wrap to fit a terminal (by default every other column)."""

    columns: Sequence[str]
    title: str | None = None
    numeric: frozenset[str] = frozenset()
    wrap: frozenset[str] | None = None
    cards: tuple[str, ...] = ()  # too wide for columns: a person sees a card per row, headed by these
    widest: dict[str, int] = field(default_factory=dict)  # at a terminal, columns kept to this width
    rows: list[list[str]] = field(default_factory=list)

    def add(self, *cells: object) -> None:
        self.rows.append(["" if c is None else str(c) for c in cells])


def print_grid(grid: Grid, fmt: Format, synthetic: bool = False) -> None:
    """Print ``grid`` in ``fmt`` (json: one object per row, keyed by column). The synthetic line goes
    under a human table, and to standard error beside the rows a program reads, so that they stay data."""
    if fmt is Format.table:
        if grid.cards:
            _print_cards(grid)
        else:
            _console().print(_rich(grid))
        if synthetic:
            _console().print(SYNTHETIC_NOTE, style="bold", highlight=False)
        return
    if fmt is Format.json:
        for row in grid.rows:
            sys.stdout.write(json.dumps(dict(zip(grid.columns, row, strict=True)), ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        writer = csv_writer(sys.stdout)
        writer.writerow(list(grid.columns))
        writer.writerows(grid.rows)
    else:
        for row in [list(grid.columns), *grid.rows]:
            sys.stdout.write("\t".join(_tsv_cell(c) for c in row) + "\n")
    if synthetic:
        typer.echo(SYNTHETIC_NOTE, err=True)


def synthetic_line(synthetic: bool) -> None:
    """The synthetic-data line for an output that is not a table (a summary of counts)."""
    if synthetic:
        typer.echo(SYNTHETIC_NOTE)


def _console() -> Console:
    width = shutil.get_terminal_size((MAX_WIDTH, 24)).columns
    return Console(width=min(width, MAX_WIDTH), soft_wrap=False, highlight=False)


def _print_cards(grid: Grid) -> None:
    """Each row as a short block: its heading columns on one line, then 'column: value' lines, wrapped."""
    width = min(shutil.get_terminal_size((MAX_WIDTH, 24)).columns, MAX_WIDTH)
    for row in grid.rows:
        cells = dict(zip(grid.columns, row, strict=True))
        heading = " · ".join(cells[c] for c in grid.cards if cells[c])
        lines = textwrap.wrap(heading, width, subsequent_indent="  ")
        for name in grid.columns:
            if name not in grid.cards and cells[name]:
                lines += textwrap.wrap(
                    f"{name}: {cells[name]}", width, initial_indent="  ", subsequent_indent="    "
                )
        sys.stdout.write("\n".join(lines) + "\n\n")


def _rich(grid: Grid) -> Table:
    table = Table(
        title=grid.title,
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
        title_justify="left",
    )
    for name in grid.columns:
        wraps = name not in grid.numeric if grid.wrap is None else name in grid.wrap
        table.add_column(
            name,
            overflow="fold",
            no_wrap=not wraps,
            justify="right" if name in grid.numeric else "left",
            max_width=grid.widest.get(name),
        )
    for row in grid.rows:
        table.add_row(*(Text(cell) for cell in row))  # text from outside is shown as it is, never as markup
    return table


def _tsv_cell(text: str) -> str:
    """A cell on one line with no tab in it: TSV has no quoting."""
    return " ".join(text.replace("\t", " ").split())
