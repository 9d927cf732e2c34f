"""The review queue of replies: one item per reply with unreviewed evidence, the most uncertain first.

A reply is a document with no parent (an e-mail, a file) together with every document under it (attachments,
archive members: ``Document.parent_id``). Each document read is summed up in its decided outcome evidence row
(``Evidence.kind == outcome`` with ``detail["decided"]``, the latest one of the document), whose
``detail["review"]`` holds each field's confidence and basis, whether a person should look (``needs_review``),
why (``reasons``) and the reading's ``uncertainty``. A covering e-mail ("please find our response attached")
and the attachment that holds the answers are read apart, so a reply's item takes each field (one per vendor
of concern, outcome, camera_count, exemptions) from the most informative reading of its tree: a known value
before "unknown" or none, then the highest confidence, then the reading that knows the most fields, then the
lowest document id. The item's reasons are those of the readings its fields come from that concern a field
taken from that reading or the whole reading (not the weak basis of a field taken from another reading); it
needs review when it has a reason. Its uncertainty is 1 - the least confidence of its fields. A reading made
before confidences were recorded has no review detail: its fields count at confidence 0, and it needs review.

A reply is in the queue while any of its documents has evidence still as the machine read it (status
``machine``) and one of them has a decided reading. Order: ``needs_review`` first, then the highest
uncertainty, then the id of the reply's root document.

Which replies are waiting and which reading each field comes from is chosen in SQL by
camcensus.analysis.replies; this module builds the page. Each page costs a fixed number of queries whatever
its length: the count, the page's replies in order with the reading each field comes from, their documents
(document, body, request), and all their evidence at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from camcensus.analysis.replies import (
    PENDING,
    REJECTED,
    queue_fields,
    queued_replies,
    reply_trees,
    weak_reason,
)
from camcensus.enums import EvidenceKind
from camcensus.knowledge.vendors import concern_vendors, fact_key
from camcensus.safetext import display_text
from camcensus.store.models import Body, Document, Evidence, Request

K = EvidenceKind
MAX_LIMIT = 200
NO_REVIEW_REASON = "read before confidences were recorded: read it again to have them"


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

    Each item: its root document (id, filename, format, parent_id), its documents (root first, then what is
    under it: id, filename, format), body (id, name, code) or None, the reference of the request it answers
    or None, the reply's fields (``queue_fields()``), each with its value,
    confidence, basis, quote, the evidence ids behind it and the document it was read in, the review
    reasons, needs_review, the uncertainty, and the ids of the evidence of all its documents still to review
    (``pending_evidence``: the evidence behind its fields first, then the least confident).
    """
    limit, offset = max(1, min(MAX_LIMIT, limit)), max(0, offset)
    queued = queued_replies().subquery("queued")
    total = session.scalar(select(func.count()).select_from(queued)) or 0
    page = session.execute(
        select(queued)
        .order_by(queued.c.needs_review.desc(), queued.c.uncertainty.desc(), queued.c.root_id)
        .limit(limit)
        .offset(offset)
    ).all()
    return ReplyQueue(_items(session, page), total, limit, offset)


def reply_pending(session: Session, document_id: int) -> list[int]:
    """The ids of the evidence still to review of the reply a document belongs to (all its documents), in
    the order its queue item lists them."""
    root = _root_of(session, document_id)
    queued = queued_replies(root_ids=[root]).subquery("queued")
    row = session.execute(select(queued)).first()
    if row is not None:
        return list(_items(session, [row])[0]["pending_evidence"])
    trees = reply_trees([root])
    rows = session.scalars(select(Evidence).join(trees, trees.c.document_id == Evidence.document_id))
    return _pending(list(rows), {})


def _root_of(session: Session, document_id: int) -> int:
    root = document_id
    for _ in range(100):  # a tree is a few levels deep; the bound only guards against a loop in the data
        parent = session.scalar(select(Document.parent_id).where(Document.id == root))
        if parent is None:
            break
        root = parent
    return root


def _items(session: Session, page: Iterable[Any]) -> list[dict[str, Any]]:
    """The queue items of ``page`` (rows of ``queued_replies``), in its order: two queries."""
    page = list(page)
    if not page:
        return []
    documents = _documents(session, [row.root_id for row in page])
    trees = reply_trees([row.root_id for row in page])
    evidence: dict[int, list[Evidence]] = {}
    for ev in session.scalars(
        select(Evidence).join(trees, trees.c.document_id == Evidence.document_id).order_by(Evidence.id)
    ):
        evidence.setdefault(ev.document_id or 0, []).append(ev)
    return [
        _item(documents[row.root_id], evidence, {f: getattr(row, f"{f}_from") for f in queue_fields()})
        for row in page
    ]


