"""Ingest files into the store: read them in worker processes (or on a Dask cluster), store each top-level
document with its children in one transaction, and hand each to an extractor (the evidence stage, given by
``camcensus.pipeline``, which composes the two) in the same worker.

``ingest_paths(store, paths)`` returns an ``IngestSummary``; ``as_dict()`` is the ``ingest --json`` object.
Rerunning adds nothing: documents are keyed by SHA-256 (e-mails also by Message-ID), and files already
stored are recognised by their digest before any worker reads them.
"""

from __future__ import annotations

import importlib
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from camcensus import parallel
from camcensus.documents.feed import batches, feed
from camcensus.documents.limits import DEFAULT_LIMITS, Limits
from camcensus.documents.model import ParsedDocument, TextSegment
from camcensus.documents.reader import read_bytes
from camcensus.documents.sources import Source, Unreadable, read_source
from camcensus.documents.storage import Extractor, Stored, Tree, preorder, record_failure, store_trees

if TYPE_CHECKING:
    from camcensus.store import Store

#: Documents stored in one transaction: the results of several worker batches, gathered for at most
#: STORE_SECONDS (each transaction's own queries and commit cost about as much as storing ten documents).
STORE_DOCUMENTS = 128
STORE_SECONDS = 1.0
#: What ingest's CPU time is spent on (``IngestSummary.profile``).
STAGES = ("read", "extract", "store")


@dataclass
class IngestSummary:
    ingested: int = 0
    duplicates: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0
    document_ids: list[int] = field(default_factory=list)  # top-level documents stored by this run
    # CPU seconds by stage: "read" and "extract" in the workers, "store" in this process (not in as_dict)
    profile: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))

    def as_dict(self) -> dict[str, Any]:
        return {
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "pages": self.pages,
            "ocr_pages": self.ocr_pages,
            "seconds": round(self.seconds, 3),
        }

    def fail(self, path: str, reason: str) -> None:
        self.failed.append({"path": path, "reason": reason})


@dataclass
class Parsed:
    """What a worker sends back for one source (``cpu``: its CPU seconds reading it and extracting)."""

    path: str
    sha256: str
    doc: ParsedDocument | None = None
    readings: list[Any] | None = None
    problem: str | None = None
    cpu: tuple[float, float] = (0.0, 0.0)


class _Overrun(BaseException):
    """Raised in a worker when one document has taken too long (a BaseException: no reader swallows it)."""


#: Seconds between repeats of the alarm once a document is past its time limit.
OVERRUN_REPEAT = 0.5


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise ``_Overrun`` in this block once it has run ``seconds``. An exception raised where Python ignores
    them (a garbage-collector callback, such as the one Dask installs, or a ``__del__``) is lost, so the
    alarm repeats every OVERRUN_REPEAT seconds until one gets through."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals only reach the main thread (Dask runs tasks in threads): the OCR timeout still holds
        return

    def overrun(_signum: int, _frame: Any) -> None:
        signal.setitimer(signal.ITIMER_REAL, OVERRUN_REPEAT)
        raise _Overrun()

    previous = signal.signal(signal.SIGALRM, overrun)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        _disarm(previous)


def _disarm(previous: Any) -> None:
    while True:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            return
        except _Overrun:  # a repeat that fired just as the block ended
            continue


def parse_batch(batch: Sequence[Source], limits: Limits, extractor: Extractor | None) -> list[Parsed]:
    """The worker task: read each source, then (given an extractor) read the evidence of each.

    Every file of the batch is read before any evidence is: PDFium's working set and the extractor's
    (patterns, memos) then take turns in the CPU caches by the batch, not by the file, which saves about a
    tenth of the task's time. Each document keeps one time budget across both stages."""
    spent: list[float] = []
    out = []
    for source in batch:
        started, cpu = time.monotonic(), time.process_time()
        out.append(parse_source(source, limits))
        out[-1].cpu = (time.process_time() - cpu, 0.0)
        spent.append(time.monotonic() - started)
    if extractor is not None:
        for result, used in zip(out, spent, strict=True):
            if result.doc is not None:
                cpu = time.process_time()
                _extract(result, extractor, max(0.001, limits.document_timeout - used), limits)
                result.cpu = (result.cpu[0], time.process_time() - cpu)
    return out


