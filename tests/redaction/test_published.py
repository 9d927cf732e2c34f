"""The attack of issue 16, end to end: a reply carrying personal data in every form the old redaction missed
goes in through ingest and matching; the public page, the API, evidence.csv, Parquet, the Datasette SQLite
file and the report carry none of it, while reviewers still see the whole reply."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from tests.redaction.corpus import Secret

from camcensus.enums import BodyType, Nation, RequestState, Role
from camcensus.foi.campaigns import create_campaign
from camcensus.foi.inbox import import_inbox
from camcensus.reports.html import write_report
from camcensus.reports.publish import DB_NAME, publish
from camcensus.store import Store
from camcensus.store.models import Body, Document, Evidence, Request
from camcensus.web import create_app
from camcensus.web.users import add_user

SENDER = "foi@anytown.gov.uk"
BIDI_NAME = "CCTV answer Tamsin Vellacott \u202egpj.exe"  # shows as "CCTV answer Tamsin Vellacott exe.jpg"
REPLY = """Dear Ms Quirkwell,

My colleague Siân Ó Briain confirms that the council uses 37 Hikvision cameras.
Mary-Jane Smith-Jones says 12 Dahua cameras are installed at 14 Acacia Avenue, Anytown AB1 2CD.
For the Hikvision maintenance call 0044 1632 960 901, 07700.900.789 or Tel.07700900790 about the cameras.
Questions about the Dahua cameras to foi.jane.doe@anytown.gov.uk, jöhn.dœ@anytown.example or
jane.doe [at] anytown [dot] gov [dot] uk.
All 120 cameras were bought from Axis Communications, and Rhiannon ap Gwilym (Data Protection Officer)
keeps the list.

Kind regards,

Aoife Ní Bhriain
Information Governance Officer
Anytown Council, Town Hall, Market Street, Anytown AB1 2CD
Tel: +44 (0)20 7946 0902
"""
ATTACHMENT = "Ngozi Okonkwo-Adeyemi counted 14 Hanwha cameras; call her on 07700 900 903.\n"
SECRETS = (
    Secret("name", "Quirkwell"),
    Secret("name", "Siân Ó Briain"),
    Secret("name", "Mary-Jane Smith-Jones"),
    Secret("street", "14 Acacia Avenue"),
    Secret("postcode", "AB1 2CD"),
    Secret("phone", "0044 1632 960 901"),
    Secret("phone", "07700.900.789"),
    Secret("phone", "07700900790"),
    Secret("email", "foi.jane.doe@"),
    Secret("email", "jöhn.dœ@"),
    Secret("email", "jane.doe [at]"),
    Secret("name", "Rhiannon ap Gwilym"),
    Secret("name", "Aoife Ní Bhriain"),
    Secret("phone", "+44 (0)20 7946 0902"),
    Secret("name", "Ngozi Okonkwo-Adeyemi"),
    Secret("name", "Tamsin Vellacott"),
    Secret("phone", "07700 900 903"),
)


def _reply(reference: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = f"Anytown FOI <{SENDER}>", "survey@camcensus.example"
    msg["Subject"] = f"RE: Freedom of Information request {reference}"
    msg["Date"] = format_datetime(dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC))
    msg["Message-ID"] = "<reply-1@anytown.gov.uk>"
    msg.set_content(REPLY)
    msg.add_attachment(ATTACHMENT.encode(), maintype="text", subtype="plain", filename=BIDI_NAME)
    return msg.as_bytes()


@pytest.fixture
def replied(sqlite_store: Store, tmp_path: Path) -> tuple[Store, int]:
    with sqlite_store.session() as session:
        body = Body(
            code="test:anytown",
            name="Anytown Council",
            body_type=BodyType.COUNCIL,
            nation=Nation.ENGLAND,
            email=SENDER,
            source="test",
            extra={},
        )
        session.add(body)
        session.flush()
        create_campaign(session, "cctv", bodies=[body])
        request = session.scalars(select(Request)).one()
        request.state, request.sent_at = RequestState.AWAITING, dt.datetime(2026, 11, 1)
        reference, body_id = request.reference, body.id
    (tmp_path / "reply.eml").write_bytes(_reply(reference))
    import_inbox(sqlite_store, [tmp_path / "reply.eml"])
    with sqlite_store.session() as session:
        quotes = " ".join(session.scalars(select(Evidence.quote)))
        assert session.scalar(select(Document).where(Document.filename == BIDI_NAME)) is not None
    assert "Ó Briain" in quotes and "Hikvision" in quotes  # the quotes carry the personal data to redact
    return sqlite_store, body_id


def _leaks(text: str) -> list[str]:
    return [s.value for s in SECRETS if s.shows_in(text)]


def test_public_page_and_api_carry_quotes_only_and_no_personal_data(replied) -> None:
    store, body_id = replied
    with TestClient(create_app(store)) as client:
        page = client.get(f"/bodies/{body_id}").text
        api = client.get(f"/api/bodies/{body_id}").json()
    assert _leaks(page) == [] and _leaks(json.dumps(api, ensure_ascii=False)) == []
    assert "Hikvision" in page and "[name redacted]" in page
    assert all(d["segments"] == [] for d in api["documents"]) and api["evidence"]
    assert "\u202e" not in page and "\u202e" not in json.dumps(api)  # the file name's override is gone


def test_reviewers_see_the_whole_reply_and_what_will_be_published(replied) -> None:
    store, body_id = replied
    with store.session() as session:
        add_user(session, "rev", Role.REVIEWER, "a long enough password")
    with TestClient(create_app(store)) as client:
        assert client.get(f"/review/published/{body_id}", follow_redirects=False).status_code == 303
        assert client.get(f"/api/review/published/{body_id}").status_code == 401
        token = client.get("/api/session").json()["csrf_token"]
        signed = client.post(
            "/api/login",
            json={"name": "rev", "password": "a long enough password"},
            headers={"X-CSRF-Token": token},
        )
        assert signed.status_code == 200
        whole = client.get(f"/bodies/{body_id}").text
        preview = client.get(f"/review/published/{body_id}").text
        view = client.get(f"/api/review/published/{body_id}").json()
    assert "Siân Ó Briain" in whole and "Acacia Avenue" in whole  # reviewers read the reply as written
    assert "\u202e" not in whole and "\u202e" not in preview  # nor do they see a file name's override
    assert '<del class="redacted redacted-name" title="name removed">Siân Ó Briain</del>' in preview
    removed = {(r["kind"], r["text"]) for item in view["evidence"] for r in item["removed"]}
    assert ("name", "Siân Ó Briain") in removed
    published = " ".join(item["quote"] + item["document"] for item in view["evidence"])
    assert _leaks(published) == [] and view["removed"] >= 3


def test_open_data_in_every_format_and_the_report_carry_no_personal_data(replied, tmp_path) -> None:
    store, _ = replied
    out = tmp_path / "open"
    publish(store, out)
    report = write_report(store, tmp_path / "report")
    texts = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.csv")}
    texts["report"] = report.read_text(encoding="utf-8")
    for path in (out / "parquet").glob("*.parquet"):
        texts[path.name] = json.dumps(pq.read_table(path).to_pylist(), default=str, ensure_ascii=False)
    with sqlite3.connect(out / DB_NAME) as db:
        texts[DB_NAME] = json.dumps(db.execute("SELECT * FROM evidence").fetchall(), ensure_ascii=False)
    assert "Hikvision" in texts["evidence.csv"] and "Hikvision" in texts[DB_NAME]
    assert {name: _leaks(text) for name, text in texts.items() if _leaks(text)} == {}
    assert all("\u202e" not in text for text in texts.values())
