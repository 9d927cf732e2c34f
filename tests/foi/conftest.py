"""FOI fixtures: a real SMTP server on loopback, and a campaign sent through it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller
from foi_helpers import SmtpServer, _free_port, _Handler, add_bodies
from sqlalchemy import select

from camcensus.foi.campaigns import create_campaign
from camcensus.foi.outbox import send_campaign
from camcensus.store import Store
from camcensus.store.models import Request


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    handler = _Handler()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield SmtpServer(handler, port)
    finally:
        controller.stop()


@pytest.fixture
def sent(sqlite_store: Store, smtp_server: SmtpServer) -> dict[str, Request]:
    """The `cctv` campaign sent to the test bodies: their requests by body code."""
    add_bodies(sqlite_store)
    with sqlite_store.session() as session:
        create_campaign(session, "cctv")
    send_campaign(sqlite_store, "cctv", smtp=smtp_server.address, sender="survey@camcensus.example")
    with sqlite_store.session() as session:
        return {r.body.code: r for r in session.scalars(select(Request))}
