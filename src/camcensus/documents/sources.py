"""What to ingest: the files under the paths given (folders recursively), with mbox files split into
messages and Maildir folders read from cur/ and new/. Each source becomes one top-level document."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from camcensus.documents.limits import Limits
from camcensus.documents.mail import split_mbox
from camcensus.documents.sniff import looks_like_mbox


@dataclass(frozen=True)
class Source:
    """One file (or one message of an mbox file) to read: where it came from and, once hashed, its digest."""

    path: str  # stored as Document.source_path; "box.mbox#3" for the third message of an mbox file
    name: str
    size: int
    sha256: str = ""
    data: bytes | None = None  # bytes travel with the source when the file cannot be re-read by path


@dataclass(frozen=True)
class Problem:
    path: str
    reason: str
    sha256: str = ""


def walk(paths: list[str | Path]) -> Iterator[Path | Problem]:
    """Every file under the paths, in a stable order; a path that does not exist is a Problem."""
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            yield path
        elif path.is_dir():
            for root, dirs, files in os.walk(path):
                names = set(dirs)
                if {"cur", "new"} <= names:
                    dirs[:] = [d for d in dirs if d != "tmp"]  # Maildir: tmp/ holds half-delivered mail
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield Problem(str(path), "no such file or folder")


def expand(path: Path, limits: Limits, keep_bytes: bool) -> Iterator[Source | Problem]:
    """The sources in one file: itself, or each message when it is an mbox file."""
    try:
        size = path.stat().st_size
        if size > limits.max_file_size:
            yield Problem(
                str(path),
                f"refused: file of {size} bytes exceeds the limit of {limits.max_file_size} bytes",
                _file_digest(path),
            )
            return
        data = path.read_bytes()
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
    yield Source(str(path), path.name, size, hashlib.sha256(data).hexdigest(), data if keep_bytes else None)


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def read_source(source: Source) -> bytes:
    return source.data if source.data is not None else Path(source.path).read_bytes()
