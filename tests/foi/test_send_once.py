"""Each letter sent exactly once, to exactly one recipient: concurrent and killed `foi chase --send` runs,
register addresses that would send a letter to a stranger or inject a header, and mail logins that would go
in clear text. Real SMTP servers on loopback, the CLI in real processes."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from foi_helpers import SmtpServer, add_bodies
from sqlalchemy import select

from camcensus.enums import BodyType, Nation, RequestState
from camcensus.foi.campaigns import create_campaign
from camcensus.foi.delivery import SendError
from camcensus.foi.lifecycle import refresh_deadlines
from camcensus.foi.mailboxes import ImapSource, InboxError, fetch_imap
from camcensus.foi.outbox import send_campaign
from camcensus.store import Store
from camcensus.store.models import Body, ChaseLetter, Request

SENDER = "survey@camcensus.example"
SRC = str(Path(__file__).resolve().parents[2] / "src")
TODAY = "2027-01-29"  # every request long overdue


def _overdue(store: Store, smtp_server: SmtpServer, bodies: int = 8) -> None:
    with store.session() as session:
        session.add_all(
            Body(
                code=f"t:c{i}",
                name=f"Council {i}",
                body_type=BodyType.COUNCIL,
                nation=Nation.ENGLAND,
                email=f"foi@council{i}.example",
                source="test",
                extra={},
            )  # fmt: skip
            for i in range(bodies)
        )
        session.flush()
        create_campaign(session, "cctv")
    send_campaign(store, "cctv", smtp=smtp_server.address, sender=SENDER)
    with store.session() as session:
        for req in session.scalars(select(Request)):
            req.received_on = dt.date(2026, 11, 2)
        refresh_deadlines(session, dt.date(2026, 11, 2))
    smtp_server.handler.received.clear()


def _chase(db: str, smtp: str, *more: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": SRC}
    env.pop("CAMCENSUS_DB", None)
    argv = [sys.executable, "-m", "camcensus", "--db", db, "foi", "chase", "cctv", "--send", "--smtp", smtp]
    argv += ["--sender", SENDER, "--today", TODAY, "--json", *more]
    return subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_concurrent_chase_runs_send_each_letter_once(
    backend: str, request: pytest.FixtureRequest, smtp_server: SmtpServer
) -> None:
    store: Store = request.getfixturevalue("sqlite_store" if backend == "sqlite" else "pg_store")
    _overdue(store, smtp_server)
    runs = [_chase(store.url, smtp_server.address) for _ in range(3)]
    outs = [run.communicate(timeout=240) for run in runs]
    assert all(run.returncode == 0 for run in runs), [o[1].decode()[-2000:] for o in outs]
    sent = sum(json.loads(out)["sent"] for out, _ in outs)
    per_recipient = Counter(r.recipients[0] for r in smtp_server.received)
    assert sent == 8 and len(smtp_server.received) == 8 and set(per_recipient.values()) == {1}
    with store.session() as session:
        assert len(session.scalars(select(ChaseLetter).where(ChaseLetter.sent_at.is_not(None))).all()) == 8


def test_a_chase_run_killed_mid_send_does_not_send_again(
    sqlite_store: Store, smtp_server: SmtpServer
) -> None:
    _overdue(sqlite_store, smtp_server, bodies=4)
    run = _chase(sqlite_store.url, smtp_server.address)
    smtp_server.handler.kill_pid_on = (2, run.pid)  # dies once the server has the second letter
    run.communicate(timeout=120)
    assert run.returncode == -9 and len(smtp_server.received) == 2
    smtp_server.handler.kill_pid_on = None
    rerun = _chase(sqlite_store.url, smtp_server.address)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err.decode()
    result = json.loads(out)
    assert result["sent"] == 2 and len(result["uncertain"]) == 1, result
    assert set(Counter(r.recipients[0] for r in smtp_server.received).values()) == {1}
    assert len(smtp_server.received) == 4
    # asked to, the uncertain letter goes again, with its first Message-ID so the copies thread together
    retry = _chase(sqlite_store.url, smtp_server.address, "--retry-uncertain")
    assert json.loads(retry.communicate(timeout=120)[0])["sent"] == 1
    assert smtp_server.received[-1].message["Message-ID"] == smtp_server.received[1].message["Message-ID"]


BAD_ADDRESSES = {
    "t:eng-council": "foi@exampleton.gov.uk, victim@stranger.example",
    "t:sco-council": "foi@glenmore.gov.scot\r\nBcc: victim@stranger.example",
    "t:ni-trust": "Loughside <foi@loughside-hsc.example.org>",
}


def test_an_address_that_is_not_one_mailbox_sends_nothing_and_claims_nothing(
    any_store: Store, smtp_server: SmtpServer
) -> None:
    """Addresses put in the store before they were checked at import: the letter goes to no one, the request
    stays a draft (not uncertain), and goes once the address is put right."""
    add_bodies(any_store)
    with any_store.session() as session:
        create_campaign(session, "cctv")
        for req in session.scalars(select(Request)):
            req.to_address = BAD_ADDRESSES.get(req.body.code, req.to_address)
    summary = send_campaign(any_store, "cctv", smtp=smtp_server.address, sender=SENDER)
    assert len(summary.sent) == 2 and summary.uncertain == []
    assert sorted(f["reason"].split(":")[0] for f in summary.failed) == ["not sent"] * 3
    recipients = [rcpt for r in smtp_server.received for rcpt in r.recipients]
    assert not any("stranger" in r for r in recipients) and len(recipients) == 2
    assert all("stranger" not in r.data.decode() for r in smtp_server.received)
    with any_store.session() as session:
        bad = [r for r in session.scalars(select(Request)) if r.body.code in BAD_ADDRESSES]
        assert all(r.state == RequestState.DRAFT and r.send_started_at is None for r in bad)
        for req in bad:
            req.to_address = req.body.email
    again = send_campaign(any_store, "cctv", smtp=smtp_server.address, sender=SENDER)
    assert len(again.sent) == 3 and again.uncertain == []


def test_a_sender_that_is_not_one_mailbox_is_refused(sqlite_store: Store, smtp_server: SmtpServer) -> None:
    add_bodies(sqlite_store)
    with sqlite_store.session() as session:
        create_campaign(session, "cctv")
    for sender in (
        "survey@camcensus.example, victim@stranger.example",
        "survey@camcensus.example\nBcc: x@y.z",
    ):
        with pytest.raises(SendError, match="one e-mail address"):
            send_campaign(sqlite_store, "cctv", smtp=smtp_server.address, sender=sender)
    assert smtp_server.received == []


def test_mail_logins_need_tls_unless_allowed(
    sqlite_store: Store, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_bodies(sqlite_store)
    with sqlite_store.session() as session:
        create_campaign(session, "cctv")
    monkeypatch.setenv("CAMCENSUS_SMTP_USER", "survey")
    monkeypatch.setenv("CAMCENSUS_SMTP_PASSWORD", "secret")
    with pytest.raises(SendError, match="--allow-plaintext-login"):
        send_campaign(sqlite_store, "cctv", smtp=smtp_server.address, sender=SENDER)
    assert smtp_server.received == []
    with sqlite_store.session() as session:
        assert all(r.send_started_at is None for r in session.scalars(select(Request)))
    monkeypatch.setenv("CAMCENSUS_IMAP_USER", "survey")
    monkeypatch.setenv("CAMCENSUS_IMAP_PASSWORD", "secret")
    with pytest.raises(InboxError, match="--allow-plaintext-login"):
        fetch_imap(ImapSource("127.0.0.1", 1, ssl=False))


def test_a_survey_replayed_with_its_own_dates_is_dated_and_due_from_them(
    sqlite_store: Store, smtp_server: SmtpServer
) -> None:
    """``clock`` dates each letter's Date header, its claim, its sending and its deadline (the demo sends its
    earlier round two years back)."""
    add_bodies(sqlite_store)
    with sqlite_store.session() as session:
        create_campaign(session, "cctv-2024")
    when = dt.datetime(2024, 11, 4, 9, 30)
    summary = send_campaign(
        sqlite_store, "cctv-2024", smtp=smtp_server.address, sender=SENDER, clock=lambda: when
    )
    assert summary.sent and not summary.failed
    assert {r.message["Date"].datetime.replace(tzinfo=None) for r in smtp_server.received} == {when}
    with sqlite_store.session() as session:
        sent = [r for r in session.scalars(select(Request)) if r.sent_at is not None]
        assert {(r.sent_at, r.send_started_at, r.received_on) for r in sent} == {(when, when, when.date())}
        assert all(r.due_on is not None and r.due_on.year == 2024 for r in sent)
