"""What every command shares: the store chosen by --db, JSON output, and clear failures."""

from __future__ import annotations

import datetime as dt
import json
import shlex
import sys
from dataclasses import dataclass, field
from typing import Any, NoReturn

import typer
from rich.console import Console
from sqlalchemy.exc import DBAPIError

from camcensus.store import Store, StoreError, StoreMissing, StoreOutdated, StoreUnreachable, sqlite_file
from camcensus.store.database import first_line

console = Console(stderr=True, soft_wrap=True)
STORE_UNUSABLE = 2  # the exit status when the store named by --db cannot be used


@dataclass
class AppState:
    db_url: str | None = None
    _store: Store | None = field(default=None, repr=False)

    def store(self, migrate: bool = True, existing: bool = False) -> Store:
        """Open the store once per command; bring its schema up to date unless told not to. With
        ``existing`` (commands that only read) the store must exist at the current schema: nothing is
        created or migrated, and a missing file or an old schema is an error that says what to run."""
        if self._store is None:
            try:
                self._store = self._open(migrate, existing)
            except StoreError as exc:
                fail(store_problem(exc, self.db_url), STORE_UNUSABLE)
            except DBAPIError as exc:
                fail(store_problem(StoreUnreachable(first_line(exc)), self.db_url), STORE_UNUSABLE)
            except ModuleNotFoundError as exc:
                fail(
                    f"no driver for this database ({exc.name}): pip install 'camcensus[postgres]'",
                    STORE_UNUSABLE,
                )
        return self._store

    def _open(self, migrate: bool, existing: bool) -> Store:
        if existing:
            return Store.open_existing(self.db_url)
        store = Store.from_url(self.db_url)
        if migrate:
            store.ensure_schema()
        return store


def store_problem(exc: StoreError, db_url: str | None) -> str:
    """One line: what is wrong with the store and the command that puts it right."""
    given = db_url or "camcensus.db"
    db = shlex.quote(given)
    if isinstance(exc, StoreMissing):
        where = "" if db_url else " (the default; choose another with --db FILE or CAMCENSUS_DB)"
        return (
            f"no database at {exc.path}{where}. Create one with `camcensus --db {db} bodies import "
            "--bundled`, or run `camcensus demo` and use --db camcensus-demo/camcensus.db"
        )
    if isinstance(exc, StoreOutdated):
        return f"the database {given} {exc}: run `camcensus --db {db} db upgrade` first"
    if isinstance(exc, StoreUnreachable):
        return f"cannot reach the database {_safe(given)}: {exc}"
    return str(exc)


def _safe(url: str) -> str:
    """A URL without its password, to print."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a string that is no URL is printed as it is
        return url


def state(ctx: typer.Context) -> AppState:
    root = ctx.find_root()
    if not isinstance(root.obj, AppState):
        root.obj = AppState()
    return root.obj


def get_store(ctx: typer.Context, migrate: bool = True) -> Store:
    return state(ctx).store(migrate=migrate)


def require_file(ctx: typer.Context) -> None:
    """Refuse a SQLite --db that does not exist, for a command that only looks at the store."""
    try:
        path = sqlite_file(state(ctx).db_url or "")
    except StoreError as exc:
        fail(str(exc), STORE_UNUSABLE)
    if path is not None and not path.is_file():
        fail(store_problem(StoreMissing(path), state(ctx).db_url), STORE_UNUSABLE)


def read_store(ctx: typer.Context) -> Store:
    """The store for a command that reads: it must exist at the current schema (see AppState.store)."""
    return state(ctx).store(migrate=False, existing=True)


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
