"""Mail over TLS against servers on loopback holding a certificate from a test CA: STARTTLS to SMTP and IMAP
over SSL work when that CA is trusted (CAMCENSUS_TLS_CA_FILE) and are refused, before any password or
message goes out, when it is not."""

from __future__ import annotations

import email.message
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from aiosmtpd.controller import Controller
from foi_helpers import _Handler, add_bodies, free_port
from imap_server import Mailbox, imap_server
from sqlalchemy import select

from camcensus.foi.campaigns import create_campaign
from camcensus.foi.mailboxes import ImapSource, InboxError, fetch_imap
from camcensus.foi.outbox import SendError, send_campaign
from camcensus.foi.tls import CA_FILE_ENV
from camcensus.store import Store
from camcensus.store.models import Request

SENDER = "survey@camcensus.example"
REFUSED = "certificate verify failed"


@pytest.fixture
def authority(tmp_path: Path) -> tuple[trustme.CA, Path]:
    """A test CA, and its certificate as a PEM file for CAMCENSUS_TLS_CA_FILE."""
    ca = trustme.CA()
    pem = tmp_path / "test-ca.pem"
    ca.cert_pem.write_to_path(str(pem))
    return ca, pem


def _server_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    return context


@pytest.fixture
def starttls_server(authority: tuple[trustme.CA, Path]) -> Iterator[tuple[_Handler, str]]:
    """An SMTP server on loopback that offers STARTTLS and takes no mail without it."""
    handler, port = _Handler(), free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        tls_context=_server_context(authority[0]),
        require_starttls=True,
    )
    controller.start()
    try:
        yield handler, f"127.0.0.1:{port}"
    finally:
        controller.stop()


def test_starttls_sends_only_to_a_verified_server(
    sqlite_store: Store,
    starttls_server: tuple[_Handler, str],
    authority: tuple[trustme.CA, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    handler, address = starttls_server
    add_bodies(sqlite_store)
    with sqlite_store.session() as session:
        create_campaign(session, "cctv-2026", template="cctv")
    monkeypatch.delenv(CA_FILE_ENV, raising=False)
    with pytest.raises(SendError, match=REFUSED):  # the test CA is nobody's system CA
        send_campaign(sqlite_store, "cctv-2026", smtp=address, sender=SENDER, starttls=True)
    with sqlite_store.session() as session:
        assert all(r.send_started_at is None for r in session.scalars(select(Request)))
    assert handler.received == []
    plain = send_campaign(sqlite_store, "cctv-2026", smtp=address, sender=SENDER)  # this server wants TLS
    assert plain.sent == [] and len(plain.failed) == 5 and "STARTTLS" in plain.failed[0]["reason"]
    monkeypatch.setenv(CA_FILE_ENV, str(authority[1]))
    summary = send_campaign(sqlite_store, "cctv-2026", smtp=address, sender=SENDER, starttls=True)
    assert len(summary.sent) == 5 and len(handler.received) == 5


def _message(uid: int) -> bytes:
    msg = email.message.EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "foi@exampleton.gov.uk", SENDER, f"Reply {uid}"
    msg["Message-ID"] = f"<tls{uid}@exampleton>"
    msg.set_content("We use 12 cameras.")
    return msg.as_bytes()


def test_imap_over_ssl_reads_only_from_a_verified_server(
    authority: tuple[trustme.CA, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    box = Mailbox("survey", "s3cret", {3: _message(3)})
    monkeypatch.setenv("CAMCENSUS_IMAP_USER", "survey")
    monkeypatch.setenv("CAMCENSUS_IMAP_PASSWORD", "s3cret")
    monkeypatch.delenv(CA_FILE_ENV, raising=False)
    with imap_server(box, tls=_server_context(authority[0])) as (host, port):
        source = ImapSource(host, port, ssl=True)
        with pytest.raises(InboxError, match=REFUSED):
            fetch_imap(source, timeout=10)
        assert box.logins == 0  # the password never went out
        monkeypatch.setenv(CA_FILE_ENV, str(authority[1].parent / "missing.pem"))
        with pytest.raises(InboxError, match="CAMCENSUS_TLS_CA_FILE=.*missing.pem"):
            fetch_imap(source, timeout=10)
        monkeypatch.setenv(CA_FILE_ENV, str(authority[1]))
        messages, _validity = fetch_imap(source, timeout=10)
    assert [uid for uid, _raw in messages] == [3] and b"12 cameras" in messages[0][1]
    assert box.logins == 1
