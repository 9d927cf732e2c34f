"""Read a reply file (any format the document readers know) into one Reading.

An e-mail and its attachments are read as one reply: answers often sit only in the attachment. Each
attachment's segments keep their place, prefixed with the attachment's name.
"""

from __future__ import annotations

from pathlib import Path

from camcensus.documents.model import ParsedDocument, TextSegment
from camcensus.evidence.reading import Reading, read_segments


class UnreadableFile(Exception):
    """The file could not be read; the message names the file and the reason."""


def flatten(doc: ParsedDocument, prefix: str = "") -> list[TextSegment]:
    """The segments of a document and all its descendants, numbered in reading order."""
    out: list[TextSegment] = []

    def walk(d: ParsedDocument, where: str) -> None:
        for s in d.segments:
            location = f"{where}{s.location}" if where else s.location
            out.append(
                TextSegment(
                    seq=len(out),
                    location=location,
                    text=s.text,
                    page=s.page,
                    sheet=s.sheet,
                    row=s.row,
                    ocr=s.ocr,
                )
            )
        for child in d.children:
            walk(child, f"{where}{child.filename}: ")

    walk(doc, prefix)
    return out


def parse_file(path: Path) -> ParsedDocument:
    try:
        from camcensus.documents.reader import read_path
    except ImportError:  # the readers for every format live in camcensus.documents
        return _plain_text(path)
    return read_path(path)


def _plain_text(path: Path) -> ParsedDocument:
    """Plain text and e-mail read with the standard library, for when the format readers are absent."""
    import email
    import email.policy
    import hashlib

    data = path.read_bytes()
    doc = ParsedDocument(filename=path.name, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    if path.suffix.lower() == ".eml":
        msg = email.message_from_bytes(data, policy=email.policy.default)
        parts = [p for p in msg.walk() if p.get_content_type() == "text/plain"]
        texts = [str(p.get_content()) for p in parts]
        doc.segments = [
            TextSegment(i, "e-mail body" if i == 0 else f"part {i + 1}", t) for i, t in enumerate(texts)
        ]
    elif path.suffix.lower() in (".txt", ".csv", ".md"):
        doc.segments = [TextSegment(0, "text", data.decode("utf-8", errors="replace"))]
    else:
        raise UnreadableFile(
            f"{path}: no reader for this format here (camcensus.documents.reader is missing)"
        )
    return doc


def _parsed(path: Path) -> ParsedDocument:
    if not path.is_file():
        raise UnreadableFile(f"{path}: no such file")
    try:
        doc = parse_file(path)
    except Exception as exc:  # noqa: BLE001 - any reader failure is reported against the file
        raise UnreadableFile(f"{path}: {exc}") from exc
    if doc.error and not doc.segments and not doc.children:
        raise UnreadableFile(f"{path}: {doc.error}")
    return doc


def read_request(path: Path) -> str:
    """The text of a request as sent (plain text, an e-mail, or any format the readers know)."""
    text = "\n\n".join(s.text for s in flatten(_parsed(path)))
    if not text.strip():
        raise UnreadableFile(f"{path}: the request has no text")
    return text


def read_file(path: Path, request: str | None = None) -> Reading:
    """The Reading of one reply file (read against ``request``, the text of the request it answers, when
    given); raises UnreadableFile with the reason."""
    return read_segments(flatten(_parsed(path)), path=str(path), request=request)
