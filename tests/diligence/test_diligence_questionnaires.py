"""Supplier questionnaires tracked like FOI requests, on both real backends."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from diligence_estates import EstateBuilder
from sqlalchemy import select

from camcensus.diligence import questionnaires as dq
from camcensus.enums import BodyType, Nation
from camcensus.foi.calendars import add_adhoc
from camcensus.foi.deadlines import WorkingCalendar
from camcensus.store import Store
from camcensus.store.diligence_models import QuestionnaireEvent
from camcensus.store.models import Body


def add_working_days(start: dt.date, days: int, nation: Nation = Nation.ENGLAND) -> dt.date:
    return WorkingCalendar.for_nation(nation).add(start, days)


def test_working_days_skip_weekends_and_each_nations_holidays() -> None:
    # Friday 25 Dec 2026 and Monday 28 Dec (Boxing Day substitute) are holidays everywhere in the UK
    assert add_working_days(dt.date(2026, 12, 1), 20, Nation.ENGLAND) == dt.date(2026, 12, 31)
    # 2 January 2027 is a Saturday, so Scotland's 2nd of January holiday moves to Monday 4 January
    assert add_working_days(dt.date(2026, 12, 31), 1, Nation.ENGLAND) == dt.date(2027, 1, 4)
    assert add_working_days(dt.date(2026, 12, 31), 1, Nation.SCOTLAND) == dt.date(2027, 1, 5)
    assert add_working_days(dt.date(2026, 12, 31), 1, Nation.UK) == dt.date(2027, 1, 4)  # England's holidays
    with pytest.raises(ValueError):
        add_working_days(dt.date(2026, 1, 1), -1)


def _body(store: Store, nation: Nation = Nation.ENGLAND) -> int:
    with store.session() as session:
        return EstateBuilder(session).body("test:Q", "Council Q", BodyType.COUNCIL, nation).id


def test_sent_then_answered(any_store: Store) -> None:
    body_id = _body(any_store)
    with any_store.session() as session:
        body = session.get(Body, body_id)
        q, new = dq.send_questionnaire(session, body, "Acme CCTV Ltd", "hikvision", dt.date(2026, 3, 2))
        assert new and q.reference == f"DDQ-{q.id:06d}" and q.vendor == "Hikvision"
        # 20 working days from Monday 2 March 2026, with no holiday in between
        assert q.due_on == dt.date(2026, 3, 30)
        assert "CVE-2021-36260" in q.text and "NDAA FY2019 s.889" in q.text and q.reference in q.text
        again, new_again = dq.send_questionnaire(
            session, body, "Acme CCTV Ltd", "Hikvision", dt.date(2026, 3, 9)
        )
        assert again.id == q.id and not new_again and again.sent_on == dt.date(2026, 3, 2)
        reference = q.reference
    with any_store.session() as session:
        dq.record_answer(session, reference, dt.date(2026, 3, 20), "All firmware patched; no remote access.")
        [status] = dq.questionnaire_status(session, dt.date(2026, 5, 1))
        assert (status.state, status.flagged, status.late) == ("answered", False, False)
        kinds = [e.kind for e in session.scalars(select(QuestionnaireEvent).order_by(QuestionnaireEvent.id))]
        assert kinds == ["sent", "answered"]


def test_an_ad_hoc_holiday_moves_the_due_date(any_store: Store) -> None:
    """The holidays a user added (``foi holidays add``) count for questionnaires as for FOI deadlines."""
    body_id = _body(any_store)
    with any_store.session() as session:
        add_adhoc(session, dt.date(2026, 3, 10), "Proclaimed holiday")
        add_adhoc(session, dt.date(2026, 3, 11), "Scottish holiday", (Nation.SCOTLAND,))  # not England's
        body = session.get(Body, body_id)
        q, _ = dq.send_questionnaire(session, body, "Acme CCTV Ltd", "Hikvision", dt.date(2026, 3, 2))
        # 30 March without the holiday (test_sent_then_answered)
        assert q.due_on == dt.date(2026, 3, 31)


def test_no_answer_by_the_due_date_is_flagged(any_store: Store) -> None:
    body_id = _body(any_store, Nation.SCOTLAND)
    with any_store.session() as session:
        q, _ = dq.send_questionnaire(
            session, session.get(Body, body_id), "Beta Security", "Dahua", dt.date(2026, 3, 2), working_days=5
        )
        reference, due = q.reference, q.due_on
    assert due == dt.date(2026, 3, 9)
    with any_store.session() as session:
        [on_due_day] = dq.questionnaire_status(session, due)
        assert (on_due_day.state, on_due_day.flagged) == ("sent", False)
    with any_store.session() as session:
        [after] = dq.questionnaire_status(session, due + dt.timedelta(days=3))
        assert (after.state, after.flagged, after.days_overdue) == ("no_answer", True, 3)
    with any_store.session() as session:
        assert dq.flag_unanswered(session, due + dt.timedelta(days=10)) == 0  # idempotent
        dq.record_answer(session, reference, due + dt.timedelta(days=12), "late reply")
        [late] = dq.questionnaire_status(session, due + dt.timedelta(days=20))
        assert (late.state, late.flagged, late.late) == ("answered", False, True)
        with pytest.raises(dq.QuestionnaireError, match="before it was sent"):
            dq.record_answer(session, reference, dt.date(2026, 1, 1), "impossible")
        with pytest.raises(dq.QuestionnaireError, match="no questionnaire"):
            dq.record_answer(session, "DDQ-999999", due, "x")


def test_questionnaire_commands(cli, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'q.db'}"
    store = Store.from_url(db)
    store.upgrade()
    body_id = _body(store)
    store.dispose()
    letter = tmp_path / "letter.txt"
    sent = json.loads(
        cli(
            "questionnaire",
            "send",
            "--body",
            str(body_id),
            "--supplier",
            "Acme CCTV Ltd",
            "--vendor",
            "Hikvision",
            "--sent",
            "2026-03-02",
            "--out",
            str(letter),
            "--json",
            db=db,
        ).stdout
    )
    assert (sent["due_on"], sent["new"]) == ("2026-03-30", True)
    assert sent["reference"] in letter.read_text()
    rows = [
        json.loads(x)
        for x in cli("questionnaire", "status", "--today", "2026-04-01", "--json", db=db).stdout.splitlines()
    ]
    assert [(r["reference"], r["state"], r["flagged"]) for r in rows] == [
        (sent["reference"], "no_answer", True)
    ]
    answer = tmp_path / "answer.txt"
    answer.write_text("We will answer each question.")
    answered = json.loads(
        cli(
            "questionnaire",
            "answer",
            sent["reference"],
            "--file",
            str(answer),
            "--on",
            "2026-04-02",
            "--json",
            db=db,
        ).stdout
    )
    assert (answered["state"], answered["late"]) == ("answered", True)
    bad = cli(
        "questionnaire",
        "send",
        "--body",
        "test:Q",
        "--supplier",
        "X",
        "--vendor",
        "Hikvision",
        "--sent",
        "2026-13-01",
        db=db,
        check=False,
    )
    assert bad.returncode == 1 and "--sent must be a date" in bad.stderr
