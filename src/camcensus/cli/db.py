"""`camcensus db ...`: migrations."""

from __future__ import annotations

import typer

from camcensus.cli.common import get_store, print_json, require_file

app = typer.Typer(help="Manage the store (SQLite file or PostgreSQL).", no_args_is_help=True)


@app.command("upgrade")
def upgrade(ctx: typer.Context) -> None:
    """Apply every migration to the store chosen by --db (or CAMCENSUS_DB)."""
    store = get_store(ctx, migrate=False)
    revisions = store.upgrade()
    typer.echo(f"{store.engine.url.render_as_string(hide_password=True)} at revision {', '.join(revisions)}")


@app.command("current")
def current(ctx: typer.Context, as_json: bool = typer.Option(False, "--json")) -> None:
    """Show the applied migration revisions and tables."""
    require_file(ctx)
    store = get_store(ctx, migrate=False)
    doc = {"revisions": store.current_revisions(), "tables": store.table_names()}
    if as_json:
        print_json(doc)
    else:
        typer.echo(f"revisions: {', '.join(doc['revisions']) or '(none)'}")
