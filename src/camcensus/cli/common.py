"""What every command shares: the store chosen by --db, JSON output, and clear failures."""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from typing import Any, NoReturn

import typer
from rich.console import Console

from camcensus.store import Store

console = Console(stderr=True, soft_wrap=True)


@dataclass
class AppState:
    db_url: str | None = None
    _store: Store | None = field(default=None, repr=False)

    def store(self, migrate: bool = True) -> Store:
        """Open the store once per command; bring its schema up to date unless told not to."""
        if self._store is None:
            self._store = Store.from_url(self.db_url)
            if migrate:
                self._store.ensure_schema()
        return self._store


def state(ctx: typer.Context) -> AppState:
    root = ctx.find_root()
    if not isinstance(root.obj, AppState):
        root.obj = AppState()
    return root.obj


def get_store(ctx: typer.Context, migrate: bool = True) -> Store:
    return state(ctx).store(migrate=migrate)


def fail(message: str, code: int = 1) -> NoReturn:
    console.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, default=str, ensure_ascii=False) + "\n")


def print_json_lines(items: list[Any]) -> None:
    for item in items:
        print_json(item)


def interactive() -> bool:
    return sys.stderr.isatty()


def parse_date(value: str | None, option: str, default: dt.date | None = None) -> dt.date:
    """An ISO date given on the command line; `default` when none is given.

    A bad date is a clear error naming the option."""
    if not value and default is not None:
        return default
    try:
        return dt.date.fromisoformat(value or "")
    except ValueError:
        fail(f"{option} must be a date YYYY-MM-DD, got {value!r}")
