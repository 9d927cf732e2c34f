"""Campaigns drafted from the register and really sent to an SMTP server on loopback, exactly once."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from foi_helpers import SmtpServer, add_bodies, free_port
from sqlalchemy import select

from camcensus.enums import RequestState
from camcensus.foi.campaigns import CampaignError, create_campaign, find_references
from camcensus.foi.deadlines import statutory_due_date
from camcensus.foi.outbox import SendError, send_campaign
from camcensus.store import Store
from camcensus.store.models import Body, Campaign, Message, Request, RequestEvent

SENDER = "survey@camcensus.example"


def _campaign(store: Store, name: str = "cctv-2026", **kwargs: object) -> int:
    with store.session() as session:
        return create_campaign(session, name, template="cctv", **kwargs).id  # type: ignore[arg-type]


def test_campaign_drafts_one_request_per_addressed_body(any_store: Store) -> None:
    add_bodies(any_store)
    _campaign(any_store)
    with any_store.session() as session:
        reqs = list(session.scalars(select(Request).order_by(Request.id)))
        laws = {r.body.code: r.law for r in reqs}
        assert len(reqs) == 5  # the body without an address gets none
        assert laws == {
            "t:eng-council": "foia",
            "t:sco-council": "foisa",
            "t:ni-trust": "foia",
            "t:wls-school": "schools",
            "t:eng-police": "foia",
        }
        for req in reqs:
            assert req.state == RequestState.DRAFT
            assert find_references(req.subject) == [req.reference]
            assert req.reference in req.text and req.body.name in req.text
            for words in (
                "how many surveillance cameras",
                "Hikvision",
                "Dahua",
                "HiLook",
                "Imou",
                "facial",
                "ANPR",
                "audio",
                "analytics",
                "data protection impact",
                "Surveillance Camera Code",
                "replace",
            ):
                assert words.lower() in req.text.lower(), words
        scot = next(r for r in reqs if r.law == "foisa")
        assert "Freedom of Information (Scotland) Act 2002" in scot.text
        assert len({r.reference for r in reqs}) == 5
        drafted = session.scalars(select(RequestEvent).where(RequestEvent.kind == "drafted")).all()
        assert len(drafted) == 5


def test_campaign_is_idempotent_and_filters(any_store: Store) -> None:
    add_bodies(any_store)
    _campaign(any_store)
    _campaign(any_store)
    with any_store.session() as session:
        assert session.query(Request).count() == 5
        assert session.query(RequestEvent).count() == 5
        scots = create_campaign(session, "scotland-only", nation="scotland")
        assert [r.body.code for r in scots.requests] == ["t:sco-council"]
        police = create_campaign(session, "police-only", body_type="police")
        assert [r.body.code for r in police.requests] == ["t:eng-police"]
        with pytest.raises(CampaignError, match="unknown template"):
            create_campaign(session, "bad", template="nope")


def test_campaign_synthetic_marks_requests(sqlite_store: Store) -> None:
    add_bodies(sqlite_store)
    with sqlite_store.session() as session:
        bodies = list(session.scalars(select(Body).where(Body.code == "t:eng-council")))
        campaign = create_campaign(session, "demo", bodies=bodies, synthetic=True)
        assert campaign.synthetic
        assert "SYNTHETIC DEMO DATA" in campaign.requests[0].text


def test_send_really_sends_once(any_store: Store, smtp_server: SmtpServer) -> None:
    add_bodies(any_store)
    _campaign(any_store)
    summary = send_campaign(any_store, "cctv-2026", smtp=smtp_server.address, sender=SENDER)
    assert len(summary.sent) == 5 and not summary.failed and not summary.uncertain
    assert len(smtp_server.received) == 5
    with any_store.session() as session:
        reqs = {r.reference: r for r in session.scalars(select(Request))}
        for got in smtp_server.received:
            msg = got.message
            req = reqs[find_references(msg["Subject"])[0]]
            assert got.recipients == [req.to_address] and got.envelope_from == SENDER
            assert msg["Message-ID"] == req.message_id and req.message_id.startswith("<")
            assert req.reference in msg.get_content()
            assert req.state == RequestState.SENT
            assert req.send_started_at is not None and req.sent_at is not None
            assert req.send_started_at <= req.sent_at
            assert req.received_on == req.sent_at.date()
            assert req.due_on == statutory_due_date(req.law, req.received_on).due
        out = session.scalars(select(Message).where(Message.direction == "out")).all()
        assert {m.message_id for m in out} == {r.message_id for r in reqs.values()}
        kinds = Counter(e.kind for e in session.scalars(select(RequestEvent)))
        assert kinds["send_started"] == 5 and kinds["sent"] == 5
    again = send_campaign(any_store, "cctv-2026", smtp=smtp_server.address, sender=SENDER)
    assert again.sent == [] and again.already_sent == 5
    assert len(smtp_server.received) == 5


def test_new_bodies_are_sent_on_the_next_run(sqlite_store: Store, smtp_server: SmtpServer) -> None:
    add_bodies(sqlite_store)
    with sqlite_store.session() as session:
        first = list(session.scalars(select(Body).where(Body.code == "t:eng-council")))
        create_campaign(session, "grow", bodies=first)
    send_campaign(sqlite_store, "grow", smtp=smtp_server.address, sender=SENDER)
    with sqlite_store.session() as session:
        create_campaign(session, "grow", nation="england")
    summary = send_campaign(sqlite_store, "grow", smtp=smtp_server.address, sender=SENDER)
    assert len(summary.sent) == 1 and summary.already_sent == 1  # the police force; the parish has no address
    assert len(smtp_server.received) == 2


def test_refused_recipient_is_not_marked_sent_and_can_be_sent_later(
    sqlite_store: Store, smtp_server: SmtpServer
) -> None:
    add_bodies(sqlite_store)
    _campaign(sqlite_store)
    smtp_server.handler.reject.add("foi@glenmore.gov.scot")
    summary = send_campaign(sqlite_store, "cctv-2026", smtp=smtp_server.address, sender=SENDER)
    assert len(summary.sent) == 4 and len(summary.failed) == 1
    assert "550" in summary.failed[0]["reason"]
    with sqlite_store.session() as session:
        req = session.scalar(select(Request).where(Request.to_address == "foi@glenmore.gov.scot"))
        assert req is not None and req.state == RequestState.DRAFT and req.send_started_at is None
    smtp_server.handler.reject.clear()
    retry = send_campaign(sqlite_store, "cctv-2026", smtp=smtp_server.address, sender=SENDER)
    assert len(retry.sent) == 1
    assert Counter(r.recipients[0] for r in smtp_server.received)["foi@glenmore.gov.scot"] == 1


def test_claimed_but_unconfirmed_request_is_never_resent(
    sqlite_store: Store, smtp_server: SmtpServer
) -> None:
    """A run that stopped after claiming a request (send_started_at) but before sent_at: uncertain."""
    add_bodies(sqlite_store)
    _campaign(sqlite_store)
    with sqlite_store.session() as session:
        req = session.scalar(select(Request).where(Request.to_address == "foi@exampleton.gov.uk"))
        assert req is not None
        req.send_started_at = dt.datetime(2026, 11, 30, 9, 0)
        req.message_id = "<claimed@camcensus.example>"
    summary = send_campaign(sqlite_store, "cctv-2026", smtp=smtp_server.address, sender=SENDER)
    assert summary.uncertain == [req.reference] and len(summary.sent) == 4
    assert "foi@exampleton.gov.uk" not in {r.recipients[0] for r in smtp_server.received}
    retried = send_campaign(
        sqlite_store, "cctv-2026", smtp=smtp_server.address, sender=SENDER, retry_uncertain=True
    )
    assert retried.sent == [req.reference]
    last = smtp_server.received[-1].message
    assert last["Message-ID"] == "<claimed@camcensus.example>"  # the same Message-ID: copies thread together


def test_rate_limit_waits_between_messages(sqlite_store: Store, smtp_server: SmtpServer) -> None:
    add_bodies(sqlite_store)
    _campaign(sqlite_store)
    waits: list[float] = []
    send_campaign(
        sqlite_store, "cctv-2026", smtp=smtp_server.address, sender=SENDER, rate=30, sleep=waits.append
    )
    assert waits == [2.0] * 4


def test_dry_run_writes_eml_and_records_nothing(sqlite_store: Store, tmp_path: Path) -> None:
    add_bodies(sqlite_store)
    _campaign(sqlite_store)
    summary = send_campaign(sqlite_store, "cctv-2026", sender=SENDER, dry_run=True, eml_dir=tmp_path / "out")
    files = sorted((tmp_path / "out").glob("*.eml"))
    assert len(files) == 5 == len(summary.eml_files)
    from email import message_from_bytes

    msg = message_from_bytes(files[0].read_bytes())
    assert find_references(msg["Subject"]) and msg["To"].startswith("foi@") or "@" in msg["To"]
    with sqlite_store.session() as session:
        assert all(
            r.state == RequestState.DRAFT and r.send_started_at is None
            for r in session.scalars(select(Request))
        )


def test_send_errors(sqlite_store: Store) -> None:
    add_bodies(sqlite_store)
    _campaign(sqlite_store)
    with pytest.raises(SendError, match="HOST:PORT"):
        send_campaign(sqlite_store, "cctv-2026", smtp="nowhere", sender=SENDER)
    with pytest.raises(SendError, match="sender"):
        send_campaign(sqlite_store, "cctv-2026", smtp="127.0.0.1:1", sender="nobody")
    with pytest.raises(CampaignError, match="no campaign"):
        send_campaign(sqlite_store, "missing", smtp="127.0.0.1:1", sender=SENDER)

    with pytest.raises(SendError, match="SMTP server"):
        send_campaign(sqlite_store, "cctv-2026", smtp=f"127.0.0.1:{free_port()}", sender=SENDER)
    with sqlite_store.session() as session:  # a refused connection claims nothing
        assert all(r.send_started_at is None for r in session.scalars(select(Request)))
        assert session.scalar(select(Campaign.name)) == "cctv-2026"
