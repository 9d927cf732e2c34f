"""`camcensus ingest --request REF` / `--body ID`: replies that match no thread, placed by hand and read
beside the request's questions."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select

from camcensus.store import Store
from camcensus.store.models import BodyFact, Document, Message, Request, RequestEvent, ReviewEvent

# answers numbered like the `cctv` template's six questions, with none of them repeated
BARE = "Our ref FOI/2026/77\n\n1. 146\n2. Axis and Bosch\n3. No\n4. None are enabled.\n5. Yes\n6. No\n"


def _db(store: Store) -> str:
    return str(store.engine.url)


def _facts(store: Store, body_id: int) -> dict[str, str]:
    with store.session() as session:
        return {f.key: f.value for f in session.scalars(select(BodyFact).where(BodyFact.body_id == body_id))}


def test_a_file_placed_on_its_request_is_read_beside_the_questions(
    sqlite_store: Store, sent: dict[str, Request], tmp_path: Path, run_cli
) -> None:
    req = sent["t:eng-council"]
    reply = tmp_path / "response.txt"
    reply.write_text(BARE)
    out = run_cli("ingest", str(reply), "--request", req.reference, "--json", db=_db(sqlite_store))
    placed = json.loads(out.stdout)["placed"]
    assert placed["request"] == req.reference and placed["states"] == ["answered"]
    with sqlite_store.session() as session:
        doc = session.scalar(select(Document).where(Document.filename == "response.txt"))
        assert doc is not None and (doc.request_id, doc.body_id) == (req.id, req.body_id)
        kinds = [
            e.kind for e in session.scalars(select(RequestEvent).where(RequestEvent.request_id == req.id))
        ]
        assert "reply_assigned" in kinds
    facts = _facts(sqlite_store, req.body_id)
    assert (facts["hikvision"], facts["dahua"], facts["outcome"]) == ("no", "no", "answered")
    assert facts["camera_count"] == "146"  # "1. 146" is a count only beside question 1


def test_a_strangers_email_placed_by_reference_is_an_assignment_logged(
    sqlite_store: Store, sent: dict[str, Request], tmp_path: Path, run_cli
) -> None:
    req = sent["t:eng-police"]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "info@elsewhere.example", "survey@camcensus.example", "Response"
    msg["Message-ID"] = "<x1@elsewhere.example>"
    msg.set_content(BARE)
    path = tmp_path / "reply.eml"
    path.write_bytes(bytes(msg))
    run_cli("ingest", str(path), "--request", req.reference, db=_db(sqlite_store))
    with sqlite_store.session() as session:
        message = session.scalar(select(Message).where(Message.message_id == "<x1@elsewhere.example>"))
        assert message is not None and (message.request_id, message.matched_by) == (req.id, "manual")
        events = list(session.scalars(select(ReviewEvent).where(ReviewEvent.message_id == message.id)))
        assert [(e.action, e.actor, e.new_value) for e in events] == [("assign", "cli", req.reference)]
    assert _facts(sqlite_store, req.body_id)["hikvision"] == "no"


def test_a_body_without_a_request(
    sqlite_store: Store, sent: dict[str, Request], tmp_path: Path, run_cli
) -> None:
    req = sent["t:sco-council"]
    reply = tmp_path / "register.txt"
    reply.write_text("All 40 of the Council's cameras are made by Dahua.\n")
    run_cli("ingest", str(reply), "--body", str(req.body_id), db=_db(sqlite_store))
    with sqlite_store.session() as session:
        doc = session.scalar(select(Document).where(Document.filename == "register.txt"))
        assert doc is not None and (doc.body_id, doc.request_id) == (req.body_id, None)
    assert _facts(sqlite_store, req.body_id)["dahua"] == "yes"


def test_an_unknown_request_or_body_is_named_and_nothing_is_stored(
    sqlite_store: Store, sent: dict[str, Request], tmp_path: Path, run_cli
) -> None:
    reply = tmp_path / "response.txt"
    reply.write_text(BARE)
    out = run_cli("ingest", str(reply), "--request", "NOPE-1", db=_db(sqlite_store), check=False)
    assert out.returncode != 0 and "NOPE-1" in out.stdout + out.stderr
    out = run_cli("ingest", str(reply), "--body", "99999", db=_db(sqlite_store), check=False)
    assert out.returncode != 0 and "99999" in out.stdout + out.stderr
    with sqlite_store.session() as session:
        assert session.scalar(select(Document).where(Document.filename == "response.txt")) is None
