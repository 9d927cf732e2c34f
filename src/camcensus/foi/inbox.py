"""Replies: import e-mail (.eml, .msg, mbox, Maildir, IMAP: found by ``camcensus.foi.mailboxes``), match
each message to its request, move the request on.

Matching (``camcensus.foi.matching``): the thread, a request reference from a sender trusted for that
request, the sender's own domain. What these do not place waits, unmatched, for a person
(``assign_message``), with the reason it was held and the request it suggests when it named one. A matched
message gives its request and body to the e-mail's document and every attachment under it; the request's
state follows the outcome the evidence reads in the reply.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from camcensus.enums import MessageKind as K
from camcensus.enums import RequestState as S
from camcensus.enums import ReviewAction
from camcensus.evidence.facts import machine_facts, resolve_body_facts
from camcensus.evidence.service import extract_with_request
from camcensus.foi import matching
from camcensus.foi.lifecycle import OUTCOMES, TRANSITIONS, record, transition
from camcensus.foi.mailboxes import ImapSource, InboxError, imap_spool, mail_paths, save_imap_state
from camcensus.foi.mailkind import Kind, Mail, classify
from camcensus.foi.matching import MatchIndex, email_text, find_request, judge, norm_id
from camcensus.foi.notices import act_on_kind, interim, own_text
from camcensus.pipeline import ingest_paths
from camcensus.store import Store
from camcensus.store.models import Document, Evidence, Message, Request, ReviewEvent

REPLY_FROM = matching.REPLY_FROM


@dataclass
class MatchSummary:
    matched: Counter[str] = field(default_factory=Counter)  # by method
    unmatched: int = 0
    held: int = 0  # of the unmatched, those held back with a reason (a request named by a stranger, ...)
    states: Counter[str] = field(default_factory=Counter)  # requests moved, by new state
    body_ids: set[int] = field(default_factory=set)
    messages: list[dict[str, Any]] = field(default_factory=list)  # each message read: path, kind, reference

    def as_dict(self) -> dict[str, Any]:
        return {
            "matched": sum(self.matched.values()),
            "by": dict(sorted(self.matched.items())),
            "unmatched": self.unmatched,
            "held": self.held,
            "states": dict(sorted(self.states.items())),
            "kinds": dict(sorted(Counter(m["kind"] for m in self.messages).items())),
            "messages": self.messages,
        }


@dataclass
class InboxSummary:
    files: int = 0
    imap_messages: int = 0
    ingest: dict[str, Any] = field(default_factory=dict)
    match: MatchSummary = field(default_factory=MatchSummary)
    facts: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "imap_messages": self.imap_messages,
            "ingest": self.ingest,
            **self.match.as_dict(),
            "facts_bodies": self.facts,
            "seconds": round(self.seconds, 3),
        }


# --- matching --------------------------------------------------------------------------------------------


def document_tree(session: Session, root_id: int) -> list[int]:
    """A document and every document under it (attachments, archive members)."""
    ids, frontier = [root_id], [root_id]
    while frontier:
        frontier = list(session.scalars(select(Document.id).where(Document.parent_id.in_(frontier))))
        ids += frontier
    return ids


def _email_document(session: Session, msg: Message) -> int | None:
    if msg.document_id is not None:
        return msg.document_id
    if msg.message_id:
        return session.scalar(select(Document.id).where(Document.email_message_id == msg.message_id))
    return None


def reply_outcome(session: Session, doc_ids: list[int]) -> str:
    """What the reply's documents say: answered, partially_answered, refused, not_held or unknown."""
    if not doc_ids:
        return "unknown"
    rows = list(
        session.scalars(
            select(Evidence).where(Evidence.document_id.in_(doc_ids), Evidence.status != "rejected")
        )
    )
    said = [r for r in rows if (r.detail or {}).get("decided") and r.value != "unknown"]
    if said and all((r.detail or {}).get("text_only") for r in said):
        return "unknown"  # words alone, no finding or cue, move no request: an auto-reply reads so too
    return machine_facts(rows, [])["outcome"].value


def read_with_request(session: Session, doc_ids: list[int], req: Request) -> None:
    """The reply's documents read again with the request's own text beside them (its questions)."""
    read = select(Document.id).where(Document.id.in_(doc_ids), Document.extracted_at.is_not(None))
    extracted = list(session.scalars(read))
    extract_with_request(session, extracted, req.text)


