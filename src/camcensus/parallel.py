"""One executor interface for batch work: local worker processes by default, a Dask cluster by URL.

``map_batches(fn, batches, executor=...)`` yields ``(batch, results)`` as batches finish, in any order.
A batch whose worker dies (a native library crash, a hang past its time limit) is retried one item at a
time, so only the item that kills its worker is lost: it comes back as ``(batch_of_one, WorkerLost)``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
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
) -> Iterator[tuple[Sequence[T], list[R] | WorkerLost]]:
    """Run ``fn(batch, *args)`` for every batch on the chosen executor."""
    if executor.startswith("dask://") or executor.startswith("tcp://"):
        yield from _dask(fn, batches, args, executor, batch_timeout)
    elif executor == "local":
        yield from _local(fn, batches, args, workers or cpu_count(), batch_timeout)
    else:
        raise ValueError(f"unknown executor {executor!r}: use 'local' or 'dask://HOST:PORT'")


def _pool(workers: int) -> ProcessPoolExecutor:
    # fork where there is one: workers start at once with the readers already imported, and scripts that
    # call ingest need no ``if __name__ == "__main__"`` guard (spawn and forkserver re-run the main module).
    # The workers never use the parent's database connections or its console.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method))


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
    batch_timeout: Callable[[Sequence[T]], float] | None,
) -> Iterator[tuple[Sequence[T], list[R] | WorkerLost]]:
    import time

    suspects: list[Sequence[T]] = []
    source = iter(batches)
    pool = _pool(workers)
    running: dict[Future[list[R]], tuple[Sequence[T], float]] = {}
    try:
        while True:
            while len(running) < workers * 2:
                batch = next(source, None)
                if batch is None:
                    break
                deadline = time.monotonic() + batch_timeout(batch) if batch_timeout else float("inf")
                running[pool.submit(fn, batch, *args)] = (batch, deadline)
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
            if broken:
                suspects.extend(b for b, _d in running.values())
                running.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(workers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    yield from _isolate(fn, suspects, args, batch_timeout)


def _isolate(
    fn: Callable[..., list[R]],
    suspects: list[Sequence[T]],
    args: tuple[Any, ...],
    batch_timeout: Callable[[Sequence[T]], float] | None,
) -> Iterator[tuple[Sequence[T], list[R] | WorkerLost]]:
    """Rerun the batches that were in flight when a worker died, one item per fresh worker."""
    if not suspects:
        return
    pool = _pool(1)
    try:
        for batch in suspects:
            for item in batch:
                single = [item]
                future = pool.submit(fn, single, *args)
                timeout = batch_timeout(single) if batch_timeout else None
                try:
                    yield single, future.result(timeout=timeout)
                    continue
                except BrokenProcessPool:
                    lost = WorkerLost("the worker process died while reading this file")
                except TimeoutError:
                    _kill_workers(pool)
                    lost = WorkerLost(f"reading took longer than {timeout:.0f} s; stopped")
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(1)
                yield single, lost
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _guarded(
    fn: Callable[..., list[R]],
    batch: Sequence[T],
    args: tuple[Any, ...],
    batch_timeout: Callable[[Sequence[T]], float] | None,
) -> list[tuple[Sequence[T], list[R] | WorkerLost]]:
    """A Dask task: the batch runs in a child process of the Dask worker, as local batches do, so that a
    crash in a native library or a document past its time limit loses that child (and that file), never
    the Dask worker; signals for the per-document time limit work there too (Dask runs tasks in threads)."""
    me = multiprocessing.current_process()
    daemon = me.daemon
    # Dask's nannies start workers as daemons, and multiprocessing refuses children to a daemon (it could not
    # reap them when killed). This child is reaped here before the task returns, whatever happens.
    me._config["daemon"] = False  # type: ignore[attr-defined]
    try:
        return list(_local(fn, [batch], args, 1, batch_timeout))
    finally:
        me._config["daemon"] = daemon  # type: ignore[attr-defined]


def _dask(
    fn: Callable[..., list[R]],
    batches: Iterable[Sequence[T]],
    args: tuple[Any, ...],
    address: str,
    batch_timeout: Callable[[Sequence[T]], float] | None = None,
) -> Iterator[tuple[Sequence[T], list[R] | WorkerLost]]:
    from distributed import Client, as_completed
    from distributed.scheduler import KilledWorker

    url = "tcp://" + address.split("://", 1)[1]
    with Client(url, set_as_default=False) as client:
        workers = max(1, sum(client.nthreads().values()))
        source = iter(batches)
        futures: dict[Any, Sequence[T]] = {}

        def submit(batch: Sequence[T], retries: int) -> Any:
            future = client.submit(_guarded, fn, batch, args, batch_timeout, pure=False, retries=retries)
            futures[future] = batch
            return future

        pending = as_completed([submit(b, 0) for b in _take(source, workers * 2)], loop=client.loop)
        for future in pending:
            batch = futures.pop(future)
            try:
                yield from future.result()
            except KilledWorker:  # the Dask worker itself died (its memory limit, say)
                if len(batch) == 1:
                    yield batch, WorkerLost("the Dask worker died while reading this file")
                else:  # find the one item that kills workers
                    for item in batch:
                        pending.add(submit([item], 0))
            for more in _take(source, 1):
                pending.add(submit(more, 0))


def _take(source: Iterator[T], n: int) -> list[T]:
    out = []
    for _ in range(n):
        item = next(source, None)
        if item is None:
            break
        out.append(item)
    return out
