"""Chasing: reminders for overdue requests, internal-review requests (FOISA: requirements for review) for
refusals and partial answers, and complaints to the ICO or the Scottish Information Commissioner when a
review is overdue. Letters are drafted from the law's data and logged once per stage; ``send`` sends the
reminders and review requests to the body (threaded on the request's Message-ID) and moves the request on.
Complaints are drafted for a person to file: the regulators take them through their own forms.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from camcensus.enums import RequestState as S
from camcensus.foi.calendars import load_adhoc
from camcensus.foi.campaigns import REQUESTER, _environment, get_campaign
from camcensus.foi.deadlines import review_due_date, working_days_between
from camcensus.foi.delivery import Connection, SendError, deliver
from camcensus.foi.delivery import Letter as Outgoing
from camcensus.foi.laws import get_law
from camcensus.foi.lifecycle import record, refresh_deadlines, review_due, start_review, today_utc, transition
from camcensus.registry.addresses import AddressError, check_mailbox
from camcensus.store.models import BodyFact, ChaseLetter, Message, Request, RequestEvent

REMINDER, REVIEW, COMPLAINT = "reminder", "internal_review", "complaint"
OUTCOME_WORDS = {
    S.REFUSED: "refused it",
    S.PARTIALLY_ANSWERED: "answered only part of it",
    S.NOT_HELD: "said the information is not held",
}


@dataclass
class Letter:
    reference: str
    request_id: int
    kind: str
    to: str
    subject: str
    text: str
    stage: str  # what the letter answers (a due date), so each stage is drafted once
    in_reply_to: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "kind": self.kind,
            "to": self.to,
            "subject": self.subject,
            "stage": self.stage,
            "text": self.text,
        }


@dataclass
class ChaseSummary:
    campaign: str
    letters: list[Letter] = field(default_factory=list)
    new: int = 0  # letters drafted for the first time
    sent: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)  # not sent (a bad address, a refusal)
    uncertain: list[str] = field(default_factory=list)  # claimed, never confirmed: not sent again

    def as_dict(self) -> dict[str, Any]:
        kinds: dict[str, int] = {}
        for letter in self.letters:
            kinds[letter.kind] = kinds.get(letter.kind, 0) + 1
        return {
            "campaign": self.campaign,
            "letters": len(self.letters),
            "by_kind": kinds,
            "new": self.new,
            "sent": len(self.sent),
            "failed": self.failed,
            "uncertain": self.uncertain,
            "files": self.files,
        }


def _render(name: str, **context: Any) -> tuple[str, str]:
    rendered = _environment().get_template(f"letters/{name}.txt.j2").render(requester=REQUESTER, **context)
    first, _, text = rendered.partition("\n")
    return first.removeprefix("Subject:").strip(), text.lstrip("\n")


def _exemptions(session: Session, body_id: int) -> list[str]:
    fact = session.scalar(select(BodyFact).where(BodyFact.body_id == body_id, BodyFact.key == "exemptions"))
    try:
        return list(json.loads(fact.value)) if fact and fact.value else []
    except ValueError:
        return []


def _timeline(session: Session, req: Request) -> list[str]:
    wanted = {"sent", "reply", "review_requested", "deadline", "chase_sent", "clock_paused", "clock_resumed"}
    lines = []
    for e in session.scalars(
        select(RequestEvent)
        .where(RequestEvent.request_id == req.id)
        .order_by(RequestEvent.at, RequestEvent.id)
    ):
        if e.kind in wanted:
            what = e.kind.replace("_", " ") + (
                f" ({e.to_state})" if e.to_state and e.to_state != e.from_state else ""
            )
            lines.append(f"{e.at.date().isoformat()}: {what}")
    return lines


def _letter(session: Session, req: Request, today: dt.date) -> Letter | None:
    """The letter a request's state calls for today, if any: a reminder when overdue, a request for review
    after a refusal or partial answer, a complaint when the review is overdue."""
    sent_on = req.received_on.isoformat() if req.received_on else ""
    common = {
        "law": get_law(req.law),
        "body_name": req.body.name,
        "reference": req.reference,
        "subject": req.subject,
        "sent_on": sent_on,
        "synthetic": req.campaign.synthetic,
    }
    if req.state in (S.OVERDUE, S.LONG_OVERDUE) and req.due_on:
        return _reminder(session, req, req.due_on, today, common)
    if req.state in OUTCOME_WORDS:
        return _review_request(session, req, today, common)
    due = review_due(req)
    if req.state == S.INTERNAL_REVIEW and due is not None and today > due:
        return _complaint(session, req, due, common)
    return None


def _reminder(
    session: Session, req: Request, due_on: dt.date, today: dt.date, common: dict[str, Any]
) -> Letter:
    late = working_days_between(common["law"], due_on, today, load_adhoc(session))
    subject, text = _render(
        REMINDER,
        due_on=due_on.isoformat(),
        today=today.isoformat(),
        working_days_late=late,
        extended=bool((req.extra or {}).get("extension")),
        **common,
    )
    stage = f"{req.state.value}:{due_on.isoformat()}"
    return Letter(req.reference, req.id, REMINDER, req.to_address or "", subject, text, stage, req.message_id)


def _review_request(session: Session, req: Request, today: dt.date, common: dict[str, Any]) -> Letter:
    review_on = review_due_date(common["law"], today, adhoc=load_adhoc(session))
    subject, text = _render(
        REVIEW,
        outcome_words=OUTCOME_WORDS[S(req.state)],
        review_due_on=review_on.isoformat(),
        exemptions=_exemptions(session, req.body.id),
        **common,
    )
    stage = req.state.value
    return Letter(req.reference, req.id, REVIEW, req.to_address or "", subject, text, stage, req.message_id)


def _complaint(session: Session, req: Request, due: dt.date, common: dict[str, Any]) -> Letter:
    subject, text = _render(
        COMPLAINT,
        review_requested_on=(req.extra or {}).get("review_requested_on", ""),
        review_due_on=due.isoformat(),
        timeline=_timeline(session, req),
        request_text=req.text,
        **common,
    )
    return Letter(
        req.reference,
        req.id,
        COMPLAINT,
        common["law"].regulator_address,
        subject,
        text,
        f"review:{due.isoformat()}",
    )


def _drafted_before(session: Session, req: Request, letter: Letter) -> bool:
    events = session.scalars(
        select(RequestEvent).where(RequestEvent.request_id == req.id, RequestEvent.kind == "chase_drafted")
    )
    return any(
        (e.detail or {}).get("letter") == letter.kind and (e.detail or {}).get("stage") == letter.stage
        for e in events
    )


def chase_campaign(session: Session, name: str, today: dt.date | None = None) -> ChaseSummary:
    """Draft the letters each request of the campaign needs today; each stage is logged once."""
    today = today or today_utc()
    campaign = get_campaign(session, name)
    refresh_deadlines(session, today, campaign=campaign.name)
    summary = ChaseSummary(campaign=campaign.name)
    for req in sorted(campaign.requests, key=lambda r: r.reference):
        letter = _letter(session, req, today)
        if letter is None:
            continue
        summary.letters.append(letter)
        if not _drafted_before(session, req, letter):
            record(
                session,
                req,
                "chase_drafted",
                letter=letter.kind,
                stage=letter.stage,
                to=letter.to,
                subject=letter.subject,
            )
            summary.new += 1
    session.flush()
    return summary


def as_email(
    letter: Letter, sender: str, synthetic: bool = False, message_id: str | None = None
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = letter.to
    msg["Subject"] = letter.subject
    msg["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    msg["Message-ID"] = message_id or make_msgid(
        idstring=f"{letter.reference}.{letter.kind}",
        domain=sender.rsplit("@", 1)[-1].strip(" >") or "localhost",
    )
    msg["X-Camcensus-Reference"] = letter.reference
    if letter.in_reply_to:
        msg["In-Reply-To"] = letter.in_reply_to
        msg["References"] = letter.in_reply_to
    if synthetic:
        msg["X-Camcensus-Synthetic"] = "yes"
    msg.set_content(letter.text)
    return msg


def write_letters(summary: ChaseSummary, out_dir: Path, sender: str = "") -> list[str]:
    """One .eml per letter (a .txt for complaints, which go through the regulator's form)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for letter in summary.letters:
        stem = f"{letter.reference}-{letter.kind}"
        if letter.kind == COMPLAINT or not sender:
            path = out_dir / f"{stem}.txt"
            path.write_text(f"To: {letter.to}\nSubject: {letter.subject}\n\n{letter.text}", encoding="utf-8")
        else:
            path = out_dir / f"{stem}.eml"
            path.write_bytes(bytes(as_email(letter, sender)))
        summary.files.append(str(path))
    return summary.files


def mark_chase_sent(session: Session, letter: Letter, message: EmailMessage, today: dt.date) -> None:
    """After the SMTP server accepted a reminder or review request: log it, and start the review clock."""
    req = session.get(Request, letter.request_id)
    assert req is not None
    session.add(
        Message(
            direction="out",
            message_id=message["Message-ID"],
            in_reply_to=letter.in_reply_to,
            subject=letter.subject,
            sender=message["From"],
            recipients=letter.to,
            sent_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            request_id=req.id,
            matched_by="sent",
        )
    )
    record(
        session, req, "chase_sent", letter=letter.kind, stage=letter.stage, message_id=message["Message-ID"]
    )
    if letter.kind == REVIEW:
        start_review(session, req, today)


def _row(store: Any, letter: Letter, sender: str) -> ChaseLetter:
    """The letter's row, made on first sight with its Message-ID."""
    key = (ChaseLetter.request_id == letter.request_id, ChaseLetter.kind == letter.kind,
           ChaseLetter.stage == letter.stage)  # fmt: skip
    for _attempt in range(2):
        try:
            with store.session() as session:
                row = session.scalar(select(ChaseLetter).where(*key))
                if row is None:
                    domain = sender.rsplit("@", 1)[-1]
                    row = ChaseLetter(
                        request_id=letter.request_id,
                        kind=letter.kind,
                        stage=letter.stage,
                        message_id=make_msgid(idstring=f"{letter.reference}.{letter.kind}", domain=domain),
                    )
                    session.add(row)
                    session.flush()
                return row
        except IntegrityError:  # another run made it first: read theirs
            continue
    raise RuntimeError(f"{letter.reference}: cannot record the {letter.kind} letter")


def _outgoing(store: Any, letter: Letter, sender: str, synthetic: bool, today: dt.date) -> Any:
    """The letter as a ``delivery.Letter``: its address checked and its message built before any claim."""
    recipient = check_mailbox(letter.to)
    row = _row(store, letter, sender)
    message = as_email(letter, sender, synthetic, message_id=row.message_id)

    def sent(session: Session) -> None:
        mark_chase_sent(session, letter, message, today)

    def noted(kind: str) -> Callable[[Session, str], None]:
        def note(session: Session, reason: str) -> None:
            req = session.get(Request, letter.request_id)
            assert req is not None
            record(session, req, kind, letter=letter.kind, stage=letter.stage, reason=reason)

        return note

    return row, Outgoing(
        letter.reference,
        ChaseLetter,
        row.id,
        message,
        recipient,
        on_refused=noted("chase_failed"),
        on_uncertain=noted("chase_uncertain"),
        on_sent=sent,
    )


def send_chases(
    store: Any,
    name: str,
    smtp: str,
    sender: str,
    starttls: bool = False,
    today: dt.date | None = None,
    retry_uncertain: bool = False,
    allow_plaintext: bool = False,
) -> ChaseSummary:
    """Draft and send each reminder and review request not sent before for its stage, exactly once (the
    rule of ``camcensus.foi.delivery``: claimed before it goes; one whose send was never confirmed is
    uncertain and sent again only with ``retry_uncertain``)."""
    try:
        sender = check_mailbox(sender)
    except AddressError as exc:
        raise SendError(f"--sender must be one e-mail address: {exc}") from None
    when = today or today_utc()
    with store.session() as session:
        summary = chase_campaign(session, name, when)
        synthetic = get_campaign(session, name).synthetic
    letters = []
    for letter in summary.letters:
        if letter.kind == COMPLAINT:
            continue
        try:
            row, outgoing = _outgoing(store, letter, sender, synthetic, when)
        except AddressError as exc:  # nothing claimed: a later run may send it once the address is fixed
            summary.failed.append({"reference": letter.reference, "reason": f"not sent: {exc}"})
            continue
        if row.sent_at is None and row.send_started_at is not None and not retry_uncertain:
            summary.uncertain.append(letter.reference)  # claimed by a run that never confirmed it
        elif row.sent_at is None:
            letters.append(outgoing)
    connection = Connection(smtp, starttls, 60.0, allow_plaintext=allow_plaintext)
    try:
        done = deliver(store, connection, letters, sender, retry=retry_uncertain)
    finally:
        connection.close()
    summary.sent += done.sent
    summary.failed += done.failed
    summary.uncertain += done.uncertain
    return summary


__all__ = ["ChaseSummary", "Letter", "chase_campaign", "send_chases", "write_letters", "transition"]
