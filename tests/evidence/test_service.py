"""Stored evidence and body facts on both backends: idempotent extraction, combining documents, review
overrides."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from camcensus.enums import BodyType, EvidenceKind, Nation, ReviewAction
from camcensus.evidence.facts import resolve_body_facts
from camcensus.evidence.review import record_decision
from camcensus.evidence.service import extract_document
from camcensus.store import Store
from camcensus.store.models import Body, BodyFact, Device, Document, Evidence, ReviewEvent, Segment

EMAIL = """Dear Requester,

Please find attached the Council's response to your request.

-----Original Message-----
From: requester@example.org
Sent: 01 March 2024 10:00
Subject: FOI - Hikvision cameras
Do you use Hikvision or Dahua cameras?
"""
ATTACHMENT = """Response
1. The Council operates 64 CCTV cameras.
2. The cameras are manufactured by Dahua Technology and Axis.
3. None of the cameras use facial recognition.
4. Camera locations are withheld under section 31(1)(a) of the Act.
"""


def _body(session, code: str = "la:TST") -> Body:
    body = Body(
        code=code, name="Testshire Council", body_type=BodyType.COUNCIL, nation=Nation.ENGLAND, source="test"
    )
    session.add(body)
    session.flush()
    return body


def _document(session, body: Body | None, name: str, text: str, parent: Document | None = None) -> Document:
    doc = Document(
        sha256=name.ljust(64, "0"),
        filename=name,
        size=len(text),
        content=text.encode(),
        body_id=body.id if body else None,
        parent_id=parent.id if parent else None,
    )
    doc.segments = [Segment(seq=0, location="e-mail body" if name.endswith(".eml") else "page 1", text=text)]
    session.add(doc)
    session.flush()
    return doc


def _get(session, model, key):
    row = session.get(model, key)
    assert row is not None
    return row


def _facts(session, body_id: int) -> dict[str, str]:
    return {f.key: f.value for f in session.scalars(select(BodyFact).where(BodyFact.body_id == body_id))}


def test_extract_is_idempotent_and_keeps_reviewed_rows(any_store: Store) -> None:
    with any_store.session() as session:
        body = _body(session)
        doc = _document(session, body, "reply.pdf", ATTACHMENT)
        first = extract_document(session, doc.id)
        count = session.scalar(
            select(func.count()).select_from(Evidence).where(Evidence.document_id == doc.id)
        )
        assert count == len(first.items)
        kept = session.scalars(select(Evidence).where(Evidence.kind == EvidenceKind.EXEMPTION)).one()
        kept.status = "accepted"
        extract_document(session, doc.id)
        again = session.scalar(
            select(func.count()).select_from(Evidence).where(Evidence.document_id == doc.id)
        )
        assert again == count
        assert _get(session, Evidence, kept.id).status == "accepted"
        assert _get(session, Document, doc.id).extracted_at is not None
        rows = session.scalars(select(Evidence).where(Evidence.document_id == doc.id)).all()
        assert all(r.quote and r.location for r in rows if not r.value.endswith(":unknown"))


def test_body_facts_combine_email_and_attachment(any_store: Store) -> None:
    with any_store.session() as session:
        body = _body(session)
        mail = _document(session, body, "reply.eml", EMAIL)
        pdf = _document(session, body, "response.pdf", ATTACHMENT, parent=mail)
        for doc in (mail, pdf):
            extract_document(session, doc.id)
        assert resolve_body_facts(session) == 1
        facts = _facts(session, body.id)
        assert facts["hikvision"] == "no"  # named only in the quoted request; the makes in use are listed
        assert facts["dahua"] == "yes"
        assert facts["camera_count"] == "64"
        assert facts["outcome"] == "partially_answered"
        assert json.loads(facts["exemptions"]) == ["s31"]
        assert json.loads(facts["capabilities_absent"]) == ["facial_recognition"]
        assert set(json.loads(facts["manufacturers"])) == {"Axis", "Dahua"}
        cited = session.scalars(
            select(BodyFact).where(BodyFact.body_id == body.id, BodyFact.key == "dahua")
        ).one()
        quotes = [_get(session, Evidence, i).quote for i in cited.evidence_ids]
        assert any("Dahua" in q for q in quotes)


def test_devices_count_as_evidence_of_use(any_store: Store) -> None:
    with any_store.session() as session:
        body = _body(session)
        session.add(
            Device(
                device_key="asset:1",
                body_id=body.id,
                source="inventory",
                brand="HiLook",
                model="IPC-B140H",
            )
        )
        session.flush()
        resolve_body_facts(session, [body.id])
        assert _facts(session, body.id)["hikvision"] == "yes"


def test_review_decisions_override_and_are_logged(any_store: Store) -> None:
    with any_store.session() as session:
        body = _body(session)
        doc = _document(session, body, "response.pdf", ATTACHMENT)
        extract_document(session, doc.id)
        resolve_body_facts(session, [body.id])
        status = session.scalars(
            select(Evidence).where(Evidence.kind == EvidenceKind.VENDOR_STATUS, Evidence.value == "Dahua:yes")
        ).one()
        record_decision(
            session,
            "reviewer1",
            evidence_id=status.id,
            action="correct",
            fact_key="dahua",
            new_value="no",
            note="the Dahua units were removed last year",
        )
        assert _facts(session, body.id)["dahua"] == "no"
        assert _get(session, Evidence, status.id).status == "corrected"
        record_decision(
            session,
            "reviewer1",
            body_id=body.id,
            action=ReviewAction.SET_FACT,
            fact_key="camera_count",
            new_value="70",
        )
        extract_document(session, doc.id)  # a re-run of the machine keeps the human decisions
        resolve_body_facts(session, [body.id])
        facts = _facts(session, body.id)
        assert (facts["dahua"], facts["camera_count"]) == ("no", "70")
        events = session.scalars(select(ReviewEvent).order_by(ReviewEvent.id)).all()
        assert [(e.action, e.old_value, e.new_value) for e in events] == [
            (ReviewAction.CORRECT, "yes", "no"),
            (ReviewAction.SET_FACT, "64", "70"),
        ]
        reject = session.scalars(select(Evidence).where(Evidence.kind == EvidenceKind.EXEMPTION)).one()
        record_decision(session, "reviewer2", evidence_id=reject.id, action="reject")
        assert _facts(session, body.id)["exemptions"] == "[]"


def test_a_finding_repeated_without_end_is_stored_a_bounded_number_of_times(any_store: Store) -> None:
    """A text made to repeat one sentence (a hostile archive) stores no more rows than a reply stating it a
    few times; a register's rows, each one camera, all stay in the count."""
    from camcensus.evidence.service import MOST_ALIKE

    repeated = "The cameras are manufactured by Axis. " * 2000
    register = "Camera ID | Make | Model\n" + "".join(
        f"C{i} | Hikvision | DS-2CD2143G2-I\n" for i in range(120)
    )
    with any_store.session() as session:
        body = _body(session)
        spam = _document(session, body, "spam.txt", repeated)
        rows = _document(session, body, "register.txt", register)
        extract_document(session, spam.id)
        extract_document(session, rows.id)
        axis = session.scalar(
            select(func.count()).where(Evidence.document_id == spam.id, Evidence.value == "Axis")
        )
        assert axis == MOST_ALIKE
        resolve_body_facts(session, [body.id])
        assert _facts(session, body.id)["camera_count"] == "120"
