"""One body's whole picture: its facts and where each came from, its requests and their timeline, and its
documents with their evidence.

Signed-in reviewers see each document's whole text with the evidence highlighted in place. Anonymous
visitors see the evidence quotes only, never a reply's text: the statement that reads the documents for them
does not read a segment, and every quote, value and file name they see passes
:func:`camcensus.redaction.redact` (file names also :func:`camcensus.safetext.display_text`).

Read with a handful of column queries (no ORM entities, never a document's bytes): the body with its embargo
flag, its requests with their events, its documents (with their segments, for reviewers), the evidence, the
facts, and the review decisions only when a fact came from one. Its devices, as every output shows them,
come from :func:`camcensus.network.estates.body_devices` (addresses for signed-in users, and for the public
only when the body opted in; withheld with the facts under embargo).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, Executable, Integer, Row, bindparam, false, select, union
from sqlalchemy.orm import Session

from camcensus.diligence.one_body import HAS_COLUMNS
from camcensus.network.estates import BodyDevices, body_devices
from camcensus.redaction import public_filename, redact
from camcensus.safetext import display_text
from camcensus.store.models import (
    Body,
    BodyFact,
    Campaign,
    Document,
    Evidence,
    Request,
    RequestEvent,
    ReviewEvent,
    Segment,
)
from camcensus.web.bodies import body_summary
from camcensus.web.highlight import Piece, Span, split_spans
from camcensus.web.viewer import Viewer, body_under_embargo, campaign_published, document_published

MAX_SEGMENTS = 400
EVIDENCE_COLUMNS = (
    Evidence.id,
    Evidence.kind,
    Evidence.value,
    Evidence.quote,
    Evidence.location,
    Evidence.document_id,
    Evidence.device_id,
    Evidence.segment_seq,
    Evidence.char_start,
    Evidence.char_end,
    Evidence.confidence,
    Evidence.extractor,
    Evidence.status,
)


# Each statement is built once (for the public and for signed-in users) and run with the body's id and the
# date as parameters: building and hashing a select costs more than running it on a warm SQLite store.
BODY_ID = bindparam("body_id", type_=Integer)
TODAY = bindparam("today", type_=Date)


def _variants(build: Callable[[bool], Executable]) -> dict[bool, Executable]:
    """The statement for anonymous visitors (True) and for signed-in users (False)."""
    return {True: build(True), False: build(False)}


_BODY = _variants(
    lambda public: select(
        Body.id,
        Body.code,
        Body.name,
        Body.body_type,
        Body.subtype,
        Body.nation,
        Body.region,
        Body.email,
        Body.lat,
        Body.lon,
        Body.source,
        Body.device_addresses_public_since,
        *HAS_COLUMNS,  # what the page reads only for a body that has any (devices, declarations, ...)
        (body_under_embargo(TODAY) if public else false()).label("hidden"),
    ).where(Body.id == BODY_ID)
)


def _requests_statement(public: bool) -> Executable:
    query = (
        select(
            Request.id,
            Request.reference,
            Campaign.name,
            Request.law,
            Request.state,
            Request.sent_at,
            Request.due_on,
            RequestEvent.id.label("event_id"),
            RequestEvent.at,
            RequestEvent.kind,
            RequestEvent.from_state,
            RequestEvent.to_state,
            RequestEvent.actor,
        )
        .join(Campaign, Campaign.id == Request.campaign_id)
        .outerjoin(RequestEvent, RequestEvent.request_id == Request.id)
        .where(Request.body_id == BODY_ID)
        .order_by(Request.id, RequestEvent.at, RequestEvent.id)
    )
    return query.where(campaign_published(TODAY)) if public else query


DOCUMENT_COLUMNS = (
    Document.id,
    Document.filename,
    Document.format,
    Document.media_type,
    Document.parent_id,
    Document.request_id,
    Document.status,
    Document.error,
    Document.pages,
    Document.synthetic,
)


def _documents_statement(public: bool) -> Executable:
    """Reviewers: each document with its segments. The public: the published documents, without a word of
    their text."""
    if public:
        query = select(*DOCUMENT_COLUMNS).where(Document.body_id == BODY_ID, document_published(TODAY))
        return query.order_by(Document.id)
    return (
        select(*DOCUMENT_COLUMNS, Segment.seq, Segment.location, Segment.ocr, Segment.text)
        .outerjoin(Segment, Segment.document_id == Document.id)
        .where(Document.body_id == BODY_ID)
        .order_by(Document.id, Segment.seq)
    )


_REQUESTS = _variants(_requests_statement)
_DOCUMENTS = _variants(_documents_statement)
# the evidence of the body's documents (all of them: for the public, that of unpublished ones is left out
# after reading) and the evidence tied to the body itself. A union of two indexed lookups: an expanding IN of
# the document ids has SQLAlchemy render the SQL again for every body, and with a subquery inside an OR
# PostgreSQL scans the whole evidence table.
_EVIDENCE_ROWS = union(
    select(*EVIDENCE_COLUMNS).where(
        Evidence.document_id.in_(select(Document.id).where(Document.body_id == BODY_ID))
    ),
    select(*EVIDENCE_COLUMNS).where(Evidence.body_id == BODY_ID),
).subquery()
_EVIDENCE = select(_EVIDENCE_ROWS).order_by(_EVIDENCE_ROWS.c.id)
_FACTS = (
    select(BodyFact.key, BodyFact.value, BodyFact.source, BodyFact.evidence_ids, BodyFact.updated_at)
    .where(BodyFact.body_id == BODY_ID)
    .order_by(BodyFact.key)
)
_REVIEWS = (
    select(ReviewEvent.fact_key, ReviewEvent.at, ReviewEvent.action, ReviewEvent.actor)
    .where(ReviewEvent.body_id == BODY_ID, ReviewEvent.fact_key.in_(bindparam("keys", expanding=True)))
    .order_by(ReviewEvent.at, ReviewEvent.id)
)


def shown_text(viewer: Viewer) -> Callable[[str], str]:
    """What shows a reply's words to this viewer: redacted for anonymous visitors."""
    return redact if viewer.public else _as_written


