"""Read any file a reply arrives as into a ParsedDocument: text segments with their places, and children for
attachments and archive members. Pure: no store, and bad input never raises; the reason goes in ``error``.

``read_path(path)`` and ``read_bytes(data, filename)``; both take optional ``Limits``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from camcensus.documents import mail, ocr, office, pdf, text
from camcensus.documents.containers import is_encrypted_ooxml, members, open_checked_zip
from camcensus.documents.limits import DEFAULT_LIMITS, EncryptedFile, LimitExceeded, Limits
from camcensus.documents.model import ParsedDocument, TextSegment
from camcensus.documents.sniff import MEDIA_TYPES, sniff

IMAGE_FORMATS = ("png", "jpeg", "tiff", "gif", "bmp", "webp")


class _Budget:
    """Bytes all the archives inside one top-level file may still unpack (nested ZIPs share it)."""

    def __init__(self, limits: Limits) -> None:
        self.left = limits.max_unpacked_size

    def take(self, declared: int, limit: int) -> None:
        self.left -= declared
        if self.left < 0:
            raise LimitExceeded(
                f"nested archives declare more than {limit // (1024 * 1024)} MiB in all (a possible ZIP bomb)"
            )


def read_path(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> ParsedDocument:
    """Read one file (an mbox file gives one child per message; a Maildir folder likewise)."""
    path = Path(path)
    if path.is_dir():
        return _read_folder(path, limits)
    try:
        size = path.stat().st_size
        if size > limits.max_file_size:
            return _too_large(path, size, limits)
        data = path.read_bytes()
    except OSError as exc:
        return ParsedDocument(
            filename=path.name, sha256="", size=0, error=f"cannot read file: {exc.strerror}"
        )
    return read_bytes(data, path.name, limits)


def read_bytes(data: bytes, filename: str, limits: Limits = DEFAULT_LIMITS) -> ParsedDocument:
    """Read a file's bytes; ``filename`` only helps when the bytes do not say what they are."""
    return _read(data, filename, limits, 0, _Budget(limits))


def _too_large(path: Path, size: int, limits: Limits) -> ParsedDocument:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return ParsedDocument(
        filename=path.name,
        sha256=digest.hexdigest(),
        size=size,
        error=f"refused: file of {size} bytes exceeds the limit of {limits.max_file_size} bytes",
    )


def _read(data: bytes, filename: str, limits: Limits, depth: int, budget: _Budget) -> ParsedDocument:
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

    def read_child(payload: bytes, name: str) -> ParsedDocument:
        if depth + 1 > limits.max_depth:
            child = ParsedDocument(
                filename=name, sha256=hashlib.sha256(payload).hexdigest(), size=len(payload), content=payload
            )
            child.error = f"refused: nested more than {limits.max_depth} levels deep"
            return child
        return _read(payload, name, limits, depth + 1, budget)

    try:
        _dispatch(doc, data, fmt, limits, read_child, budget)
    except EncryptedFile as exc:
        doc.encrypted, doc.error = True, str(exc)
    except LimitExceeded as exc:
        doc.error = f"refused: {exc}"
    except (MemoryError, RecursionError) as exc:
        doc.error = f"could not read {fmt}: {type(exc).__name__}"
    except Exception as exc:  # noqa: BLE001 - any parser failure is this file's error, never the caller's
        doc.error = f"could not read {fmt}: {_reason(exc)}"
    _cap_text(doc, limits)
    return doc


def _reason(exc: Exception) -> str:
    message = str(exc).strip().splitlines()
    if not message:
        return type(exc).__name__
    # the readers' own ValueErrors are already sentences; a library's exception is named
    return message[0][:300] if type(exc) is ValueError else f"{type(exc).__name__}: {message[0][:300]}"


Reader = Callable[..., None]


def _dispatch(
    doc: ParsedDocument, data: bytes, fmt: str, limits: Limits, read_child: mail.ReadChild, budget: _Budget
) -> None:
    simple: dict[str, Reader] = {
        "pdf": pdf.read_pdf,
        "docx": office.read_docx,
        "odt": office.read_odt,
        "csv": text.read_csv,
        "html": text.read_html,
        "txt": text.read_plain,
    }
    with_children: dict[str, Reader] = {"eml": mail.read_eml, "msg": mail.read_msg, "mbox": mail.read_mbox}
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


def _budget_zip(data: bytes, limits: Limits, budget: _Budget) -> None:
    with open_checked_zip(data, limits) as archive:
        budget.take(sum(i.file_size for i in archive.infolist()), limits.max_unpacked_size)


def _read_zip(
    doc: ParsedDocument, data: bytes, limits: Limits, read_child: mail.ReadChild, budget: _Budget
) -> None:
    with open_checked_zip(data, limits) as archive:
        budget.take(sum(i.file_size for i in archive.infolist()), limits.max_unpacked_size)
        for name, payload in members(archive):
            doc.children.append(read_child(payload, name))


def _read_image(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    doc.pages = 1
    if ocr.tesseract() is None:
        doc.warnings.append(ocr.MISSING)
        return
    found = ocr.ocr_image_bytes(data, limits).strip()
    doc.ocr_pages = 1
    if found:
        doc.segments.append(TextSegment(seq=0, location="image", text=found, page=1, ocr=True))


def _cap_text(doc: ParsedDocument, limits: Limits) -> None:
    total, kept = 0, []
    for segment in doc.segments:
        total += len(segment.text)
        if total > limits.max_text_chars:
            doc.warnings.append(f"text beyond {limits.max_text_chars} characters was dropped")
            break
        kept.append(segment)
    doc.segments = kept


def _read_folder(path: Path, limits: Limits) -> ParsedDocument:
    """A Maildir (cur/ and new/ hold one message per file): each message a child."""
    files = sorted(p for sub in ("cur", "new") for p in (path / sub).glob("*") if p.is_file())
    children = [read_path(p, limits) for p in files]
    digest = hashlib.sha256("".join(c.sha256 for c in children).encode()).hexdigest()
    doc = ParsedDocument(filename=path.name, sha256=digest, size=0, format="maildir", children=children)
    if not files:
        doc.error = "a folder, not a file (and not a Maildir with cur/ and new/)"
    return doc
