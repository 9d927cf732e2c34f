"""A small crafted survey whose every figure is known by hand (see the expected values in the tests).

Personal data is seeded on purpose in quotes and file names; no published file may contain any of SEEDED.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy.orm import Session

from camcensus.store.models import Body, BodyFact, Campaign, Document, Evidence, Request

SEEDED = [
    "Jane Smith",
    "jane.smith@county.gov.uk",
    "01632 960123",
    "960123",
    "Sarah O'Neill",
    "s.oneill@nhs.example.uk",
    "+44 (0)29 2018 0000",
    "2018 0000",
    "Mr Jones",
    "Jones",
    "Tom Baker",
    "07700 900456",
    "Ahmed Patel",
]
ROLE_ADDRESS = "foi@county.gov.uk"
ADDRESSES = (ROLE_ADDRESS, "jane.smith@county.gov.uk")  # a register may hold an officer's own address

# name, body_type, subtype, nation, state, facts, coords (lat, lon) or (easting, northing) marked by "en"
BODIES: list[tuple[Any, ...]] = [
    (
        "C1 County Council",
        "council",
        "County",
        "england",
        "answered",
        {
            "hikvision": "yes",
            "dahua": "no",
            "outcome": "answered",
            "camera_count": "120",
            "capabilities": ["facial_recognition", "anpr"],
        },
        ("ll", 52.2, -0.9),
    ),
    (
        "C2 County Council",
        "council",
        "County",
        "england",
        "answered",
        {"hikvision": "no", "dahua": "no", "outcome": "answered", "camera_count": "40"},
        ("en", 450000, 300000),
    ),
    (
        "C3 County Council",
        "council",
        "County",
        "england",
        "refused",
        {"outcome": "refused", "exemptions": ["s31 law enforcement", "s24 national security"]},
        None,
    ),
    ("C4 County Council", "council", "County", "england", "sent", {}, ("en", 520000, 180000)),
    (
        "S1 Council",
        "council",
        "Scottish unitary authority",
        "scotland",
        "partially_answered",
        {
            "hikvision": "unknown",
            "dahua": "yes",
            "outcome": "partially_answered",
            "exemptions": ["s35 FOISA law enforcement"],
        },
        ("ll", 56.0, -3.8),
    ),
    ("S2 Council", "council", "Scottish unitary authority", "scotland", "awaiting", {}, ("ll", 57.1, -2.1)),
    (
        "SC1 Academy",
        "school",
        "secondary",
        "england",
        "answered",
        {"hikvision": "yes", "dahua": "yes", "outcome": "answered", "camera_count": "12"},
        ("en", 400000, 400000),
    ),
    ("SC2 High School", "school", "all-through", "england", "not_held", {"outcome": "not_held"}, None),
    (
        "P1 Primary School",
        "school",
        "primary",
        "england",
        "answered",
        {"hikvision": "no", "dahua": "no", "outcome": "answered"},
        None,
    ),
    (
        "N1 Health Board",
        "nhs_health_board",
        None,
        "wales",
        "answered",
        {
            "hikvision": "yes",
            "dahua": "unknown",
            "outcome": "answered",
            "camera_count": "300",
            "capabilities": ["audio"],
        },
        ("ll", 51.5, -3.2),
    ),
    ("PO1 Police", "police", "territorial", "england", "draft", {}, None),
]
EMBARGOED = (
    "E1 Secret Council",
    "council",
    "County",
    "england",
    "answered",
    {"hikvision": "yes", "dahua": "yes", "outcome": "answered", "camera_count": "999"},
    None,
)

QUOTES = {
    "C1 County Council": (
        "hikvision",
        "Hikvision",
        "We use Hikvision cameras (DS-2CD2143G0-I).\nKind regards,\nJane Smith\n"
        "Information Governance Officer\njane.smith@county.gov.uk 01632 960123\n"
        "Requests to foi@county.gov.uk please.",
    ),
    "N1 Health Board": (
        "hikvision",
        "Hikvision",
        "Dear Mr Jones,\nThe Board's 300 cameras are Hikvision. Contact Sarah O'Neill on "
        "+44 (0)29 2018 0000 or s.oneill@nhs.example.uk.\nMany thanks\nTom Baker",
    ),
    "C3 County Council": (
        "exemptions",
        "s31 law enforcement",
        "We rely on section 31 (law enforcement). Ahmed Patel, Data Protection Officer, 07700 900456.",
    ),
}


def _body(session: Session, index: int, spec: tuple[Any, ...]) -> Body:
    name, body_type, subtype, nation, _state, _facts, coords = spec
    body = Body(
        code=f"test:{index}",
        name=name,
        body_type=body_type,
        subtype=subtype,
        nation=nation,
        source="crafted test data",
    )
    if coords and coords[0] == "ll":
        body.lat, body.lon = coords[1], coords[2]
    elif coords:
        body.easting, body.northing = coords[1], coords[2]
    session.add(body)
    session.flush()
    return body


def _facts(session: Session, body: Body, facts: dict[str, Any], evidence_for: dict[str, int]) -> None:
    for key, value in facts.items():
        text = json.dumps(value) if isinstance(value, list) else str(value)
        ids = [evidence_for[key]] if key in evidence_for else []
        session.add(BodyFact(body_id=body.id, key=key, value=text, evidence_ids=ids))


def reply_document(session: Session, request: Request, text: str, filename: str, sha256: str) -> Document:
    """A reply to ``request``, placed on it and its body."""
    doc = Document(
        sha256=sha256,
        filename=filename,
        size=len(text),
        content=text.encode(),
        request_id=request.id,
        body_id=request.body_id,
    )
    session.add(doc)
    session.flush()
    return doc


def _evidence(session: Session, body: Body, request: Request) -> dict[str, int]:
    if body.name not in QUOTES:
        return {}
    key, value, quote = QUOTES[body.name]
    filename = f"Reply from {'Jane Smith' if key == 'hikvision' else 'x'}.pdf"
    doc = reply_document(session, request, quote, filename, f"{body.id:064d}")
    kind = "manufacturer" if key == "hikvision" else "exemption"
    item = Evidence(
        document_id=doc.id, body_id=body.id, kind=kind, value=value, quote=quote, location="page 1"
    )
    session.add(item)
    session.flush()
    return {key: item.id}


def build_survey(session: Session, synthetic: bool = False) -> dict[str, int]:
    """Bodies, two campaigns (one embargoed until 2099), requests, documents, evidence and body facts."""
    main = Campaign(name="cctv-2026", template="cctv", synthetic=synthetic)
    secret = Campaign(name="secret", template="cctv", embargo_until=dt.date(2099, 1, 1))
    session.add_all([main, secret])
    session.flush()
    ids = {}
    for index, spec in enumerate([*BODIES, EMBARGOED]):
        body = _body(session, index, spec)
        campaign = secret if spec is EMBARGOED else main
        request = Request(
            campaign_id=campaign.id,
            body_id=body.id,
            reference=f"CC-{index:04d}",
            law="foisa" if spec[3] == "scotland" else "foia",
            state=spec[4],
            subject=f"FOI request [CC-{index:04d}]",
            to_address=ADDRESSES[index % 2],
            sent_at=None if spec[4] == "draft" else dt.datetime(2026, 1, 5, 9, 30, 15, 120),
            received_on=None if spec[4] == "draft" else dt.date(2026, 1, 5),
            text="Dear FOI officer, ...",
        )
        session.add(request)
        session.flush()
        _facts(session, body, spec[5], _evidence(session, body, request))
        ids[spec[0]] = body.id
    return ids
