"""`camcensus vendors`, `camcensus diligence ...`, `camcensus questionnaire ...`: due diligence."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.cli.common import console, fail, get_store, print_json, print_json_lines
from camcensus.diligence.costs import UnitCostError, unit_costs
from camcensus.diligence.national import all_exposures, national_summary
from camcensus.diligence.register import vendor_register
from camcensus.store.models import Body

diligence_app = typer.Typer(
    help="Exposure to restricted vendors, replacement cost, rights and compliance.",
    invoke_without_command=True,
)


def register(app: typer.Typer) -> None:
    """Add the due-diligence commands to the root app."""
    app.command("vendors")(vendors)
    app.add_typer(diligence_app, name="diligence")


def vendors(as_json: bool = typer.Option(False, "--json", help="One JSON object per vendor.")) -> None:
    """The vendor register: brands, restrictions (jurisdiction, date, source), CVEs, human-rights concerns."""
    entries = [entry.as_dict() for entry in vendor_register()]
    if as_json:
        print_json_lines(entries)
        return
    table = Table("vendor", "brands", "restrictions", "CVEs")
    for entry in entries:
        restrictions = "\n".join(
            f"{r['date']} {r['jurisdiction']}: {r['name']}" for r in entry["restrictions"]
        )
        table.add_row(entry["name"], ", ".join(entry["brands"]), restrictions, ", ".join(entry["cves"]))
    console.print(table)


def find_body(session: Session, ref: str) -> Body:
    """A body by id (digits) or by code."""
    body = session.get(Body, int(ref)) if ref.isdigit() else None
    body = body or session.scalar(select(Body).where(Body.code == ref))
    if body is None:
        fail(f"no body with id or code {ref!r}")
    return body


@diligence_app.callback()
def diligence(
    ctx: typer.Context,
    body_ref: str = typer.Option(None, "--body", help="One body, by id or code."),
    as_json: bool = typer.Option(
        False, "--json", help="JSON: one object per body, then the national totals."
    ),
    costs_file: Path = typer.Option(None, "--unit-costs", help="An edited copy of unit_costs.csv."),
) -> None:
    """Exposure per body (cameras by vendor and brand, best-supported count, restrictions, capabilities,
    sensitive sites) and replacement cost ranges, with national totals."""
    if ctx.invoked_subcommand is not None:
        return
    try:
        costs = unit_costs(costs_file)
    except (OSError, UnitCostError) as exc:
        fail(str(exc))
    with get_store(ctx).session() as session:
        ids = [find_body(session, body_ref).id] if body_ref else None
        exposures = all_exposures(session, ids, costs)
        national = national_summary(exposures)
    if as_json:
        if body_ref:
            print_json(exposures[0].as_dict())
        else:
            print_json_lines(
                [{"kind": "body", **e.as_dict()} for e in exposures] + [{"kind": "national", **national}]
            )
        return
    _print_exposures(exposures, national)


def _range(values: list[int] | None, money: bool = False) -> str:
    if values is None:
        return "unknown"
    low, high = values
    fmt = (lambda v: f"£{v:,}") if money else (lambda v: f"{v:,}")
    return fmt(low) if low == high else f"{fmt(low)}–{fmt(high)}"


def _print_exposures(exposures: list, national: dict) -> None:
    table = Table("id", "body", "cameras (basis)", "restricted cameras", "replacement", "flags")
    for e in exposures:
        data = e.as_dict()
        count = data["camera_count"]
        cost = data["replacement_cost"]
        table.add_row(
            str(e.body["id"]),
            e.body["name"],
            f"{count['best'] if count['best'] is not None else '?'} ({count['basis']})",
            _range(data["restricted_cameras"]["cameras"]),
            _range(cost["range_gbp"], money=True) if cost else "not estimable",
            "; ".join(e.flags),
        )
    console.print(table)
    total = national["total"]
    console.print(
        f"{total['bodies']} bodies; {total['bodies_using_restricted']} use a restricted vendor; "
        f"restricted cameras {_range(total['restricted_cameras'])}; replacement "
        f"{_range(total['replacement_cost_gbp'], money=True)} over {total['bodies_priced']} bodies; "
        f"{len(total['not_counted'])} using bodies without a count"
    )
