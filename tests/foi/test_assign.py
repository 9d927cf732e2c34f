"""`camcensus ingest --request REF` / `--body ID`: replies that match no thread, placed by hand and read
beside the request's questions."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select
from tests.documents import files

from camcensus.demo import render
from camcensus.evidence.service import extract_with_request
from camcensus.store import Store
from camcensus.store.models import (
    BodyFact,
    Document,
    Evidence,
    Message,
    Request,
    RequestEvent,
    ReviewEvent,
)

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


def _evidence(store: Store) -> list[tuple[object, ...]]:
    with store.session() as session:
        rows = session.execute(
            select(Document.filename, Evidence.kind, Evidence.value, Evidence.quote, Evidence.detail,
                   Evidence.segment_seq, Evidence.char_start, Evidence.char_end, Evidence.confidence,
                   Evidence.body_id, Evidence.status)
            .join(Document, Document.id == Evidence.document_id)
        )  # fmt: skip
        return sorted((tuple(json.dumps(v, sort_keys=True) for v in row) for row in rows), key=str)


def test_replies_read_beside_the_request_by_ingest_are_read_as_reading_them_again_would(
    sqlite_store: Store, sent: dict[str, Request], tmp_path: Path, run_cli
) -> None:
    """`ingest --request` reads the replies beside the request in its workers and does not read them again
    when it places them: reading them again changes nothing."""
    req = sent["t:eng-council"]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "response.txt").write_text(BARE)
    (folder / "letter.pdf").write_bytes(render.pdf_bytes("Dear Requester,\n" + BARE + "Yours sincerely"))
    attached = [("answers.pdf", render.pdf_bytes(BARE.replace("146", "98")), "application/pdf")]
    (folder / "reply.eml").write_bytes(files.email("RE: FOI", "Please find our answers attached.", attached))
    run_cli("ingest", str(folder), "--request", req.reference, "--workers", "2", db=_db(sqlite_store))
    read_by_ingest = _evidence(sqlite_store)
    assert any('"146"' in row for row in read_by_ingest) and any('"98"' in row for row in read_by_ingest)
    with sqlite_store.session() as session:
        ids = list(session.scalars(select(Document.id).where(Document.request_id == req.id)))
        assert len(ids) == 4
        extract_with_request(session, ids, req.text)
    assert _evidence(sqlite_store) == read_by_ingest
