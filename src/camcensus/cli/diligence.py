"""`camcensus vendors`, `camcensus diligence ...`, `camcensus questionnaire ...`: due diligence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import typer
from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.cli.common import (
    console,
    fail,
    get_store,
    parse_date,
    print_json,
    print_json_lines,
    read_store,
)
from camcensus.cli.output import Format, Grid, chosen, format_option, print_grid
from camcensus.diligence import questionnaires as dq
from camcensus.diligence.catalogue import vendor_catalogue
from camcensus.diligence.costs import UnitCostError, unit_costs
from camcensus.diligence.national import all_exposures, national_summary
from camcensus.diligence.rights import DeclarationError, import_declarations, national_rights, rights_of
from camcensus.diligence.rights import set_declaration as record_declaration
from camcensus.store.models import Body
from camcensus.synthetic import holds_synthetic

diligence_app = typer.Typer(
    help="Exposure to restricted vendors, replacement cost, rights and compliance.",
    invoke_without_command=True,
)


questionnaire_app = typer.Typer(
    help="Due-diligence questionnaires to suppliers, tracked like FOI requests.", no_args_is_help=True
)


code_app = typer.Typer(
    help="What a body declares about itself: its self-assessment against the 12 principles of the "
    "Surveillance Camera Code, its DPIA status, sensitive sites.",
    no_args_is_help=True,
)
diligence_app.add_typer(code_app, name="code-assessment")


def register(app: typer.Typer) -> None:
    """Add the due-diligence commands to the root app."""
    app.command("vendors")(vendors)
    app.add_typer(diligence_app, name="diligence")
    app.add_typer(questionnaire_app, name="questionnaire")


def vendors(
    as_json: bool = typer.Option(False, "--json", help="One JSON object per vendor."),
    fmt: Format = format_option(),
) -> None:
    """Vendor catalogue: brands, restrictions (jurisdiction, date, source), CVEs, human-rights concerns."""
    entries = [entry.as_dict() for entry in vendor_catalogue()]
    if as_json:
        print_json_lines(entries)
        return
    table = Grid(("vendor", "brands", "restrictions", "CVEs"), cards=("vendor",))
    for entry in entries:
        restrictions = "; ".join(
            f"{r['date']} {r['jurisdiction']}: {r['name']}" for r in entry["restrictions"]
        )
        brands = ", ".join(_brand_label(b) for b in entry["brand_relations"])
        table.add(entry["name"], brands, restrictions, ", ".join(entry["cves"]))
    print_grid(table, chosen(fmt))


def _brand_label(brand: dict[str, Any]) -> str:
    """A brand as the table shows it: a former tie says so, with its end ("Lorex (former, to 2022-11-24)")."""
    if brand.get("status") != "former":
        return str(brand["name"])
    until = f", to {brand['valid_to']}" if brand.get("valid_to") else ""
    return f"{brand['name']} (former{until})"


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
    fmt: Format = format_option(),
) -> None:
    """Exposure per body (cameras by vendor and brand, best-supported count, restrictions, capabilities,
    sensitive sites) and replacement cost ranges, with national totals."""
    if ctx.invoked_subcommand is not None:
        return
    try:
        costs = unit_costs(costs_file)
    except (OSError, UnitCostError) as exc:
        fail(str(exc))
    with read_store(ctx).session() as session:
        ids = [find_body(session, body_ref).id] if body_ref else None
        exposures = all_exposures(session, ids, costs)
        national = national_summary(exposures)
        synthetic = holds_synthetic(session)
    if as_json:
        if body_ref:
            print_json(exposures[0].as_dict())
        else:
            print_json_lines(
                [{"kind": "body", **e.as_dict()} for e in exposures] + [{"kind": "national", **national}]
            )
        return
    _print_exposures(exposures, national, chosen(fmt), synthetic)


def _range(values: list[int] | None, money: bool = False) -> str:
    if values is None:
        return "unknown"
    low, high = values
    fmt = (lambda v: f"£{v:,}") if money else (lambda v: f"{v:,}")
    return fmt(low) if low == high else f"{fmt(low)}–{fmt(high)}"


def _print_exposures(exposures: list, national: dict, fmt: Format, synthetic: bool) -> None:
    table = Grid(
        ("id", "body", "cameras (basis)", "restricted cameras", "replacement", "flags"),
        numeric=frozenset({"id"}),
    )
    for e in exposures:
        data = e.as_dict()
        count = data["camera_count"]
        cost = data["replacement_cost"]
        table.add(
            e.body["id"],
            e.body["name"],
            f"{count['best'] if count['best'] is not None else '?'} ({count['basis']})",
            _range(data["restricted_cameras"]["cameras"]),
            _range(cost["range_gbp"], money=True) if cost else "not estimable",
            "; ".join(e.flags),
        )
    print_grid(table, fmt, synthetic)
    total = national["total"]
    console.print(
        f"{total['bodies']} bodies; {total['bodies_using_restricted']} use a restricted vendor; "
        f"restricted cameras {_range(total['restricted_cameras'])}; replacement "
        f"{_range(total['replacement_cost_gbp'], money=True)} over {total['bodies_priced']} bodies; "
        f"{len(total['not_counted'])} using bodies without a count"
    )


@questionnaire_app.command("send")
def questionnaire_send(
    ctx: typer.Context,
    body_ref: str = typer.Option(..., "--body", help="The body asking, by id or code."),
    supplier: str = typer.Option(..., "--supplier", help="The supplier, installer or maintainer asked."),
    vendor: str = typer.Option(..., "--vendor", help="The vendor whose equipment is concerned."),
    sent: str = typer.Option(None, "--sent", help="Date sent, YYYY-MM-DD (default today)."),
    days: int = typer.Option(dq.DEFAULT_WORKING_DAYS, "--days", min=1, help="Working days to answer."),
    out: Path = typer.Option(None, "--out", help="Write the questionnaire text to this file."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Record a questionnaire as sent, with its due date in working days; sending again changes nothing."""
    sent_on = parse_date(sent, "--sent", default=dt.date.today())
    with get_store(ctx).session() as session:
        body = find_body(session, body_ref)
        try:
            q, new = dq.send_questionnaire(session, body, supplier, vendor, sent_on, days)
        except dq.QuestionnaireError as exc:
            fail(str(exc))
        result = {
            "reference": q.reference,
            "body": body.name,
            "supplier": q.supplier,
            "vendor": q.vendor,
            "sent_on": q.sent_on.isoformat(),
            "due_on": q.due_on.isoformat(),
            "new": new,
        }
        text = q.text
    if out:
        out.write_text(text, encoding="utf-8")
    if as_json:
        print_json(result)
    else:
        typer.echo(f"{result['reference']} due {result['due_on']}" + ("" if new else " (already sent)"))


