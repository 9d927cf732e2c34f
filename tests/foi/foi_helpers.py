"""FOI test helpers: a few real bodies in the store, and a real SMTP server on loopback that keeps what
it gets."""

from __future__ import annotations

import os
import signal
import socket
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import Message as EmailMessage
from typing import Any

from sqlalchemy import select

from camcensus.enums import BodyType, Nation
from camcensus.foi.campaigns import create_campaign
from camcensus.foi.outbox import send_campaign
from camcensus.store import Store
from camcensus.store.models import Body, Request

BODIES = [
    # code, name, type, nation, address
    (
        "t:eng-council",
        "Exampleton Borough Council",
        BodyType.COUNCIL,
        Nation.ENGLAND,
        "foi@exampleton.gov.uk",
    ),
    ("t:sco-council", "Glenmore Council", BodyType.COUNCIL, Nation.SCOTLAND, "foi@glenmore.gov.scot"),
    (
        "t:ni-trust",
        "Loughside Health and Social Care Trust",
        BodyType.HSC_TRUST,
        Nation.NORTHERN_IRELAND,
        "foi@loughside-hsc.example.org",
    ),
    ("t:wls-school", "Ysgol Bryn Example", BodyType.SCHOOL, Nation.WALES, "office@ysgolbryn.example.sch.uk"),
    ("t:eng-police", "Midshire Police", BodyType.POLICE, Nation.ENGLAND, "foi@midshire.police.example"),
    ("t:no-address", "Addressless Parish Council", BodyType.COUNCIL, Nation.ENGLAND, None),
]


def add_bodies(store: Store) -> list[int]:
    with store.session() as session:
        rows = [
            Body(code=c, name=n, body_type=t, nation=na, email=e, source="test", extra={})
            for c, n, t, na, e in BODIES
        ]
        session.add_all(rows)
        session.flush()
        return [b.id for b in rows]


@dataclass
class Received:
    envelope_from: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)  # type: ignore[return-value]


@dataclass
class _Handler:
    received: list[Received] = field(default_factory=list)
    kill_pid_on: tuple[int, int] | None = None  # (message number, pid): kill that process when it arrives
    reject: set[str] = field(default_factory=set)  # recipients to refuse with 550

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:  # noqa: N802
        if address in self.reject:
            return "550 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.received.append(
            Received(
                envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or envelope.content
            )
        )
        if self.kill_pid_on and len(self.received) == self.kill_pid_on[0]:
            os.kill(self.kill_pid_on[1], signal.SIGKILL)  # the sender dies after the server has the message
        return "250 Message accepted for delivery"


@dataclass
class SmtpServer:
    handler: _Handler
    port: int

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def received(self) -> list[Received]:
        return self.handler.received


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def free_port() -> int:
    return _free_port()


def sent_campaign(store: Store, smtp_server: SmtpServer) -> dict[str, Request]:
    """The `cctv` campaign sent to the test bodies through ``smtp_server``: their requests by body code."""
    add_bodies(store)
    with store.session() as session:
        create_campaign(session, "cctv")
    send_campaign(store, "cctv", smtp=smtp_server.address, sender="survey@camcensus.example")
    with store.session() as session:
        return {r.body.code: r for r in session.scalars(select(Request))}
