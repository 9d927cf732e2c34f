"""What an incoming e-mail is: a reply, an auto-reply (acknowledgement, out of office, delay notice), a
bounce (a delivery failure report) or a referral (the body passed the request to another).

Pure: ``classify(mail)`` reads what the e-mail carried (``Mail``: its subject, sender, the signals kept
from its headers and report parts, its own text) and says its kind with the reason. The words are data
(``foi/data/mail_kinds.toml``, each with an example and a counter-example); the headers are read here:

- a bounce: an RFC 3464 report (``multipart/report; report-type=delivery-status``) with a recipient whose
  action is ``failed`` or whose status is 5.x.x, exim's ``X-Failed-Recipients``, or a delivery-failure
  subject or robot sender (null Return-Path, MAILER-DAEMON, postmaster) with the words of one (Exchange
  NDRs, MessageLabs, Lotus Notes); a report of delays only is an auto-reply;
- an auto-reply: ``Auto-Submitted`` other than ``no``, ``X-Autoreply``, ``X-Autorespond``,
  ``Precedence: auto_reply|bulk|junk``, ``X-POST-MessageClass: 9; Autoresponder``, or the subject or
  opening words of one; but never a message whose reading found an answer (``answers``): a case system
  may send its real replies with such headers;
- a referral: the body's own words say it passed the request on (``referred_to`` names whom to).

Whether any of this may change a request is not decided here: only a message the matcher trusts for a
request (``camcensus.foi.matching``) is acted on (``camcensus.foi.notices``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from camcensus.enums import MessageKind as K
from camcensus.registry.addresses import valid_mailbox

AUTO_PRECEDENCE = frozenset({"auto_reply", "bulk", "junk"})
ROBOT_SENDERS = re.compile(r"^(?:mailer-daemon|postmaster|mail-?daemon|mail\.?delivery\.?system)@", re.I)
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_ORIGINAL = re.compile(
    r"^-{2,}.{0,40}(?:original message|copy of the message|returned message|message headers).{0,40}$"
    r"|^original message headers?:?$|^on .{4,200} wrote:$",
    re.IGNORECASE | re.MULTILINE,
)
OPENING = 1500  # characters of the own text an auto-reply's words are looked for in


@dataclass(frozen=True)
class Phrase:
    pattern: re.Pattern[str]
    example: str
    counter: str


@cache
def phrases(section: str) -> tuple[Phrase, ...]:
    """The entries of ``[[section]]`` in ``foi/data/mail_kinds.toml``, compiled (ignoring case)."""
    text = resources.files("camcensus.foi").joinpath("data/mail_kinds.toml").read_text(encoding="utf-8")
    rows: list[dict[str, Any]] = tomllib.loads(text)[section]
    return tuple(Phrase(re.compile(r["pattern"], re.IGNORECASE), r["example"], r["counter"]) for r in rows)


def sections() -> list[str]:
    text = resources.files("camcensus.foi").joinpath("data/mail_kinds.toml").read_text(encoding="utf-8")
    return list(tomllib.loads(text))


def _first(section: str, text: str) -> re.Match[str] | None:
    for phrase in phrases(section):
        if found := phrase.pattern.search(text):
            return found
    return None


@dataclass(frozen=True)
class Mail:
    """What the classifier reads of one e-mail."""

    subject: str = ""
    sender: str = ""
    signals: tuple[str, ...] = ()  # "Name: value" lines (camcensus.documents.mailsignals)
    text: str = ""  # the sender's own words, quoted history left out
    answers: bool = False  # the reading of the e-mail and its attachments found an outcome


@dataclass(frozen=True)
class Kind:
    kind: K
    why: str
    failed: tuple[str, ...] = ()  # a bounce: the recipients that failed, when it says
    referred_to: str | None = None  # a referral: whom the body passed the request to
    original_ids: tuple[str, ...] = ()  # a bounce: Message-IDs of the original it sent back


def signal_values(signals: tuple[str, ...], name: str) -> list[str]:
    prefix = name.lower() + ":"
    return [s.split(":", 1)[1].strip() for s in signals if s.lower().startswith(prefix)]


def classify(mail: Mail) -> Kind:
    """The e-mail's kind and why (see the module doc)."""
    bounce = _bounce(mail)
    if bounce is not None:
        return bounce
    auto = None if mail.answers else _auto_reply(mail)
    if auto is not None:
        return Kind(K.AUTO_REPLY, auto)
    own = _before_original(mail.text)
    if found := _first("referral", own):
        to = " ".join(found.group("to").split()).rstrip(" ,") if "to" in found.groupdict() else None
        return Kind(K.REFERRAL, f"says {' '.join(found.group(0).split())!r}", referred_to=to)
    return Kind(K.REPLY, "a reply")


