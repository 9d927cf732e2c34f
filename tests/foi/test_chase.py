"""Lifecycle and chasing: overdue and long-overdue requests, reminders, review requests, complaints."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from foi_helpers import SmtpServer, add_bodies
from sqlalchemy import select

from camcensus.enums import Nation, RequestState
from camcensus.foi.calendars import add_adhoc
from camcensus.foi.campaigns import create_campaign
from camcensus.foi.chase import chase_campaign, send_chases, write_letters
from camcensus.foi.deadlines import add_working_days, review_due_date
from camcensus.foi.laws import all_laws, get_law
from camcensus.foi.lifecycle import (
    TransitionError,
    campaign_status,
    extend,
    pause_clock,
    refresh_deadlines,
    resume_clock,
    transition,
)
from camcensus.foi.outbox import send_campaign
from camcensus.store import Store
from camcensus.store.models import Request, RequestEvent

SENDER = "survey@camcensus.example"


def _sent(store: Store, smtp_server: SmtpServer, received: dt.date) -> None:
    add_bodies(store)
    with store.session() as session:
        create_campaign(session, "cctv")
    send_campaign(store, "cctv", smtp=smtp_server.address, sender=SENDER)
    with store.session() as session:  # as if sent on ``received``
        for req in session.scalars(select(Request)):
            req.received_on = received
        refresh_deadlines(session, received)


def test_overdue_long_overdue_and_back(any_store: Store, smtp_server: SmtpServer) -> None:
    received = dt.date(2026, 11, 20)
    _sent(any_store, smtp_server, received)
    with any_store.session() as session:
        eng = session.scalar(select(Request).where(Request.to_address == "foi@exampleton.gov.uk"))
        assert eng.due_on == dt.date(2026, 12, 21)
        assert refresh_deadlines(session, dt.date(2026, 12, 21)) == {}  # due today: not late
        assert refresh_deadlines(session, dt.date(2026, 12, 22))["overdue"] == 5
        late = add_working_days("foia", dt.date(2026, 12, 21), 20)
        moved = refresh_deadlines(session, late + dt.timedelta(days=1))
        assert moved["long_overdue"] >= 4
        assert eng.state == RequestState.LONG_OVERDUE
        events = session.scalars(
            select(RequestEvent).where(RequestEvent.request_id == eng.id, RequestEvent.kind == "deadline")
        ).all()
        assert [(e.from_state, e.to_state) for e in events] == [
            ("sent", "overdue"),
            ("overdue", "long_overdue"),
        ]
        status = campaign_status(session, "cctv", late + dt.timedelta(days=1))
        assert status["counts"]["long_overdue"] + status["counts"]["overdue"] == 5


def test_clock_pause_resume_and_extension(sqlite_store: Store, smtp_server: SmtpServer) -> None:
    _sent(sqlite_store, smtp_server, dt.date(2026, 11, 20))
    with sqlite_store.session() as session:
        eng = session.scalar(select(Request).where(Request.to_address == "foi@exampleton.gov.uk"))
        sco = session.scalar(select(Request).where(Request.to_address == "foi@glenmore.gov.scot"))
        pause_clock(session, eng, "fee", dt.date(2026, 11, 23))
        assert eng.state == RequestState.CLARIFICATION_NEEDED
        resume_clock(session, eng, dt.date(2026, 11, 27))
        assert (
            eng.state == RequestState.AWAITING
            and eng.due_on == dt.date(2026, 12, 30)
            and eng.paused_days == 5
        )
        pause_clock(session, sco, "clarification", dt.date(2026, 11, 25))
        resume_clock(session, sco, dt.date(2026, 12, 1))  # FOISA: the clock starts again on the answer
        assert sco.received_on == dt.date(2026, 12, 1)
        assert sco.due_on == add_working_days("foisa", dt.date(2026, 12, 1), 20)
        extend(session, eng)
        assert eng.due_on == add_working_days("foia", dt.date(2026, 11, 20), 45)  # 40 + 5 paused
        with pytest.raises(TransitionError, match="no extension"):
            extend(session, sco)
        with pytest.raises(TransitionError, match="cannot move"):
            transition(session, eng, RequestState.DRAFT)
        transition(session, eng, RequestState.WITHDRAWN)
        with pytest.raises(TransitionError):
            transition(session, eng, RequestState.ANSWERED)  # withdrawn is final


def test_what_waiting_does_to_the_clock_comes_from_the_laws_data(
    sqlite_store: Store, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A law whose data said a fee restarts the clock would have it restart, with no change of code."""
    monkeypatch.setitem(all_laws(), "foia", dataclasses.replace(get_law("foia"), fee="restart"))
    _sent(sqlite_store, smtp_server, dt.date(2026, 11, 20))
    with sqlite_store.session() as session:
        eng = session.scalar(select(Request).where(Request.to_address == "foi@exampleton.gov.uk"))
        pause_clock(session, eng, "fee", dt.date(2026, 11, 23))
        assert "pauses" not in eng.extra or eng.extra["pauses"] == []
        resume_clock(session, eng, dt.date(2026, 11, 27))
        assert eng.received_on == dt.date(2026, 11, 27) and eng.paused_days == 0
        assert eng.due_on == add_working_days("foia", dt.date(2026, 11, 27), 20)
        with pytest.raises(ValueError, match="clarification or fee"):
            pause_clock(session, eng, "holiday", dt.date(2026, 11, 30))


