"""What to ingest: the files under the paths given (folders recursively), with mbox files split into
messages and Maildir folders read from cur/ and new/. Each source becomes one top-level document.

Only regular files are read. A symbolic link (named, or found in a folder) is skipped unless the caller asks
for links to be followed (``follow_links``, the ``--follow-links`` option); FIFOs, devices and sockets are
always skipped, each with its reason. A file is opened without following a link and without blocking, and
checked again on the open descriptor, so one swapped for a link or a FIFO after the walk is still refused.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from camcensus.documents.limits import Limits
from camcensus.documents.mail import split_mbox
from camcensus.documents.sniff import looks_like_mbox

FOLLOW_HINT = "links are read only with --follow-links"


@dataclass(frozen=True)
class Source:
    """One file (or one message of an mbox file) to read: where it came from and, once hashed, its digest."""

    path: str  # stored as Document.source_path; "box.mbox#3" for the third message of an mbox file
    name: str
    size: int
    sha256: str = ""
    data: bytes | None = None  # bytes travel with the source when the file cannot be re-read by path
    follow_links: bool = False  # the path may be a link the caller asked to follow


@dataclass(frozen=True)
class Problem:
    path: str
    reason: str
    sha256: str = ""


class Unreadable(OSError):
    """A path that is not a regular file, or is a link not to be followed: never read."""


class TooLarge(Unreadable):
    """A regular file over the size limit: refused unread (its digest is still taken, to record it)."""

    def __init__(self, size: int, limit: int, sha256: str) -> None:
        super().__init__(f"refused: file of {size} bytes exceeds the limit of {limit} bytes")
        self.size, self.sha256 = size, sha256


def walk(paths: Sequence[str | Path], follow_links: bool = False) -> Iterator[Path | Problem]:
    """Every regular file under the paths, in a stable order; anything else is a Problem with its reason."""
    seen: set[tuple[int, int]] = set()  # folders read, so that a link back up cannot loop
    for raw in paths:
        path = Path(raw)
        found = _regular_or_folder(path, follow_links)
        if found == "folder":
            yield from _folder(path, follow_links, seen)
        else:
            yield _file_or_problem(path, found)


def _file_or_problem(path: Path, found: str | Problem) -> Path | Problem:
    return found if isinstance(found, Problem) else path


def _regular_or_folder(path: Path, follow_links: bool) -> str | Problem:
    """Whether the path is a regular "file" or a "folder", or the Problem that keeps it from being read."""
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            if not follow_links:
                return Problem(str(path), f"skipped: a symbolic link to {_target(path)}; {FOLLOW_HINT}")
            mode = os.stat(path).st_mode
    except FileNotFoundError:
        if path.is_symlink():
            return Problem(str(path), f"skipped: a broken symbolic link to {_target(path)}")
        return Problem(str(path), "no such file or folder")
    except OSError as exc:
        return Problem(str(path), f"cannot read: {exc.strerror or exc}")
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    return Problem(str(path), f"skipped: {special_kind(mode)}, not a regular file")


def _folder(root: Path, follow_links: bool, seen: set[tuple[int, int]]) -> Iterator[Path | Problem]:
    problems: list[Problem] = []

    def unreadable(exc: OSError) -> None:
        problems.append(Problem(str(exc.filename), f"cannot read folder: {exc.strerror or exc}"))

    for here, dirs, files in os.walk(root, onerror=unreadable, followlinks=follow_links):
        where = Path(here)
        if follow_links and not _first_visit(where, seen):
            dirs[:] = []
            yield Problem(here, "skipped: a link to a folder already read")
            continue
        if {"cur", "new"} <= set(dirs):
            dirs[:] = [d for d in dirs if d != "tmp"]  # Maildir: tmp/ holds half-delivered mail
        kept = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            found = _regular_or_folder(where / name, follow_links)
            if isinstance(found, Problem):
                problems.append(found)  # a link to a folder, not followed
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            if not name.startswith("."):
                yield _file_or_problem(where / name, _regular_or_folder(where / name, follow_links))
        yield from problems
        problems.clear()
    yield from problems  # the root itself could not be listed


def _first_visit(folder: Path, seen: set[tuple[int, int]]) -> bool:
    try:
        info = os.stat(folder)
    except OSError:
        return True
    key = (info.st_dev, info.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def _target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "an unreadable target"


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    kinds = (
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    )
    return next((name for test, name in kinds if test(mode)), "a special file")


def read_regular(path: str | Path, max_size: int, follow_links: bool = False) -> bytes:
    """A regular file's bytes, at most ``max_size`` of them; ``Unreadable`` for anything else (a file over
    the limit: ``TooLarge``, with its digest)."""
    with _open_regular(path, follow_links) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max_size:
            raise TooLarge(size, max_size, _digest(handle))
        data = _read_at_most(handle, size, max_size)
    if len(data) > max_size:
        raise TooLarge(len(data), max_size, hashlib.sha256(data).hexdigest())
    return data


def _read_at_most(handle: BinaryIO, size: int, most: int) -> bytes:
    """The file's bytes (``size`` by its inode), or ``most + 1`` if it grows past ``most`` while read."""
    data = handle.read(size + 1)
    if len(data) <= size:
        return data
    chunks = [data]
    total = len(data)
    while total <= most and (block := handle.read(min(1024 * 1024, most + 1 - total))):
        chunks.append(block)
        total += len(block)
    return b"".join(chunks)


def _open_regular(path: str | Path, follow_links: bool) -> BinaryIO:
    """Opened with O_NOFOLLOW (unless links are followed) and O_NONBLOCK (a FIFO cannot hang the open), then
    checked on the descriptor: a file swapped for a link or a FIFO after the walk is still refused."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow_links:
            raise Unreadable(f"skipped: a symbolic link; {FOLLOW_HINT}") from exc
        raise
    handle = os.fdopen(fd, "rb")
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        handle.close()
        raise Unreadable(f"skipped: {special_kind(mode)}, not a regular file")
    return handle


def _digest(handle: BinaryIO) -> str:
    digest = hashlib.sha256()
    for block in iter(lambda: handle.read(1024 * 1024), b""):
        digest.update(block)
    return digest.hexdigest()


def expand(
    path: Path, limits: Limits, keep_bytes: bool, follow_links: bool = False
) -> Iterator[Source | Problem]:
    """The sources in one file: itself, or each message when it is an mbox file."""
    try:
        data = read_regular(path, limits.max_file_size, follow_links)
    except TooLarge as exc:
        yield Problem(str(path), str(exc), exc.sha256)
        return
    except Unreadable as exc:
        yield Problem(str(path), str(exc))
        return
    except OSError as exc:
        yield Problem(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    if looks_like_mbox(data[:4096], path.name):
        for n, message in enumerate(split_mbox(data), start=1):
            yield Source(
                f"{path}#{n}",
                f"{path.stem}-{n}.eml",
                len(message),
                hashlib.sha256(message).hexdigest(),
                message,
            )
        return
    digest = hashlib.sha256(data).hexdigest()
    yield Source(str(path), path.name, len(data), digest, data if keep_bytes else None, follow_links)


def read_source(source: Source, limits: Limits) -> bytes:
    if source.data is not None:
        return source.data
    return read_regular(source.path, limits.max_file_size, source.follow_links)
