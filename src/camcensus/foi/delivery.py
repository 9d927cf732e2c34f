"""Sending each letter exactly once: the rule ``foi send`` and ``foi chase --send`` share.

A letter is a row with ``message_id``, ``send_started_at`` and ``sent_at`` (a ``Request``, a
``ChaseLetter``). Its message is built first, its one recipient checked (``check_mailbox``), so a bad
address fails before anything is claimed. Then the row is claimed: ``send_started_at`` set by a conditional
UPDATE that only one run can win, committed before any byte goes out. The SMTP server accepting it sets
``sent_at``. A refusal by the server releases the claim (nothing was delivered; a later run may send it); a
connection lost mid-transaction or a run killed after the claim leaves the letter *uncertain*: never sent
again by itself, only when asked (``retry``), and then with the same Message-ID so a duplicate threads with
the first copy.
"""

from __future__ import annotations

import datetime as dt
import os
import smtplib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from sqlalchemy import ColumnElement, true, update
from sqlalchemy.orm import Session

from camcensus.foi.tls import client_context
from camcensus.store import Store

# The server answered with an error: the message was certainly not accepted, so it may be sent again later.
REJECTED = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError)
Hook = Callable[[Session], None]
Noted = Callable[[Session, str], None]
Clock = Callable[[], dt.datetime]  # naive UTC


USER_ENV = "CAMCENSUS_SMTP_USER"
PASSWORD_ENV = "CAMCENSUS_SMTP_PASSWORD"  # noqa: S105 - the name of a variable, not a password


class SendError(RuntimeError):
    """The SMTP server could not be reached or refused the login."""


def parse_address(smtp: str) -> tuple[str, int]:
    host, sep, port = smtp.strip().rpartition(":")
    if not sep or not host or not port.isdigit():
        raise SendError(f"--smtp must be HOST:PORT, not {smtp!r}")
    return host.strip("[]"), int(port)


class Connection:
    """One SMTP session, opened on first use, with STARTTLS (the certificate verified: ``foi.tls``) and login
    from the environment. The password is sent only over TLS, unless ``allow_plaintext`` (a server on
    loopback, say) says otherwise."""

    def __init__(self, smtp: str, starttls: bool, timeout: float, allow_plaintext: bool = False) -> None:
        self.host, self.port = parse_address(smtp)
        self.starttls, self.timeout, self.allow_plaintext = starttls, timeout, allow_plaintext
        self.client: smtplib.SMTP | None = None
        user = os.environ.get(USER_ENV)
        if user and not starttls and not allow_plaintext:
            raise SendError(
                f"{USER_ENV} is set but the connection to {self.host}:{self.port} would not be encrypted: "
                "add --starttls, or --allow-plaintext-login to send the password in clear text"
            )

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


def _nothing(_session: Session, *_args: Any) -> None:
    return None


@dataclass
class Letter:
    """One message to send once: the row that records it, the message (built), and what to record when it
    is claimed, refused, left uncertain or sent."""

    label: str  # how summaries name it (a reference)
    model: type[Any]  # Request or ChaseLetter
    row_id: int
    message: EmailMessage
    recipient: str
    claimable: tuple[ColumnElement[bool], ...] = ()  # more conditions the row must meet to be claimed
    on_claimed: Hook = _nothing
    on_refused: Noted = _nothing
    on_uncertain: Noted = _nothing
    on_sent: Hook = _nothing


@dataclass
class Delivery:
    sent: list[str] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def claim(store: Store, letter: Letter, retry: bool = False, clock: Clock = now) -> bool:
    """Mark the letter as being sent, committed before it goes; False when another run has it (or an
    earlier run's send was never confirmed and ``retry`` is off)."""
    model = letter.model
    guard = model.send_started_at.is_(None) if not retry else true()
    with store.session() as session:
        result = session.execute(
            update(model)
            .where(model.id == letter.row_id, model.sent_at.is_(None), guard, *letter.claimable)
            .values(send_started_at=clock(), message_id=letter.message["Message-ID"])
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            return False
        letter.on_claimed(session)
    return True


def _release(store: Store, letter: Letter, reason: str) -> None:
    with store.session() as session:
        session.execute(
            update(letter.model)
            .where(letter.model.id == letter.row_id)
            .values(send_started_at=None)
            .execution_options(synchronize_session=False)
        )
        letter.on_refused(session, reason)


def _confirm(store: Store, letter: Letter, clock: Clock) -> None:
    with store.session() as session:
        session.execute(
            update(letter.model)
            .where(letter.model.id == letter.row_id)
            .values(sent_at=clock())
            .execution_options(synchronize_session=False)
        )
        letter.on_sent(session)


def deliver(
    store: Store,
    connection: Any,
    letters: Iterable[Letter],
    sender: str,
    retry: bool = False,
    gap: float = 0.0,
    sleep: Callable[[float], None] = time.sleep,
    clock: Clock = now,
) -> Delivery:
    """Claim, send and confirm each letter in turn (``gap`` seconds between two sends); stop at the first
    connection lost mid-transaction, leaving that letter uncertain. ``clock`` dates the claim and the
    sending (default: now)."""
    out = Delivery()
    for letter in letters:
        if not claim(store, letter, retry, clock):
            continue
        if out.sent and gap:
            sleep(gap)
        try:
            connection.get().send_message(letter.message, from_addr=sender, to_addrs=[letter.recipient])
        except REJECTED as exc:
            _release(store, letter, str(exc))
            out.failed.append({"reference": letter.label, "reason": str(exc)})
            continue
        except SendError:
            _release(store, letter, "no connection")  # nothing was sent: the connection never opened
            raise
        except (OSError, smtplib.SMTPException) as exc:
            with store.session() as session:
                letter.on_uncertain(session, f"{type(exc).__name__}: {exc}")
            out.uncertain.append(letter.label)
            connection.close()
            break  # the connection broke mid-transaction: stop, and let a person look
        _confirm(store, letter, clock)
        out.sent.append(letter.label)
    return out
