"""E-mail: .eml (RFC 822, the standard library's parser), Outlook .msg (extract-msg), and mbox files.

The body becomes the e-mail's own segments; every attachment (a nested e-mail or ZIP too) becomes a child
document, read by the caller's ``read_child`` (which holds the nesting depth and the file's budget). A message
that is nothing but another message (message/rfc822 as its whole body), or a single part that is not text,
has that as its attachment, so nesting one in another is read and limited like any attachment, never
stored as an empty e-mail.
"""

from __future__ import annotations

import binascii
import datetime as dt
import email
import email.policy
import quopri
import re
from collections.abc import Callable, Iterator
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from camcensus.documents.limits import Limits
from camcensus.documents.mailsignals import MESSAGE_ID, first_message_id, signals_of
from camcensus.documents.model import EmailHeaders, ParsedDocument, TextSegment
from camcensus.documents.text import decode_text, html_segments
from camcensus.documents.uuencode import split_uuencoded

ReadChild = Callable[[bytes, str], None]  # reads an attachment into the parent document


def read_eml(doc: ParsedDocument, data: bytes, limits: Limits, read_child: ReadChild) -> None:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    doc.email = headers_of(message)
    try:
        body = message.get_body(preferencelist=("plain", "html"))
    except (KeyError, LookupError):
        body = None
    encoded: list[tuple[str, bytes]] = []
    if body is not None:
        encoded = _body_segments(doc, body, limits)
    for n, (name, payload) in enumerate(_attachments(message, body), start=1):
        read_child(payload, name or f"attachment-{n}")
    for name, payload in encoded:  # files uuencoded in the body's text, as old mailers send them
        read_child(payload, name)


def headers_of(message: Message) -> EmailHeaders:
    def get(name: str) -> str | None:
        try:
            value = message.get(name)
        except (ValueError, IndexError, TypeError):  # a header the parser cannot make sense of
            return None
        return " ".join(str(value).split()) if value is not None else None

    return EmailHeaders(
        message_id=first_message_id(get("Message-ID")),
        in_reply_to=first_message_id(get("In-Reply-To")),
        references=MESSAGE_ID.findall(get("References") or ""),
        subject=get("Subject"),
        sender=_sender(get("From")),
        recipients=_addresses(get("To")) + _addresses(get("Cc")),
        date=parse_date(get("Date")),
        authentication=_all(message, "Authentication-Results"),
        signals=signals_of(message),
    )


def _sender(value: str | None) -> str | None:
    """The From address; every one of them, comma-separated, when the header names several (a reply with
    two senders is trusted for neither: camcensus.foi.trust)."""
    found = [a for a in _addresses(value) if a]
    return ", ".join(found) if found else value


def _all(message: Message, name: str) -> tuple[str, ...]:
    try:
        values = message.get_all(name) or []
    except (ValueError, IndexError, TypeError):
        return ()
    return tuple(" ".join(str(v).split())[:2000] for v in values[:20])


def _addresses(value: str | None) -> list[str]:
    return [addr for _name, addr in getaddresses([value])] if value else []


def parse_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when.astimezone(dt.UTC).replace(tzinfo=None) if when.tzinfo else when


def _body_segments(doc: ParsedDocument, part: Message, limits: Limits) -> list[tuple[str, bytes]]:
    """The body's text as the e-mail's segments; returns the files uuencoded in a plain-text body."""
    raw = part.get_payload(decode=True) or b""
    assert isinstance(raw, bytes)
    if part.get_content_type() == "text/html":
        for location, text, row in html_segments(raw, limits):
            where = "e-mail body" if location == "text" else f"e-mail body {location}"
            doc.segments.append(TextSegment(seq=len(doc.segments), location=where, text=text, row=row))
        return []
    text = decode_text(raw, part.get_content_charset()).replace("\r\n", "\n")
    text, encoded = split_uuencoded(text)
    if text.strip():
        doc.segments.append(TextSegment(seq=0, location="e-mail body", text=text.strip()))
    return encoded


