"""A small crafted dataset: published and embargoed campaigns, hostile reply text, personal data, evidence
with char spans, facts, an unmatched reply and two accounts."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from camcensus.enums import BodyType, EvidenceKind, Nation, RequestState, Role
from camcensus.store import Store
from camcensus.store.models import (
    Body,
    BodyFact,
    Campaign,
    Document,
    Evidence,
    Message,
    Request,
    RequestEvent,
    Segment,
    User,
)
from camcensus.web.users import hash_password

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

ADMIN = ("ada", "admin-password-1")
REVIEWER = ("rex", "reviewer-password-1")
HOSTILE = '<script>alert("pwned")</script><img src=x onerror=alert(1)>'
PERSONAL_EMAIL = "jane.doe@example-council.gov.uk"
REPLY_TEXT = (
    f"Dear requester,\n{HOSTILE}\nWe use Hikvision cameras across our car parks, "
    f"120 cameras in total.\nContact {PERSONAL_EMAIL} or 01632 960 123.\nRegards"
)
NHS_TEXT = "Our estate includes some Dahua recorders, we believe, though records are incomplete."
SECRET_TEXT = "Embargoed answer: the school uses Hikvision."
HOSTILE_REPLY = f"Dear Requester,\n\nWe use 12 Hikvision {HOSTILE} cameras at the depot.\n\nRegards\n"


@functools.cache
def _hash(password: str) -> str:
    """Hashed once per test session: argon2 is slow on purpose."""
    return hash_password(password)


@dataclass
class Seeded:
    council: int
    trust: int
    police: int
    school: int
    hik_evidence: int
    dahua_evidence: int
    count_evidence: int
    secret_evidence: int
    unmatched_message: int
    published: str = "cctv-2026"
    embargoed: str = "schools-embargo"


def _body(session, code, name, body_type, nation, lat=None, lon=None) -> Body:
    body = Body(
        code=code,
        name=name,
        body_type=body_type,
        nation=nation,
        lat=lat,
        lon=lon,
        source="test",
        email=f"foi@{code.split(':')[1].lower()}.example.org",
    )
    session.add(body)
    return body


def _request(session, campaign, body, ref, state, due) -> Request:
    req = Request(
        campaign=campaign,
        body=body,
        reference=ref,
        law="foia",
        state=state,
        subject=f"FOI {ref}",
        text="Please tell us about your CCTV.",
        to_address=body.email,
        due_on=due,
        sent_at=dt.datetime(2026, 10, 1, 9, 0),
    )
    session.add(req)
    session.flush()
    session.add(
        RequestEvent(
            request_id=req.id,
            kind="sent",
            from_state="draft",
            to_state="sent",
            at=dt.datetime(2026, 10, 1, 9, 0),
        )
    )
    return req


def _document(session, sha, body, req, filename, text) -> Document:
    doc = Document(
        sha256=sha * 64,
        filename=filename,
        body_id=body.id,
        request_id=req.id if req else None,
        format="eml",
        size=len(text),
        content=text.encode(),
    )
    doc.segments.append(Segment(seq=0, location="e-mail body", text=text))
    session.add(doc)
    session.flush()
    return doc


def _evidence(session, doc, body, kind, value, text, word, confidence) -> Evidence:
    start = text.index(word)
    ev = Evidence(
        document_id=doc.id,
        body_id=body.id,
        kind=kind,
        value=value,
        quote=text[max(0, start - 10) : start + 40],
        location="e-mail body",
        segment_seq=0,
        char_start=start,
        char_end=start + len(word),
        confidence=confidence,
    )
    session.add(ev)
    session.flush()
    return ev


def seed(store: Store, today: dt.date | None = None) -> Seeded:
    today = today or dt.date.today()
    with store.session() as s:
        council = _body(s, "la:TST", "Testshire Council", BodyType.COUNCIL, Nation.ENGLAND, 52.2, -1.5)
        trust = _body(s, "ods:TR1", "Example NHS Trust", BodyType.NHS_TRUST, Nation.WALES, 51.5, -3.2)
        police = _body(s, "police:TP", "Test Police", BodyType.POLICE, Nation.SCOTLAND, 56.0, -3.9)
        school = _body(s, "urn:1001", "Quiet Academy", BodyType.SCHOOL, Nation.ENGLAND, 51.4, -0.3)
        for i in range(60):
            _body(s, f"la:X{i:02d}", f"Extra Borough {i:02d}", BodyType.COUNCIL, Nation.ENGLAND, 53.0, -2.0)
        published = Campaign(name="cctv-2026", template="cctv", description="CCTV <b>survey</b> 2026")
        embargoed = Campaign(
            name="schools-embargo", template="cctv", embargo_until=today + dt.timedelta(days=365)
        )
        s.add_all([published, embargoed])
        s.flush()
        r1 = _request(s, published, council, "CC-0001", RequestState.ANSWERED, today - dt.timedelta(days=5))
        r2 = _request(s, published, trust, "CC-0002", RequestState.AWAITING, today + dt.timedelta(days=7))
        _request(s, published, police, "CC-0003", RequestState.OVERDUE, today - dt.timedelta(days=12))
        r4 = _request(s, embargoed, school, "SE-0001", RequestState.ANSWERED, today - dt.timedelta(days=1))
        d1 = _document(s, "a", council, r1, "reply.eml", REPLY_TEXT)
        d2 = _document(s, "b", trust, r2, "trust-reply.eml", NHS_TEXT)
        d4 = _document(s, "c", school, r4, "school-reply.eml", SECRET_TEXT)
        hik = _evidence(s, d1, council, EvidenceKind.MANUFACTURER, "Hikvision", REPLY_TEXT, "Hikvision", 0.9)
        count = _evidence(s, d1, council, EvidenceKind.CAMERA_COUNT, "120", REPLY_TEXT, "120 cameras", 0.5)
        dahua = _evidence(s, d2, trust, EvidenceKind.MANUFACTURER, "Dahua", NHS_TEXT, "Dahua", 0.4)
        secret = _evidence(
            s, d4, school, EvidenceKind.MANUFACTURER, "Hikvision", SECRET_TEXT, "Hikvision", 0.95
        )
        facts = [
            (council, "hikvision", "yes", [hik.id]),
            (council, "dahua", "no", []),
            (council, "outcome", "answered", []),
            (council, "camera_count", "120", [count.id]),
            (council, "manufacturers", '["Hikvision"]', [hik.id]),
            (trust, "dahua", "yes", [dahua.id]),
            (trust, "hikvision", "no", []),
            (trust, "outcome", "partially_answered", []),
            (school, "hikvision", "yes", [secret.id]),
            (school, "outcome", "answered", []),
        ]
        for body, key, value, ids in facts:
            s.add(BodyFact(body_id=body.id, key=key, value=value, evidence_ids=ids))
        stray = Document(sha256="d" * 64, filename="stray.eml", format="eml", size=10, content=b"x")
        stray.segments.append(
            Segment(seq=0, location="e-mail body", text="Re: your request <b>bold</b> about cameras")
        )
        s.add(stray)
        s.flush()
        msg = Message(
            direction="in",
            message_id="<stray@example.org>",
            subject="Re: cameras <i>?</i>",
            sender="Officer <officer@tst.example.org>",
            document_id=stray.id,
        )
        s.add(msg)
        s.add(User(name=ADMIN[0], role=Role.ADMIN, password_hash=_hash(ADMIN[1])))
        s.add(User(name=REVIEWER[0], role=Role.REVIEWER, password_hash=_hash(REVIEWER[1])))
        s.flush()
        return Seeded(
            council.id, trust.id, police.id, school.id, hik.id, dahua.id, count.id, secret.id, msg.id
        )


def login(client: TestClient, name: str, password: str) -> str:
    """Sign in through the API; returns the CSRF token for later writes."""
    token = client.get("/api/session").json()["csrf_token"]
    response = client.post(
        "/api/login", json={"name": name, "password": password}, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 200, response.text
    return str(response.json()["csrf_token"])
