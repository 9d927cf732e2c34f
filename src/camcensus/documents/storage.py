"""Store one parsed top-level document with its descendants, its e-mail rows and its failures, in the
caller's transaction (ingest never commits part of a tree, so a crash never leaves half a document).

Natural keys: a document's SHA-256 (any node already stored is skipped with its subtree), an e-mail's
Message-ID (one document and one incoming Message per Message-ID). Rows go in with plain INSERT statements
(segments and evidence in one statement per document): ingest stores hundreds of documents a second.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, Table, insert, or_, select, update
from sqlalchemy.orm import Session

from camcensus.documents.model import ParsedDocument
from camcensus.enums import DocumentStatus
from camcensus.store.models import Document, Failure, Message, Segment

if TYPE_CHECKING:
    from camcensus.evidence.reading import Reading

SYNTHETIC_MARK = "SYNTHETIC DEMO DATA"
STAGE = "ingest"
DOCUMENTS = cast(Table, Document.__table__)
SEGMENTS = cast(Table, Segment.__table__)
MESSAGES = cast(Table, Message.__table__)


@dataclass
class Node:
    doc: ParsedDocument
    parent: int | None  # index in the preorder list
    in_email: bool  # inside an e-mail (an attachment), as opposed to being one of the messages
    label: str  # "reply.eml > answer.zip > table.xlsx"


@dataclass
class Stored:
    duplicate: bool = False
    ids: list[int] = field(default_factory=list)
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (path, reason, sha256)
    pages: int = 0
    ocr_pages: int = 0


def preorder(doc: ParsedDocument, label: str) -> list[Node]:
    out: list[Node] = []

    def visit(d: ParsedDocument, parent: int | None, in_email: bool, where: str) -> None:
        out.append(Node(d, parent, in_email, where))
        index = len(out) - 1
        for child in d.children:
            visit(child, index, in_email or d.email is not None, f"{where} > {child.filename}")

    visit(doc, None, False, label)
    return out


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def is_duplicate(conn: Connection, doc: ParsedDocument) -> bool:
    message_id = doc.email.message_id if doc.email else None
    same = DOCUMENTS.c.sha256 == doc.sha256
    if message_id:
        same = or_(same, DOCUMENTS.c.email_message_id == message_id)
    return conn.execute(select(DOCUMENTS.c.id).where(same).limit(1)).first() is not None


def store_tree(session: Session, source_path: str, doc: ParsedDocument,
               readings: list[Reading | None] | None = None) -> Stored:
    """Add the tree's new rows in the session's transaction; returns the stored ids, top first."""
    conn = session.connection()
    result = Stored()
    if is_duplicate(conn, doc):
        result.duplicate = True
        return result
    nodes = preorder(doc, source_path)
    known, taken = _known_keys(conn, nodes)
    synthetic = any(SYNTHETIC_MARK in s.text for n in nodes for s in n.doc.segments)
    ids: dict[int, int] = {}
    now = _now()
    for index, node in enumerate(nodes):
        d = node.doc
        if d.sha256 in known or (node.parent is not None and node.parent not in ids):
            continue  # stored before (or a copy within this tree): kept once, with its first parent
        known.add(d.sha256)
        message_id = d.email.message_id if d.email else None
        if message_id in taken:
            message_id = None  # a forwarded copy of an e-mail stored on its own
        elif message_id:
            taken.add(message_id)
        values = _document_values(d, source_path if index == 0 else node.label, message_id, synthetic, now)
        values["parent_id"] = ids.get(node.parent) if node.parent is not None else None
        reading = readings[index] if readings is not None and index < len(readings) else None
        values["extracted_at"] = now if reading is not None else None
        document_id = conn.execute(insert(DOCUMENTS).returning(DOCUMENTS.c.id), values).scalar_one()
        ids[index] = document_id
        _segments(conn, document_id, d)
        if reading is not None:
            from camcensus.evidence.service import add_new_evidence

            add_new_evidence(session, document_id, None, reading)
        if d.email is not None and not node.in_email:
            _message(conn, d, document_id, now)
        if d.error:
            result.failures.append((node.label, d.error, d.sha256))
        result.pages += d.pages
        result.ocr_pages += d.ocr_pages
    result.ids = [ids[i] for i in sorted(ids)]
    for path, reason, sha256 in result.failures:
        record_failure(session, path, reason, sha256)
    return result


def _known_keys(conn: Connection, nodes: list[Node]) -> tuple[set[str], set[str]]:
    """Digests and Message-IDs of the tree's nodes already stored (the top one is known to be new)."""
    if len(nodes) == 1:
        return set(), set()
    hashes = {n.doc.sha256 for n in nodes[1:]}
    known = set(conn.scalars(select(DOCUMENTS.c.sha256).where(DOCUMENTS.c.sha256.in_(hashes))))
    wanted = {n.doc.email.message_id for n in nodes[1:] if n.doc.email and n.doc.email.message_id}
    taken = set()
    if wanted:
        query = select(DOCUMENTS.c.email_message_id).where(DOCUMENTS.c.email_message_id.in_(wanted))
        taken = {m for m in conn.scalars(query) if m}
    return known, taken


