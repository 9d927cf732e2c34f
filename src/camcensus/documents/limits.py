"""Safety limits for reading untrusted files: sizes, pages, archive bombs, nesting, time, memory.

Every reader takes a ``Limits``; the defaults suit FOI replies (a few MB each). Callers override per run,
e.g. ``Limits(max_file_size=10 * MiB)``. One ``Budget`` per top-level file counts what its whole tree
(archives in e-mails in archives ...) has really unpacked, declared and extracted.
"""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024
GiB = 1024 * MiB


@dataclass(frozen=True)
class Limits:
    max_file_size: int = 200 * MiB  # a larger file is refused unread
    max_pages: int = 2000  # PDF pages read; later pages are skipped with a warning
    max_ocr_pages: int = 300  # pages put through OCR per document
    max_unpacked_size: int = (
        512 * MiB
    )  # declared total of the archives' members in one file (ZIP, Office, ODF)
    max_tree_size: int = 256 * MiB  # bytes one file's archives and attachments may unpack, counted as read
    max_tree_ratio: float = 32.0  # ... and no more than this many times the file's own size,
    tree_ratio_floor: int = 16 * MiB  # ... unless they stay under this
    max_ratio: float = 200.0  # declared size / compressed size of one archive member
    ratio_floor: int = 1 * MiB  # members declaring less than this may have any ratio
    max_members: int = 10_000  # members of one archive
    max_depth: int = 6  # nesting of attachments in archives in e-mails ...
    max_pixels: int = 50_000_000  # rendered page or image size given to OCR
    ocr_dpi: int = 300
    ocr_timeout: float = 180.0  # seconds for one page of OCR
    document_timeout: float = 600.0  # seconds to read one top-level file, children included
    max_text_chars: int = 20_000_000  # text kept from one file and everything in it
    worker_memory: int = 2 * GiB  # address space a worker process may add to what it starts with (0: no cap)


DEFAULT_LIMITS = Limits()

#: Said of a document whose text was cut short because its file had given all the text it may keep.
TEXT_CUT = "text cut short: the file reached its limit of text (max_text_chars)"


class LimitExceeded(Exception):
    """The input breaks a safety limit; it is refused before the expensive step."""


class EncryptedFile(Exception):
    """The file is password-protected; its contents cannot be read."""


class Budget:
    """What one top-level file's whole tree may still unpack and extract, shared by every reader in it.

    ``unpacked`` counts the bytes really decompressed or decoded and held below the file (archive members as
    they inflate, attachments, nested messages), never what a header claims; ``declared`` sums what the
    archives declare, so a bomb is refused before it inflates; ``text`` counts the characters kept."""

    def __init__(self, limits: Limits, size: int) -> None:
        self.limits = limits
        ratio_allowance = max(limits.tree_ratio_floor, int(limits.max_tree_ratio * size))
        self.allowance = min(limits.max_tree_size, ratio_allowance)
        self.unpacked = 0
        self.declared = 0
        self.text = 0

    @property
    def unpack_left(self) -> int:
        return self.allowance - self.unpacked

    def hold(self, size: int) -> str | None:
        """Count ``size`` more bytes held; the reason not to, when they would pass the allowance."""
        if size > self.unpack_left:
            return self.spent(size)
        self.unpacked += size
        return None

    def spent(self, size: int | None = None) -> str:
        """Why a part is not read: the file has unpacked all it may (a possible decompression bomb)."""
        need = f"its {human_size(size)}" if size is not None else f"more than {human_size(self.unpack_left)}"
        limits = self.limits
        return (
            f"not read: {need} would take the file past {human_size(self.allowance)} unpacked in all "
            f"({human_size(self.unpacked)} before it; a file may unpack {limits.max_tree_ratio:g} times its "
            f"size, at least {human_size(limits.tree_ratio_floor)}, "
            f"at most {human_size(limits.max_tree_size)})"
        )

    def declare(self, size: int) -> None:
        """Archives nested in one file share one declared total."""
        self.declared += size
        if self.declared > self.limits.max_unpacked_size:
            raise LimitExceeded(
                f"nested archives declare more than {self.limits.max_unpacked_size // MiB} MiB in all "
                "(a possible ZIP bomb)"
            )

    @property
    def text_left(self) -> int:
        return max(0, self.limits.max_text_chars - self.text)


def human_size(n: float) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if n < 1024 or unit == "TiB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)
