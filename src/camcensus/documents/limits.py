"""Safety limits for reading untrusted files: sizes, pages, archive bombs, nesting, time.

Every reader takes a ``Limits``; the defaults suit FOI replies (a few MB each). Callers override per run,
e.g. ``Limits(max_file_size=10 * MiB)``.
"""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_size: int = 200 * MiB  # a larger file is refused unread
    max_pages: int = 2000  # PDF pages read; later pages are skipped with a warning
    max_ocr_pages: int = 300  # pages put through OCR per document
    max_unpacked_size: int = 512 * MiB  # declared total of an archive's members (ZIP, Office, ODF)
    max_ratio: float = 200.0  # declared size / compressed size of one archive member
    ratio_floor: int = 1 * MiB  # members declaring less than this may have any ratio
    max_members: int = 10_000  # members of one archive
    max_depth: int = 6  # nesting of attachments in archives in e-mails ...
    max_pixels: int = 50_000_000  # rendered page or image size given to OCR
    ocr_dpi: int = 300
    ocr_timeout: float = 180.0  # seconds for one page of OCR
    document_timeout: float = 600.0  # seconds to read one top-level file, children included
    max_text_chars: int = 20_000_000  # text kept from one document


DEFAULT_LIMITS = Limits()


class LimitExceeded(Exception):
    """The input breaks a safety limit; it is refused before the expensive step."""


class EncryptedFile(Exception):
    """The file is password-protected; its contents cannot be read."""