def _as_written(text: str) -> str:
    return text


def shown_filename(viewer: Viewer, filename: str | None) -> str:
    """A file name as this viewer sees it: never with bidi overrides or control characters, and redacted
    for the public."""
    return public_filename(filename) if viewer.public else display_text(filename)


def _for_viewer(session: Session, statements: dict[bool, Executable], viewer: Viewer, body_id: int) -> Any:
    """The rows of this viewer's variant of a statement, for one body as of the viewer's date."""
    params = {"body_id": body_id, "today": viewer.today}
    return session.connection().execute(statements[viewer.public], params)


def evidence_dict(ev: Any, text: Callable[[str], str]) -> dict[str, Any]:
    """An evidence item (an ``Evidence`` or a row of ``EVIDENCE_COLUMNS``) as the API shows it."""
    return {
        "id": ev.id,
        "kind": ev.kind.value,
        "value": text(ev.value),
        "quote": text(ev.quote),
        "location": display_text(ev.location),
        "document_id": ev.document_id,
        "device_id": ev.device_id,
        "segment_seq": ev.segment_seq,
        "char_start": ev.char_start,
        "char_end": ev.char_end,
        "confidence": ev.confidence,
        "extractor": ev.extractor,
        "status": ev.status,
    }


def _requests(session: Session, viewer: Viewer, body_id: int) -> list[dict[str, Any]]:
    """The body's requests (of published campaigns, for the public), each with its timeline: one query."""
    out: dict[int, dict[str, Any]] = {}
    for r in _for_viewer(session, _REQUESTS, viewer, body_id):
        item = out.get(r.id)
        if item is None:
            item = out[r.id] = {
                "id": r.id,
                "reference": r.reference,
                "campaign": r.name,
                "law": r.law,
                "state": r.state.value,
                "sent_at": r.sent_at.isoformat(timespec="seconds") if r.sent_at else None,
                "due_on": r.due_on.isoformat() if r.due_on else None,
                "events": [],
            }
        if r.event_id is not None:
            item["events"].append(
                {
                    "at": r.at.isoformat(timespec="seconds"),
                    "kind": r.kind,
                    "from_state": r.from_state,
                    "to_state": r.to_state,
                    "actor": None if viewer.public else r.actor,
                }
            )
    return list(out.values())


def _segment_dict(seg: Any, evidence: list[Any]) -> dict[str, Any]:
    """A segment's whole text cut at its evidence: for signed-in reviewers only."""
    spans = [Span(e.char_start, e.char_end, e.id, e.kind.value) for e in evidence if e.segment_seq == seg.seq]
    pieces: list[Piece] = split_spans(seg.text, spans)
    return {
        "seq": seg.seq,
        "location": seg.location,
        "ocr": seg.ocr,
        "highlighted": any(p.evidence_id is not None for p in pieces),
        "pieces": [p.as_dict() for p in pieces],
    }


def _documents(session: Session, viewer: Viewer, body_id: int) -> tuple[list[Row[Any]], dict[int, list[Any]]]:
    """The body's documents this viewer may see, in order, and for reviewers each one's segments (text read
    from the file, never its bytes): one query."""
    docs: list[Row[Any]] = []
    segments: dict[int, list[Any]] = defaultdict(list)
    for row in _for_viewer(session, _DOCUMENTS, viewer, body_id):
        if not docs or docs[-1].id != row.id:
            docs.append(row)
        if not viewer.public and row.seq is not None and len(segments[row.id]) < MAX_SEGMENTS:
            segments[row.id].append(row)
    return docs, segments