def _documents(session: Session, root_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Root id -> the documents of its reply (root first, then by id) with their body and request
    reference, in one query (no file content)."""
    trees = reply_trees(root_ids)
    rows = session.execute(
        select(
            trees.c.root_id,
            Document.id,
            Document.filename,
            Document.format,
            Document.parent_id,
            Body.id.label("body_id"),
            Body.name.label("body_name"),
            Body.code.label("body_code"),
            Request.reference,
        )
        .join(Document, Document.id == trees.c.document_id)
        .outerjoin(Body, Body.id == Document.body_id)
        .outerjoin(Request, Request.id == Document.request_id)
        .order_by(trees.c.root_id, Document.id)
    )
    found: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        found.setdefault(row.root_id, []).append(
            {
                "document": {
                    "id": row.id,
                    "filename": display_text(row.filename),
                    "format": row.format,
                    "parent_id": row.parent_id,
                },
                "body": None
                if row.body_id is None
                else {"id": row.body_id, "name": row.body_name, "code": row.body_code},
                "reference": row.reference,
            }
        )
    for root_id, tree in found.items():
        tree.sort(key=lambda d: (d["document"]["id"] != root_id, d["document"]["id"]))
    return found


def _item(
    tree: list[dict[str, Any]], evidence: dict[int, list[Evidence]], chosen: dict[str, int]
) -> dict[str, Any]:
    root = tree[0]
    rows = [r for d in tree for r in evidence.get(d["document"]["id"], [])]
    by_id = {r.id: r for r in rows}
    readings: dict[int, tuple[dict[str, Any], dict[str, dict[str, Any]]]] = {}
    taken: dict[int, set[str]] = {}
    fields = {}
    for name in queue_fields():
        decided = by_id[chosen[name]]
        if decided.id not in readings:
            review = dict((decided.detail or {}).get("review") or {})
            readings[decided.id] = (review, _fields(evidence[decided.document_id or 0], decided, review))
        taken.setdefault(decided.id, set()).add(name)
        fields[name] = {**readings[decided.id][1][name], "document_id": decided.document_id}
    reasons = [r for reading_id, (review, _) in readings.items() for r in _reasons(review, taken[reading_id])]
    least = min(0.0 if f["confidence"] is None else float(f["confidence"]) for f in fields.values())
    return {
        **root,
        "body": root["body"] or next((d["body"] for d in tree if d["body"]), None),
        "reference": root["reference"] or next((d["reference"] for d in tree if d["reference"]), None),
        "documents": [{k: d["document"][k] for k in ("id", "filename", "format")} for d in tree],
        "fields": fields,
        "needs_review": bool(reasons),
        "reasons": list(dict.fromkeys(reasons)),
        "uncertainty": round(1 - least, 3),
        "pending_evidence": _pending(rows, fields),
    }


def _reasons(review: dict[str, Any], taken: set[str]) -> list[str]:
    """The reasons of a reading's review that concern the fields ``taken`` from it or the whole reading."""
    if not review:
        return [NO_REVIEW_REASON]
    about = {f: weak_reason(f) for f in queue_fields()}
    return [
        r
        for r in review.get("reasons") or []
        if all(f in taken or not r.startswith(prefix) for f, prefix in about.items())
    ]


def _pending(rows: list[Evidence], fields: dict[str, dict[str, Any]]) -> list[int]:
    """Unreviewed evidence: the items behind the reading's fields first, then the least confident."""
    behind = {i for f in fields.values() for i in f["evidence_ids"]}
    pending = [r for r in rows if r.status == PENDING]
    return [r.id for r in sorted(pending, key=lambda r: (r.id not in behind, r.confidence, r.id))]


def _fields(rows: list[Evidence], decided: Evidence, review: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each field of a document's reading from its evidence rows (those a reviewer rejected left out): the
    value, its confidence and basis (from the review detail), a quote and the evidence ids behind it."""
    rows = [r for r in rows if r.status != REJECTED]
    statuses = {str((r.detail or {}).get("vendor")): r for r in rows if r.kind == K.VENDOR_STATUS}
    counted = [r for r in rows if r.kind == K.CAMERA_COUNT and (r.detail or {}).get("counted")]
    exemptions = [r for r in rows if r.kind == K.EXEMPTION]
    values: dict[str, tuple[Any, list[Evidence]]] = {}
    for name in concern_vendors():
        key = fact_key(name)
        row = statuses.get(name)
        values[key] = (str((row.detail or {}).get("status", "unknown")), [row]) if row else ("unknown", [])
    values["outcome"] = (decided.value, [decided]) if decided.status != REJECTED else ("unknown", [])
    values["camera_count"] = (sum(_int(r.value) for r in counted) if counted else None, counted)
    values["exemptions"] = (sorted({r.value for r in exemptions}), exemptions)
    confidence, basis = review.get("confidence") or {}, review.get("basis") or {}
    fields = {}
    for key in queue_fields():
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
