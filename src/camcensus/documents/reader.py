"""Read any file a reply arrives as into a ParsedDocument: text segments with their places, and children for
attachments and archive members. Pure: no store, and bad input never raises; the reason goes in ``error``.

``read_path(path)`` and ``read_bytes(data, filename)``; both take optional ``Limits``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from camcensus.documents import mail, ocr, office, pdf, text, tnef, worddoc
from camcensus.documents.containers import is_encrypted_ooxml, members, open_checked_zip
from camcensus.documents.limits import DEFAULT_LIMITS, TEXT_CUT, Budget, EncryptedFile, LimitExceeded, Limits
from camcensus.documents.model import ParsedDocument, TextSegment
from camcensus.documents.sniff import MEDIA_TYPES, sniff
from camcensus.documents.sources import Problem, TooLarge, Unreadable, read_regular, walk

IMAGE_FORMATS = ("png", "jpeg", "tiff", "gif", "bmp", "webp")


def read_path(path: str | Path, limits: Limits = DEFAULT_LIMITS, follow_links: bool = True) -> ParsedDocument:
    """Read one named file (an mbox file gives one child per message; a Maildir folder likewise).

    Only a regular file is read: a FIFO, a device or a socket is refused with the reason. A link the caller
    names is followed unless ``follow_links`` is false; the messages of a Maildir never are."""
    path = Path(path)
    if path.is_dir() and (follow_links or not path.is_symlink()):
        return _read_folder(path, limits)
    try:
        data = read_regular(path, limits.max_file_size, follow_links)
    except TooLarge as exc:
        return ParsedDocument(filename=path.name, sha256=exc.sha256, size=exc.size, error=str(exc))
    except Unreadable as exc:
        return ParsedDocument(filename=path.name, sha256="", size=0, error=str(exc))
    except OSError as exc:
        return ParsedDocument(
            filename=path.name, sha256="", size=0, error=f"cannot read file: {exc.strerror or exc}"
        )
    return read_bytes(data, path.name, limits)


def read_bytes(data: bytes, filename: str, limits: Limits = DEFAULT_LIMITS) -> ParsedDocument:
    """Read a file's bytes; ``filename`` only helps when the bytes do not say what they are."""
    doc = _read(data, filename, limits, 0, Budget(limits, len(data)))
    _keep_text(doc, limits.max_text_chars)
    return doc


def _read(data: bytes, filename: str, limits: Limits, depth: int, budget: Budget) -> ParsedDocument:
    fmt = sniff(data, filename)
    doc = ParsedDocument(
        filename=filename,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        format=fmt,
        media_type=MEDIA_TYPES.get(fmt),
        content=data,
    )
    if len(data) > limits.max_file_size:
        doc.error = f"refused: {len(data)} bytes exceeds the limit of {limits.max_file_size} bytes"
        return doc

    def read_child(payload: bytes, name: str) -> None:
        """An attachment or member, read into ``doc``: unless holding it passes the file's budget."""
        if (reason := budget.hold(len(payload))) is not None:
            doc.skipped.append((name, reason))
        elif depth + 1 > limits.max_depth:
            child = ParsedDocument(
                filename=name, sha256=hashlib.sha256(payload).hexdigest(), size=len(payload), content=payload
            )
            child.error = f"refused: nested more than {limits.max_depth} levels deep"
            doc.children.append(child)
        else:
            doc.children.append(_read(payload, name, limits, depth + 1, budget))

    try:
        # the readers stop early once the file has given all the text it may keep
        _dispatch(doc, data, fmt, replace(limits, max_text_chars=budget.text_left), read_child, budget)
    except EncryptedFile as exc:
        doc.encrypted, doc.error = True, str(exc)
    except LimitExceeded as exc:
        doc.error = f"refused: {exc}"
    except MemoryError:
        doc.segments, doc.children = [], []
        doc.error = f"could not read {fmt}: out of memory (MemoryError)"
    except RecursionError as exc:
        doc.error = f"could not read {fmt}: {type(exc).__name__}"
    except Exception as exc:  # noqa: BLE001 - any parser failure is this file's error, never the caller's
        doc.error = f"could not read {fmt}: {_reason(exc)}"
    budget.text += sum(len(s.text) for s in doc.segments)
    return doc


def _reason(exc: Exception) -> str:
    message = str(exc).strip().splitlines()
    if not message:
        return type(exc).__name__
    # the readers' own ValueErrors are already sentences; a library's exception is named
    return message[0][:300] if type(exc) is ValueError else f"{type(exc).__name__}: {message[0][:300]}"


