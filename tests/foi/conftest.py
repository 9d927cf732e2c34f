"""FOI fixtures: a real SMTP server on loopback, and a campaign sent through it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller
from foi_helpers import SmtpServer, _free_port, _Handler, sent_campaign

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
    return sent_campaign(sqlite_store, smtp_server)
