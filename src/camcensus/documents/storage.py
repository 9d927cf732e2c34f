"""Store parsed top-level documents with their descendants, their e-mail rows and their failures, in the
caller's transaction (ingest never commits part of a tree, so a crash never leaves half a document).

Natural keys: a document's SHA-256 (any node already stored is skipped with its subtree), an e-mail's
Message-ID (one document and one incoming Message per Message-ID). Rows go in with multi-row INSERT
statements, a few for a whole batch of trees: ingest stores over a thousand documents a second.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Table, insert, select, update
from sqlalchemy.orm import Session

from camcensus.documents.model import ParsedDocument, TextSegment
from camcensus.enums import DocumentStatus
from camcensus.store.models import Document, Evidence, Failure, Message, Segment

SYNTHETIC_MARK = "SYNTHETIC DEMO DATA"
STAGE = "ingest"
DOCUMENTS = cast(Table, Document.__table__)
SEGMENTS = cast(Table, Segment.__table__)
MESSAGES = cast(Table, Message.__table__)
EVIDENCE = cast(Table, Evidence.__table__)


class Extractor(Protocol):
    """What ingest does with each document it reads besides storing it: the evidence stage, handed in by
    ``camcensus.pipeline`` (this package knows nothing of evidence). ``read`` runs in the worker on each
    node's segments (told whether text under the node, its attachments, was read too) and returns an opaque
    reading; ``rows`` turns a reading into the ``evidence`` rows of
    the document just stored. An instance travels to the workers, so it must pickle."""

    def read(self, segments: list[TextSegment], path: str, attachments_read: bool = False) -> Any: ...

    def rows(self, document_id: int, reading: Any, now: dt.datetime) -> list[dict[str, Any]]: ...


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


Tree = tuple[str, ParsedDocument, list[Any] | None]  # (source path, parsed tree, readings)
Planned = tuple[int, int, dict[str, Any]]  # (tree, node index, row values), in insertion order


def store_trees(session: Session, trees: list[Tree], extractor: Extractor | None = None) -> list[Stored]:
    """Add the new rows of several trees in the session's transaction, in a handful of statements whatever
    their number: one query for the keys already stored, one multi-row INSERT per tree depth (ids come back
    in order), one for all their segments and one for all their evidence (the ``extractor``'s rows of the
    readings the trees carry).

    The same as storing them one after another: a tree whose top document (by digest or Message-ID) is
    stored already, or earlier in the list, is a duplicate; a node stored before (or earlier in the list)
    is skipped with its subtree."""
    conn = session.connection()
    results = [Stored() for _ in trees]
    forest = [preorder(doc, path) for path, doc, _ in trees]
    known, taken = _stored_keys(conn, [n.doc for nodes in forest for n in nodes])
    now = _now()
    plan: list[Planned] = []
    for t, ((source_path, doc, _), nodes) in enumerate(zip(trees, forest, strict=True)):
        message_id = doc.email.message_id if doc.email else None
        if doc.sha256 in known or (message_id and message_id in taken):
            results[t].duplicate = True
            continue
        synthetic = any(SYNTHETIC_MARK in s.text for n in nodes for s in n.doc.segments)
        kept: set[int] = set()
        for index, node in enumerate(nodes):
            d = node.doc
            if d.sha256 in known or (node.parent is not None and node.parent not in kept):
                continue  # stored before (or a copy within this batch): kept once, with its first parent
            known.add(d.sha256)
            kept.add(index)
            mid = d.email.message_id if d.email else None
            if mid in taken:
                mid = None  # a forwarded copy of an e-mail stored on its own
            elif mid:
                taken.add(mid)
            values = _document_values(d, source_path if index == 0 else node.label, mid, synthetic, now)
            plan.append((t, index, values))
    ids = _insert_documents(conn, trees, forest, plan, now)
    _insert_children_rows(conn, trees, forest, plan, ids, now, extractor)
    for t, index, _ in plan:
        node, result = forest[t][index], results[t]
        result.ids.append(ids[(t, index)])
        if node.doc.error:
            result.failures.append((node.label, node.doc.error, node.doc.sha256))
        for part, reason in node.doc.skipped:  # a part left unread: no document of its own, a failure
            result.failures.append((f"{node.label} > {part}", reason, ""))
        result.pages += node.doc.pages
        result.ocr_pages += node.doc.ocr_pages
    for result in results:
        for path, reason, sha256 in result.failures:
            record_failure(session, path, reason, sha256)
    return results


def _stored_keys(conn: Connection, docs: list[ParsedDocument]) -> tuple[set[str], set[str]]:
    """Digests and Message-IDs among ``docs`` that are stored already."""
    hashes = {d.sha256 for d in docs}
    known: set[str] = set()
    for chunk in _chunks(sorted(hashes)):
        known.update(conn.scalars(select(DOCUMENTS.c.sha256).where(DOCUMENTS.c.sha256.in_(chunk))))
    wanted = {d.email.message_id for d in docs if d.email and d.email.message_id}
    taken: set[str] = set()
    for chunk in _chunks(sorted(wanted)):
        query = select(DOCUMENTS.c.email_message_id).where(DOCUMENTS.c.email_message_id.in_(chunk))
        taken.update(m for m in conn.scalars(query) if m)
    return known, taken


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _insert_documents(
    conn: Connection, trees: list[Tree], forest: list[list[Node]], plan: list[Planned], now: dt.datetime
) -> dict[tuple[int, int], int]:
    """Insert the planned documents a depth at a time (a child needs its parent's id); their ids by
    (tree, node index)."""
    ids: dict[tuple[int, int], int] = {}
    depth: dict[tuple[int, int], int] = {}
    for t, index, _ in plan:
        parent = forest[t][index].parent
        depth[(t, index)] = 0 if parent is None else depth[(t, parent)] + 1
    statement = insert(DOCUMENTS).returning(DOCUMENTS.c.id, sort_by_parameter_order=True)
    for level in sorted(set(depth.values())):
        wave = [(t, index, values) for t, index, values in plan if depth[(t, index)] == level]
        rows = []
        for t, index, values in wave:
            parent = forest[t][index].parent
            rows.append(
                {
                    **values,
                    "parent_id": ids[(t, parent)] if parent is not None else None,
                    "extracted_at": now if _reading(trees[t], index) is not None else None,
                }
            )
        new_ids = (
            conn.execute(statement, rows).scalars().all()
            if len(rows) > 1
            else [conn.execute(statement, rows[0]).scalar_one()]
        )
        for (t, index, _), document_id in zip(wave, new_ids, strict=True):
            ids[(t, index)] = document_id
    return ids


def _reading(tree: Tree, index: int) -> Any | None:
    """The evidence reading of the tree's node ``index`` (preorder), if ingest made one."""
    readings = tree[2]
    return readings[index] if readings is not None and index < len(readings) else None


def _insert_children_rows(
    conn: Connection,
    trees: list[Tree],
    forest: list[list[Node]],
    plan: list[Planned],
    ids: dict[tuple[int, int], int],
    now: dt.datetime,
    extractor: Extractor | None,
) -> None:
    """Every planned document's segments and evidence (one statement each for the batch), and its e-mail
    row."""
    segments: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    messages: dict[tuple[int, int], int | None] = {}  # e-mail nodes' message rows, for those inside them
    for t, index, _ in plan:
        node, document_id = forest[t][index], ids[(t, index)]
        segments.extend(_segment_rows(document_id, node.doc))
        if extractor is not None and (reading := _reading(trees[t], index)) is not None:
            evidence.extend(extractor.rows(document_id, reading, now))
        if node.doc.email is not None:
            enclosing = _enclosing(forest[t], index, t, messages) if node.in_email else None
            real = node.doc.email.sender or node.doc.email.message_id  # not a bare group of parts
            if not node.in_email or (enclosing is not None and real):
                messages[(t, index)] = _message(conn, node.doc, document_id, now, enclosing)
    if segments:
        conn.execute(insert(SEGMENTS), segments)
    if evidence:
        conn.execute(insert(EVIDENCE), evidence)


def _document_values(
    d: ParsedDocument, path: str, message_id: str | None, synthetic: bool, now: dt.datetime
) -> dict[str, Any]:
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
        "error": "; ".join(filter(None, [d.error, *d.warnings, _skipped_note(d)])) or None,
        "pages": d.pages,
        "ocr_pages": d.ocr_pages,
        "synthetic": synthetic,
        "created_at": now,
    }


