"""What a message that is no answer does to its request: an auto-reply, a bounce, a referral
(``camcensus.foi.mailkind`` says which), or an interim letter (clarification asked, a fee notice, an
extension, an acknowledgement).

Only a message placed on its request by the matcher's trust rules (``camcensus.foi.matching``) or by a
person comes here. An auto-reply is recorded and changes nothing but ``sent`` to ``awaiting`` (delivered:
the statutory clock runs on). A bounce of the request's address moves it to ``delivery_failed`` through the
lifecycle and flags the address in the register (``Body.extra["undeliverable"]``); a bounce naming other
addresses only is recorded. A referral is recorded with whom it names, then read as the reply it is.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.orm import Session

from camcensus.enums import MessageKind as K
from camcensus.enums import RequestState as S
from camcensus.evidence.outcome import acknowledges
from camcensus.foi.laws import get_law
from camcensus.foi.lifecycle import can_move, extend, pause_clock, record, transition
from camcensus.foi.mailkind import Kind
from camcensus.store.models import Body, Message, Request

_QUOTE_START = re.compile(
    r"^(?:-{2,}\s*original message\s*-{2,}|on .{4,200} wrote:|from: .+)$", re.IGNORECASE | re.MULTILINE
)
_CLARIFY = re.compile(r"\bclarif(?:y|ication)\b", re.IGNORECASE)
_FEE = re.compile(r"\bfees? notice\b", re.IGNORECASE)
_EXTEND = re.compile(
    r"\bextend(?:ed|ing)? the (?:deadline|time)\b|\bpublic interest test extension\b"
    r"|\bsection 10\(3\)",
    re.IGNORECASE,
)
WAITING = (S.SENT, S.AWAITING, S.OVERDUE, S.LONG_OVERDUE)


def own_text(text: str) -> str:
    """The words the sender wrote: quoted lines and the quoted original message left out."""
    cut = _QUOTE_START.search(text)
    text = text[: cut.start()] if cut else text
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def _on(msg: Message | None) -> dt.date:
    return ((msg.sent_at if msg is not None else None) or dt.datetime.now(dt.UTC)).date()


def act_on_kind(
    session: Session, msg: Message, req: Request, kind: Kind, actor: str
) -> tuple[bool, str | None]:
    """Do what the message's kind does to its request. Returns whether that was all (an auto-reply or a
    bounce: not read as a reply) and the request's new state if it moved."""
    before = S(req.state)
    detail = {"message_id": msg.message_id, "why": kind.why}
    if kind.kind == K.AUTO_REPLY:
        record(session, req, "auto_reply", actor=actor, **detail)
        if before == S.SENT:
            transition(session, req, S.AWAITING, kind="auto_reply", actor=actor, **detail)
    elif kind.kind == K.BOUNCE:
        undelivered(session, msg, req, kind, actor)
    elif kind.kind == K.REFERRAL:
        record(session, req, "referred", actor=actor, referred_to=kind.referred_to, **detail)
        return False, None
    else:
        return False, None
    return True, (req.state.value if req.state != before else None)


def undelivered(session: Session, msg: Message, req: Request, kind: Kind, actor: str) -> None:
    """A bounce placed on ``req``: when it names the request's address (or names none), the request moves
    to ``delivery_failed`` (where the lifecycle allows) and the register flags the address."""
    address = (req.to_address or "").strip()
    failed = [a.lower() for a in kind.failed]
    detail = {"message_id": msg.message_id, "why": kind.why, "failed": list(kind.failed)}
    if failed and address.lower() not in failed:
        record(session, req, "bounce", actor=actor, note="names other addresses, not the request's", **detail)
        return
    on = _on(msg).isoformat()
    flag = {"address": address, "on": on, "request": req.reference, "why": kind.why}
    req.extra = {**(req.extra or {}), "undelivered": flag}
    flag_address(req.body, flag)
    if can_move(S(req.state), S.DELIVERY_FAILED):
        transition(session, req, S.DELIVERY_FAILED, kind="bounce", actor=actor, **detail)
    else:  # answered already, say: the bounce of a later letter does not undo the reply
        record(session, req, "bounce", actor=actor, note=f"request is {req.state.value}", **detail)


def flag_address(body: Body, flag: dict[str, str]) -> None:
    """The register's mark on a body's address that bounced (``camcensus foi status`` and the campaign
    page show it; a new address in the register is the fix)."""
    body.extra = {**(body.extra or {}), "undeliverable": flag}


def interim(session: Session, msg: Message, text: str, req: Request, actor: str) -> tuple[bool, str | None]:
    """A reply that is not an answer: clarification asked, a fee notice, an extension, an acknowledgement.
    Returns whether it was one, and the request's new state if it moved."""
    text = own_text(text)
    on = _on(msg)
    before = S(req.state)
    waiting = before in WAITING
    handled = True
    if waiting and _CLARIFY.search(text):
        pause_clock(session, req, "clarification", on, actor=actor)
    elif waiting and _FEE.search(text):
        pause_clock(session, req, "fee", on, actor=actor)
    elif waiting and _EXTEND.search(text):
        if get_law(req.law).extension and not (req.extra or {}).get("extension"):
            extend(session, req, actor=actor)
        if before == S.SENT:
            transition(session, req, S.AWAITING, kind="reply", actor=actor, message_id=msg.message_id)
    elif acknowledges(text):
        if before == S.SENT:
            transition(session, req, S.AWAITING, kind="reply", actor=actor, message_id=msg.message_id)
    else:
        handled = False
    return handled, (req.state.value if req.state != before else None)
