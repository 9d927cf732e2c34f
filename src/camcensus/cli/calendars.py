"""`camcensus foi deadline`, `foi holidays ...` and `foi terms ...`: statutory due dates and the calendars
they count on (ad hoc holidays, school terms)."""

from __future__ import annotations

from pathlib import Path

import typer

from camcensus.cli.common import fail, get_store, parse_date, print_json, read_store
from camcensus.enums import Nation

holidays_app = typer.Typer(
    help="Ad hoc proclaimed holidays (open deadlines are recomputed).", no_args_is_help=True
)
terms_app = typer.Typer(help="The school term calendar used by the schools rule.", no_args_is_help=True)


def register(foi_app: typer.Typer) -> None:
    """Add these commands to `camcensus foi` (camcensus.cli.foi calls it before adding its own)."""
    foi_app.command("deadline")(deadline)
    foi_app.add_typer(holidays_app, name="holidays")
    foi_app.add_typer(terms_app, name="terms")


def deadline(
    ctx: typer.Context,
    law: str = typer.Option(..., "--law", help="foia, foisa, eir or schools."),
    received: str = typer.Option(..., "--received", help="Date of receipt, YYYY-MM-DD."),
    extension: bool = typer.Option(False, "--extension", help="Add the public-interest extension."),
    use_store: bool = typer.Option(
        False, "--with-store", help="Also count ad hoc holidays and the term calendar kept in the store."
    ),
    as_json: bool = typer.Option(False, "--json", help="JSON with the non-working days skipped."),
) -> None:
    """The statutory due date (ISO) of a request received on a date."""
    from camcensus.foi.deadlines import statutory_due_date
    from camcensus.foi.laws import UnknownLaw

    day = parse_date(received, "--received")
    adhoc, terms = [], None
    if use_store:
        from camcensus.foi.calendars import load_adhoc, load_terms

        with get_store(ctx).session() as session:
            adhoc, terms = load_adhoc(session), load_terms(session)
    try:
        due = statutory_due_date(law, day, extension=extension, adhoc=adhoc, school_terms=terms)
    except (UnknownLaw, ValueError) as exc:
        fail(str(exc))
    if as_json:
        print_json(due.as_dict())
    else:
        typer.echo(due.due.isoformat())


@holidays_app.command("add")
def holidays_add(
    ctx: typer.Context,
    day: str = typer.Argument(..., help="YYYY-MM-DD"),
    name: str = typer.Option("Proclaimed bank holiday", "--name"),
    nation: list[str] = typer.Option(None, "--nation", help="Nation(s) where it applies (default: all)."),
    working: bool = typer.Option(
        False, "--working", help="A listed holiday that was not held (a working day)."
    ),
) -> None:
    """Record an ad hoc holiday and recompute every open deadline."""
    from camcensus.foi.calendars import add_adhoc
    from camcensus.foi.lifecycle import refresh_deadlines

    when = parse_date(day, "DAY")
    try:
        nations = tuple(Nation.parse(n) for n in nation) if nation else None
    except ValueError as exc:
        fail(str(exc))
    with get_store(ctx).session() as session:
        add_adhoc(session, when, name, nations, working)
        moved = refresh_deadlines(session)
    typer.echo(f"{when.isoformat()} {name}: {moved.get('recomputed', 0)} open deadlines moved")


@holidays_app.command("remove")
def holidays_remove(ctx: typer.Context, day: str = typer.Argument(..., help="YYYY-MM-DD")) -> None:
    """Forget an ad hoc holiday and recompute every open deadline."""
    from camcensus.foi.calendars import remove_adhoc
    from camcensus.foi.lifecycle import refresh_deadlines

    when = parse_date(day, "DAY")
    with get_store(ctx).session() as session:
        if not remove_adhoc(session, when):
            fail(f"no ad hoc holiday on {when.isoformat()}")
        moved = refresh_deadlines(session)
    typer.echo(f"removed {when.isoformat()}: {moved.get('recomputed', 0)} open deadlines moved")


@holidays_app.command("list")
def holidays_list(ctx: typer.Context, as_json: bool = typer.Option(False, "--json")) -> None:
    """The ad hoc holidays kept in the store."""
    from camcensus.foi.calendars import load_adhoc

    with read_store(ctx).session() as session:
        items = [h.as_dict() for h in load_adhoc(session)]
    if as_json:
        print_json(items)
        return
    for item in items:
        typer.echo(
            f"{item['date']}  {item['name']}  {', '.join(item['nations'])}"
            + ("  (working day)" if item["working"] else "")
        )


@terms_app.command("import")
def terms_import(
    ctx: typer.Context, path: Path = typer.Argument(..., help="CSV: start,end and/or closed.")
) -> None:
    """Import the school term calendar and recompute open deadlines."""
    from camcensus.foi.calendars import read_terms_csv, save_terms
    from camcensus.foi.lifecycle import refresh_deadlines

    try:
        calendar = read_terms_csv(path)
    except OSError as exc:
        fail(f"{path}: {exc.strerror or exc}")
    except ValueError as exc:
        fail(str(exc))
    with get_store(ctx).session() as session:
        save_terms(session, calendar)
        moved = refresh_deadlines(session)
    typer.echo(
        f"{len(calendar.terms)} terms, {len(calendar.closed)} closed days; "
        f"{moved.get('recomputed', 0)} open deadlines moved"
    )
