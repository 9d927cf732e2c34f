"""What format a file is: by its first bytes (and, for ZIP and OLE containers, their member names),
falling back to the file name's extension. Names lie; bytes rarely do."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "xls": "application/vnd.ms-excel",
    "doc": "application/msword",
    "msg": "application/vnd.ms-outlook",
    "eml": "message/rfc822",
    "mbox": "application/mbox",
    "zip": "application/zip",
    "html": "text/html",
    "rtf": "application/rtf",
    "csv": "text/csv",
    "txt": "text/plain",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "tiff": "image/tiff",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "webp": "image/webp",
    "ole": "application/x-ole-storage",
    "tnef": "application/vnd.ms-tnef",
    "empty": "application/x-empty",
    "binary": "application/octet-stream",
}

_EXTENSIONS = {
    "pdf": "pdf",
    "docx": "docx",
    "docm": "docx",
    "xlsx": "xlsx",
    "xlsm": "xlsx",
    "xlsb": "xlsx",
    "odt": "odt",
    "ods": "ods",
    "xls": "xls",
    "doc": "doc",
    "msg": "msg",
    "eml": "eml",
    "mbox": "mbox",
    "zip": "zip",
    "htm": "html",
    "html": "html",
    "xhtml": "html",
    "rtf": "rtf",
    "csv": "csv",
    "tsv": "csv",
    "txt": "txt",
    "text": "txt",
    "md": "txt",
    "log": "txt",
    "png": "png",
    "jpg": "jpeg",
    "jpeg": "jpeg",
    "tif": "tiff",
    "tiff": "tiff",
    "gif": "gif",
    "bmp": "bmp",
    "webp": "webp",
    "pptx": "pptx",
}
_IMAGES = [
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
]
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TNEF = b"\x78\x9f\x3e\x22"  # Outlook's winmail.dat: the TNEF signature, little-endian 0x223E9F78
_HEADER = re.compile(
    rb"^(?:received|from|to|subject|date|message-id|mime-version|return-path|delivered-to|x-[\w-]+"
    rb"|content-type|reply-to|cc|in-reply-to|references)[ \t]*:",
    re.IGNORECASE,
)
_HTML = re.compile(rb"<!doctype html|<html[\s>]|<body[\s>]|<table[\s>]|<head[\s>]", re.IGNORECASE)


def extension_format(filename: str) -> str | None:
    return _EXTENSIONS.get(PurePath(filename).suffix.lower().lstrip("."))


def sniff(data: bytes, filename: str = "") -> str:
    """The format name of ``data`` (a key of MEDIA_TYPES)."""
    by_name = extension_format(filename)
    if not data:
        return "empty"
    head = data[:4096]
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    if head.startswith(_OLE):
        return by_name if by_name in ("msg", "xls", "doc") else _ole_kind(data)
    if head.startswith(_TNEF):
        return "tnef"
    for magic, name in _IMAGES:
        if head.startswith(magic):
            return name
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return _text_kind(head, by_name)


def looks_like_mbox(head: bytes, filename: str = "") -> bool:
    """An mbox file: named so, or starting with a "From " line followed by mail headers."""
    if extension_format(filename) == "mbox":
        return True
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return stripped.startswith(b"From ") and _looks_like_headers(stripped.split(b"\n", 1)[-1])


def _binary(head: bytes) -> bool:
    """Bytes no text file has: NULs (outside UTF-16/32, which start with a BOM) or many control codes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    sample = head[:2048]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return b"\x00" in sample or controls > len(sample) * 0.1


def _text_kind(head: bytes, by_name: str | None) -> str:
    if _binary(head):
        return "binary"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    if by_name in ("csv", "eml", "mbox", "html"):
        return by_name
    if looks_like_mbox(head):
        return "mbox"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if _looks_like_headers(stripped):
        return "eml"
    if _HTML.search(head[:2048]):
        return "html"
    return by_name if by_name in ("txt", "csv") else "txt"


def _looks_like_headers(head: bytes) -> bool:
    lines = head.replace(b"\r\n", b"\n").split(b"\n")[:12]
    fields = [line for line in lines if _HEADER.match(line)]
    return len(fields) >= 2 and bool(_HEADER.match(lines[0]))


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size < 200:
                    kind = archive.read(info).decode("ascii", "replace").strip()
                    if kind == MEDIA_TYPES["odt"]:
                        return "odt"
                    if kind == MEDIA_TYPES["ods"]:
                        return "ods"
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, ValueError, EOFError):
        return "zip"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    return "zip"


def _ole_kind(data: bytes) -> str:
    """An OLE compound file: Outlook message, legacy Excel or Word, or an encrypted OOXML package."""
    import olefile

    try:
        with olefile.OleFileIO(data) as ole:
            streams = {"/".join(entry) for entry in ole.listdir()}
    except Exception:  # noqa: BLE001 - a damaged container is just "ole"; the reader reports why
        return "ole"
    if "EncryptedPackage" in streams:
        return "ole"  # an encrypted OOXML document; the reader says so
    if any(name.startswith("__substg1.0_") for name in streams):
        return "msg"
    if "Workbook" in streams or "Book" in streams:
        return "xls"
    if "WordDocument" in streams:
        return "doc"
    return "ole"
