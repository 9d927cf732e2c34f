"""`camcensus foi ...`: campaigns, sending, replies, status, chasing and each request's events (deadlines and
their calendars: camcensus.cli.calendars)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from camcensus.cli import calendars
from camcensus.cli.common import console, fail, get_store, parse_date, print_json, read_store
from camcensus.cli.output import Format, Grid, chosen, format_option, print_grid
from camcensus.enums import BodyType, Nation
from camcensus.synthetic import holds_synthetic

foi_app = typer.Typer(
    help="FOI requests: deadlines, campaigns, sending, replies, status, chasing.", no_args_is_help=True
)
calendars.register(foi_app)  # first, so `deadline` heads the list of commands as it always has
PLAINTEXT = typer.Option(
    False,
    "--allow-plaintext-login",
    help="Let the mail login (user and password from the environment) go over a connection without TLS.",
)


def register(app: typer.Typer) -> None:
    app.add_typer(foi_app, name="foi")


@foi_app.command("campaign")
def campaign(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Campaign name (re-running adds only new bodies)."),
    template: str = typer.Option("cctv", "--template", help="Request template."),
    body_type: str = typer.Option(None, "--body-type", help="Only bodies of this type."),
    nation: str = typer.Option(None, "--nation", help="Only bodies in this nation."),
    bodies_file: Path = typer.Option(
        None, "--bodies-file", help="CSV of bodies (a code column, or name, body_type, nation, email)."
    ),
    synthetic: bool = typer.Option(False, "--synthetic", help="Mark the campaign as synthetic demo data."),
    as_json: bool = typer.Option(False, "--json", help="JSON summary."),
) -> None:
    """Draft one request per body that has an FOI address."""
    from camcensus.foi.campaigns import (
        CampaignError,
        create_campaign,
        has_address,
        read_bodies_file,
        select_bodies,
    )

    try:
        kind = BodyType(body_type) if body_type else None
        where = Nation.parse(nation) if nation else None
    except ValueError as exc:
        fail(str(exc))
    with get_store(ctx).session() as session:
        try:
            chosen = read_bodies_file(session, bodies_file) if bodies_file else None
            if chosen is not None:
                chosen = [
                    b
                    for b in chosen
                    if (not kind or b.body_type == kind) and (not where or b.nation == where)
                ]
            result = create_campaign(
                session,
                name,
                template=template,
                body_type=kind,
                nation=where,
                bodies=chosen,
                synthetic=synthetic,
            )
        except CampaignError as exc:
            fail(str(exc))
        left_out = [
            {"code": b.code, "name": b.name}
            for b in select_bodies(session, kind, where, chosen)
            if not has_address(b)
        ]
        summary = {
            "campaign": result.name,
            "template": result.template,
            "requests": len(result.requests),
            "synthetic": result.synthetic,
            "left_out_no_address": left_out,
        }
    if as_json:
        print_json(summary)
        return
    typer.echo(f"campaign {summary['campaign']}: {summary['requests']} requests drafted")
    if left_out:
        typer.echo(f"{len(left_out)} bodies left out: no FOI address in the register")
        for body in left_out:
            typer.echo(f"  {body['code']}\t{body['name']}")
        console.print(NO_ADDRESS_HINT, highlight=False)


#: What to do about bodies a campaign left out for want of an address, and why the bundled register has none.
NO_ADDRESS_HINT = (
    "add their addresses with `camcensus bodies import FILE` (a CSV with code, name, body_type, nation and "
    "email columns), then run this command again. The bundled register has none: no openly licensed list of "
    "FOI addresses was found (the register's ATTRIBUTION.md says what was checked)"
)


@foi_app.command("send")
def send(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Campaign name."),
    smtp: str = typer.Option(
        None,
        "--smtp",
        help="SMTP server HOST:PORT (credentials from CAMCENSUS_SMTP_USER / CAMCENSUS_SMTP_PASSWORD).",
    ),
    sender: str = typer.Option(..., "--sender", help="From address."),
    starttls: bool = typer.Option(
        False,
        "--starttls",
        help="Upgrade the connection with STARTTLS (certificate verified; CA file: CAMCENSUS_TLS_CA_FILE).",
    ),
    rate: float = typer.Option(None, "--rate", help="At most N messages a minute."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Write .eml files instead of sending."),
    eml_dir: Path = typer.Option(None, "--eml-dir", help="Where --dry-run writes the .eml files."),
    retry_uncertain: bool = typer.Option(
        False, "--retry-uncertain", help="Send again requests whose earlier send was never confirmed."
    ),
    allow_plaintext: bool = PLAINTEXT,
    as_json: bool = typer.Option(False, "--json", help="JSON summary."),
) -> None:
    """Send every unsent request of a campaign exactly once."""
    from camcensus.foi.campaigns import CampaignError
    from camcensus.foi.outbox import SendError, send_campaign

    try:
        summary = send_campaign(
            get_store(ctx),
            name,
            smtp=smtp,
            sender=sender,
            dry_run=dry_run,
            eml_dir=eml_dir,
            starttls=starttls,
            rate=rate,
            retry_uncertain=retry_uncertain,
            allow_plaintext=allow_plaintext,
        )
    except (CampaignError, SendError) as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{eml_dir}: {exc.strerror or exc}")
    if as_json:
        print_json(summary.as_dict())
        return
    if dry_run:
        typer.echo(f"{len(summary.eml_files)} .eml files written to {eml_dir}")
    else:
        typer.echo(
            f"sent {len(summary.sent)}, already sent {summary.already_sent}, "
            f"failed {len(summary.failed)}, uncertain {len(summary.uncertain)}"
        )
    _problems(summary.uncertain, summary.failed)


def _problems(uncertain: list[str], failed: list[dict[str, str]]) -> None:
    for ref in uncertain:
        console.print(
            f"uncertain: {ref} was being sent when a run stopped; check the mailbox, then use "
            "--retry-uncertain if it never arrived",
            highlight=False,
        )
    for item in failed:
        console.print(f"failed: {item['reference']}: {item['reason']}", highlight=False)


@foi_app.command("status")
def status(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Campaign name."),
    as_json: bool = typer.Option(False, "--json", help="One JSON document: counts and requests."),
    fmt: Format = format_option(),
) -> None:
    """Counts per state and each request with its due date (and the address a bounced request failed at)."""
    from camcensus.foi.campaigns import CampaignError
    from camcensus.foi.lifecycle import campaign_status

    with read_store(ctx).session() as session:
        try:
            report = campaign_status(session, name)
        except CampaignError as exc:
            fail(str(exc))
        synthetic = holds_synthetic(session)
    if as_json:
        print_json(report)
        return
    table = Grid(("reference", "body", "law", "state", "due"))
    for row in report["requests"]:
        state = row["state"] + (f" ({row['undelivered']} bounced)" if row["undelivered"] else "")
        table.add(row["reference"], row["body"], row["law"], state, row["due_on"])
    print_grid(table, chosen(fmt), synthetic)
    counts = ", ".join(f"{state} {count}" for state, count in report["counts"].items() if count)
    console.print(f"{len(report['requests'])} requests: {counts}", highlight=False)


@foi_app.command("inbox")
def inbox(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(
        None, help="E-mail files (.eml, .msg), mbox files, Maildir folders, or folders holding them."
    ),
    imap: str = typer.Option(
        None,
        "--imap",
        help="Also read new mail from an IMAP server HOST[:PORT] "
        "(credentials from CAMCENSUS_IMAP_USER / CAMCENSUS_IMAP_PASSWORD).",
    ),
    mailbox: str = typer.Option("INBOX", "--mailbox", help="IMAP mailbox to read."),
    no_ssl: bool = typer.Option(False, "--no-ssl", help="Plain IMAP (port 143), e.g. on loopback."),
    starttls: bool = typer.Option(
        False,
        "--starttls",
        help="With --no-ssl: upgrade with STARTTLS (certificate verified; CA file: CAMCENSUS_TLS_CA_FILE).",
    ),
    executor: str = typer.Option("local", "--executor", help="local or dask://HOST:PORT for the ingest."),
    allow_plaintext: bool = PLAINTEXT,
    as_json: bool = typer.Option(False, "--json", help="JSON summary."),
) -> None:
    """Import replies, match each to its request (thread, reference, sender domain), move requests on."""
    from camcensus.foi.inbox import ImapSource, InboxError, import_inbox

    if not paths and not imap:
        fail("give PATH... or --imap HOST[:PORT]")
    try:
        options = {"ssl": not no_ssl, "starttls": starttls, "allow_plaintext": allow_plaintext}
        source = ImapSource.parse(imap, mailbox, **options) if imap else None
        summary = import_inbox(get_store(ctx), list(paths or []), imap=source, executor=executor)
    except InboxError as exc:
        fail(str(exc))
    except ImportError as exc:
        fail(f"document ingest is not available: {exc}")
    out = summary.as_dict()
    if as_json:
        print_json(out)
        return
    typer.echo(
        f"{out['files']} files, {out['imap_messages']} IMAP messages; matched {out['matched']} "
        f"({', '.join(f'{k} {v}' for k, v in out['by'].items()) or 'none'}), unmatched {out['unmatched']}"
        f" ({out['held']} held for a reviewer: see /unmatched); "
        + (", ".join(f"{k} {v}" for k, v in out["kinds"].items()) or "no messages")
    )


@foi_app.command("chase")
def chase(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Campaign name."),
    out: Path = typer.Option(None, "--out", help="Write each letter to DIR (.eml, complaints as .txt)."),
    send: bool = typer.Option(False, "--send", help="Send the reminders and review requests now."),
    smtp: str = typer.Option(None, "--smtp", help="SMTP server HOST:PORT for --send."),
    sender: str = typer.Option(None, "--sender", help="From address for --send and .eml files."),
    starttls: bool = typer.Option(
        False,
        "--starttls",
        help="Upgrade with STARTTLS (certificate verified; CA file: CAMCENSUS_TLS_CA_FILE).",
    ),
    today: str = typer.Option(None, "--today", help="Chase as of this date (YYYY-MM-DD; default today)."),
    retry_uncertain: bool = typer.Option(
        False,
        "--retry-uncertain",
        help="With --send: send again letters never confirmed sent.",
    ),
    allow_plaintext: bool = PLAINTEXT,
    as_json: bool = typer.Option(False, "--json", help="JSON: the summary and every letter."),
) -> None:
    """Draft reminders for overdue requests, review requests for refusals, complaints for overdue reviews."""
    from camcensus.foi.campaigns import CampaignError
    from camcensus.foi.chase import chase_campaign, send_chases, write_letters
    from camcensus.foi.outbox import SendError

    when = parse_date(today, "--today") if today else None
    try:
        if send:
            if not smtp or not sender:
                fail("--send needs --smtp HOST:PORT and --sender ADDR")
            summary = send_chases(
                get_store(ctx),
                name,
                smtp=smtp,
                sender=sender,
                starttls=starttls,
                today=when,
                retry_uncertain=retry_uncertain,
                allow_plaintext=allow_plaintext,
            )
        else:
            with get_store(ctx).session() as session:
                summary = chase_campaign(session, name, when)
        if out is not None:
            write_letters(summary, out, sender=sender or "")
    except (CampaignError, SendError) as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{out}: {exc.strerror or exc}")
    if as_json:
        print_json({**summary.as_dict(), "items": [letter.as_dict() for letter in summary.letters]})
        return
    for letter in summary.letters:
        typer.echo(f"{letter.reference}  {letter.kind:<16} {letter.to}  {letter.subject}")
    counts = summary.as_dict()
    typer.echo(f"{counts['letters']} letters ({counts['new']} new), {counts['sent']} sent")
    _problems(summary.uncertain, summary.failed)


@foi_app.command("request")
def request_cmd(
    ctx: typer.Context,
    reference: str = typer.Argument(..., help="The request's reference (e.g. CCN1-42)."),
    pause: str = typer.Option(
        None,
        "--pause",
        help="The body asked for clarification or a fee: "
        "clarification (the clock restarts on the answer) or fee (days disregarded).",
    ),
    resume: bool = typer.Option(False, "--resume", help="The clarification was sent or the fee paid."),
    extend_clock: bool = typer.Option(False, "--extend", help="The body took a public-interest extension."),
    review: bool = typer.Option(False, "--review", help="An internal review was asked for."),
    state: str = typer.Option(
        None, "--state", help="Move to this state (e.g. withdrawn, regulator_complaint)."
    ),
    on: str = typer.Option(None, "--on", help="When it happened (YYYY-MM-DD; default today)."),
    as_json: bool = typer.Option(False, "--json", help="JSON: the request and its events."),
) -> None:
    """Record what happened to one request (clock paused or resumed, extension, review, state) and show it."""
    from sqlalchemy import select

    from camcensus.enums import RequestState
    from camcensus.foi import lifecycle
    from camcensus.store.models import Request, RequestEvent

    when = parse_date(on, "--on") if on else lifecycle.today_utc()
    with get_store(ctx).session() as session:
        req = session.scalar(select(Request).where(Request.reference == reference.strip().upper()))
        if req is None:
            fail(f"no request with reference {reference!r}")
        try:
            if pause:
                lifecycle.pause_clock(session, req, pause, when, actor="cli")
            if resume:
                lifecycle.resume_clock(session, req, when, actor="cli")
            if extend_clock:
                lifecycle.extend(session, req, actor="cli")
            if review:
                lifecycle.start_review(session, req, when, actor="cli")
            if state:
                lifecycle.transition(session, req, RequestState(state), actor="cli", on=when.isoformat())
        except (lifecycle.TransitionError, ValueError) as exc:
            fail(str(exc))
        session.flush()
        events = session.scalars(
            select(RequestEvent)
            .where(RequestEvent.request_id == req.id)
            .order_by(RequestEvent.at, RequestEvent.id)
        )
        out: dict[str, Any] = {
            "reference": req.reference,
            "body": req.body.name,
            "law": req.law,
            "state": req.state.value,
            "received_on": req.received_on.isoformat() if req.received_on else None,
            "due_on": req.due_on.isoformat() if req.due_on else None,
            "paused_days": req.paused_days,
            "review_due_on": (req.extra or {}).get("review_due_on"),
            "events": [
                {
                    "at": e.at.isoformat(timespec="seconds"),
                    "kind": e.kind,
                    "from": e.from_state,
                    "to": e.to_state,
                    "actor": e.actor,
                }
                for e in events
            ],
        }
    if as_json:
        print_json(out)
        return
    typer.echo(f"{out['reference']}  {out['body']}  {out['law']}  {out['state']}  due {out['due_on'] or '-'}")
    for e in out["events"]:
        typer.echo(f"  {e['at']}  {e['kind']:<16} {e['from'] or '':<20} -> {e['to'] or ''}  ({e['actor']})")