def _document_values(d: ParsedDocument, path: str, message_id: str | None, synthetic: bool,
                     now: dt.datetime) -> dict[str, Any]:
    status = DocumentStatus.OK
    if d.error:
        status = DocumentStatus.ENCRYPTED if d.encrypted else DocumentStatus.FAILED
    return {
        "sha256": d.sha256,
        "email_message_id": message_id,
        "filename": d.filename[:500],
        "source_path": path,
        "media_type": (d.media_type or "")[:120] or None,
        "format": (d.format or "")[:20] or None,
        "size": d.size,
        "content": d.content if d.content is not None else b"",
        "status": status,
        "error": "; ".join(filter(None, [d.error, *d.warnings])) or None,
        "pages": d.pages,
        "ocr_pages": d.ocr_pages,
        "synthetic": synthetic,
        "created_at": now,
    }


def _segments(conn: Connection, document_id: int, d: ParsedDocument) -> None:
    rows = [
        {"document_id": document_id, "seq": s.seq, "location": s.location[:200], "page": s.page,
         "sheet": s.sheet[:200] if s.sheet else None, "row": s.row, "ocr": s.ocr, "text": s.text}
        for s in d.segments
    ]
    if rows:
        conn.execute(insert(SEGMENTS), rows)


def _message(conn: Connection, d: ParsedDocument, document_id: int, now: dt.datetime) -> None:
    headers = d.email
    assert headers is not None
    if headers.message_id:
        existing = conn.execute(select(MESSAGES.c.id, MESSAGES.c.document_id)
                                .where(MESSAGES.c.message_id == headers.message_id)).first()
        if existing is not None:  # e.g. our own sent request, recorded by the outbox
            if existing.document_id is None:
                linked = update(MESSAGES).where(MESSAGES.c.id == existing.id).values(document_id=document_id)
                conn.execute(linked)
            return
    conn.execute(insert(MESSAGES), {
        "direction": "in",
        "message_id": headers.message_id,
        "in_reply_to": headers.in_reply_to[:300] if headers.in_reply_to else None,
        "references": " ".join(headers.references) or None,
        "subject": headers.subject[:1000] if headers.subject else None,
        "sender": headers.sender[:300] if headers.sender else None,
        "recipients": ", ".join(headers.recipients) or None,
        "sent_at": headers.date,
        "document_id": document_id,
        "created_at": now,
    })


def record_failure(session: Session, path: str, reason: str, sha256: str = "") -> None:
    """One Failure row per (stage, path, sha256); a repeat updates the reason."""
    row = session.scalars(select(Failure).where(
        Failure.stage == STAGE, Failure.path == path, Failure.sha256 == sha256)).first()
    if row is None:
        session.add(Failure(stage=STAGE, path=path, sha256=sha256, reason=reason))
    else:
        row.reason = reason
