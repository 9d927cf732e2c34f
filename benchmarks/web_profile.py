"""Where a cache miss of a body page (or a body's API record) spends its time, and how many SQL statements it
sends: the app called in process through its whole ASGI stack, as in the scale table of benchmarks/web.py.

    python benchmarks/web_profile.py [--bodies 25000] [--requests 1500] [--route page|api] [--pg]

Prints the statements per request, the time per request, and the profile's own time grouped by where it is
spent (database driver, SQLAlchemy, templates, redaction, the view cache, JSON, the framework), then the
functions with the most own time.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import pstats
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parent))
from web_dataset import build  # noqa: E402
from web_scale import _call  # noqa: E402

import camcensus.web.deps  # noqa: E402
from camcensus.store import Store  # noqa: E402
from camcensus.web.app import create_app  # noqa: E402

# the first matching part of a function's file names its group
GROUPS = (
    ("database driver", ("sqlite3", "psycopg", "{method 'execute'", "{method 'fetch")),
    ("SQLAlchemy", ("sqlalchemy",)),
    ("templates", ("jinja2", "markupsafe", "/templates/")),
    ("redaction", ("camcensus/redaction", "phonenumbers", "camcensus/safetext")),
    ("view cache (pickle)", ("camcensus/web/cache", "pickle", "{built-in method _pickle")),
    ("JSON", ("json",)),
    ("framework (starlette, fastapi, anyio)", ("starlette", "fastapi", "anyio", "asyncio", "threading")),
    ("camcensus, the rest", ("camcensus",)),
)


def _group(filename: str, name: str) -> str:
    where = f"{filename} {name}"
    for group, marks in GROUPS:
        if any(m in where for m in marks):
            return group
    return "other (Python built-ins)"


def _pause_timer(pauses: list[tuple[int, float]]) -> Any:
    started = [0.0]

    def timer(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            pauses.append((info["generation"], time.perf_counter() - started[0]))

    return timer


async def _inline(work: Any, *args: Any) -> Any:
    return work(*args)


async def _run(app: Any, paths: list[str]) -> float:
    started = time.perf_counter()
    for path in paths:
        status = await _call(app, path)
        if status != 200:
            raise SystemExit(f"GET {path}: {status}")
    return time.perf_counter() - started


def profile(store: Store, body_ids: list[int], route: str, requests: int) -> None:
    prefix = "/bodies/" if route == "page" else "/api/bodies/"
    ids = random.Random(7).sample(body_ids, min(len(body_ids), requests + 20))
    warm, timed = [f"{prefix}{i}" for i in ids[:20]], [f"{prefix}{i}" for i in ids[20:]]
    app = create_app(store, secret_key="benchmark-secret")
    asyncio.run(_run(app, ["/", *warm]))
    seen: list[str] = []
    listener = lambda *args: seen.append(args[2])  # noqa: E731
    event.listen(store.engine, "before_cursor_execute", listener)
    pauses: list[tuple[int, float]] = []
    gc.callbacks.append(_pause_timer(pauses))
    plain = asyncio.run(_run(app, timed[: len(timed) // 2]))
    gc.callbacks.pop()
    event.remove(store.engine, "before_cursor_execute", listener)
    statements = Counter(
        s.split()[0] + " … " + s.split(" FROM ")[1].split()[0] if " FROM " in s else s[:40] for s in seen
    )
    half = len(timed) // 2
    print(
        f"{route}: {plain / half * 1000:.3f} ms a request over {half} misses (no profiler); "
        f"{len(seen) / half:.2f} statements a request"
    )
    for text, n in statements.most_common():
        print(f"  {n / half:5.2f} a request  {text}")
    for generation in range(3):
        times = [t for g, t in pauses if g == generation]
        print(
            f"  garbage collections of generation {generation}: {len(times)}, "
            f"{sum(times) * 1000:.1f} ms in all, the longest {max(times, default=0) * 1000:.2f} ms"
        )
    healthz = asyncio.run(_run(app, ["/healthz"] * half))
    print(f"  /healthz: {healthz / half * 1000:.3f} ms a request; the miss costs x{plain / healthz:.1f}")
    profiler = cProfile.Profile()
    threaded = camcensus.web.deps.run_in_threadpool
    camcensus.web.deps.run_in_threadpool = _inline  # type: ignore[assignment]
    profiler.enable()  # the request thread's work in the profiled thread: cProfile sees one thread only
    asyncio.run(_run(app, timed[half:]))
    profiler.disable()
    camcensus.web.deps.run_in_threadpool = threaded
    stats = pstats.Stats(profiler)
    own: Counter[str] = Counter()
    total = 0.0
    for (filename, _line, name), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        own[_group(filename, name)] += tt
        total += tt
    print(
        f"profile ({len(timed) - half} misses, own time by group; the profiler slows Python code more "
        "than C code):"
    )
    for group, seconds in own.most_common():
        print(
            f"  {group:<40} {seconds / total:6.1%}  {seconds / (len(timed) - half) * 1000:.3f} ms a request"
        )
    stats.sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bodies", type=int, default=25_000)
    parser.add_argument("--requests", type=int, default=1500)
    parser.add_argument("--route", choices=("page", "api", "both"), default="both")
    parser.add_argument("--url", default=None, help="a store to build in (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="camcensus-bench-profile-") as tmp:
        store = Store.from_url(args.url or f"sqlite:///{Path(tmp) / 'profile.db'}")
        store.upgrade()
        data = build(store, bodies=args.bodies)
        for route in ("page", "api") if args.route == "both" else (args.route,):
            profile(store, data.body_ids, route, args.requests)
        store.dispose()


if __name__ == "__main__":
    main()
