"""`camcensus bodies ...`: the register of public bodies."""

from __future__ import annotations

import warnings
from pathlib import Path

import typer

from camcensus.cli.common import console, fail, get_store, print_json, print_json_lines, read_store
from camcensus.cli.output import Format, Grid, chosen, format_option, print_grid
from camcensus.enums import BodyType, Nation
from camcensus.registry import service

app = typer.Typer(help="The register of public bodies to survey.", no_args_is_help=True)


@app.command("import")
def import_(
    ctx: typer.Context,
    path: Path = typer.Argument(None, help="A register file; omit with --bundled."),
    fmt: str = typer.Option(
        None,
        "--format",
        help="csv | gias | nhs-ods (the NHS ODS layout; detected when omitted). 'ods' is a deprecated "
        "spelling of nhs-ods.",
    ),
    bundled: bool = typer.Option(False, "--bundled", help="Import the UK register shipped with camcensus."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Import bodies from a CSV (name,body_type,nation,email), a DfE GIAS export or the bundled register.

    Re-importing the same file changes nothing; bad rows are reported with their line and the rest imports.
    """
    if path is None and not bundled:
        fail("give a PATH to import, or --bundled for the UK register shipped with camcensus")
    store = get_store(ctx)
    try:
        with store.session() as session, warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DeprecationWarning)
            result = service.import_bundled(session) if bundled else service.import_file(session, path, fmt)
    except (FileNotFoundError, ValueError) as exc:
        fail(str(exc))
    for warning in caught:
        console.print(f"[yellow]warning:[/] {warning.message}", highlight=False)
    if as_json:
        print_json(result.as_dict())
    else:
        typer.echo(f"added {result.added}, updated {result.updated}, unchanged {result.unchanged}")
        for error in result.errors:
            console.print(f"[yellow]skipped[/] {error}", highlight=False)
    if result.errors and not (result.added or result.updated or result.unchanged):
        raise typer.Exit(1)


@app.command("list")
def list_(
    ctx: typer.Context,
    body_type: BodyType = typer.Option(None, "--type", help="Only bodies of this type."),
    nation: str = typer.Option(None, "--nation", help="England, Scotland, Wales, Northern Ireland or UK."),
    subtype: str = typer.Option(
        None, "--subtype", help="e.g. 'secondary' for schools, 'County' for councils."
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per body."),
    fmt: Format = format_option(),
) -> None:
    """List registered bodies."""
    try:
        nation_value = Nation.parse(nation) if nation else None
    except ValueError as exc:
        fail(str(exc))
    with read_store(ctx).session() as session:
        bodies = [
            service.body_as_dict(b) for b in service.list_bodies(session, body_type, nation_value, subtype)
        ]
    if as_json:
        print_json_lines(bodies)
        return
    table = Grid(("id", "name", "type", "nation", "FOI address"), numeric=frozenset({"id"}))
    for body in bodies:
        table.add(body["id"], body["name"], body["body_type"], body["nation"], body["email"])
    print_grid(table, chosen(fmt))
    console.print(f"{len(bodies)} bodies")


@app.command("count")
def count(ctx: typer.Context) -> None:
    """Counts by type and nation, as JSON."""
    with read_store(ctx).session() as session:
        counts: dict[str, int] = {}
        for body in service.list_bodies(session):
            key = f"{body.body_type.value}/{body.nation.value}"
            counts[key] = counts.get(key, 0) + 1
    print_json(dict(sorted(counts.items())))
