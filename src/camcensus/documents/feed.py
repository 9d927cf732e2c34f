"""What ingest hands its workers: the sources not stored yet, in batches, found as the work goes.

The paths are walked first (names and kinds only, nothing read). Each file is then read and hashed only as
its batch is about to be handed out, a chunk at a time, and the chunk's digests are looked up in the store
in one query: the workers start at once instead of waiting for every file to be hashed, and a file stored
before is still recognised by its digest before any worker reads it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.documents.limits import Limits
from camcensus.documents.sources import Problem, Source, expand, read_source, walk
from camcensus.documents.storage import record_failure
from camcensus.store import Store
from camcensus.store.models import Document

MAX_BATCH = 32
MIN_BATCH = 4  # a batch of small files is a transaction too: fewer cost more commits than they save
SMALL_BATCH_BYTES = 64 * 1024  # past this a batch may be smaller (a scan's OCR takes seconds: share them out)
MAX_BATCH_BYTES = 16 * 1024 * 1024
LOOKUP_CHUNK = 64  # files hashed and looked up in the store together


@dataclass
class Feed:
    """The files found under the paths (``total``: how many, for sizing batches); ``sources()`` reads and
    hashes them a chunk at a time and yields those not stored yet. Problems and duplicates are counted on
    the way (``failed``: (path, reason) in the order found, each also recorded in the store)."""

    store: Store
    files: list[Path]
    limits: Limits
    follow_links: bool
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    _known: set[str] = field(default_factory=set)

    @property
    def total(self) -> int:
        return len(self.files)

    def sources(self) -> Iterator[Source]:
        for start in range(0, len(self.files), LOOKUP_CHUNK):
            yield from self._fresh(self.files[start : start + LOOKUP_CHUNK])

    def _fresh(self, files: list[Path]) -> list[Source]:
        found: list[Source] = []
        problems: list[Problem] = []
        for path in files:
            for source in expand(path, self.limits, keep_bytes=False, follow_links=self.follow_links):
                (problems if isinstance(source, Problem) else found).append(source)  # type: ignore[arg-type]
        digests = {s.sha256 for s in found} - self._known
        with self.store.session() as session:
            self.record(session, problems)
            if digests:
                self._known.update(
                    session.scalars(select(Document.sha256).where(Document.sha256.in_(digests)))
                )
        fresh = []
        for source in found:
            if source.sha256 in self._known:
                self.duplicates += 1
            else:
                self._known.add(source.sha256)
                fresh.append(source)
        return fresh

    def record(self, session: Session, problems: list[Problem]) -> None:
        for problem in problems:
            record_failure(session, problem.path, problem.reason, problem.sha256)
            self.failed.append((problem.path, problem.reason))


def feed(store: Store, paths: Sequence[str | Path], limits: Limits, follow_links: bool) -> Feed:
    """Walk the paths (nothing is read yet); what cannot be read as a file is recorded at once."""
    files: list[Path] = []
    problems: list[Problem] = []
    for item in walk(list(paths), follow_links):
        (problems if isinstance(item, Problem) else files).append(item)  # type: ignore[arg-type]
    out = Feed(store, files, limits, follow_links)
    if problems:
        with store.session() as session:
            out.record(session, problems)
    return out


def batches(
    sources: Iterator[Source], total: int, workers: int, limits: Limits, with_bytes: bool
) -> Iterator[list[Source]]:
    """Several small files per task (fewer round trips), small enough to spread over every worker."""
    for batch in groups(sources, total, workers):
        yield [_with_bytes(s, limits) for s in batch] if with_bytes else batch


def _with_bytes(source: Source, limits: Limits) -> Source:
    if source.data is not None:
        return source
    try:
        return replace(source, data=read_source(source, limits))
    except OSError:  # gone (or no longer a regular file) since it was listed: the worker says so
        return source


def groups(sources: Iterator[Source], total: int, workers: int) -> Iterator[list[Source]]:
    """Batches that shrink as the work runs out (each a quarter of a worker's share of what remains of the
    ``total`` expected, at most MAX_BATCH files and MAX_BATCH_BYTES): few round trips at first, and no
    worker left with a long last batch while the others wait. Small files go at least MIN_BATCH to a batch,
    until SMALL_BATCH_BYTES."""
    batch: list[Source] = []
    weight = 0
    size = batch_size(total, workers)
    for done, source in enumerate(sources):
        full = len(batch) >= size and (len(batch) >= MIN_BATCH or weight >= SMALL_BATCH_BYTES)
        if batch and (full or weight + source.size > MAX_BATCH_BYTES):
            yield batch
            batch, weight = [], 0
            size = batch_size(total - done, workers)
        batch.append(source)
        weight += source.size
    if batch:
        yield batch


def batch_size(remaining: int, workers: int) -> int:
    return min(MAX_BATCH, max(1, remaining // (workers * 4)))
