"""How the web app's time per request changes with the size of the store: the scale table of
benchmarks/web.py.

For each size, a SQLite store is built (bulk inserts, benchmarks/web_dataset.py) and the app is called in
process, one request after another, through its whole ASGI stack (middleware, routing, the request thread,
templates), with no HTTP server or client in the way: every request is a cache miss (each body asked once,
each list page once), timed per request. ``/healthz`` is timed the same way as the baseline.
"""

from __future__ import annotations

import asyncio
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from web_dataset import build

from camcensus.store import Store
from camcensus.web.app import create_app

SAMPLE = 1500  # requests per route and size (fewer when the store has fewer bodies)


async def _call(app: Any, path: str) -> int:
    target, _, query = path.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": target,
        "raw_path": target.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"bench.local")],
        "client": ("127.0.0.1", 40000),
        "server": ("127.0.0.1", 80),
    }
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


async def _per_request_ms(app: Any, paths: list[str]) -> float:
    started = time.perf_counter()
    for path in paths:
        status = await _call(app, path)
        if status != 200:
            raise SystemExit(f"GET {path}: {status}")
    return (time.perf_counter() - started) / len(paths) * 1000


def scale_routes(body_ids: list[int], rng: random.Random) -> dict[str, tuple[list[str], list[str]]]:
    """Each route's paths to warm its code on (template compiled, statements cached; not timed) and its
    paths to time, none of them asked before: the page and the API record of one body share its built data,
    so each route asks different bodies, and the warm-up asks the list with another page size."""
    shuffled = rng.sample(body_ids, len(body_ids))
    warm, rest = shuffled[:10], shuffled[10:]
    half = min(SAMPLE, len(rest) // 2)
    pages = max(1, len(body_ids) // 50)
    return {
        "/healthz": (["/healthz"] * 5, ["/healthz"] * SAMPLE),
        "body page (miss)": ([f"/bodies/{i}" for i in warm[:5]], [f"/bodies/{i}" for i in rest[:half]]),
        "body API record (miss)": (
            [f"/api/bodies/{i}" for i in warm[5:]],
            [f"/api/bodies/{i}" for i in rest[half : 2 * half]],
        ),
        "bodies API by number": (
            [f"/api/bodies?page={p}&per_page=10" for p in range(1, 6)],
            [f"/api/bodies?page={p}" for p in rng.sample(range(1, pages + 1), min(200, pages))],
        ),
        # a page at a random depth, asked by key as the list's own links ask it
        "bodies API by key": (
            [f"/api/bodies?after={i}&per_page=10" for i in warm[:5]],
            [f"/api/bodies?after={i}" for i in rng.sample(body_ids, min(200, len(body_ids)))],
        ),
    }


async def _measure(store: Store, body_ids: list[int]) -> dict[str, float]:
    app = create_app(store, secret_key="benchmark-secret")
    await _call(app, "/")  # the dashboard's figures and the templates, as a running server has them
    routes = scale_routes(body_ids, random.Random(5))
    await _per_request_ms(app, [p for warm, _ in routes.values() for p in warm])
    return {name: await _per_request_ms(app, timed) for name, (_, timed) in routes.items()}


def measure_scale(bodies: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="camcensus-bench-scale-") as tmp:
        store = Store.from_url(f"sqlite:///{Path(tmp) / 'scale.db'}")
        store.upgrade()
        started = time.perf_counter()
        data = build(store, bodies=bodies)
        built = time.perf_counter() - started
        times = asyncio.run(_measure(store, data.body_ids))
        store.dispose()
    return {"bodies": bodies, "build_s": built, "ms": times}


def print_scale_table(rows: list[dict[str, Any]]) -> None:
    """Milliseconds per request at each size, and each as a ratio of the same route at the smallest size:
    flat (about x1) is what should be seen."""
    base = rows[0]
    names = list(base["ms"])
    print("\nscale table (SQLite, in process, one request at a time, every request a cache miss)")
    print(
        f"  {'route':<24}"
        + "".join(f"{r['bodies']:>12,} bodies" for r in rows)
        + "   per-request time vs smallest"
    )
    for name in names:
        cells = "".join(f"{r['ms'][name]:>15.3f} ms" for r in rows)
        ratios = " ".join(f"x{r['ms'][name] / base['ms'][name]:.2f}" for r in rows)
        print(f"  {name:<24}{cells}   {ratios}")
    for name in names[1:]:
        per = " ".join(f"x{r['ms']['/healthz'] / r['ms'][name]:.2f}" for r in rows)
        print(f"  {name} rate as a ratio of /healthz at each size: {per}")
    print("  dataset built in " + ", ".join(f"{r['build_s']:.1f} s ({r['bodies']:,})" for r in rows))
