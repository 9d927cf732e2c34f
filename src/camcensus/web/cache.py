"""What anonymous visitors see, kept per data version: the same published page is not rebuilt for every
visitor.

Three layers, all stamped with the store's data version (``camcensus.web.figures.data_version``, moved by
every review decision, assignment and request change):

- ``DataVersion`` reads that version at most once per ``ttl`` (about a second) in each process, so a cached
  view costs no query; a write through this process expires it at once, a write through another worker or
  the CLI shows within ``ttl``.
- ``ViewCache`` keeps built views (the data of a page) keyed by the view and its arguments.
- ``ResponseCache`` with the ``PublicResponses`` middleware keeps whole responses for visitors without a
  session cookie (nobody signed in, no CSRF token to embed), served straight from the event loop with an
  ETag. Routes opt in with ``share_publicly(request)`` when their response depends only on the URL, the date
  and the data; anything with a session cookie, any other status and any response setting a cookie go through
  the app as before.

Other writes (a new ingest) show within each cache's ``ttl``. Signed-in users never go through these caches.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import pickle
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")
SESSION_COOKIE = "camcensus_session"


class ViewCache:
    """A bounded LRU of built views, each valid for one data version and at most ``ttl`` seconds.

    A view asked for ``frozen`` is kept as a pickle: one bytes object instead of the thousands of dicts and
    lists of a page's data, which the garbage collector would otherwise walk at every full collection (the
    pauses that set a busy server's slowest responses), and each visitor gets a copy of their own."""

    def __init__(self, size: int = 4096, ttl: float = 300.0) -> None:
        self.size, self.ttl = size, ttl
        self._entries: OrderedDict[Hashable, tuple[float, Any, Any, bool]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, version: Any, build: Callable[[], T], frozen: bool = False) -> T:
        now = time.monotonic()
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] > now and entry[1] == version:
                self._entries.move_to_end(key)
                kept = entry
            else:
                kept = None
        if kept is not None:
            value: T = pickle.loads(kept[2]) if kept[3] else kept[2]  # noqa: S301 - pickled by this cache
            return value
        value = build()
        stored = pickle.dumps(value, pickle.HIGHEST_PROTOCOL) if frozen else value
        with self._lock:
            self._entries[key] = (now + self.ttl, version, stored, frozen)
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


class DataVersion:
    """The store's data version as ``read()`` gives it, read again only after ``ttl`` seconds or after
    ``expire()`` (called by a write through this process, once it is committed)."""

    def __init__(self, read: Callable[[], Any], ttl: float = 1.0) -> None:
        self._read, self.ttl = read, ttl
        self._value: Any = None
        self._until = 0.0
        self._generation = 0
        self._lock = threading.Lock()
        self._reading: tuple[int, asyncio.Future[Any]] | None = None

    def cached(self) -> Any | None:
        """The version when it was read less than ``ttl`` ago, else None (no query)."""
        return self._value if time.monotonic() < self._until else None

    def get(self) -> Any:
        """The version, read from the store when the one kept is too old (blocking: call from a thread)."""
        value = self.cached()
        if value is not None:
            return value
        with self._lock:  # one reader at a time; the others take what it read
            value = self.cached()
            if value is not None:
                return value
            generation = self._generation
            value = self._read()
            if generation == self._generation and self.ttl > 0:
                self._value, self._until = value, time.monotonic() + self.ttl
            return value

    async def aget(self) -> Any:
        """The version, for the event loop: when it must be read, one read in the loop's own executor serves
        every request waiting for it. Not through the request threads: behind a queue of page builds, the
        read would hold up every request, even those answered from the cache, once per ``ttl``."""
        value = self.cached()
        if value is not None:
            return value
        loop = asyncio.get_running_loop()
        reading = self._reading
        if (
            reading is None
            or reading[0] != self._generation  # begun before a write: may not see it
            or reading[1].done()
            or reading[1].get_loop() is not loop
        ):
            reading = self._reading = (self._generation, loop.run_in_executor(None, self.get))
        return await asyncio.shield(reading[1])

    def expire(self) -> None:
        """Forget the version (a write just committed): the next request reads it again."""
        self._generation += 1
        self._until = 0.0


@dataclass(frozen=True, slots=True)
class Stored:  # slots and tuples: one object for the garbage collector to track per kept response
    expires: float
    version: Any
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes
    etag: bytes


class ResponseCache:
    """A bounded LRU of whole 200 responses (at most ``max_bytes`` of bodies), each valid for one data version
    and at most ``ttl`` seconds."""

    def __init__(self, max_bytes: int = 64 << 20, ttl: float = 300.0) -> None:
        self.max_bytes, self.ttl = max_bytes, ttl
        self._entries: OrderedDict[Hashable, Stored] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable, version: Any) -> Stored | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry.version != version or entry.expires <= time.monotonic():
                self._drop(key)
                return None
            self._entries.move_to_end(key)
            return entry

    def put(self, key: Hashable, version: Any, headers: list[tuple[bytes, bytes]], body: bytes) -> Stored:
        etag = b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
        entry = Stored(time.monotonic() + self.ttl, version, (*headers, (b"etag", etag)), body, etag)
        if len(body) > self.max_bytes // 8:
            return entry  # too big to keep
        with self._lock:
            self._drop(key)
            self._entries[key] = entry
            self._bytes += len(body)
            while self._bytes > self.max_bytes:
                self._drop(next(iter(self._entries)))
        return entry

    def _drop(self, key: Hashable) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= len(entry.body)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._entries)


SHARE_KEY = "camcensus.share"


class _Share:
    shared = False


def share_publicly(request: Any) -> None:
    """Mark this request's response as the same for every visitor without a session (see the module doc)."""
    mark = request.scope.get(SHARE_KEY)
    if mark is not None:
        mark.shared = True


def _has_session(headers: list[tuple[bytes, bytes]]) -> bool:
    return any(name == b"cookie" and SESSION_COOKIE.encode() in value for name, value in headers)


def _not_modified(headers: list[tuple[bytes, bytes]], etag: bytes) -> bool:
    return any(name == b"if-none-match" and etag in value for name, value in headers)


class PublicResponses:
    """ASGI middleware: the responses routes mark with ``share_publicly``, kept in ``cache`` per data version
    and served again, without entering the app, to GET requests that carry no session cookie."""

    def __init__(self, app: Any, cache: ResponseCache, versions: DataVersion) -> None:
        self.app, self.cache, self.versions = app, cache, versions

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or _has_session(scope["headers"]):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope["query_string"], dt.date.today())
        version = await self.versions.aget()
        entry = self.cache.get(key, version)
        if entry is not None:
            await self._send(send, entry, scope["headers"])
            return
        mark = _Share()
        scope[SHARE_KEY] = mark
        start: dict[str, Any] | None = None
        chunks: list[bytes] = []

        async def keep(message: Any) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = message.get("headers") or []
                if mark.shared and message["status"] == 200 and all(n != b"set-cookie" for n, _ in headers):
                    start = message  # held back until the whole body is here
                    return
            elif start is not None and message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                stored = self.cache.put(key, version, list(start.get("headers") or []), b"".join(chunks))
                await self._send(send, stored, [])
                return
            await send(message)

        await self.app(scope, receive, keep)

    @staticmethod
    async def _send(send: Any, entry: Stored, request_headers: list[tuple[bytes, bytes]]) -> None:
        if _not_modified(request_headers, entry.etag):
            headers = [(n, v) for n, v in entry.headers if n not in (b"content-length", b"content-type")]
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200, "headers": entry.headers})
        await send({"type": "http.response.body", "body": entry.body})
