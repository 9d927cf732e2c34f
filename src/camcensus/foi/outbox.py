"""Sending: every unsent request exactly once.

Each request is claimed (``send_started_at`` set and committed, with its Message-ID) before the SMTP
transaction and marked sent (``sent_at``) after the server accepts it. A request claimed but never marked
(a crash, a dropped connection after DATA) is *uncertain*: it is never sent again automatically, only with
``retry_uncertain`` (and then with the same Message-ID, so a duplicate threads with the first copy).
``dry_run`` writes one .eml per request for manual or WhatDoTheyKnow batch sending and records nothing.
Credentials come from the environment (``CAMCENSUS_SMTP_USER``, ``CAMCENSUS_SMTP_PASSWORD``) only.
"""

from __future__ import annotations

import datetime as dt
import os
import smtplib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from camcensus.enums import RequestState
from camcensus.foi.calendars import load_adhoc, load_terms
from camcensus.foi.campaigns import CampaignError, get_campaign
from camcensus.foi.lifecycle import mark_sent, record
from camcensus.foi.tls import client_context
from camcensus.store import Store
from camcensus.store.models import Message, Request

USER_ENV = "CAMCENSUS_SMTP_USER"
PASSWORD_ENV = "CAMCENSUS_SMTP_PASSWORD"  # noqa: S105 - the name of a variable, not a password
# The server answered with an error: the message was certainly not accepted, so it may be sent again later.
REJECTED = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError)


class SendError(RuntimeError):
    """The SMTP server could not be reached or refused the login."""


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


def parse_address(smtp: str) -> tuple[str, int]:
    host, sep, port = smtp.strip().rpartition(":")
    if not sep or not host or not port.isdigit():
        raise SendError(f"--smtp must be HOST:PORT, not {smtp!r}")
    return host.strip("[]"), int(port)


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


class _Connection:
    """One SMTP session, opened on first use, with STARTTLS (the certificate verified: ``foi.tls``) and login
    from the environment."""

    def __init__(self, smtp: str, starttls: bool, timeout: float) -> None:
        self.host, self.port = parse_address(smtp)
        self.starttls, self.timeout = starttls, timeout
        self.client: smtplib.SMTP | None = None

    def get(self) -> smtplib.SMTP:
        if self.client is None:
            try:
                client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
                if self.starttls:
                    client.starttls(context=client_context())
                user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
                if user:
                    client.login(user, password or "")
            except (OSError, smtplib.SMTPException, ValueError) as exc:
                raise SendError(f"SMTP server {self.host}:{self.port}: {exc}") from None
            self.client = client
        return self.client

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.quit()
            except (OSError, smtplib.SMTPException):
                self.client.close()
            self.client = None


def _claim(store: Store, request_id: int, sender: str, retry: bool) -> tuple[str, str] | None:
    """Mark the request as being sent (committed before any byte goes out); None if another run has it."""
    with store.session() as session:
        req = session.get(Request, request_id)
        if req is None or req.sent_at is not None or req.state != RequestState.DRAFT:
            return None
        message_id = req.message_id or make_msgid(idstring=req.reference, domain=_domain(sender))
        guard = Request.send_started_at.is_(None) if not retry else Request.sent_at.is_(None)
        result = session.execute(
            update(Request)
            .where(Request.id == request_id, guard)
            .values(send_started_at=dt.datetime.now(dt.UTC).replace(tzinfo=None), message_id=message_id)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            return None
        session.expire(req)
        record(session, req, "send_started", message_id=message_id, retry=retry)
        return req.reference, message_id


def _release(store: Store, request_id: int, reason: str) -> None:
    """The server refused the message: nothing was delivered, so the request may be sent later."""
    with store.session() as session:
        req = session.get(Request, request_id)
        if req is not None:
            req.send_started_at = None
            record(session, req, "send_failed", reason=reason)


def _confirm(store: Store, request_id: int, sender: str, message: EmailMessage) -> None:
    with store.session() as session:
        req = session.get(Request, request_id)
        assert req is not None
        sent_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
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


def _uncertain(store: Store, request_id: int, reason: str) -> None:
    with store.session() as session:
        req = session.get(Request, request_id)
        if req is not None:
            record(session, req, "send_uncertain", reason=reason)


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
) -> SendSummary:
    """Send every unsent request of the campaign once (``rate``: at most that many a minute)."""
    started = time.perf_counter()
    if not sender or "@" not in sender:
        raise SendError(f"--sender must be an e-mail address, not {sender!r}")
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
        if dry_run:
            if eml_dir is None:
                raise SendError("--dry-run needs --eml-dir DIR")
            eml_dir.mkdir(parents=True, exist_ok=True)
            for req in (r for r in rows if r.id in pending):
                path = eml_dir / f"{_safe_name(req.reference)}.eml"
                path.write_bytes(bytes(build_message(req, sender, req.message_id, synthetic=synthetic)))
                summary.eml_files.append(str(path))
            summary.seconds = time.perf_counter() - started
            return summary
    if smtp is None:
        raise SendError("--smtp HOST:PORT is needed to send (or --dry-run --eml-dir DIR)")
    connection = _Connection(smtp, starttls, timeout)
    gap = 60.0 / rate if rate else 0.0
    try:
        for request_id in pending:
            claimed = _claim(store, request_id, sender, retry_uncertain)
            if claimed is None:
                continue
            reference, message_id = claimed
            with store.session() as session:
                claimed_req = session.get(Request, request_id)
                assert claimed_req is not None
                message = build_message(claimed_req, sender, message_id, synthetic=synthetic)
            if summary.sent and gap:
                sleep(gap)
            try:
                connection.get().send_message(message, from_addr=sender)
            except REJECTED as exc:
                _release(store, request_id, str(exc))
                summary.failed.append({"reference": reference, "reason": str(exc)})
                continue
            except SendError:
                _release(store, request_id, "no connection")  # nothing was sent: the connection never opened
                raise
            except (OSError, smtplib.SMTPException) as exc:
                _uncertain(store, request_id, f"{type(exc).__name__}: {exc}")
                summary.uncertain.append(reference)
                connection.close()
                break  # the connection broke mid-transaction: stop, and let a person look
            _confirm(store, request_id, sender, message)
            summary.sent.append(reference)
    finally:
        connection.close()
    summary.seconds = time.perf_counter() - started
    return summary


__all__ = ["CampaignError", "SendError", "SendSummary", "build_message", "send_campaign"]
