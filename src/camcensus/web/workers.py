"""`camcensus serve --workers N`: N worker processes, each listening on the same address with a socket of its
own (``SO_REUSEPORT``), so that the kernel spreads new connections evenly over the workers.

With one socket shared by every worker (uvicorn's own ``--workers``), whichever worker wakes first takes the
connections waiting: measured with 100 keep-alive connections on 2 workers, one worker held 80 of them and
the other 20, so the first worker's requests queued while the second sat half idle, and that queue set the
slowest responses of every route, ``/healthz`` included (docs/performance.md, "Web"). A socket per worker
has the kernel choose the worker by a hash of each connection's addresses and ports instead.

The parent process only watches: it starts the workers, starts again one that dies after it had been serving,
and stops them all on SIGINT or SIGTERM. Where the platform has no ``SO_REUSEPORT``, uvicorn's own
supervisor runs instead.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import socket
import threading
import time
from multiprocessing.process import BaseProcess
from typing import Any

LOG = logging.getLogger(__name__)
APP = "camcensus.web.app:app_from_environment"
BACKLOG = 2048
SETTLED_SECONDS = 10.0  # a worker that dies sooner (the address taken, a broken store) is not started again


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket listening on ``host:port`` that other sockets with ``SO_REUSEPORT`` may share."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except OSError:
        sock.close()
        raise
    return sock


def _worker(options: dict[str, Any]) -> None:
    import uvicorn

    sock = listening_socket(options["host"], options["port"])
    config = uvicorn.Config(APP, factory=True, **options)
    uvicorn.Server(config).run(sockets=[sock])


def _check_address(host: str, port: int) -> None:
    """Fail at once, in the parent, when the address is taken by a socket that does not share it."""
    listening_socket(host, port).close()


def run_workers(workers: int, options: dict[str, Any]) -> int:
    """Serve with ``workers`` processes until SIGINT or SIGTERM; the exit status (1 when a worker failed as
    it started)."""
    import uvicorn

    if not hasattr(socket, "SO_REUSEPORT"):
        uvicorn.run(APP, factory=True, workers=workers, **options)
        return 0
    _check_address(options["host"], options["port"])
    ctx = multiprocessing.get_context("spawn")
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())

    def start() -> tuple[BaseProcess, float]:
        proc = ctx.Process(target=_worker, args=(options,), name="camcensus-web", daemon=False)
        proc.start()
        return proc, time.monotonic()

    running = [start() for _ in range(workers)]
    status = 0
    try:
        while not stop.wait(0.5):
            for i, (proc, began) in enumerate(running):
                if proc.is_alive():
                    continue
                if time.monotonic() - began < SETTLED_SECONDS:
                    LOG.error("a web worker exited %s as it started; stopping", proc.exitcode)
                    status = 1
                    stop.set()
                    break
                LOG.warning("web worker %s exited %s; starting another", proc.pid, proc.exitcode)
                running[i] = start()
    finally:
        _stop_all([p for p, _ in running])
    return status


def _stop_all(procs: list[BaseProcess]) -> None:
    for proc in procs:
        if proc.is_alive():
            proc.terminate()  # uvicorn finishes the requests in flight, then exits
    deadline = time.monotonic() + 30
    for proc in procs:
        proc.join(max(0.0, deadline - time.monotonic()))
        if proc.is_alive():
            proc.kill()
            proc.join()
