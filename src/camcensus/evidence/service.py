"""Store what a document shows: ``extract_document`` replaces its machine evidence, keeping reviewed rows."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from camcensus.documents.model import TextSegment
from camcensus.enums import EvidenceKind
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.reading import Reading, read_segments
from camcensus.store.models import Document, Evidence, Segment

MACHINE = "machine"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def document_segments(session: Session, document_id: int) -> list[TextSegment]:
    rows = session.scalars(select(Segment).where(Segment.document_id == document_id).order_by(Segment.seq))
    return [
        TextSegment(
            seq=s.seq, location=s.location, text=s.text, page=s.page, sheet=s.sheet, row=s.row, ocr=s.ocr
        )
        for s in rows
    ]


def _attachments_read(session: Session, document_id: int) -> bool:
    """A document under this one (an attachment, an archive's member, at any depth) has text."""
    parents = [document_id]
    for _ in range(8):  # nesting deeper than this is refused when read
        children = list(session.scalars(select(Document.id).where(Document.parent_id.in_(parents))))
        if not children:
            return False
        if session.scalar(select(Segment.id).where(Segment.document_id.in_(children)).limit(1)) is not None:
            return True
        parents = children
    return False


def _key(kind: str, value: str, char_start: int, segment_seq: int) -> tuple[str, str, int, int]:
    return (str(kind), value, char_start, segment_seq)


def extract_document(
    session: Session, document_id: int, reading: Reading | None = None, request: str | None = None
) -> Reading:
    """Read a stored document and replace its machine evidence; human-reviewed rows stay as they are.

    Idempotent: running it twice leaves the same rows. Sets ``documents.extracted_at``. ``reading`` is the
    document's Reading when already made from the same segments (ingest reads them in its workers);
    ``request`` the text of the request the document answers, when known (its questions are aligned with
    the answers).
    """
    doc = session.get(Document, document_id)
    if doc is None:
        raise LookupError(f"no document {document_id}")
    if reading is None:
        reading = read_segments(
            document_segments(session, document_id),
            path=doc.filename,
            request=request,
            attachments_read=_attachments_read(session, document_id),
        )
    session.execute(delete(Evidence).where(Evidence.document_id == document_id, Evidence.status == MACHINE))
    kept = {
        _key(e.kind, e.value, e.char_start, e.segment_seq)
        for e in session.scalars(select(Evidence).where(Evidence.document_id == document_id))
    }
    for item, value in stored_items(reading, kept):
        session.add(Evidence(**evidence_values(item, value, doc.id, doc.body_id)))
    doc.extracted_at = _now()
    session.flush()
    return reading


def evidence_values(item: EvidenceItem, value: str, document_id: int, body_id: int | None) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "body_id": body_id,
        "kind": item.kind,
        "value": value,
        "detail": item.detail,
        "quote": item.quote,
        "location": item.location[:200],
        "segment_seq": item.segment_seq,
        "char_start": item.char_start,
        "char_end": item.char_end,
        "confidence": item.confidence,
        "extractor": "rules",
        "status": MACHINE,
    }


def evidence_rows(
    document_id: int, body_id: int | None, reading: Reading, now: dt.datetime
) -> list[dict[str, Any]]:
    """The evidence rows of a document just added (so with no evidence yet), for one bulk insert: what
    ``extract_document`` would store, without its per-document queries (ingest stores many documents a
    second). The caller sets ``documents.extracted_at``."""
    return [
        {**evidence_values(item, value, document_id, body_id), "created_at": now}
        for item, value in stored_items(reading, set())
    ]


# a finding stated more often than this in one document is kept this often: a text made to repeat one
# sentence a million times (a hostile archive) stores no more than a reply that states it a few times
MOST_ALIKE = 50


def stored_items(reading: Reading, kept: set[tuple[Any, ...]]) -> Iterator[tuple[EvidenceItem, str]]:
    """The items of a reading to store, each with its value as stored: once per place (``kept``: the places
    already held), and at most MOST_ALIKE of one finding (kind and value), except the counts that make up
    the body's count and the reply's conclusions."""
    alike: Counter[tuple[Any, str]] = Counter()
    for item in reading.items:
        value = item.value[:300]
        key = _key(item.kind, value, item.char_start, item.segment_seq)
        if key in kept:
            continue
        kept.add(key)
        alike[(item.kind, value)] += 1
        whole = item.detail.get("counted") or item.kind in (EvidenceKind.VENDOR_STATUS, EvidenceKind.OUTCOME)
        if alike[(item.kind, value)] <= MOST_ALIKE or whole:
            yield item, value


def extract_with_request(session: Session, document_ids: list[int], request: str | None) -> None:
    """Read documents again beside the request they answer (once a reply is matched to its request)."""
    if not request or not request.strip():
        return
    for document_id in document_ids:
        extract_document(session, document_id, request=request)


def extract_pending(session: Session) -> int:
    """Extract every document not yet read; returns how many were read."""
    ids = list(session.scalars(select(Document.id).where(Document.extracted_at.is_(None))))
    for document_id in ids:
        extract_document(session, document_id)
    return len(ids)