def place_tree(
    session: Session, doc_ids: list[int], body_id: int, req: Request | None, read: bool = True
) -> None:
    """Give documents, and their evidence, the body (and the request, read again beside its text unless
    not ``read``: ingest read them beside it already)."""
    if not doc_ids:
        return
    values: dict[str, Any] = {"body_id": body_id}
    if req is not None:
        values["request_id"] = req.id
    session.execute(
        update(Document)
        .where(Document.id.in_(doc_ids))
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Evidence)
        .where(Evidence.document_id.in_(doc_ids))
        .values(body_id=body_id)
        .execution_options(synchronize_session=False)
    )
    if req is not None and read:
        read_with_request(session, doc_ids, req)


def message_kind(session: Session, msg: Message) -> Kind:
    """What the message is (``camcensus.foi.mailkind``), from its headers, its text and its reading; stored
    on the message the first time."""
    root = _email_document(session, msg)
    answers = root is not None and reply_outcome(session, document_tree(session, root)) != "unknown"
    mail = Mail(
        subject=msg.subject or "",
        sender=msg.sender or "",
        signals=tuple((msg.signals or "").splitlines()),
        text=email_text(session, msg),
        answers=answers,
    )
    kind = classify(mail)
    msg.kind = msg.kind or kind.kind.value
    return kind if kind.kind.value == msg.kind else Kind(K(msg.kind), "as classified before")


def _enclosed(session: Session, msg: Message) -> list[Message]:
    """The e-mails attached inside this one (and inside those), each a message of its own."""
    found, frontier = [], [msg.id]
    while frontier:
        inner = list(session.scalars(select(Message).where(Message.enclosed_by_id.in_(frontier))))
        found += inner
        frontier = [m.id for m in inner]
    return found


def attach(
    session: Session,
    msg: Message | None,
    req: Request,
    how: str,
    actor: str = "system",
    root: int | None = None,
    read: bool = True,
) -> str | None:
    """Give the message (or the document ``root``, a reply that came as a file), its document tree and their
    evidence the request and body; move the request on. Returns the request's new state when it changed.
    An auto-reply or a bounce is placed on the request but gives the body nothing to read as its answer.
    The documents are read again beside the request's text unless not ``read`` (ingest read them so)."""
    kind = message_kind(session, msg) if msg is not None else None
    if msg is not None:
        msg.request_id, msg.matched_by = req.id, how
        root = _email_document(session, msg)
        for inner in _enclosed(session, msg):  # they follow their container, never judged on their own
            inner.request_id, inner.matched_by = req.id, "enclosed"
    doc_ids = document_tree(session, root) if root is not None else []
    robot = kind is not None and kind.kind in (K.AUTO_REPLY, K.BOUNCE)
    if robot:
        _show_on_request(session, doc_ids, req)
    else:
        place_tree(session, doc_ids, req.body_id, req, read)
    outcome = "unknown" if robot else reply_outcome(session, doc_ids)
    message_id = msg.message_id if msg is not None else None
    kind_name = kind.kind.value if kind is not None else K.REPLY.value
    event = "reply_assigned" if how == "manual" else "reply_matched"
    record(session, req, event, actor=actor, message_id=message_id, document_id=root, matched_by=how,
           outcome=outcome, message_kind=kind_name)  # fmt: skip
    if msg is not None and kind is not None:
        handled, moved = act_on_kind(session, msg, req, kind, actor)
        if handled:
            return moved
    if outcome == "unknown" and msg is not None:
        handled, moved = interim(session, msg, email_text(session, msg), req, actor)
        if handled:
            return moved
    target = S(outcome) if outcome in {s.value for s in OUTCOMES} else S.ANSWERED
    allowed = (req.state in REPLY_FROM or req.state in OUTCOMES) and target in TRANSITIONS[S(req.state)]
    changed = allowed and transition(
        session,
        req,
        target,
        kind="reply",
        actor=actor,
        message_id=message_id,
        outcome=outcome,
        pending_classification=outcome == "unknown",
    )
    return target.value if changed else None


def _show_on_request(session: Session, doc_ids: list[int], req: Request) -> None:
    """A robot's documents are listed with the request they concern, but given no body: their words
    (and the copy of our own request a bounce sends back) never become the body's evidence."""
    if doc_ids:
        session.execute(
            update(Document)
            .where(Document.id.in_(doc_ids))
            .values(request_id=req.id)
            .execution_options(synchronize_session=False)
        )


