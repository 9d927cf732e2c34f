"""ZIP archives (and the ZIP inside every Office and ODF file), checked before anything decompresses them.

A ZIP declares each member's size in its central directory, and ``zipfile`` never returns more than the
declared size, so checking the declared sizes and ratios first refuses a bomb without inflating a byte.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import PurePosixPath

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import iterparse

from camcensus.documents.limits import Budget, EncryptedFile, LimitExceeded, Limits, human_size

_CHUNK = 1024 * 1024


def open_checked_zip(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """Open a ZIP after checking member count, declared sizes, ratios and encryption."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ValueError(f"damaged ZIP container: {exc}") from exc
    try:
        check_zip(archive, limits)
    except Exception:
        archive.close()
        raise
    return archive


def check_zip(archive: zipfile.ZipFile, limits: Limits) -> None:
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise LimitExceeded(f"archive has {len(infos)} members (limit {limits.max_members})")
    total = sum(i.file_size for i in infos)
    if total > limits.max_unpacked_size:
        raise LimitExceeded(
            f"archive declares {human_size(total)} uncompressed, over the limit of "
            f"{human_size(limits.max_unpacked_size)} (a possible ZIP bomb)"
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            raise LimitExceeded(
                f"member {info.filename} expands {ratio:.0f} times, over the limit of {limits.max_ratio:.0f} "
                "(a possible ZIP bomb)"
            )
    if any(i.flag_bits & 0x1 for i in infos):
        raise EncryptedFile("encrypted ZIP archive: a password is needed to read its members")


def members(archive: zipfile.ZipFile, budget: Budget) -> Iterator[tuple[str, bytes | str]]:
    """Each regular file in the archive with its bytes, or with the reason it was not read: a member is
    inflated only while the file's budget lasts, counting the bytes that really come out (a member whose
    header says less than it holds can never take more than is left)."""
    for info in archive.infolist():
        if info.is_dir():
            continue
        name = PurePosixPath(info.filename)
        if any(part in ("__MACOSX",) for part in name.parts) or name.name.startswith("._"):
            continue  # resource forks macOS adds to every archive it makes
        left = budget.unpack_left
        if info.file_size > left:  # refused on its declaration, before a byte is inflated
            yield info.filename, budget.spent(info.file_size)
            continue
        data = _inflate(archive, info, left)
        yield info.filename, data if data is not None else budget.spent()


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, most: int) -> bytes | None:
    """The member's bytes, or None as soon as more than ``most`` have come out."""
    chunks, total = [], 0
    with archive.open(info) as stream:
        while block := stream.read(min(_CHUNK, most - total + 1)):
            total += len(block)
            if total > most:
                return None
            chunks.append(block)
    return b"".join(chunks)


def check_xml_members(archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse Office/ODF XML that declares a DTD or entities (billion laughs, external entities).

    Office and ODF XML never needs a DTD, so any declaration is refused (defusedxml's forbid_dtd). Only the
    prolog is parsed: a declaration must come before the root element.
    """
    for info in archive.infolist():
        if not info.filename.endswith((".xml", ".rels")) or info.is_dir():
            continue
        with archive.open(info) as stream:
            try:
                for _event, _element in iterparse(stream, events=("start",), forbid_dtd=True):
                    break
            except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden) as exc:
                raise LimitExceeded(
                    f"{info.filename} declares a DTD or entities (a possible entity-expansion attack)"
                ) from exc
            except Exception as exc:  # noqa: BLE001 - malformed XML is for the format reader to report
                del exc


def is_encrypted_ooxml(data: bytes) -> bool:
    """An Office document saved with a password is an OLE container holding the encrypted package."""
    import olefile

    try:
        with olefile.OleFileIO(data) as ole:
            return bool(ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"))
    except Exception:  # noqa: BLE001 - not an OLE file at all
        return False
