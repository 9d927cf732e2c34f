"""The `camcensus` command: a root with --db and one sub-command per stage of the data flow."""

from __future__ import annotations

import sys

import typer
from sqlalchemy.exc import OperationalError

from camcensus import __version__
from camcensus.cli import (
    alaveteli,
    bodies,
    compare,
    db,
    demo,
    diligence,
    documents,
    extract,
    foi,
    network,
    publish,
    review,
    web,
)
from camcensus.cli.common import STORE_UNUSABLE, console, state
from camcensus.store.database import first_line

app = typer.Typer(
    name="camcensus",
    help="Measure who uses which surveillance cameras across the UK public sector, and what they can do.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"camcensus {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db_url: str = typer.Option(
        None,
        "--db",
        envvar="CAMCENSUS_DB",
        help="Store URL: a SQLite path or sqlite:///FILE (default ./camcensus.db), or postgresql://...",
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version."
    ),
) -> None:
    state(ctx).db_url = db_url


app.add_typer(db.app, name="db")
app.add_typer(bodies.app, name="bodies")
app.add_typer(review.app, name="review")
diligence.register(app)
web.register(app)
publish.register(app)
extract.register(app)
network.register(app)
demo.register(app)
documents.register(app)
foi.register(app)
compare.register(app)
del alaveteli  # registers `foi import` on the foi commands when imported


def main() -> None:
    try:
        app()
    except OperationalError as exc:  # the server went away, or the file was locked, during a command
        console.print(f"[bold red]error:[/] the database failed: {first_line(exc)}", highlight=False)
        sys.exit(STORE_UNUSABLE)
