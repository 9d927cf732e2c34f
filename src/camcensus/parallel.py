"""One executor interface for batch work: local worker processes by default, a Dask cluster by URL.

``map_batches(fn, batches, executor=...)`` yields ``(batch, results)`` as batches finish, in any order.
A batch whose worker dies (a native library crash, a hang past its time limit, memory past the worker's
cap) or raises is retried one item at a time, so only the item that kills its worker is lost: it comes back
as ``(batch_of_one, WorkerLost)``. With ``memory_limit`` each worker process may add at most that many bytes
of address space to what it starts with (RLIMIT_AS; Tesseract and other programs it runs inherit the cap).
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class WorkerLost(Exception):
    """The worker running this item died or overran its time limit."""


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_batches(
    fn: Callable[..., list[R]],
    batches: Iterable[Sequence[T]],
    *args: Any,
    executor: str = "local",
    workers: int | None = None,
    batch_timeout: Callable[[Sequence[T]], float] | None = None,
    memory_limit: int = 0,
) -> Iterator[tuple[Sequence[T], list[R] | WorkerLost]]:
    """Run ``fn(batch, *args)`` for every batch on the chosen executor."""
    guard = Guard(batch_timeout, memory_limit)
    if executor.startswith("dask://") or executor.startswith("tcp://"):
        yield from _dask(fn, batches, args, executor, guard)
    elif executor == "local":
        yield from _local(fn, batches, args, workers or cpu_count(), guard)
    else:
        raise ValueError(f"unknown executor {executor!r}: use 'local' or 'dask://HOST:PORT'")


@dataclass(frozen=True)
class Guard:
    """What bounds a task: its time (seconds for a batch) and its worker's memory (bytes added; 0: none)."""

    batch_timeout: Callable[[Sequence[Any]], float] | None = None
    memory_limit: int = 0

    def deadline(self, batch: Sequence[Any]) -> float:
        return time.monotonic() + self.batch_timeout(batch) if self.batch_timeout else float("inf")

    @property
    def memory(self) -> str:
        gib = self.memory_limit / 2**30
        return f"{gib:.1f} GiB" if gib >= 1 else f"{self.memory_limit / 2**20:.0f} MiB"

    def died(self) -> WorkerLost:
        if self.memory_limit:
            return WorkerLost(
                "the worker process died while reading this file (a crash in a reader, or more memory than "
                f"a worker may add: {self.memory})"
            )
        return WorkerLost("the worker process died while reading this file")

    def failed(self, exc: BaseException) -> WorkerLost:
        if isinstance(exc, MemoryError) and self.memory_limit:
            return WorkerLost(f"reading it took more memory than a worker may add ({self.memory})")
        return WorkerLost(f"reading failed: {type(exc).__name__}: {str(exc)[:300]}".rstrip(": "))


def _pool(workers: int, memory_limit: int = 0) -> ProcessPoolExecutor:
    # fork where there is one: workers start at once with the readers already imported, and scripts that
    # call ingest need no ``if __name__ == "__main__"`` guard (spawn and forkserver re-run the main module).
    # The workers never use the parent's database connections or its console.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(method),
        initializer=start_worker,
        initargs=(memory_limit,),
    )


def start_worker(memory_limit: int) -> None:
    """A local worker's start: its memory capped (``cap_memory``), and what it inherited from the parent
    (modules, the readers, knowledge loaded before the fork) set aside from the garbage collector. The
    worker's full collections would otherwise walk all of it again and again, and write to every object's
    header as they do, copying the parent's memory pages into the worker."""
    cap_memory(memory_limit)
    gc.freeze()