@questionnaire_app.command("answer")
def questionnaire_answer(
    ctx: typer.Context,
    reference: str = typer.Argument(..., help="The questionnaire reference, e.g. DDQ-000001."),
    text: str = typer.Option(None, "--text", help="The answer text."),
    file: Path = typer.Option(None, "--file", help="A file holding the answer text."),
    on: str = typer.Option(None, "--on", help="Date answered, YYYY-MM-DD (default today)."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Record a supplier's answer (a late answer is kept and shown as late)."""
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            fail(f"{file}: {exc.strerror or exc}")
    answered_on = parse_date(on, "--on", default=dt.date.today())
    with get_store(ctx).session() as session:
        try:
            q = dq.record_answer(session, reference, answered_on, text or "")
        except dq.QuestionnaireError as exc:
            fail(str(exc))
        status = dq.questionnaire_status(session, answered_on, q.body_id)
    row = next(s.as_dict() for s in status if s.reference == q.reference)
    if as_json:
        print_json(row)
    else:
        typer.echo(f"{row['reference']} answered {row['answered_on']}" + (" (late)" if row["late"] else ""))


@questionnaire_app.command("status")
def questionnaire_status(
    ctx: typer.Context,
    body_ref: str = typer.Option(None, "--body", help="One body, by id or code."),
    today: str = typer.Option(None, "--today", help="Judge due dates as of this date (default today)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per questionnaire."),
    fmt: Format = format_option(),
) -> None:
    """Every questionnaire and its state; suppliers past the due date without an answer are flagged."""
    as_of = parse_date(today, "--today", default=dt.date.today())
    with read_store(ctx).session() as session:
        body_id = find_body(session, body_ref).id if body_ref else None
        rows = [s.as_dict() for s in dq.questionnaire_status(session, as_of, body_id)]
    if as_json:
        print_json_lines(rows)
        return
    table = Grid(("reference", "body", "supplier", "vendor", "sent", "due", "state"))
    for row in rows:
        state = f"{row['state']} (flagged)" if row["flagged"] else row["state"]
        table.add(
            row["reference"],
            row["body"],
            row["supplier"],
            row["vendor"],
            row["sent_on"],
            row["due_on"],
            state + (" (late)" if row["late"] else ""),
        )
    print_grid(table, chosen(fmt))
    console.print(f"{len(rows)} questionnaires, {sum(r['flagged'] for r in rows)} flagged for no answer")


@code_app.command("import")
def code_import(
    ctx: typer.Context,
    file: Path = typer.Argument(
        ..., help="CSV with columns body (code or id), key, value and optionally note."
    ),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Import declarations: key principle_1 .. principle_12 (yes, partly, no, not_applicable), dpia
    (yes, no, in_progress) or sensitive_site (yes, no). All lines are checked first: one bad line and
    nothing is kept."""
    with get_store(ctx).session() as session:
        try:
            summary = import_declarations(session, file)
        except DeclarationError as exc:
            fail(str(exc))
        result = summary.as_dict()
    if as_json:
        print_json(result)
    else:
        typer.echo(
            f"{result['created']} new, {result['updated']} changed, {result['unchanged']} unchanged "
            f"declarations for {result['bodies']} bodies"
        )


@code_app.command("set")
def code_set(
    ctx: typer.Context,
    body_ref: str = typer.Option(..., "--body", help="The body, by id or code."),
    key: str = typer.Argument(..., help="principle_1 .. principle_12 (or 1 .. 12), dpia or sensitive_site."),
    value: str = typer.Argument(..., help="yes, partly, no, not_applicable; for dpia also in_progress."),
    note: str = typer.Option("", "--note", help="What the body says about it."),
) -> None:
    """Record one declaration for one body (replacing an earlier one for the same key)."""
    with get_store(ctx).session() as session:
        body = find_body(session, body_ref)
        try:
            row = record_declaration(session, body, key, value, note, source="entered")
        except DeclarationError as exc:
            fail(str(exc))
        typer.echo(f"{body.name}: {row.key} = {row.value}")


@code_app.command("show")
def code_show(
    ctx: typer.Context,
    body_ref: str = typer.Option(None, "--body", help="One body, by id or code."),
    as_json: bool = typer.Option(
        False, "--json", help="JSON: one object per body, then the national summary."
    ),
    fmt: Format = format_option(),
) -> None:
    """DPIA status and Code self-assessment per body (replies and declarations), and a national summary."""
    from camcensus.diligence.overview import diligence_body_ids

    with read_store(ctx).session() as session:
        ids = [find_body(session, body_ref).id] if body_ref else diligence_body_ids(session)
        rights = rights_of(session, ids)
        synthetic = holds_synthetic(session)
    summary = national_rights(rights)
    if as_json:
        if body_ref:
            print_json(rights[0].as_dict())
        else:
            print_json_lines(
                [{"kind": "body", **r.as_dict()} for r in rights] + [{"kind": "national", **summary}]
            )
        return
    table = Grid(
        ("id", "body", "DPIA (basis)", "Code in reply", "principles met / assessed"),
        numeric=frozenset({"id"}),
    )
    for r in rights:
        table.add(
            r.body["id"],
            r.body["name"],
            f"{r.dpia['status']} ({r.dpia['basis']})",
            r.code_statement["reply"],
            f"{r.met} / {r.assessed}",
        )
    print_grid(table, chosen(fmt), synthetic)
    d, a = summary["dpia"]["yes"], summary["self_assessment"]["bodies"]
    console.print(
        f"DPIA: {d['k']} of {d['n']} bodies whose status is known; "
        f"self-assessment entered by {a['k']} of {a['n']}"
    )