def parse_source(source: Source, limits: Limits, extractor: Extractor | None = None) -> Parsed:
    result = Parsed(path=source.path, sha256=source.sha256)
    try:
        with _time_limit(limits.document_timeout):
            try:
                data = read_source(source, limits)
            except Unreadable as exc:  # swapped for a link or a FIFO, or grown, since it was listed
                result.problem = str(exc)
                return result
            except OSError as exc:
                result.problem = f"cannot read file: {exc.strerror or exc}"
                return result
            result.doc = read_bytes(data, source.name, limits)
    except _Overrun:
        result.doc = None
        result.problem = _overrun(limits)
        return result
    if extractor is not None:
        _extract(result, extractor, limits.document_timeout, limits)
    return result


def _extract(result: Parsed, extractor: Extractor, seconds: float, limits: Limits) -> None:
    assert result.doc is not None
    try:
        with _time_limit(seconds):
            result.readings = readings_of(result.doc, extractor)
    except _Overrun:
        result.doc, result.readings = None, None
        result.problem = _overrun(limits)


def _overrun(limits: Limits) -> str:
    return f"reading took longer than {limits.document_timeout:.0f} s; stopped"


def _has_text(doc: ParsedDocument) -> bool:
    """The document or one under it (an archive's members) has text that was read."""
    return bool(doc.segments) or any(_has_text(child) for child in doc.children)


def readings_of(doc: ParsedDocument, extractor: Extractor) -> list[Any]:
    """The extractor's reading of every node of the tree, in preorder (what ``store_trees`` expects); None
    for a node whose reading failed."""
    out: list[Any] = []
    for node in preorder(doc, doc.filename):
        try:
            beside = any(_has_text(child) for child in node.doc.children)  # its attachments were read
            out.append(extractor.read(list(node.doc.segments), node.doc.filename, beside))
        except Exception as exc:  # noqa: BLE001 - the document is still stored; the warning says why
            node.doc.warnings.append(f"evidence extraction failed: {type(exc).__name__}: {exc}")
            out.append(None)
    return out


def ingest_paths(
    store: Store,
    paths: Sequence[str | Path],
    executor: str = "local",
    workers: int | None = None,
    progress: bool = False,
    extractor: Extractor | None = None,
    limits: Limits = DEFAULT_LIMITS,
    follow_links: bool = False,
) -> IngestSummary:
    """Read and store every regular file under ``paths`` (symbolic links only when ``follow_links``), with
    the ``extractor``'s rows of each when given one; see the module docstring."""
    started = time.monotonic()
    summary = IngestSummary()
    found = feed(store, paths, limits, follow_links)
    # a cluster's workers may not see this machine's files: their bytes travel with the batch, read only
    # when the batch is handed out, so memory holds the batches in flight and no more
    work = batches(
        found.sources(), found.total, workers or parallel.cpu_count(), limits, with_bytes=executor != "local"
    )
    first = next(work, None)
    if first is not None:
        if executor == "local":
            warm_up(extractor)
        with _progress_bar(found.total) if progress else nullcontext(None) as tracker:
            task = tracker.add_task("ingest", total=found.total) if tracker is not None else None
            _run(store, _chain(first, work), summary, executor, workers, extractor, limits, tracker, task)
            if tracker is not None:
                tracker.update(task, completed=found.total)  # files found stored before count as done
    summary.duplicates += found.duplicates
    summary.failed[:0] = [{"path": path, "reason": reason} for path, reason in found.failed]
    summary.seconds = time.monotonic() - started
    return summary


def _chain(first: list[Source], rest: Iterator[list[Source]]) -> Iterator[list[Source]]:
    yield first
    yield from rest


