"""Which request an incoming message answers, and whether it may be placed there without a person.

In order: the thread (In-Reply-To, then References, against the Message-IDs we sent and of replies already
placed); a request reference in the subject, then in the body, counted only when the sender is trusted for
that request; the sender's domain, when it is one body's own (and the body's name in the message when a
domain serves several). Rules of trust: ``camcensus.foi.trust``. A message that fails authentication, or
names a request or a body from a sender not trusted for it, is *held*: it stays unplaced, with the reason
and the request it suggests, until a reviewer places it (``assign_message``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.enums import MessageKind as K
from camcensus.enums import RequestState as S
from camcensus.foi.campaigns import find_references
from camcensus.foi.mailkind import originals
from camcensus.foi.trust import Trusted, authentication_failures, describe_sender, sender_mailbox
from camcensus.registry.addresses import domain_of
from camcensus.registry.service import own_domains
from camcensus.store.models import Body, ChaseLetter, Message, Request, Segment

REPLY_FROM = frozenset(
    {
        S.SENT,
        S.AWAITING,
        S.OVERDUE,
        S.LONG_OVERDUE,
        S.CLARIFICATION_NEEDED,
        S.INTERNAL_REVIEW,
        S.REGULATOR_COMPLAINT,
        S.DELIVERY_FAILED,  # one of several addresses bounced; the reply came by another
    }
)
THREAD = frozenset({"in_reply_to", "references"})


@dataclass(frozen=True)
class Verdict:
    """Where a message goes: ``request_id`` and ``how`` when it is placed; otherwise ``held`` (why it waits
    for a person, or None when nothing points anywhere) and the request it ``suggests``."""

    request_id: int | None = None
    how: str | None = None
    held: str | None = None
    suggests: int | None = None


def norm_id(value: str) -> str:
    return value.strip().strip("<>").strip().lower()


def _ids(msg: Message) -> list[str]:
    found = [msg.in_reply_to] if msg.in_reply_to else []
    found += list(reversed((msg.references or "").split()))  # the last reference is the nearest parent
    return [norm_id(i) for i in found if i.strip()]


def email_text(session: Session, msg: Message) -> str:
    if msg.document_id is None:
        return ""
    return "\n".join(
        session.scalars(
            select(Segment.text).where(Segment.document_id == msg.document_id).order_by(Segment.seq)
        )
    )


class MatchIndex:
    """What the matcher looks messages up in: the thread's Message-IDs, the references, who may write for
    each request and the bodies' own domains."""

    def __init__(self, session: Session) -> None:
        self.by_id: dict[str, int] = {}
        for rid, mid in session.execute(
            select(Request.id, Request.message_id).where(Request.message_id.is_not(None))
        ):
            self.by_id[norm_id(mid or "")] = rid
        self.sent = dict(self.by_id)  # what we sent (requests, chasers): what a bounce sends back
        for rid, mid in session.execute(select(ChaseLetter.request_id, ChaseLetter.message_id)):
            self.sent[norm_id(mid)] = rid
        for mrid, mid in session.execute(
            select(Message.request_id, Message.message_id).where(
                Message.request_id.is_not(None), Message.message_id.is_not(None)
            )
        ):
            if mrid is not None:
                self.by_id.setdefault(norm_id(mid or ""), mrid)
        self.requests: dict[int, tuple[Request, Body]] = {
            r.id: (r, b)
            for r, b in session.execute(
                select(Request, Body).join(Body, Request.body_id == Body.id).where(Request.state != S.DRAFT)
            )
        }
        self.by_reference = {r.reference.upper(): r.id for r, _b in self.requests.values()}
        self.trusted: dict[int, Trusted] = {}
        self.domains: dict[str, set[int]] = {}
        for rid, (r, b) in self.requests.items():
            trusted = Trusted.of([r.to_address, b.email], own_domains(b))
            self.trusted[rid] = trusted
            for domain in trusted.domains:
                self.domains.setdefault(domain, set()).add(rid)

    def by_domain(self, domain: str) -> list[int]:
        """Requests to bodies owning the sender's domain or a parent of it (mail.council.gov.uk writes for
        council.gov.uk); never the other way, and never a look-alike."""
        labels = domain.split(".") if domain else []
        found: set[int] = set()
        for i in range(len(labels) - 1):
            found |= self.domains.get(".".join(labels[i:]), set())
        return sorted(found)

    def latest(self, ids: Iterable[int]) -> int:
        def key(rid: int) -> tuple[bool, dt.datetime]:
            r = self.requests[rid][0]
            return (r.state in REPLY_FROM, r.sent_at or dt.datetime.min)

        return max(ids, key=key)


