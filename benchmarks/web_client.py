"""A load generator for when wrk is absent: asyncio + httpx in a separate process, N connections each
sending requests back to back, with every latency recorded."""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from typing import Any

import httpx


async def _run(base: str, paths: list[str], connections: int, seconds: float) -> dict[str, Any]:
    latencies: list[float] = []
    errors = non2xx = 0
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        end = time.perf_counter() + seconds

        async def user(offset: int) -> None:
            nonlocal errors, non2xx
            i = offset
            while time.perf_counter() < end:
                i = (i + 1) % len(paths)
                start = time.perf_counter()
                try:
                    response = await client.get(paths[i])
                except httpx.HTTPError:
                    errors += 1
                    continue
                latencies.append(time.perf_counter() - start)
                if response.status_code >= 300:
                    non2xx += 1

        began = time.perf_counter()
        await asyncio.gather(*(user(n * 7) for n in range(connections)))
        elapsed = time.perf_counter() - began
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000 if latencies else 0.0

    return {
        "requests": len(latencies),
        "seconds": elapsed,
        "errors": errors,
        "non2xx": non2xx,
        "p50_ms": pct(50),
        "p99_ms": pct(99),
        "max_ms": latencies[-1] * 1000 if latencies else 0.0,
    }


def _child(queue: Any, base: str, paths: list[str], connections: int, seconds: float) -> None:
    queue.put(asyncio.run(_run(base, paths, connections, seconds)))


def drive(base: str, paths: list[str], connections: int, seconds: float) -> dict[str, Any]:
    """Run the load in its own process (so the client and this script do not share a GIL)."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(queue, base, paths, connections, seconds))
    proc.start()
    result: dict[str, Any] = queue.get(timeout=seconds + 120)
    proc.join()
    return result
