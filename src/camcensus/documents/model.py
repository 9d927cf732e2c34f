"""What a reader returns: plain values, no store. Shared by ingest, `extract` and the evidence extractors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class TextSegment:
    """A piece of text with its place: a page, a sheet row, an e-mail part."""

    seq: int
    location: str  # human-readable place: "page 2", "sheet Cameras row 4", "e-mail body"
    text: str
    page: int | None = None
    sheet: str | None = None
    row: int | None = None
    ocr: bool = False


@dataclass(frozen=True)
class EmailHeaders:
    message_id: str | None
    in_reply_to: str | None
    references: list[str]
    subject: str | None
    sender: str | None
    recipients: list[str]
    date: dt.datetime | None
    authentication: tuple[str, ...] = ()  # the Authentication-Results headers, as received
    # what says a robot wrote it (camcensus.documents.mailsignals): "Name: value" lines, as received
    signals: tuple[str, ...] = ()


@dataclass
class ParsedDocument:
    """One file read: its text segments, and for e-mails and archives its children (attachments, members)."""

    filename: str
    sha256: str
    size: int
    format: str | None = None  # pdf, docx, xlsx, eml, msg, zip, html, csv, txt, png, ...
    media_type: str | None = None
    segments: list[TextSegment] = field(default_factory=list)
    children: list[ParsedDocument] = field(default_factory=list)
    email: EmailHeaders | None = None
    pages: int = 0
    ocr_pages: int = 0
    encrypted: bool = False
    error: str | None = None  # why it could not be read; the file is still recorded
    warnings: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (part, reason): parts left unread
    content: bytes | None = field(default=None, repr=False)  # original bytes when the caller keeps them

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.segments)
