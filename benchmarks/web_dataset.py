"""A national-size store for the web load test: bodies, a published campaign, requests with their
timelines, replies (documents with segments), evidence with character spans, and body facts.

Rows go in with bulk inserts (one executemany per table and chunk), so 25,000 bodies take seconds.
Every row is marked synthetic where the model allows it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, text

from camcensus.enums import BodyType, EvidenceKind, Nation, RequestState
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
)

CHUNK = 2000
CAMPAIGN = "national-benchmark"
# Roughly the UK public sector: mostly schools, then councils, NHS bodies, police and others.
MIX: tuple[tuple[BodyType, str | None, float], ...] = (
    (BodyType.SCHOOL, "secondary", 0.16),
    (BodyType.SCHOOL, "primary", 0.70),
    (BodyType.COUNCIL, "non-metropolitan district", 0.008),
    (BodyType.COUNCIL, "unitary authority", 0.006),
    (BodyType.COUNCIL, "london borough", 0.0014),
    (BodyType.COUNCIL, "county council", 0.001),
    (BodyType.NHS_TRUST, None, 0.009),
    (BodyType.NHS_HEALTH_BOARD, None, 0.001),
    (BodyType.POLICE, None, 0.002),
    (BodyType.OTHER, None, 0.1106),
)
NATIONS = (
    (Nation.ENGLAND, 0.84),
    (Nation.SCOTLAND, 0.08),
    (Nation.WALES, 0.05),
    (Nation.NORTHERN_IRELAND, 0.03),
)
REPLIED = (
    RequestState.ANSWERED,
    RequestState.PARTIALLY_ANSWERED,
    RequestState.REFUSED,
    RequestState.NOT_HELD,
)
WAITING = (RequestState.AWAITING, RequestState.OVERDUE, RequestState.LONG_OVERDUE, RequestState.SENT)
VENDORS = ("Hikvision", "Dahua", "Axis", "Hanwha", "Bosch", "Avigilon")
REPLY = (
    "SYNTHETIC DEMO DATA. Thank you for your request under the Freedom of Information Act 2000, received on "
    "{received}. Our CCTV system across the main site and car parks uses {vendor} cameras; "
    "in total we operate "
    "{count} cameras, recorded on network video recorders kept for 31 days. The system does not use facial "
    "recognition. Information about locations is withheld under section 31 (law enforcement)."
)
FOLLOW_UP = (
    "If you are unhappy with this response you may ask for an internal review within 40 working days; after "
    "that you may complain to the Information Commissioner. Reference {reference}."
)


@dataclass
class Dataset:
    bodies: int = 0
    requests: int = 0
    documents: int = 0
    segments: int = 0
    evidence: int = 0
    facts: int = 0
    events: int = 0
    messages: int = 0
    body_ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in self.__dict__.items() if isinstance(v, int)}


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _bulk(store: Store, model: Any, rows: list[dict[str, Any]]) -> None:
    with store.session() as session:
        for chunk in _chunks(rows):
            session.execute(insert(model), chunk)


def _pick(rng: random.Random, weighted: tuple[tuple[Any, ...], ...]) -> tuple[Any, ...]:
    return rng.choices(weighted, weights=[w[-1] for w in weighted])[0]


def _bodies(rng: random.Random, count: int) -> list[dict[str, Any]]:
    rows = []
    for i in range(count):
        body_type, subtype, _ = _pick(rng, MIX)
        nation = _pick(rng, NATIONS)[0]
        rows.append(
            {
                "code": f"bench:{i:06d}",
                "name": f"{rng.choice(('North', 'South', 'East', 'West', 'Upper', 'Lower'))} "
                f"{rng.choice(('Hill', 'Vale', 'Park', 'Bridge', 'Field', 'Moor'))} {body_type.value} {i}",
                "body_type": body_type,
                "subtype": subtype,
                "nation": nation,
                "region": None,
                "email": f"foi@body{i}.example.gov.uk",
                "lat": rng.uniform(50.2, 58.5),
                "lon": rng.uniform(-5.5, 1.5),
                "source": "benchmark",
                "current": True,
                "extra": {},
            }
        )
    return rows


def _requests(rng: random.Random, campaign_id: int, body_ids: list[int]) -> list[dict[str, Any]]:
    today = dt.date.today()
    rows = []
    for body_id in body_ids:
        sent = dt.datetime.combine(today - dt.timedelta(days=rng.randint(10, 90)), dt.time(9))
        state = rng.choice(REPLIED) if rng.random() < 0.7 else rng.choice(WAITING)
        rows.append(
            {
                "campaign_id": campaign_id,
                "body_id": body_id,
                "reference": f"CC-BENCH-{body_id:06d}",
                "law": "foia",
                "state": state,
                "to_address": f"foi@body{body_id}.example.gov.uk",
                "subject": f"FOI request: CCTV [CC-BENCH-{body_id:06d}]",
                "text": "SYNTHETIC DEMO DATA. Please tell us which CCTV manufacturers you use.",
                "sent_at": sent,
                "received_on": sent.date(),
                "due_on": sent.date() + dt.timedelta(days=28),
                "paused_days": 0,
                "extra": {},
            }
        )
    return rows


def _events(request_rows: list[tuple[int, RequestState, dt.datetime]]) -> list[dict[str, Any]]:
    rows = []
    for request_id, state, sent in request_rows:
        rows.append(
            {"request_id": request_id, "kind": "created", "to_state": "draft", "at": sent, "detail": {}}
        )
        rows.append(
            {
                "request_id": request_id,
                "kind": "sent",
                "from_state": "draft",
                "to_state": "sent",
                "at": sent,
                "detail": {},
            }
        )
        if state in REPLIED:
            rows.append(
                {
                    "request_id": request_id,
                    "kind": "reply_matched",
                    "from_state": "sent",
                    "to_state": state.value,
                    "at": sent + dt.timedelta(days=15),
                    "detail": {},
                }
            )
    return rows


def _reply(rng: random.Random, body_id: int, request_id: int, sent: dt.datetime) -> dict[str, Any]:
    vendor = rng.choice(VENDORS)
    text = REPLY.format(received=sent.date().isoformat(), vendor=vendor, count=rng.randint(4, 400))
    content = f"Subject: Re: FOI [{body_id}]\n\n{text}".encode()
    return {
        "doc": {
            "sha256": hashlib.sha256(content + str(body_id).encode()).hexdigest(),
            "email_message_id": f"<reply-{body_id}@bench.example>",
            "request_id": request_id,
            "body_id": body_id,
            "filename": f"reply-{body_id}.eml",
            "media_type": "message/rfc822",
            "format": "eml",
            "size": len(content),
            "content": content,
            "pages": 1,
            "ocr_pages": 0,
            "synthetic": True,
            "extracted_at": sent + dt.timedelta(days=15),
        },
        "text": text,
        "vendor": vendor,
    }


def _evidence_for(doc_id: int, body_id: int, text: str, vendor: str) -> list[dict[str, Any]]:
    start = text.index(vendor)
    count_at = text.index("in total we operate ") + len("in total we operate ")
    count_end = text.index(" cameras", count_at)
    items = [
        (EvidenceKind.MANUFACTURER, vendor, start, start + len(vendor), 0.95),
        (EvidenceKind.CAMERA_COUNT, text[count_at:count_end], count_at, count_end, 0.7),
        (EvidenceKind.EXEMPTION, "s31", text.index("section 31"), text.index("section 31") + 10, 0.55),
    ]
    return [
        {
            "document_id": doc_id,
            "body_id": body_id,
            "kind": kind,
            "value": value,
            "detail": {},
            "quote": text[s:e],
            "location": "body",
            "segment_seq": 0,
            "char_start": s,
            "char_end": e,
            "confidence": conf,
            "extractor": "rules",
            "status": "machine",
        }
        for kind, value, s, e, conf in items
    ]


def _facts_for(
    body_id: int, vendor: str, outcome: str, count: str, evidence_ids: list[int]
) -> list[dict[str, Any]]:
    values = {
        "hikvision": "yes" if vendor == "Hikvision" else "no",
        "dahua": "yes" if vendor == "Dahua" else "no",
        "outcome": outcome,
        "camera_count": count,
        "manufacturers": f'["{vendor.lower()}"]',
    }
    return [
        {
            "body_id": body_id,
            "key": key,
            "value": value,
            "source": "machine",
            "evidence_ids": evidence_ids[:1]
            if key in ("hikvision", "dahua", "manufacturers")
            else evidence_ids[1:2],
        }
        for key, value in values.items()
    ]


def _replies(
    store: Store,
    rng: random.Random,
    requests: list[tuple[int, int, RequestState, dt.datetime]],
    result: Dataset,
) -> None:
    replied = [r for r in requests if r[2] in REPLIED]
    made = [_reply(rng, body_id, request_id, sent) for request_id, body_id, _, sent in replied]
    _bulk(store, Document, [m["doc"] for m in made])
    with store.session() as session:
        query = select(Document.body_id, Document.id).where(Document.format == "eml")
        doc_ids = {body_id: doc_id for body_id, doc_id in session.execute(query)}
    segments, messages, evidence = [], [], []
    for (request_id, body_id, _, sent), m in zip(replied, made, strict=True):
        doc_id = doc_ids[body_id]
        segments.append(
            {"document_id": doc_id, "seq": 0, "location": "body", "ocr": False, "text": m["text"]}
        )
        segments.append(
            {
                "document_id": doc_id,
                "seq": 1,
                "location": "body",
                "ocr": False,
                "text": FOLLOW_UP.format(reference=f"CC-BENCH-{body_id:06d}"),
            }
        )
        messages.append(
            {
                "direction": "in",
                "message_id": m["doc"]["email_message_id"],
                "subject": "Re: FOI",
                "sender": f"foi@body{body_id}.example.gov.uk",
                "sent_at": sent + dt.timedelta(days=15),
                "request_id": request_id,
                "matched_by": "reference",
                "document_id": doc_id,
            }
        )
        evidence.extend(_evidence_for(doc_id, body_id, m["text"], m["vendor"]))
    _bulk(store, Segment, segments)
    _bulk(store, Message, messages)
    _bulk(store, Evidence, evidence)
    with store.session() as session:
        ev_ids: dict[int, list[int]] = {}
        for ev_id, ev_body in session.execute(select(Evidence.id, Evidence.body_id).order_by(Evidence.id)):
            ev_ids.setdefault(int(ev_body or 0), []).append(ev_id)
    facts = []
    for (_, body_id, state, _), m in zip(replied, made, strict=True):
        count = m["text"].split("in total we operate ")[1].split(" ")[0]
        facts.extend(_facts_for(body_id, m["vendor"], state.value, count, ev_ids[body_id]))
    _bulk(store, BodyFact, facts)
    result.documents, result.segments, result.messages = len(made), len(segments), len(messages)
    result.evidence, result.facts = len(evidence), len(facts)


def build(store: Store, bodies: int = 25_000, seed: int = 7) -> Dataset:
    """Fill an empty, upgraded store with ``bodies`` bodies and everything the web app shows about them."""
    rng = random.Random(seed)
    result = Dataset()
    _bulk(store, Body, _bodies(rng, bodies))
    with store.session() as session:
        campaign = Campaign(
            name=CAMPAIGN,
            template="cctv",
            synthetic=True,
            description="SYNTHETIC DEMO DATA for the web load test",
        )
        session.add(campaign)
        session.flush()
        campaign_id = campaign.id
        result.body_ids = list(session.scalars(select(Body.id).order_by(Body.id)))
    _bulk(store, Request, _requests(rng, int(campaign_id), result.body_ids))
    with store.session() as session:
        query = select(Request.id, Request.body_id, Request.state, Request.sent_at).order_by(Request.id)
        requests = [
            (r.id, r.body_id, r.state, r.sent_at or dt.datetime.now()) for r in session.execute(query)
        ]
    events = _events([(r[0], r[2], r[3]) for r in requests])
    _bulk(store, RequestEvent, events)
    _replies(store, rng, requests, result)
    result.bodies, result.requests, result.events = len(result.body_ids), len(requests), len(events)
    with store.engine.connect() as conn:  # planner statistics, as a store in use would have them
        conn.execute(text("ANALYZE"))
        conn.commit()
    return result