def _attachments(message: EmailMessage, body: Message | None) -> Iterator[tuple[str | None, bytes]]:
    multipart = message.get_content_maintype() == "multipart"
    parts = message.iter_attachments() if multipart else _whole_body(message)
    for part in parts:
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, Message):
                yield part.get_filename() or "message.eml", _inner_bytes(part, inner)
            continue
        if part.is_multipart():
            if body is not None and any(inside is body for inside in part.walk()):
                yield from _attachments(part, body)  # the body's own group: its other parts are attachments
            else:  # a group of parts of its own (a forwarded set): read like an attached message
                yield "parts.eml", part.as_bytes(policy=email.policy.SMTP)
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            yield part.get_filename(), payload


def _whole_body(message: EmailMessage) -> list[EmailMessage]:
    """A single-part message whose body is not text (a forwarded message, a scan sent as the whole
    message): its body is its one attachment."""
    return [] if message.get_content_maintype() == "text" else [message]


def _inner_bytes(part: Message, inner: Message) -> bytes:
    """The bytes of an attached e-mail. Some mailers base64-encode message/rfc822 parts (RFC 2046 says not
    to); the parser then sees the encoded text as a message without headers, so it is decoded here."""
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if encoding in ("base64", "quoted-printable") and not inner.keys():
        text = inner.get_payload()
        if isinstance(text, str):
            if encoding == "base64":
                return binascii.a2b_base64(text.encode("ascii", "ignore"))
            return quopri.decodestring(text.encode("ascii", "ignore"))
    return inner.as_bytes(policy=email.policy.SMTP)


def split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox file (mboxo/mboxrd: "From " lines start messages, ">From " is unquoted)."""
    chunks = re.split(rb"(?:^|\n)From [^\n]*\n", data)
    out = []
    for chunk in chunks:
        if chunk.strip():
            out.append(re.sub(rb"(?m)^>(>*From )", rb"\1", chunk))
    return out


def read_mbox(doc: ParsedDocument, data: bytes, limits: Limits, read_child: ReadChild) -> None:
    for n, message in enumerate(split_mbox(data), start=1):
        read_child(message, f"message-{n}.eml")


def read_msg(doc: ParsedDocument, data: bytes, limits: Limits, read_child: ReadChild) -> None:
    import extract_msg

    message = extract_msg.openMsg(data, strict=False, delayAttachments=False)
    try:
        _msg_into(doc, message, limits, read_child)
    finally:
        message.close()


def _msg_into(doc: ParsedDocument, message: Any, limits: Limits, read_child: ReadChild) -> None:
    header = getattr(message, "header", None)
    if header is not None:
        doc.email = headers_of(header)
    doc.email = EmailHeaders(
        message_id=first_message_id(getattr(message, "messageId", None))
        or (doc.email.message_id if doc.email else None),
        in_reply_to=first_message_id(getattr(message, "inReplyTo", None))
        or (doc.email.in_reply_to if doc.email else None),
        references=doc.email.references if doc.email else [],
        subject=getattr(message, "subject", None),
        sender=_sender(message.sender) if getattr(message, "sender", None) else None,
        recipients=_addresses(getattr(message, "to", None)) + _addresses(getattr(message, "cc", None)),
        date=_msg_date(getattr(message, "date", None)),
        authentication=doc.email.authentication if doc.email else (),
        signals=doc.email.signals if doc.email else (),
    )
    body = getattr(message, "body", None) or ""
    if not body.strip() and getattr(message, "htmlBody", None):
        for location, text, row in html_segments(message.htmlBody, limits):
            doc.segments.append(
                TextSegment(seq=len(doc.segments), location=f"e-mail body {location}", text=text, row=row)
            )
    elif body.strip():
        doc.segments.append(
            TextSegment(seq=0, location="e-mail body", text=body.replace("\r\n", "\n").strip())
        )
    for n, attachment in enumerate(message.attachments, start=1):
        name = getattr(attachment, "longFilename", None) or getattr(attachment, "shortFilename", None)
        payload = attachment.data
        if payload is None:
            continue
        if not isinstance(payload, bytes):  # an embedded Outlook message: its own .msg file
            try:
                payload = payload.exportBytes()
            except Exception as exc:  # noqa: BLE001 - one attachment lost, said in a warning
                doc.warnings.append(f"embedded message {name or n} could not be exported: {exc}")
                continue
            name = name or f"attachment-{n}.msg"
        read_child(payload, name or f"attachment-{n}")


def _msg_date(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value
    return parse_date(value) if isinstance(value, str) else None