def _by_reference(
    index: MatchIndex, refs: Iterable[str], mailbox: str | None
) -> tuple[int | None, int | None]:
    """(the referenced request the sender is trusted for, else the first referenced request) or Nones."""
    known = [index.by_reference[r.upper()] for r in dict.fromkeys(refs) if r.upper() in index.by_reference]
    for rid in known:  # several references (a quoted thread): the one the sender may write for
        if index.trusted[rid].admits(mailbox):
            return rid, None
    return None, (known[0] if known else None)


def _by_sender_domain(index: MatchIndex, mailbox: str | None, haystack: str) -> Verdict | None:
    candidates = index.by_domain(domain_of(mailbox))
    if not candidates:
        return None
    named = [c for c in candidates if index.requests[c][1].name.lower() in haystack]
    pool = named or candidates
    if len({index.requests[c][1].id for c in pool}) == 1:  # one body: its newest open request
        return Verdict(index.latest(pool), "domain")
    return Verdict(held=f"{mailbox} writes for several bodies and the message names none of them")


def _by_name(index: MatchIndex, haystack: str, sender: str | None) -> Verdict:
    named = [rid for rid, (_r, b) in index.requests.items() if len(b.name) > 8 and b.name.lower() in haystack]
    if named and len({index.requests[c][1].id for c in named}) == 1:
        rid = index.latest(named)
        body = index.requests[rid][1].name
        return Verdict(held=f"names {body} but comes from {describe_sender(sender)}", suggests=rid)
    return Verdict()


def _untrusted_reference(index: MatchIndex, rid: int, sender: str | None) -> Verdict:
    req = index.requests[rid][0]
    return Verdict(
        held=f"quotes reference {req.reference} but comes from {describe_sender(sender)}, "
        "neither the request's address nor one of the body's own domains",
        suggests=rid,
    )


def _route(session: Session, msg: Message, index: MatchIndex) -> Verdict:
    for mid in _ids(msg):
        if mid in index.by_id:
            how = "in_reply_to" if msg.in_reply_to and mid == norm_id(msg.in_reply_to) else "references"
            return Verdict(index.by_id[mid], how)
    if (
        msg.kind == K.BOUNCE
    ):  # the original it sends back bears a Message-ID only we and the body's servers saw
        for mid in originals(tuple((msg.signals or "").splitlines()), email_text(session, msg)):
            if norm_id(mid) in index.sent:
                return Verdict(index.sent[norm_id(mid)], "bounce_original")
    mailbox = sender_mailbox(msg.sender)
    rid, suggested = _by_reference(index, find_references(msg.subject or ""), mailbox)
    if rid is not None:
        return Verdict(rid, "reference_subject")
    text = email_text(session, msg)
    rid, in_body = _by_reference(index, find_references(text), mailbox)
    if rid is not None:
        return Verdict(rid, "reference_body")
    suggested = suggested or in_body
    haystack = f"{msg.subject or ''}\n{text}".lower()
    by_domain = _by_sender_domain(index, mailbox, haystack)
    if by_domain is not None and (by_domain.request_id is not None or suggested is None):
        return by_domain
    if suggested is not None:
        return _untrusted_reference(index, suggested, msg.sender)
    return _by_name(index, haystack, msg.sender)


def judge(session: Session, msg: Message, index: MatchIndex | None = None) -> Verdict:
    """Where the message goes (see the module doc)."""
    index = index or MatchIndex(session)
    verdict = _route(session, msg, index)
    failures = authentication_failures(msg.authentication)
    if failures:
        return Verdict(
            held=f"authentication failed ({', '.join(failures)})",
            suggests=verdict.request_id or verdict.suggests,
        )
    return verdict


def find_request(session: Session, msg: Message, index: MatchIndex | None = None) -> tuple[int, str] | None:
    """The request a message may be placed on and how it was found, or None when it waits for a person."""
    verdict = judge(session, msg, index)
    return (verdict.request_id, verdict.how or "") if verdict.request_id is not None else None


def placement_doubt(msg: Message, req: Request, body: Body) -> str | None:
    """Why the trust checks would not place ``msg`` on ``req`` by themselves (a failed authentication, a
    sender who is neither the request's address nor at one of the body's own domains), or None when they
    would: what a person placing a reply by hand is shown, and must acknowledge, first."""
    failures = authentication_failures(msg.authentication)
    if failures:
        return f"authentication failed ({', '.join(failures)})"
    if Trusted.of([req.to_address, body.email], own_domains(body)).admits(sender_mailbox(msg.sender)):
        return None
    return (
        f"comes from {describe_sender(msg.sender)}, neither the request's address nor one of "
        f"{body.name}'s own domains"
    )