def _path_of(session: Session, msg: Message) -> str | None:
    if msg.document_id is None:
        return None
    return session.scalar(select(Document.source_path).where(Document.id == msg.document_id))


def match_messages(session: Session) -> MatchSummary:
    """Match every incoming message not yet placed; unmatched ones stay in the queue. An e-mail enclosed
    in another is never placed on its own: it follows its container."""
    summary = MatchSummary()
    pending = list(
        session.scalars(
            select(Message)
            .where(Message.direction == "in", Message.request_id.is_(None))
            .order_by(Message.id)
        )
    )
    if not pending:
        return summary
    index = MatchIndex(session)
    with session.no_autoflush:  # the queries below read nothing the loop changes; one flush at the end
        for msg in pending:
            message_kind(session, msg)
        for msg in sorted(pending, key=lambda m: (m.sent_at or dt.datetime.min, m.id)):
            if msg.enclosed_by_id is not None:
                continue
            _match_one(session, msg, index, summary)
    session.flush()
    for msg in pending:
        reference = session.scalar(select(Request.reference).where(Request.id == msg.request_id))
        summary.messages.append({"path": _path_of(session, msg), "kind": msg.kind, "reference": reference})
    return summary


def _match_one(session: Session, msg: Message, index: MatchIndex, summary: MatchSummary) -> None:
    verdict = judge(session, msg, index)
    msg.held_reason, msg.suggested_request_id = verdict.held, verdict.suggests
    if verdict.request_id is None:
        summary.unmatched += 1
        summary.held += verdict.held is not None
        return
    rid, how = verdict.request_id, verdict.how or ""
    req = index.requests[rid][0]
    moved = attach(session, msg, req, how)
    summary.matched[how] += 1
    summary.body_ids.add(req.body_id)
    if moved:
        summary.states[moved] += 1
    if msg.message_id:  # replies to this reply thread back to the same request
        index.by_id.setdefault(norm_id(msg.message_id), rid)


def unmatched_messages(session: Session) -> list[Message]:
    return list(
        session.scalars(
            select(Message)
            .where(Message.direction == "in", Message.request_id.is_(None), Message.enclosed_by_id.is_(None))
            .order_by(Message.id)
        )
    )


def assign_message(session: Session, message_id: int, request_id: int, actor: str) -> Message:
    """A person places a message (Message.id) on a request (Request.id); logged, and the facts follow."""
    msg = session.get(Message, message_id)
    if msg is None or msg.direction != "in":
        raise InboxError(f"no incoming message {message_id}")
    req = session.get(Request, request_id)
    if req is None:
        raise InboxError(f"no request {request_id}")
    attach(session, msg, req, "manual", actor=actor)
    session.add(
        ReviewEvent(
            action=ReviewAction.ASSIGN,
            message_id=msg.id,
            body_id=req.body_id,
            actor=actor,
            new_value=req.reference,
        )
    )
    session.flush()
    resolve_body_facts(session, [req.body_id])
    return msg


# --- the whole step --------------------------------------------------------------------------------------


def import_inbox(
    store: Store,
    paths: Sequence[str | Path],
    imap: ImapSource | None = None,
    extract: bool = True,
    executor: str = "local",
    workers: int | None = None,
) -> InboxSummary:
    """Ingest the e-mail under ``paths`` (and new IMAP mail), match every unplaced message, resolve facts."""
    started = time.perf_counter()
    summary = InboxSummary()
    files = mail_paths(paths)
    with tempfile.TemporaryDirectory(prefix="camcensus-imap-") as tmp:
        spool = None
        if imap is not None:
            spool = imap_spool(store, imap, Path(tmp))
            summary.imap_messages = len(spool.paths)
            files += spool.paths
        summary.files = len(files)
        if files:
            result = ingest_paths(store, files, executor=executor, workers=workers, extract=extract)
            summary.ingest = result.as_dict()
        if imap is not None and spool is not None:
            save_imap_state(store, imap, spool)
    with store.session() as session:
        summary.match = match_messages(session)
    if summary.match.body_ids:
        with store.session() as session:
            summary.facts = resolve_body_facts(session, summary.match.body_ids)
    summary.seconds = time.perf_counter() - started
    return summary


__all__ = [
    "ImapSource",
    "InboxError",
    "InboxSummary",
    "MatchSummary",
    "assign_message",
    "attach",
    "document_tree",
    "find_request",
    "import_inbox",
    "mail_paths",
    "match_messages",
    "message_kind",
    "own_text",
    "place_tree",
    "unmatched_messages",
]
