"""Matching stored replies to requests (thread, reference, domain, body name), the queue of unmatched
messages, manual assignment, and the request's state following what the reply says. Both backends."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter

import pytest
from foi_helpers import SmtpServer, add_bodies, sent_campaign
from sqlalchemy import select

from camcensus.enums import BodyType, Nation, RequestState, ReviewAction
from camcensus.evidence.service import extract_document
from camcensus.foi.campaigns import create_campaign
from camcensus.foi.inbox import assign_message, match_messages, own_text, unmatched_messages
from camcensus.foi.outbox import send_campaign
from camcensus.store import Store
from camcensus.store.models import Document, Evidence, Message, Request, RequestEvent, ReviewEvent, Segment

ANSWER = (
    "Dear Requester,\n\nThank you for your request. The council operates 120 CCTV cameras. The cameras are "
    "made by Axis Communications. We do not use any Hikvision or Dahua equipment.\n\nKind regards"
)
REFUSAL = (
    "Dear Requester,\n\nThe information you requested is exempt under section 31(1)(a) of the Freedom of "
    "Information Act 2000 (law enforcement) and we are refusing your request.\n\nKind regards"
)
ACK = "Dear Requester,\n\nWe acknowledge receipt of your request, which is being processed."
CLARIFY = "Dear Requester,\n\nBefore we can answer, could you please clarify which sites you mean?"


def _stored_email(
    session,
    *,
    sender: str,
    subject: str,
    text: str,
    message_id: str,
    in_reply_to: str | None = None,
    references: str | None = None,
    attachment: str | None = None,
) -> Message:
    """A reply as ingest stores it: the e-mail document with its text, an attachment under it, a Message."""
    raw = f"From: {sender}\nSubject: {subject}\nMessage-ID: {message_id}\n\n{text}".encode()
    doc = Document(
        sha256=hashlib.sha256(raw).hexdigest(),
        email_message_id=message_id,
        filename="reply.eml",
        format="eml",
        size=len(raw),
        content=raw,
    )
    session.add(doc)
    session.flush()
    session.add(Segment(document_id=doc.id, seq=0, location="e-mail body", text=text))
    if attachment is not None:
        data = attachment.encode()
        child = Document(
            sha256=hashlib.sha256(data).hexdigest(),
            parent_id=doc.id,
            filename="response.txt",
            format="txt",
            size=len(data),
            content=data,
        )
        session.add(child)
        session.flush()
        session.add(Segment(document_id=child.id, seq=0, location="page 1", text=attachment))
        session.flush()
        extract_document(session, child.id)
    session.flush()
    extract_document(session, doc.id)
    msg = Message(
        direction="in",
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        subject=subject,
        sender=sender,
        sent_at=dt.datetime(2026, 12, 1, 10),
        document_id=doc.id,
    )
    session.add(msg)
    session.flush()
    return msg


def test_every_matching_route(any_store: Store, smtp_server: SmtpServer) -> None:
    reqs = sent_campaign(any_store, smtp_server)
    eng, sco, ni, school, police = (
        reqs[c] for c in ("t:eng-council", "t:sco-council", "t:ni-trust", "t:wls-school", "t:eng-police")
    )
    with any_store.session() as session:
        thread = _stored_email(
            session,
            sender="foi@exampleton.gov.uk",
            subject="Re: your request",
            text=ANSWER,
            message_id="<r1@exampleton.gov.uk>",
            in_reply_to=eng.message_id,
            attachment="Camera register: 120 cameras, all Axis.",
        )
        refs = _stored_email(
            session,
            sender="records@loughside-hsc.example.org",
            subject="Response",
            text=REFUSAL,
            message_id="<r2@loughside>",
            in_reply_to="<unknown@elsewhere>",
            references=f"<older@x> {ni.message_id}",
        )
        subject = _stored_email(
            session,
            sender="someone@ysgolbryn.example.sch.uk",
            subject=f"RE: [{school.reference}]",
            text=ACK,
            message_id="<r3@another>",
        )
        body_ref = _stored_email(
            session,
            sender="x@midshire.police.example",
            subject="Your e-mail",
            text=f"Regarding {police.reference}: " + REFUSAL,
            message_id="<r4@unrelated>",
        )
        domain = _stored_email(
            session,
            sender="info@mail.glenmore.gov.scot",
            subject="Information request",
            text=CLARIFY,
            message_id="<r5@glenmore>",
        )
        stray = _stored_email(
            session, sender="spam@nowhere.example", subject="Offer", text="Buy now", message_id="<r6@nowhere>"
        )
        ids = {
            name: m.id
            for name, m in [
                ("thread", thread),
                ("refs", refs),
                ("subject", subject),
                ("body_ref", body_ref),
                ("domain", domain),
                ("stray", stray),
            ]
        }
    with any_store.session() as session:
        summary = match_messages(session)
    assert summary.as_dict()["by"] == {
        "domain": 1,
        "in_reply_to": 1,
        "reference_body": 1,
        "reference_subject": 1,
        "references": 1,
    }
    assert summary.unmatched == 1
    with any_store.session() as session:
        got = {name: session.get(Message, i) for name, i in ids.items()}
        assert got["thread"].request_id == eng.id and got["thread"].matched_by == "in_reply_to"
        assert got["refs"].request_id == ni.id and got["refs"].matched_by == "references"
        assert got["subject"].request_id == school.id
        assert got["body_ref"].request_id == police.id
        assert got["domain"].request_id == sco.id
        assert got["stray"].request_id is None
        # the e-mail's document and its attachment carry the request and body, and so does their evidence
        docs = session.scalars(select(Document).where(Document.request_id == eng.id)).all()
        assert len(docs) == 2 and {d.body_id for d in docs} == {eng.body_id}
        ev = session.scalars(select(Evidence).where(Evidence.document_id.in_([d.id for d in docs]))).all()
        assert ev and {e.body_id for e in ev} == {eng.body_id}
        states = {r.body.code: r.state for r in session.scalars(select(Request))}
        assert states == {
            "t:eng-council": RequestState.ANSWERED,
            "t:ni-trust": RequestState.REFUSED,
            "t:wls-school": RequestState.AWAITING,
            "t:eng-police": RequestState.REFUSED,
            "t:sco-council": RequestState.CLARIFICATION_NEEDED,
        }
        kinds = Counter(e.kind for e in session.scalars(select(RequestEvent)))
        assert kinds["reply_matched"] == 5 and kinds["clock_paused"] == 1
        assert [m.id for m in unmatched_messages(session)] == [ids["stray"]]
    with any_store.session() as session:  # rerunning matches nothing new and moves nothing
        again = match_messages(session)
        assert again.as_dict()["matched"] == 0 and again.unmatched == 1


def test_domain_with_several_bodies_needs_the_name(sqlite_store: Store, smtp_server: SmtpServer) -> None:
    add_bodies(sqlite_store)
    with sqlite_store.session() as session:
        from camcensus.store.models import Body

        twin = Body(
            code="t:twin",
            name="Exampleton Parish Council",
            body_type=BodyType.COUNCIL,
            nation=Nation.ENGLAND,
            email="parish@exampleton.gov.uk",
            source="test",
            extra={},
        )
        session.add(twin)
        session.flush()
        create_campaign(session, "cctv")
    send_campaign(sqlite_store, "cctv", smtp=smtp_server.address, sender="survey@camcensus.example")
    with sqlite_store.session() as session:
        vague = _stored_email(
            session,
            sender="foi@exampleton.gov.uk",
            subject="Information",
            text=ANSWER,
            message_id="<v1@exampleton>",
        )
        named = _stored_email(
            session,
            sender="foi@exampleton.gov.uk",
            subject="Information",
            text="Exampleton Parish Council. " + ANSWER,
            message_id="<v2@exampleton>",
        )
        gmail = _stored_email(
            session,
            sender="clerk.midshire@gmail.com",
            subject="CCTV",
            text="Midshire Police response: " + REFUSAL,
            message_id="<v3@gmail>",
        )
        ids = (vague.id, named.id, gmail.id)
    with sqlite_store.session() as session:
        summary = match_messages(session)
        assert summary.as_dict()["by"] == {"domain": 1} and summary.unmatched == 2 and summary.held == 2
        vague_msg, named_msg, gmail_msg = (session.get(Message, i) for i in ids)
        assert vague_msg.request_id is None  # two bodies share the domain and neither is named
        assert "several bodies" in vague_msg.held_reason and vague_msg.suggested_request_id is None
        assert session.get(Request, named_msg.request_id).body.code == "t:twin"
        # a body's name from a free-mail address is only a suggestion for a reviewer
        assert gmail_msg.request_id is None
        assert session.get(Request, gmail_msg.suggested_request_id).body.code == "t:eng-police"
        assert "clerk.midshire@gmail.com" in gmail_msg.held_reason


def test_manual_assignment(any_store: Store, smtp_server: SmtpServer) -> None:
    reqs = sent_campaign(any_store, smtp_server)
    with any_store.session() as session:
        stray = _stored_email(
            session,
            sender="clerk@private.example",
            subject="Re: CCTV",
            text=REFUSAL,
            message_id="<m1@private>",
            attachment="Section 31 applies.",
        )
        match_messages(session)
        assert stray.request_id is None
        stray_id = stray.id
    target = reqs["t:eng-council"]
    with any_store.session() as session:
        assign_message(session, stray_id, target.id, "reviewer1")
    with any_store.session() as session:
        msg = session.get(Message, stray_id)
        assert msg.request_id == target.id and msg.matched_by == "manual"
        docs = session.scalars(select(Document).where(Document.request_id == target.id)).all()
        assert len(docs) == 2
        req = session.get(Request, target.id)
        assert req.state == RequestState.REFUSED
        review = session.scalars(select(ReviewEvent)).one()
        assert review.action == ReviewAction.ASSIGN and review.actor == "reviewer1"
        assert review.new_value == target.reference
        event = session.scalars(select(RequestEvent).where(RequestEvent.kind == "reply_assigned")).one()
        assert event.actor == "reviewer1" and event.detail["matched_by"] == "manual"
        from camcensus.store.models import BodyFact

        fact = session.scalar(
            select(BodyFact).where(BodyFact.body_id == target.body_id, BodyFact.key == "outcome")
        )
        assert fact is not None and fact.value == "refused"


def test_web_action_uses_the_inbox_stage(sqlite_store: Store, smtp_server: SmtpServer) -> None:
    reqs = sent_campaign(sqlite_store, smtp_server)
    from camcensus.web.actions import assign

    with sqlite_store.session() as session:
        stray = _stored_email(session, sender="a@b.example", subject="Re", text=ANSWER, message_id="<w1@b>")
        stray_id = stray.id
    # a stranger's address: placed only once a reviewer says they checked the sender
    with sqlite_store.session() as session, pytest.raises(ValueError, match="neither the request's address"):
        assign(session, "admin", stray_id, reqs["t:ni-trust"].reference)
    with sqlite_store.session() as session:
        out = assign(session, "admin", stray_id, reqs["t:ni-trust"].reference, checked_sender=True)
        assert out["request_id"] == reqs["t:ni-trust"].id and out["sender_trusted"] is False
        assert session.get(Request, out["request_id"]).state == RequestState.ANSWERED


def test_own_text_leaves_out_the_quoted_request() -> None:
    text = "Thanks.\n\n-----Original Message-----\nPlease clarify nothing\n> quoted clarify"
    assert "clarify" not in own_text(text)
    assert own_text("Line\n> quoted\nMore") == "Line\nMore"