Reader = Callable[..., None]


def _dispatch(
    doc: ParsedDocument, data: bytes, fmt: str, limits: Limits, read_child: mail.ReadChild, budget: Budget
) -> None:
    simple: dict[str, Reader] = {
        "pdf": pdf.read_pdf,
        "docx": office.read_docx,
        "odt": office.read_odt,
        "csv": text.read_csv,
        "html": text.read_html,
        "rtf": text.read_rtf,
        "txt": text.read_plain,
        "doc": worddoc.read_doc,
    }
    with_children: dict[str, Reader] = {
        "eml": mail.read_eml,
        "msg": mail.read_msg,
        "mbox": mail.read_mbox,
        "tnef": tnef.read_tnef,
    }
    if fmt in simple:
        if fmt in ("docx", "odt"):
            _budget_zip(data, limits, budget)
        simple[fmt](doc, data, limits)
    elif fmt in with_children:
        with_children[fmt](doc, data, limits, read_child)
    elif fmt in ("xlsx", "xls", "ods"):
        if fmt != "xls":
            _budget_zip(data, limits, budget)
        office.read_spreadsheet(doc, data, limits, fmt)
    elif fmt == "zip":
        _read_zip(doc, data, limits, read_child, budget)
    elif fmt == "pptx":
        _budget_zip(data, limits, budget)
        office.read_pptx(doc, data, limits)
    elif fmt in IMAGE_FORMATS:
        _read_image(doc, data, limits)
    elif fmt == "empty":
        doc.error = "empty file"
    elif fmt == "binary":
        doc.error = "not a format that can be read: binary data with no known signature"
    elif fmt == "ole" and is_encrypted_ooxml(data):
        raise EncryptedFile("encrypted Office document: a password is needed to open it")
    else:
        doc.error = f"unsupported format: {fmt}"


def _budget_zip(data: bytes, limits: Limits, budget: Budget) -> None:
    with open_checked_zip(data, limits) as archive:
        budget.declare(sum(i.file_size for i in archive.infolist()))


def _read_zip(
    doc: ParsedDocument, data: bytes, limits: Limits, read_child: mail.ReadChild, budget: Budget
) -> None:
    with open_checked_zip(data, limits) as archive:
        budget.declare(sum(i.file_size for i in archive.infolist()))
        for name, payload in members(archive, budget):
            if isinstance(payload, str):
                doc.skipped.append((name, payload))
            else:
                read_child(payload, name)


def _read_image(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    doc.pages = 1
    if ocr.tesseract() is None:
        doc.warnings.append(ocr.MISSING)
        return
    found = ocr.ocr_image_bytes(data, limits).strip()
    doc.ocr_pages = 1
    if found:
        doc.segments.append(TextSegment(seq=0, location="image", text=found, page=1, ocr=True))


def _keep_text(doc: ParsedDocument, most: int) -> None:
    """Keep the first ``most`` characters of the whole tree's text, in reading order (each document's own
    text, then its attachments'); the readers stopped early where they could, this makes it exact."""
    room = most
    for node in _preorder(doc):
        kept = []
        for segment in node.segments:
            if len(segment.text) > room:
                if room:
                    kept.append(replace(segment, text=segment.text[:room]))
                node.warnings.append(TEXT_CUT)
                room = 0
                break
            room -= len(segment.text)
            kept.append(segment)
        node.segments = kept


def _preorder(doc: ParsedDocument) -> Iterator[ParsedDocument]:
    stack = [doc]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


def _read_folder(path: Path, limits: Limits) -> ParsedDocument:
    """A Maildir (cur/ and new/ hold one message per file): each message a child; anything there that is not
    a regular file (a link, a FIFO) is a part skipped with its reason."""
    children, skipped = [], []
    boxes = [box for box in (path / "cur", path / "new") if box.exists() or box.is_symlink()]
    for found in walk(boxes):
        if isinstance(found, Problem):
            skipped.append((os.path.relpath(found.path, path), found.reason))
        else:
            children.append(read_path(found, limits, follow_links=False))
    digest = hashlib.sha256("".join(c.sha256 for c in children).encode()).hexdigest()
    doc = ParsedDocument(
        filename=path.name, sha256=digest, size=0, format="maildir", children=children, skipped=skipped
    )
    if not children and not skipped:
        doc.error = "a folder, not a file (and not a Maildir with cur/ and new/)"
    return doc
