"""FOI fixtures: a real SMTP server on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller
from foi_helpers import SmtpServer, _free_port, _Handler


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