def _document_dicts(
    docs: list[Row[Any]], segments: dict[int, list[Any]], evidence: list[Any], viewer: Viewer
) -> list[dict[str, Any]]:
    by_doc: dict[int | None, list[Any]] = defaultdict(list)
    for ev in evidence:
        by_doc[ev.document_id].append(ev)
    return [
        {
            "id": d.id,
            "filename": shown_filename(viewer, d.filename),
            "format": d.format,
            "media_type": d.media_type,
            "parent_id": d.parent_id,
            "request_id": d.request_id,
            "status": d.status.value,
            "error": display_text(d.error) or None,
            "pages": d.pages,
            "synthetic": d.synthetic,
            "evidence_ids": [e.id for e in by_doc[d.id]],
            "segments": [_segment_dict(s, by_doc[d.id]) for s in segments[d.id]],
        }
        for d in docs
    ]


def _facts(
    session: Session, viewer: Viewer, body_id: int, facts: list[Row[Any]], evidence: dict[int, dict[str, Any]]
) -> list[dict[str, Any]]:
    reviewed = [f.key for f in facts if f.source == "review"]
    reviews: dict[str, Any] = {}
    if reviewed:  # the latest review decision behind each reviewed fact
        for rev in session.connection().execute(_REVIEWS, {"body_id": body_id, "keys": reviewed}):
            reviews[rev.fact_key] = rev
    out = []
    for fact in facts:
        review = reviews.get(fact.key) if fact.source == "review" else None
        out.append(
            {
                "key": fact.key,
                "value": fact.value,
                "source": fact.source,
                "updated_at": fact.updated_at.isoformat(timespec="seconds"),
                "evidence": [evidence[i] for i in fact.evidence_ids or [] if i in evidence],
                "reviewed": None
                if review is None
                else {
                    "at": review.at.isoformat(timespec="seconds"),
                    "action": review.action.value,
                    "actor": None if viewer.public else review.actor,
                },
            }
        )
    return out


def devices_for(session: Session, viewer: Viewer, body: Row[Any]) -> dict[str, Any]:
    """The body's devices as this viewer sees them (read only when the body's row, from `body_row_for`, says
    it has any): addresses for signed-in users, and for the public only when the body opted in."""
    published = body.device_addresses_public_since is not None
    if not body.has_devices:
        return BodyDevices([], not viewer.public or published, published).as_dict()
    return body_devices(session, body.id, not viewer.public, published).as_dict()


@dataclass
class BodyRead:
    """The body page's data for one viewer, and the rows it was built from that other views of the same body
    can reuse: the body's row (with ``hidden``, its embargo flag) and, unless hidden, its facts."""

    detail: dict[str, Any] | None
    body: Row[Any] | None = None
    facts: list[Row[Any]] | None = None


def body_row_for(session: Session, viewer: Viewer, body_id: int) -> Row[Any] | None:
    """The body's row with ``hidden``: whether its facts are under embargo for this viewer."""
    return _for_viewer(session, _BODY, viewer, body_id).first()


def body_detail(session: Session, viewer: Viewer, body_id: int) -> dict[str, Any] | None:
    """The body page's data for this viewer, or None when there is no such body. Anonymous visitors see
    published requests and documents only, each document's evidence quotes with personal data redacted and
    never its text, and nothing of a body's replies while a campaign that asked it is under embargo."""
    return read_body(session, viewer, body_id).detail


def read_body(session: Session, viewer: Viewer, body_id: int) -> BodyRead:
    """`body_detail`, with the rows it read."""
    conn = session.connection()
    body = body_row_for(session, viewer, body_id)
    if body is None:
        return BodyRead(None)
    hidden = bool(body.hidden)
    detail = body_summary(body)
    detail.update(
        {
            "email": None if viewer.public else body.email,
            "lat": body.lat,
            "lon": body.lon,
            "source": body.source,
            "facts": [],
            "facts_embargoed": hidden,
            "requests": _requests(session, viewer, body_id),
            "documents": [],
            "evidence": [],
            "devices": None,
        }
    )
    if hidden:
        return BodyRead(detail, body)
    docs, segments = _documents(session, viewer, body_id)
    doc_ids = [d.id for d in docs]
    evidence = list(conn.execute(_EVIDENCE, {"body_id": body_id}))
    if viewer.public:  # not the evidence this body's unpublished documents (or another body's) show
        visible = set(doc_ids)
        evidence = [e for e in evidence if e.document_id is None or e.document_id in visible]
    text = shown_text(viewer)
    ev_dicts = {e.id: evidence_dict(e, text) for e in evidence}
    facts = list(conn.execute(_FACTS, {"body_id": body_id}))
    detail.update(
        {
            "facts": _facts(session, viewer, body_id, facts, ev_dicts),
            "documents": _document_dicts(docs, segments, evidence, viewer),
            "evidence": list(ev_dicts.values()),
            # addresses for signed-in users; for the public only when the body opted in
            "devices": devices_for(session, viewer, body),
        }
    )
    return BodyRead(detail, body, facts)