def _run(
    store: Store,
    work: Iterator[list[Source]],
    summary: IngestSummary,
    executor: str,
    workers: int | None,
    extractor: Extractor | None,
    limits: Limits,
    tracker: Any,
    task: Any,
) -> None:
    """Hand the batches to the workers and store what comes back, several batches to a transaction."""
    results = parallel.map_batches(
        parse_batch,
        work,
        limits,
        extractor,
        executor=executor,
        workers=workers,
        batch_timeout=lambda b: limits.document_timeout * len(b) + 60,
        memory_limit=limits.worker_memory,
    )
    pending: list[Parsed] = []
    stored_at = -STORE_SECONDS  # the first results are stored at once
    for batch, outcome in results:
        if isinstance(outcome, parallel.WorkerLost):
            outcome = [Parsed(path=s.path, sha256=s.sha256, problem=str(outcome)) for s in batch]
        pending.extend(outcome)
        if len(pending) >= STORE_DOCUMENTS or time.monotonic() - stored_at >= STORE_SECONDS:
            _store_batch(store, pending, summary, extractor)
            if tracker is not None:
                tracker.advance(task, len(pending))
            pending, stored_at = [], time.monotonic()
    if pending:
        _store_batch(store, pending, summary, extractor)
        if tracker is not None:
            tracker.advance(task, len(pending))


def warm_up(extractor: Extractor | None) -> None:
    """Import the readers (and load the extractor's knowledge) once, before local workers fork from this
    process, so that no worker pays for it again."""
    for name in (
        "pypdfium2",
        "bs4",
        "docx",
        "odf.opendocument",
        "python_calamine",
        "charset_normalizer",
        "PIL.Image",
        "lxml.html",
    ):
        importlib.import_module(name)
    if extractor is not None:
        extractor.read([TextSegment(0, "text", "We use 3 cameras.")], "warm-up")


def _store_batch(
    store: Store, batch: list[Parsed], summary: IngestSummary, extractor: Extractor | None
) -> None:
    """Store the batch in one transaction (each document whole, so never half a tree); if a document
    meanwhile stored by another ingest makes it fail, store them one per transaction instead."""
    cpu = time.process_time()
    try:
        with store.session() as session:
            done = list(zip(batch, _store_parsed(session, batch, extractor), strict=True))
    except IntegrityError:
        done = []
        for parsed in batch:
            try:
                with store.session() as session:
                    done.append((parsed, _store_parsed(session, [parsed], extractor)[0]))
            except IntegrityError:
                done.append((parsed, Stored(duplicate=True)))
    for parsed, stored in done:
        _count(summary, parsed, stored)
        summary.profile["read"] += parsed.cpu[0]
        summary.profile["extract"] += parsed.cpu[1]
    summary.profile["store"] += time.process_time() - cpu


def _store_parsed(session: Session, batch: list[Parsed], extractor: Extractor | None) -> list[Stored]:
    """Each item's outcome: its failure recorded, or its tree stored (all the batch's trees together)."""
    out: dict[int, Stored] = {}
    trees: list[tuple[int, Tree]] = []
    for i, parsed in enumerate(batch):
        if parsed.doc is None:
            reason = parsed.problem or "could not be read"
            record_failure(session, parsed.path, reason, parsed.sha256)
            out[i] = Stored(failures=[(parsed.path, reason, parsed.sha256)])
        else:
            trees.append((i, (parsed.path, parsed.doc, parsed.readings)))
    stored_trees = store_trees(session, [tree for _, tree in trees], extractor)
    for (i, _), stored in zip(trees, stored_trees, strict=True):
        out[i] = stored
    return [out[i] for i in range(len(batch))]


def _count(summary: IngestSummary, parsed: Parsed, stored: Stored) -> None:
    if stored.duplicate:
        summary.duplicates += 1
        return
    if stored.ids:
        summary.document_ids.append(stored.ids[0])
        if parsed.doc is not None and not parsed.doc.error:
            summary.ingested += 1
    summary.pages += stored.pages
    summary.ocr_pages += stored.ocr_pages
    for path, reason, _sha in stored.failures:
        summary.fail(path, reason)


def _progress_bar(total: int) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    )