def originals(signals: tuple[str, ...], text: str) -> tuple[str, ...]:
    """Message-IDs of the original a bounce sends back: its enclosed message or headers, or the copy of
    the original quoted inline (exim, Lotus)."""
    return tuple(dict.fromkeys([*signal_values(signals, "Original-Message-ID"), *_ids_in_copy(text)]))


def _bounce(mail: Mail) -> Kind | None:
    statuses = [_status(line) for line in signal_values(mail.signals, "Delivery-Status")]
    sent_back = originals(mail.signals, mail.text)
    failed = tuple(dict.fromkeys(a for a, action, status in statuses if _failed(action, status)))
    reported = "delivery-status" in [v.lower() for v in signal_values(mail.signals, "Report-Type")]
    if reported and statuses:
        if failed:
            return Kind(K.BOUNCE, "a delivery status report: delivery failed", failed, original_ids=sent_back)
        return None  # delays only: an auto-reply
    exim = [a.strip() for v in signal_values(mail.signals, "X-Failed-Recipients") for a in v.split(",")]
    if exim and any(exim):
        return Kind(K.BOUNCE, "X-Failed-Recipients", tuple(a for a in exim if a), original_ids=sent_back)
    own = _before_original(mail.text)
    words = _first("bounce_body", own)
    subject = _first("bounce_subject", mail.subject)
    robot = _robot(mail)
    if words is not None and (subject is not None or robot):
        why = f"{'subject' if subject else 'a robot sender'} and {' '.join(words.group(0).split())!r}"
        return Kind(K.BOUNCE, why, _addresses(own, mail.sender), original_ids=sent_back)
    return None


def _status(line: str) -> tuple[str, str, str]:
    address, _, rest = line.partition(";")
    fields = dict(f.strip().split("=", 1) for f in rest.split(";") if "=" in f)
    return address.strip().strip("<>").lower(), fields.get("action", ""), fields.get("status", "")


def _failed(action: str, status: str) -> bool:
    return action == "failed" or (status.startswith("5") and action != "delayed")


def _robot(mail: Mail) -> bool:
    null_sender = any(v in ("<>", "") for v in signal_values(mail.signals, "Return-Path"))
    return null_sender or bool(ROBOT_SENDERS.search(valid_mailbox(mail.sender) or mail.sender or ""))


def _auto_reply(mail: Mail) -> str | None:
    """Why the e-mail is an auto-reply, or None. A report of delays only is one too."""
    for value in signal_values(mail.signals, "Auto-Submitted"):
        if value.lower().split(";")[0].strip() not in ("", "no"):
            return f"Auto-Submitted: {value}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Autogenerated"):
        if signal_values(mail.signals, name):
            return name
    for name in ("Precedence", "X-Precedence"):
        for value in signal_values(mail.signals, name):
            if value.lower() in AUTO_PRECEDENCE:
                return f"{name}: {value}"
    if any("autoresponder" in v.lower() for v in signal_values(mail.signals, "X-POST-MessageClass")):
        return "X-POST-MessageClass: Autoresponder"
    if signal_values(mail.signals, "Delivery-Status"):
        return "a delivery status report of delays only"
    if _first("auto_reply_subject", mail.subject or ""):
        return f"subject {mail.subject!r}"
    if found := _first("auto_reply_body", _before_original(mail.text)[:OPENING]):
        return f"says {' '.join(found.group(0).split())!r}"
    return None


def _before_original(text: str) -> str:
    """The robot's or sender's own words: before the copy of the original message it sends back."""
    cut = _ORIGINAL.search(text or "")
    return text[: cut.start()] if cut else text or ""


def _ids_in_copy(text: str) -> list[str]:
    """Message-IDs in the copy of the original a bounce sends back inline (exim, Lotus)."""
    cut = _ORIGINAL.search(text or "")
    if cut is None:
        return []
    return re.findall(r"(?im)^message-id:\s*(<[^<>\s]+>)", text[cut.end() : cut.end() + 20_000])[:5]


def _addresses(text: str, sender: str) -> tuple[str, ...]:
    """The addresses a non-standard bounce names as failed: those in its own words, not its sender's."""
    own = (valid_mailbox(sender) or "").lower()
    found = (a.lower().rstrip(".") for a in _ADDRESS.findall(text))
    return tuple(dict.fromkeys(a for a in found if a != own and not ROBOT_SENDERS.search(a)))[:10]
