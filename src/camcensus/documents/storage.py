"""Store one parsed top-level document with its descendants, its e-mail rows and its failures, in the
caller's transaction (ingest commits each tree on its own, so a crash never leaves half a tree).

Natural keys: a document's SHA-256 (any node already stored is skipped with its subtree), an e-mail's
Message-ID (one document and one incoming Message per Message-ID).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from camcensus.documents.model import ParsedDocument
from camcensus.enums import DocumentStatus
from camcensus.store.models import Document, Failure, Message, Segment

if TYPE_CHECKING:
    from camcensus.evidence.reading import Reading

SYNTHETIC_MARK = "SYNTHETIC DEMO DATA"
STAGE = "ingest"


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


def is_duplicate(session: Session, doc: ParsedDocument) -> bool:
    if session.scalar(select(Document.id).where(Document.sha256 == doc.sha256)) is not None:
        return True
    message_id = doc.email.message_id if doc.email else None
    return (
        message_id is not None
        and session.scalar(select(Document.id).where(Document.email_message_id == message_id)) is not None
    )


def store_tree(
    session: Session, source_path: str, doc: ParsedDocument, readings: list[Reading | None] | None = None
) -> Stored:
    """Add the tree's new rows to the session; returns the stored ids in preorder (top first)."""
    result = Stored()
    if is_duplicate(session, doc):
        result.duplicate = True
        return result
    nodes = preorder(doc, source_path)
    known = set(
        session.scalars(select(Document.sha256).where(Document.sha256.in_({n.doc.sha256 for n in nodes})))
    )
    taken = _taken_message_ids(session, nodes)
    synthetic = any(SYNTHETIC_MARK in s.text for n in nodes for s in n.doc.segments)
    ids: dict[int, int] = {}
    for index, node in enumerate(nodes):
        d = node.doc
        if d.sha256 in known or (node.parent is not None and node.parent not in ids):
            continue  # stored before (or a copy within this tree): kept once, with its first parent
        known.add(d.sha256)
        message_id = d.email.message_id if d.email else None
        if message_id in taken:
            message_id = None
        elif message_id:
            taken.add(message_id)
        row = _document_row(d, source_path if index == 0 else node.label, message_id, synthetic)
        row.parent_id = ids.get(node.parent) if node.parent is not None else None
        session.add(row)
        session.flush()
        ids[index] = row.id
        _segments(session, row.id, d)
        if d.email is not None and not node.in_email:
            _message(session, d, row.id)
        if d.error:
            result.failures.append((node.label, d.error, d.sha256))
        result.pages += d.pages
        result.ocr_pages += d.ocr_pages
    result.ids = [ids[i] for i in sorted(ids)]
    for path, reason, sha256 in result.failures:
        record_failure(session, path, reason, sha256)
    if readings is not None:
        _evidence(session, ids, readings)
    return result


def _taken_message_ids(session: Session, nodes: list[Node]) -> set[str]:
    wanted = {n.doc.email.message_id for n in nodes if n.doc.email and n.doc.email.message_id}
    if not wanted:
        return set()
    return {
        m
        for m in session.scalars(
            select(Document.email_message_id).where(Document.email_message_id.in_(wanted))
        )
        if m
    }


def _document_row(d: ParsedDocument, path: str, message_id: str | None, synthetic: bool) -> Document:
    status = (
        DocumentStatus.ENCRYPTED if d.encrypted else DocumentStatus.FAILED if d.error else DocumentStatus.OK
    )
    return Document(
        sha256=d.sha256,
        email_message_id=message_id,
        filename=d.filename[:500],
        source_path=path,
        media_type=(d.media_type or "")[:120] or None,
        format=(d.format or "")[:20] or None,
        size=d.size,
        content=d.content if d.content is not None else b"",
        status=status,
        error="; ".join(filter(None, [d.error, *d.warnings])) or None,
        pages=d.pages,
        ocr_pages=d.ocr_pages,
        synthetic=synthetic,
    )


def _segments(session: Session, document_id: int, d: ParsedDocument) -> None:
    rows = [
        {
            "document_id": document_id,
            "seq": s.seq,
            "location": s.location[:200],
            "page": s.page,
            "sheet": s.sheet[:200] if s.sheet else None,
            "row": s.row,
            "ocr": s.ocr,
            "text": s.text,
        }
        for s in d.segments
    ]
    if rows:
        session.execute(insert(Segment), rows)


def _message(session: Session, d: ParsedDocument, document_id: int) -> None:
    headers = d.email
    assert headers is not None
    if headers.message_id:
        existing = session.scalars(select(Message).where(Message.message_id == headers.message_id)).first()
        if existing is not None:  # e.g. our own sent request, recorded by the outbox
            if existing.document_id is None:
                existing.document_id = document_id
            return
    session.add(
        Message(
            direction="in",
            message_id=headers.message_id,
            in_reply_to=headers.in_reply_to[:300] if headers.in_reply_to else None,
            references=" ".join(headers.references) or None,
            subject=headers.subject[:1000] if headers.subject else None,
            sender=headers.sender[:300] if headers.sender else None,
            recipients=", ".join(headers.recipients) or None,
            sent_at=headers.date,
            document_id=document_id,
        )
    )


def record_failure(session: Session, path: str, reason: str, sha256: str = "") -> None:
    """One Failure row per (stage, path, sha256); a repeat updates the reason."""
    row = session.scalars(
        select(Failure).where(Failure.stage == STAGE, Failure.path == path, Failure.sha256 == sha256)
    ).first()
    if row is None:
        session.add(Failure(stage=STAGE, path=path, sha256=sha256, reason=reason))
    else:
        row.reason = reason


def _evidence(session: Session, ids: dict[int, int], readings: list[Reading | None]) -> None:
    from camcensus.evidence.service import extract_document

    for index, document_id in ids.items():
        reading = readings[index] if index < len(readings) else None
        if reading is not None:
            extract_document(session, document_id, reading=reading)