def _skipped_note(d: ParsedDocument, named: int = 5) -> str | None:
    """The parts left unread, for the document's own row (each is also a Failure with its reason)."""
    if not d.skipped:
        return None
    names = ", ".join(part for part, _reason in d.skipped[:named])
    more = f" and {len(d.skipped) - named} more" if len(d.skipped) > named else ""
    return f"parts not read: {names}{more} ({d.skipped[0][1].removeprefix('not read: ')})"


def _segment_rows(document_id: int, d: ParsedDocument) -> list[dict[str, Any]]:
    return [
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


def _enclosing(
    nodes: list[Node], index: int, t: int, messages: dict[tuple[int, int], int | None]
) -> int | None:
    """The message row of the nearest e-mail above node ``index`` (an e-mail attached in an e-mail)."""
    parent = nodes[index].parent
    while parent is not None:
        if nodes[parent].doc.email is not None:
            return messages.get((t, parent))
        parent = nodes[parent].parent
    return None


def _message(
    conn: Connection, d: ParsedDocument, document_id: int, now: dt.datetime, enclosed_by: int | None = None
) -> int | None:
    """The e-mail's incoming message row (its id); an e-mail inside another (``enclosed_by``) is a message
    of its own that follows its container. None when the Message-ID is one already recorded."""
    headers = d.email
    assert headers is not None
    if headers.message_id:
        existing = conn.execute(
            select(MESSAGES.c.id, MESSAGES.c.document_id).where(MESSAGES.c.message_id == headers.message_id)
        ).first()
        if (
            existing is not None
        ):  # e.g. our own sent request, recorded by the outbox (or sent back in a bounce)
            if existing.document_id is None and enclosed_by is None:
                linked = update(MESSAGES).where(MESSAGES.c.id == existing.id).values(document_id=document_id)
                conn.execute(linked)
            return None
    return conn.execute(
        insert(MESSAGES).returning(MESSAGES.c.id),
        {
            "direction": "in",
            "message_id": headers.message_id,
            "in_reply_to": headers.in_reply_to[:300] if headers.in_reply_to else None,
            "references": " ".join(headers.references) or None,
            "subject": headers.subject[:1000] if headers.subject else None,
            "sender": headers.sender[:300] if headers.sender else None,
            "authentication": "\n".join(headers.authentication) or None,
            "recipients": ", ".join(headers.recipients) or None,
            "sent_at": headers.date,
            "document_id": document_id,
            "signals": "\n".join(headers.signals) or None,
            "enclosed_by_id": enclosed_by,
            "created_at": now,
        },
    ).scalar_one()


def record_failure(session: Session, path: str, reason: str, sha256: str = "") -> None:
    """One Failure row per (stage, path, sha256); a repeat updates the reason."""
    row = session.scalars(
        select(Failure).where(Failure.stage == STAGE, Failure.path == path, Failure.sha256 == sha256)
    ).first()
    if row is None:
        session.add(Failure(stage=STAGE, path=path, sha256=sha256, reason=reason))
    else:
        row.reason = reason