def test_chase_reminders_reviews_and_complaints(any_store: Store, smtp_server: SmtpServer, tmp_path) -> None:
    _sent(any_store, smtp_server, dt.date(2026, 11, 20))
    with any_store.session() as session:
        ni = session.scalar(select(Request).where(Request.to_address == "foi@loughside-hsc.example.org"))
        sco = session.scalar(select(Request).where(Request.to_address == "foi@glenmore.gov.scot"))
        transition(session, ni, RequestState.REFUSED, kind="reply")
        transition(session, sco, RequestState.REFUSED, kind="reply")
    today = dt.date(2026, 12, 23)
    with any_store.session() as session:
        summary = chase_campaign(session, "cctv", today)
        kinds = {(letter.reference.split("-")[-1], letter.kind) for letter in summary.letters}
        assert sorted(k for _, k in kinds) == [
            "internal_review",
            "internal_review",
            "reminder",
            "reminder",
            "reminder",
        ]
        reminder = next(x for x in summary.letters if x.kind == "reminder")
        assert "2026-12-21" in reminder.text and "2 working days" in reminder.text
        review_sco = next(
            x for x in summary.letters if x.kind == "internal_review" and x.to.endswith(".scot")
        )
        assert "section 20" in review_sco.text and review_sco.subject.startswith("Requirement for review")
        assert summary.new == 5
    with any_store.session() as session:  # drafting again logs nothing new
        assert chase_campaign(session, "cctv", today).new == 0
    write_letters(summary, tmp_path / "letters", sender=SENDER)
    assert len(list((tmp_path / "letters").glob("*.eml"))) == 5
    before = len(smtp_server.received)
    sent = send_chases(any_store, "cctv", smtp=smtp_server.address, sender=SENDER, today=today)
    assert len(sent.sent) == 5 and len(smtp_server.received) == before + 5
    threaded = [r.message for r in smtp_server.received[before:]]
    with any_store.session() as session:
        ids = {r.message_id for r in session.scalars(select(Request))}
        assert {str(m["In-Reply-To"]).strip() for m in threaded} <= ids
        sco = session.scalar(select(Request).where(Request.to_address == "foi@glenmore.gov.scot"))
        assert sco.state == RequestState.INTERNAL_REVIEW
        assert sco.extra["review_due_on"] == review_due_date("foisa", today).isoformat()
    again = send_chases(any_store, "cctv", smtp=smtp_server.address, sender=SENDER, today=today)
    assert again.sent == [] and len(smtp_server.received) == before + 5  # each stage sent once
    later = review_due_date("foisa", today) + dt.timedelta(days=1)
    with any_store.session() as session:
        complaints = [x for x in chase_campaign(session, "cctv", later).letters if x.kind == "complaint"]
        regulators = sorted(x.to for x in complaints)
        assert regulators == ["enquiries@foi.scot", "icocasework@ico.org.uk"]
        sic = next(x for x in complaints if x.to == "enquiries@foi.scot")
        assert "Scottish Information Commissioner" in sic.text and "section 47" in sic.text
        assert "Freedom of Information request - CCTV" in sic.text  # the request is quoted


def test_an_ad_hoc_holiday_moves_a_chasers_due_date(sqlite_store: Store, smtp_server: SmtpServer) -> None:
    """A review request's due date counts the holidays a user added, as the statutory deadlines do."""
    _sent(sqlite_store, smtp_server, dt.date(2026, 11, 20))
    today = dt.date(2026, 12, 23)

    def review_due_in_letter() -> str:
        with sqlite_store.session() as session:
            letters = chase_campaign(session, "cctv", today).letters
            [letter] = [x for x in letters if x.kind == "internal_review"]
            return letter.text

    with sqlite_store.session() as session:
        sco = session.scalar(select(Request).where(Request.to_address == "foi@glenmore.gov.scot"))
        transition(session, sco, RequestState.REFUSED, kind="reply")
    before = review_due_date("foisa", today)
    assert before.isoformat() in review_due_in_letter()
    with sqlite_store.session() as session:
        add_adhoc(session, dt.date(2027, 1, 6), "Proclaimed holiday", (Nation.SCOTLAND,))
    after = review_due_in_letter()
    moved = add_working_days("foisa", before, 1)
    assert moved.isoformat() in after and before.isoformat() not in after


def test_chase_command(run_cli, tmp_path, smtp_server: SmtpServer) -> None:
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    store = Store.from_url(db)
    store.upgrade()
    _sent(store, smtp_server, dt.date(2026, 11, 20))
    store.dispose()
    out = run_cli(
        "foi", "chase", "cctv", "--today", "2026-12-23", "--out", str(tmp_path / "letters"), "--json", db=db
    )
    result = json.loads(out.stdout)
    assert result["by_kind"] == {"reminder": 5} and result["new"] == 5
    assert len(list((tmp_path / "letters").glob("*-reminder.txt"))) == 5
    assert all("Overdue" in item["subject"] for item in result["items"])


def test_request_command(run_cli, tmp_path, smtp_server: SmtpServer) -> None:
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    store = Store.from_url(db)
    store.upgrade()
    _sent(store, smtp_server, dt.date(2026, 11, 20))
    with store.session() as session:
        ref = session.scalar(select(Request.reference).where(Request.to_address == "foi@exampleton.gov.uk"))
    store.dispose()
    paused = json.loads(
        run_cli("foi", "request", ref, "--pause", "fee", "--on", "2026-11-23", "--json", db=db).stdout
    )
    assert paused["state"] == "clarification_needed"
    out = json.loads(run_cli("foi", "request", ref, "--resume", "--on", "2026-11-27", "--json", db=db).stdout)
    assert out["state"] == "awaiting" and out["due_on"] == "2026-12-30" and out["paused_days"] == 5
    assert [e["kind"] for e in out["events"]][-2:] == ["clock_paused", "clock_resumed"]
    assert out["events"][-1]["actor"] == "cli"
