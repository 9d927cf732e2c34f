"""The review queue of replies: one item per read document that still has unreviewed evidence, the most
uncertain first.

A reply's reading is summed up in its decided outcome evidence row (``Evidence.kind == outcome`` with
``detail["decided"]``), whose ``detail["review"]`` holds each field's confidence and basis, whether a person
should look (``needs_review``), why (``reasons``) and the reading's ``uncertainty`` (1 - its least confident
field). A document is in the queue while any of its evidence is still as the machine read it (status
``machine``). Order: ``needs_review`` first, then the highest uncertainty, then the document's id. A reading
made before confidences were recorded has no review detail: it counts as needing review, at uncertainty 1.

Each page costs a fixed number of queries whatever its length: the count, the page's documents in order,
their rows (document, body, request), and all their evidence at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.orm import Session, aliased

from camcensus.enums import EvidenceKind
from camcensus.store.models import Body, Document, Evidence, Request

K = EvidenceKind
PENDING = "machine"
FIELDS = ("hikvision", "dahua", "outcome", "camera_count", "exemptions")
VENDORS = {"hikvision": "Hikvision", "dahua": "Dahua"}
MAX_LIMIT = 200
NO_REVIEW_REASON = "read before confidences were recorded: read it again to have them"


def _needs_review() -> ColumnElement[Any]:
    return func.coalesce(Evidence.detail[("review", "needs_review")].as_boolean(), True)


def _uncertainty() -> ColumnElement[Any]:
    return func.coalesce(Evidence.detail[("review", "uncertainty")].as_float(), 1.0)


def queued_readings(hidden_bodies: Select[Any] | None = None) -> Select[Any]:
    """The decided outcome rows of the documents in the queue (the latest one of each document), as
    ``(id, document_id, needs_review, uncertainty)``; leaving out the documents of ``hidden_bodies``."""
    latest = (
        select(func.max(Evidence.id))
        .where(
            Evidence.kind == K.OUTCOME,
            Evidence.document_id.is_not(None),
            Evidence.detail["decided"].as_boolean().is_(True),
        )
        .group_by(Evidence.document_id)
    )
    other = aliased(Evidence)
    unreviewed = exists(
        select(other.id).where(other.document_id == Evidence.document_id, other.status == PENDING)
    )
    query = select(
        Evidence.id,
        Evidence.document_id,
        _needs_review().label("needs_review"),
        _uncertainty().label("uncertainty"),
    ).where(Evidence.id.in_(latest), unreviewed)
    if hidden_bodies is not None:
        hidden = select(Document.id).where(Document.body_id.in_(hidden_bodies))
        query = query.where(Evidence.document_id.not_in(hidden))
    return query


@dataclass
class ReplyQueue:
    items: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0
    limit: int = 50
    offset: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "limit": self.limit, "offset": self.offset}


def reply_queue(session: Session, limit: int = 50, offset: int = 0) -> ReplyQueue:
    """One page of the queue: ``limit`` replies (at most MAX_LIMIT) from ``offset``, and how many there are.

    Each item: its document (id, filename, format, parent_id), body (id, name, code) or None, the reference
    of the request it answers or None, the reading's fields (hikvision, dahua, outcome, camera_count,
    exemptions), each with its value, confidence, basis, quote and the evidence ids behind it, the review
    reasons, needs_review, the uncertainty, and the ids of its evidence still to review
    (``pending_evidence``: the evidence behind its fields first, then the least confident).
    """
    limit, offset = max(1, min(MAX_LIMIT, limit)), max(0, offset)
    queued = queued_readings().subquery()
    total = session.scalar(select(func.count()).select_from(queued)) or 0
    page = session.execute(
        select(queued.c.id, queued.c.document_id)
        .order_by(queued.c.needs_review.desc(), queued.c.uncertainty.desc(), queued.c.document_id)
        .limit(limit)
        .offset(offset)
    ).all()
    decided_ids = {row.document_id: row.id for row in page}
    documents = _documents(session, decided_ids)
    evidence: dict[int, list[Evidence]] = {doc_id: [] for doc_id in decided_ids}
    for ev in session.scalars(
        select(Evidence).where(Evidence.document_id.in_(list(decided_ids))).order_by(Evidence.id)
    ):
        evidence[ev.document_id or 0].append(ev)
    items = [
        _item(documents[doc_id], evidence[doc_id], decided_id) for doc_id, decided_id in decided_ids.items()
    ]
    return ReplyQueue(items, total, limit, offset)


def _documents(session: Session, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Document id -> its document, body and request reference, in one query (no file content)."""
    rows = session.execute(
        select(
            Document.id,
            Document.filename,
            Document.format,
            Document.parent_id,
            Body.id.label("body_id"),
            Body.name.label("body_name"),
            Body.code.label("body_code"),
            Request.reference,
        )
        .outerjoin(Body, Body.id == Document.body_id)
        .outerjoin(Request, Request.id == Document.request_id)
        .where(Document.id.in_(list(ids)))
    )
    return {
        row.id: {
            "document": {
                "id": row.id,
                "filename": row.filename,
                "format": row.format,
                "parent_id": row.parent_id,
            },
            "body": None
            if row.body_id is None
            else {"id": row.body_id, "name": row.body_name, "code": row.body_code},
            "reference": row.reference,
        }
        for row in rows
    }


