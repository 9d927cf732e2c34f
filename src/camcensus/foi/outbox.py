"""Sending: every unsent request exactly once, by the rule of ``camcensus.foi.delivery``.

Each request's message is built and its one address checked, then the request is claimed
(``send_started_at`` set and committed, with its Message-ID) before the SMTP transaction and marked sent
(``sent_at``) after the server accepts it. A request claimed but never marked (a crash, a dropped connection
after DATA) is *uncertain*: it is never sent again automatically, only with ``retry_uncertain`` (and then
with the same Message-ID, so a duplicate threads with the first copy). A request whose address is not one
mailbox is not claimed and stays a draft. ``dry_run`` writes one .eml per request for manual or WhatDoTheyKnow
batch sending and records nothing. Credentials come from the environment (``CAMCENSUS_SMTP_USER``,
``CAMCENSUS_SMTP_PASSWORD``) only, and go only over TLS unless plain text is allowed.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.enums import RequestState
from camcensus.foi.calendars import load_adhoc, load_terms
from camcensus.foi.campaigns import CampaignError, get_campaign
from camcensus.foi.delivery import Clock, Connection, Letter, SendError, deliver, now
from camcensus.foi.lifecycle import mark_sent, record
from camcensus.registry.addresses import AddressError, check_mailbox
from camcensus.store import Store
from camcensus.store.models import Message, Request


@dataclass
class SendSummary:
    campaign: str
    sent: list[str] = field(default_factory=list)
    already_sent: int = 0
    uncertain: list[str] = field(default_factory=list)  # claimed earlier, never confirmed: not resent
    failed: list[dict[str, str]] = field(default_factory=list)
    eml_files: list[str] = field(default_factory=list)
    dry_run: bool = False
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "campaign": self.campaign,
            "sent": len(self.sent),
            "already_sent": self.already_sent,
            "uncertain": self.uncertain,
            "failed": self.failed,
            "eml_files": len(self.eml_files),
            "dry_run": self.dry_run,
            "seconds": round(self.seconds, 3),
        }


def _domain(sender: str) -> str:
    return sender.rsplit("@", 1)[-1].strip(" >") or "localhost"


def build_message(
    req: Request,
    sender: str,
    message_id: str | None,
    date: dt.datetime | None = None,
    synthetic: bool = False,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = req.to_address or ""
    msg["Subject"] = req.subject
    msg["Date"] = format_datetime((date or dt.datetime.now(dt.UTC)).replace(tzinfo=dt.UTC))
    msg["Message-ID"] = message_id or make_msgid(idstring=req.reference, domain=_domain(sender))
    msg["X-Camcensus-Reference"] = req.reference
    if synthetic:
        msg["X-Camcensus-Synthetic"] = "yes"
    msg.set_content(req.text)
    return msg


def _letter(req: Request, sender: str, synthetic: bool, retry: bool, clock: Clock) -> Letter:
    """The request as a letter: built (its address checked) before anything is claimed; claimed only while it
    is still a draft."""
    recipient = check_mailbox(req.to_address)
    message_id = req.message_id or make_msgid(idstring=req.reference, domain=_domain(sender))
    message = build_message(req, sender, message_id, date=clock(), synthetic=synthetic)
    request_id = req.id

    def claimed(session: Session) -> None:
        record(session, _get(session, request_id), "send_started", message_id=message_id, retry=retry)

    def refused(session: Session, reason: str) -> None:
        record(session, _get(session, request_id), "send_failed", reason=reason)

    def uncertain(session: Session, reason: str) -> None:
        record(session, _get(session, request_id), "send_uncertain", reason=reason)

    def sent(session: Session) -> None:
        _confirm(session, _get(session, request_id), sender, clock())

    return Letter(
        req.reference,
        Request,
        req.id,
        message,
        recipient,
        claimable=(Request.state == RequestState.DRAFT,),
        on_claimed=claimed,
        on_refused=refused,
        on_uncertain=uncertain,
        on_sent=sent,
    )


def _get(session: Session, request_id: int) -> Request:
    req = session.get(Request, request_id)
    assert req is not None
    return req


def _confirm(session: Session, req: Request, sender: str, sent_at: dt.datetime) -> None:
    """The server accepted the request: it is sent, its clock starts, and the message is on record."""
    mark_sent(session, req, sent_at, load_adhoc(session), load_terms(session))
    exists = session.scalar(select(Message.id).where(Message.message_id == req.message_id))
    if exists is None:
        session.add(
            Message(
                direction="out",
                message_id=req.message_id,
                subject=req.subject,
                sender=sender,
                recipients=req.to_address,
                sent_at=sent_at,
                request_id=req.id,
                matched_by="sent",
            )
        )


def _safe_name(reference: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in reference)


def send_campaign(
    store: Store,
    name: str,
    smtp: str | None = None,
    sender: str = "",
    dry_run: bool = False,
    eml_dir: Path | None = None,
    starttls: bool = False,
    rate: float | None = None,
    retry_uncertain: bool = False,
    timeout: float = 60.0,
    sleep: Callable[[float], None] = time.sleep,
    allow_plaintext: bool = False,
    clock: Clock = now,
) -> SendSummary:
    """Send every unsent request of the campaign once (``rate``: at most that many a minute). ``clock`` gives
    the time each is dated and recorded as sent (naive UTC; default now): a survey replayed with its own
    dates, as the demo's earlier round is."""
    started = time.perf_counter()
    try:
        sender = check_mailbox(sender)
    except AddressError as exc:
        raise SendError(f"--sender must be one e-mail address: {exc}") from None
    if rate is not None and rate <= 0:
        raise SendError("--rate must be a positive number of messages a minute")
    with store.session() as session:
        campaign = get_campaign(session, name)
        summary = SendSummary(campaign=campaign.name, dry_run=dry_run)
        synthetic = campaign.synthetic
        rows = list(
            session.scalars(select(Request).where(Request.campaign_id == campaign.id).order_by(Request.id))
        )
        summary.already_sent = sum(1 for r in rows if r.sent_at is not None)
        pending = [
            r.id
            for r in rows
            if r.sent_at is None
            and r.state == RequestState.DRAFT
            and (r.send_started_at is None or retry_uncertain)
        ]
        summary.uncertain = [
            r.reference
            for r in rows
            if r.sent_at is None and r.send_started_at is not None and not retry_uncertain
        ]
        letters = []
        for req in (r for r in rows if r.id in pending):
            try:
                letters.append(_letter(req, sender, synthetic, retry_uncertain, clock))
            except (AddressError, ValueError) as exc:  # nothing claimed: the request stays a draft
                summary.failed.append({"reference": req.reference, "reason": f"not sent: {exc}"})
    if dry_run:
        _write_eml(letters, eml_dir, summary)
        summary.seconds = time.perf_counter() - started
        return summary
    if smtp is None:
        raise SendError("--smtp HOST:PORT is needed to send (or --dry-run --eml-dir DIR)")
    connection = Connection(smtp, starttls, timeout, allow_plaintext=allow_plaintext)
    try:
        done = deliver(
            store,
            connection,
            letters,
            sender,
            retry_uncertain,
            gap=60.0 / rate if rate else 0.0,
            sleep=sleep,
            clock=clock,
        )
    finally:
        connection.close()
    summary.sent, summary.uncertain = done.sent, summary.uncertain + done.uncertain
    summary.failed += done.failed
    summary.seconds = time.perf_counter() - started
    return summary


def _write_eml(letters: list[Letter], eml_dir: Path | None, summary: SendSummary) -> None:
    """--dry-run: one .eml per letter, for manual or WhatDoTheyKnow batch sending; nothing recorded."""
    if eml_dir is None:
        raise SendError("--dry-run needs --eml-dir DIR")
    eml_dir.mkdir(parents=True, exist_ok=True)
    for letter in letters:
        path = eml_dir / f"{_safe_name(letter.label)}.eml"
        path.write_bytes(bytes(letter.message))
        summary.eml_files.append(str(path))


__all__ = ["CampaignError", "SendError", "SendSummary", "build_message", "send_campaign"]
