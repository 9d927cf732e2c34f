"""Outlook's TNEF (``winmail.dat``, ``application/ms-tnef``), flattened into what it carries: the message
body as text, each attached file as a child read like any attachment (``tnefparse``)."""

from __future__ import annotations

from camcensus.documents.limits import Limits
from camcensus.documents.mail import ReadChild
from camcensus.documents.model import ParsedDocument, TextSegment
from camcensus.documents.text import decode_text, html_segments


def read_tnef(doc: ParsedDocument, data: bytes, limits: Limits, read_child: ReadChild) -> None:
    from tnefparse import TNEF

    try:
        tnef = TNEF(data, do_checksum=False)
    except (ValueError, IndexError, KeyError, UnboundLocalError, NameError) as exc:
        raise ValueError(f"damaged TNEF (winmail.dat): {type(exc).__name__}: {exc}") from exc
    _body(doc, tnef, limits)
    for n, attachment in enumerate(tnef.attachments, start=1):
        payload = getattr(attachment, "data", None)
        if not isinstance(payload, bytes):
            doc.warnings.append(f"TNEF attachment {n} holds no data")
            continue
        name = _text(attachment.long_filename()) or _text(getattr(attachment, "name", None))
        read_child(payload, name or f"winmail-attachment-{n}")


def _body(doc: ParsedDocument, tnef: object, limits: Limits) -> None:
    body = getattr(tnef, "body", None)
    html = getattr(tnef, "htmlbody", None)
    if body:
        text = body if isinstance(body, str) else decode_text(body, None)
        text = text.replace("\r\n", "\n").strip("\x00").strip()
        if text:
            doc.segments.append(TextSegment(seq=0, location="TNEF body", text=text))
    elif html:
        raw = html.encode("utf-8") if isinstance(html, str) else html
        for location, text, row in html_segments(raw, limits):
            where = "TNEF body" if location == "text" else f"TNEF body {location}"
            doc.segments.append(TextSegment(seq=len(doc.segments), location=where, text=text, row=row))


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not isinstance(value, str):
        return None
    return value.strip("\x00").strip().replace("\\", "/").rsplit("/", 1)[-1] or None