def _item(document: dict[str, Any], rows: list[Evidence], decided_id: int) -> dict[str, Any]:
    decided = next(r for r in rows if r.id == decided_id)
    review = dict((decided.detail or {}).get("review") or {})
    fields = _fields(rows, decided, review)
    return {
        **document,
        "fields": fields,
        "needs_review": bool(review.get("needs_review", True)),
        "reasons": list(review.get("reasons") or ([] if review else [NO_REVIEW_REASON])),
        "uncertainty": float(review.get("uncertainty", 1.0)),
        "pending_evidence": _pending(rows, fields),
    }


def reply_pending(session: Session, document_id: int) -> list[int]:
    """The ids of a document's evidence still to review, in the order its queue item lists them."""
    rows = list(session.scalars(select(Evidence).where(Evidence.document_id == document_id)))
    decided = [r for r in rows if r.kind == K.OUTCOME and (r.detail or {}).get("decided")]
    fields = _fields(rows, max(decided, key=lambda r: r.id), {}) if decided else {}
    return _pending(rows, fields)


def _pending(rows: list[Evidence], fields: dict[str, dict[str, Any]]) -> list[int]:
    """Unreviewed evidence: the items behind the reading's fields first, then the least confident."""
    behind = {i for f in fields.values() for i in f["evidence_ids"]}
    pending = [r for r in rows if r.status == PENDING]
    return [r.id for r in sorted(pending, key=lambda r: (r.id not in behind, r.confidence, r.id))]


def _fields(rows: list[Evidence], decided: Evidence, review: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each field of a reply's reading from its evidence rows (those a reviewer rejected left out): the value,
    its confidence and basis (from the review detail), a quote and the evidence ids behind it."""
    rows = [r for r in rows if r.status != "rejected"]
    statuses = {str((r.detail or {}).get("vendor")): r for r in rows if r.kind == K.VENDOR_STATUS}
    counted = [r for r in rows if r.kind == K.CAMERA_COUNT and (r.detail or {}).get("counted")]
    exemptions = [r for r in rows if r.kind == K.EXEMPTION]
    values: dict[str, tuple[Any, list[Evidence]]] = {}
    for key, name in VENDORS.items():
        row = statuses.get(name)
        values[key] = (str((row.detail or {}).get("status", "unknown")), [row]) if row else ("unknown", [])
    values["outcome"] = (decided.value, [decided]) if decided.status != "rejected" else ("unknown", [])
    values["camera_count"] = (sum(_int(r.value) for r in counted) if counted else None, counted)
    values["exemptions"] = (sorted({r.value for r in exemptions}), exemptions)
    confidence, basis = review.get("confidence") or {}, review.get("basis") or {}
    fields = {}
    for key in FIELDS:
        value, behind = values[key]
        fields[key] = {
            "value": value,
            "confidence": confidence.get(key),
            "basis": basis.get(key),
            "quote": next((r.quote for r in behind if r.quote), ""),
            "evidence_ids": [r.id for r in behind],
        }
    return fields


def _int(text: str) -> int:
    return int(text) if text.isdigit() else 0
