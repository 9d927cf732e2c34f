"""Batch functions for executor tests, importable by Dask worker processes (so not defined in a test)."""

from __future__ import annotations

import os
import signal
import time


def shout(batch: list[str]) -> list[str]:
    """Upper-cases each item; "hang" sleeps past any time limit, "crash" kills its process outright."""
    out = []
    for item in batch:
        if item == "hang":
            time.sleep(60)
        if item == "crash":
            os.kill(os.getpid(), signal.SIGKILL)  # as a segfault in a native library would
        out.append(item.upper())
    return out


def one_second_per_item(batch: list[str]) -> float:
    return 1.0 * len(batch)


def hoard(batch: list[int]) -> list[int]:
    """Holds ``item`` MiB for a moment per item, as a reader unpacking a bomb would."""
    out = []
    for item in batch:
        block = bytearray(item * 1024 * 1024)
        out.append(item + len(block) * 0)
    return out


def hold(name: str) -> None:
    """Keeps a Dask worker's thread until the distributed Event ``name`` is set (a wedged worker)."""
    from distributed import Event

    Event(name).wait(timeout=120)


def frozen(batch: list[int]) -> list[int]:
    """The objects the worker's garbage collector has set aside, once per item."""
    import gc

    return [gc.get_freeze_count() for _ in batch]