def cap_memory(extra: int) -> None:
    """Let this process's address space grow by at most ``extra`` bytes (0: no cap). Past it an allocation
    fails: a MemoryError in Python, a crash in a native library; either way this worker's file is lost and
    the machine keeps its memory. Linux only (the size comes from /proc); elsewhere nothing is capped."""
    if extra <= 0:
        return
    try:
        import resource

        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (ImportError, OSError, ValueError, IndexError):
        return
    limit = pages * os.sysconf("SC_PAGE_SIZE") + extra
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    for already in (soft, hard):  # a stricter cap set from outside stays
        if already != resource.RLIM_INFINITY:
            limit = min(limit, already)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """Stop a pool whose task is stuck in native code (nothing else can interrupt it)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(ProcessLookupError, TypeError):
            os.kill(process.pid, signal.SIGKILL)


def _local(
    fn: Callable[..., list[R]],
    batches: Iterable[Sequence[T]],
    args: tuple[Any, ...],
    workers: int,
    guard: Guard,
) -> Iterator[tuple[Sequence[T], list[R] | WorkerLost]]:
    suspects: list[Sequence[T]] = []
    source = iter(batches)
    pool = _pool(workers, guard.memory_limit)
    running: dict[Future[list[R]], tuple[Sequence[T], float]] = {}
    try:
        while True:
            while len(running) < workers * 2:
                batch = next(source, None)
                if batch is None:
                    break
                running[pool.submit(fn, batch, *args)] = (batch, guard.deadline(batch))
            if not running:
                break
            soonest = min(d for _b, d in running.values())
            wait_for = None if soonest == float("inf") else max(0.0, soonest - time.monotonic())
            done, _ = wait(running, timeout=wait_for, return_when=FIRST_COMPLETED)
            if not done:  # a batch overran its deadline: its worker is stuck
                _kill_workers(pool)
                continue
            broken = False
            for future in done:
                batch, _deadline = running.pop(future)
                try:
                    yield batch, future.result()
                except BrokenProcessPool:
                    broken = True
                    suspects.append(batch)
                except Exception:  # noqa: BLE001 - the task raised (memory, say): find the item that does
                    suspects.append(batch)
            if broken:
                suspects.extend(b for b, _d in running.values())
                running.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(workers, guard.memory_limit)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    yield from _isolate(fn, suspects, args, guard)


def _isolate(
    fn: Callable[..., list[R]],
    suspects: list[Sequence[T]],
    args: tuple[Any, ...],
    guard: Guard,
) -> Iterator[tuple[Sequence[T], list[R] | WorkerLost]]:
    """Rerun the batches that were in flight when a worker died, one item per fresh worker."""
    if not suspects:
        return
    pool = _pool(1, guard.memory_limit)
    try:
        for batch in suspects:
            for item in batch:
                single = [item]
                future = pool.submit(fn, single, *args)
                timeout = guard.batch_timeout(single) if guard.batch_timeout else None
                try:
                    yield single, future.result(timeout=timeout)
                    continue
                except BrokenProcessPool:
                    lost = guard.died()
                except TimeoutError:
                    _kill_workers(pool)
                    lost = WorkerLost(f"reading took longer than {timeout:.0f} s; stopped")
                except Exception as exc:  # noqa: BLE001 - the task raised for this item alone
                    lost = guard.failed(exc)
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(1, guard.memory_limit)
                yield single, lost
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _guarded(
    fn: Callable[..., list[R]], batch: Sequence[T], args: tuple[Any, ...], guard: Guard
) -> list[tuple[Sequence[T], list[R] | WorkerLost]]:
    """A Dask task: the batch runs in a child process of the Dask worker, as local batches do, so that a
    crash in a native library, memory past the cap or a document past its time limit loses that child (and
    that file), never the Dask worker; signals for the per-document time limit work there too (Dask runs
    tasks in threads, and signals only reach a process's main thread)."""
    me = multiprocessing.current_process()
    daemon = me.daemon
    # Dask's nannies start workers as daemons, and multiprocessing refuses children to a daemon (it could not
    # reap them when killed). This child is reaped here before the task returns, whatever happens.
    me._config["daemon"] = False  # type: ignore[attr-defined]
    try:
        return list(_local(fn, [batch], args, 1, guard))
    finally:
        me._config["daemon"] = daemon  # type: ignore[attr-defined]


#: Seconds a Dask task may take beyond the time limits of the batches ahead of it and its own.
DASK_GRACE = 60.0
DASK_POLL = 0.02  # seconds between looks at the cluster's finished tasks and the deadlines


def _dask(
    fn: Callable[..., list[R]],
    batches: Iterable[Sequence[T]],
    args: tuple[Any, ...],
    address: str,
    guard: Guard,
) -> Iterator[tuple[Sequence[T], list[R] | WorkerLost]]:
    """Batches on a Dask cluster, each run by ``_guarded`` (which holds the per-document time limit in its
    child process). The client also gives each task a deadline: the time limits of every batch in flight
    when it was sent, its own included, plus DASK_GRACE; a task not back by then (a wedged or paused worker)
    is cancelled and its items are tried alone, then reported lost, so the run always ends."""
    from distributed import Client, as_completed
    from distributed.scheduler import KilledWorker

    url = "tcp://" + address.split("://", 1)[1]
    with Client(url, set_as_default=False) as client:
        workers = max(1, sum(client.nthreads().values()))
        source = iter(batches)
        running: dict[Any, tuple[Sequence[T], float]] = {}
        pending = as_completed(loop=client.loop)

        def submit(batch: Sequence[T]) -> None:
            future = client.submit(_guarded, fn, batch, args, guard, pure=False)
            ahead = sum(guard.deadline(b) - time.monotonic() for b, _d in running.values())
            running[future] = (batch, guard.deadline(batch) + ahead + DASK_GRACE)
            pending.add(future)

        for batch in _take(source, workers * 2):
            submit(batch)
        while running:
            ready = pending.next_batch(block=False) if pending.has_ready() else []
            if not ready and not (ready := _overdue(running)):
                time.sleep(DASK_POLL)
                continue
            for future in ready:
                if future not in running:
                    continue  # given up on already
                batch, _deadline = running.pop(future)
                if future.status == "finished":
                    yield from future.result()
                elif len(batch) > 1:  # died or overdue: find the one item that does it
                    future.cancel()
                    for item in batch:
                        submit([item])
                else:
                    future.cancel()
                    yield batch, _dask_lost(future, KilledWorker, guard)
                for more in _take(source, 1):
                    submit(more)


def _overdue(running: dict[Any, tuple[Sequence[T], float]]) -> list[Any]:
    now = time.monotonic()
    return [future for future, (_batch, deadline) in running.items() if deadline <= now]


def _dask_lost(future: Any, killed: type[Exception], guard: Guard) -> WorkerLost:
    if future.status == "error":
        exc = future.exception()
        if isinstance(exc, killed):  # the Dask worker itself died (its memory limit, say)
            return WorkerLost("the Dask worker died while reading this file")
        return guard.failed(exc)
    return WorkerLost("no answer from the cluster in time for this file; stopped")


def _take(source: Iterator[T], n: int) -> list[T]:
    out = []
    for _ in range(n):
        item = next(source, None)
        if item is None:
            break
        out.append(item)
    return out
