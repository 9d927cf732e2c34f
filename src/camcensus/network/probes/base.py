"""What every probe shares: the observation it returns, the scan's limits, and a bounded TCP exchange."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

USER_AGENT = "camcensus-discover/0.1 (read-only estate survey)"
MAX_READ = 256 * 1024


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str = field(repr=False)


@dataclass
class Observation:
    """One thing a device said about itself, and how sure that makes us."""

    probe: str  # http, rtsp, sadp, dhdiscover, wsd, onvif, isapi, magicbox, axis, hik-sdk, dvrip, oui, model
    port: int | None
    detail: str  # what was seen, as a reviewer would want to read it
    confidence: float
    vendor: str | None = None
    brand: str | None = None
    model: str | None = None
    firmware: str | None = None
    serial: str | None = None
    mac: str | None = None
    device_type: str | None = None  # camera, recorder, intercom, other
    rank: int = 0  # how authoritative model/firmware/serial are: credentialed 3, discovery 2, banners 1
    channels_announced: int | None = None  # video inputs a discovery reply says the device has (all kinds)

    def as_evidence(self) -> dict[str, object]:
        out: dict[str, object] = {"probe": self.probe, "port": self.port, "detail": self.detail}
        for key in ("vendor", "brand", "model", "firmware", "serial", "device_type", "channels_announced"):
            value = getattr(self, key)
            if value:
                out[key] = value
        out["confidence"] = round(self.confidence, 3)
        return out


class Limiter:
    """A global rate limit on new connections and datagrams, and a cap on concurrent connections per host."""

    def __init__(self, rate: float, per_host: int) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.per_host = max(1, per_host)
        self._next = 0.0
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def token(self) -> None:
        if not self.interval:
            return
        now = time.monotonic()
        slot = max(now, self._next)
        self._next = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)

    def host(self, host: str) -> asyncio.Semaphore:
        return self._hosts.setdefault(host, asyncio.Semaphore(self.per_host))

    @contextlib.asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        async with self.host(host):
            await self.token()
            yield


@dataclass
class Conn:
    """An open TCP connection that holds one of its host's connection slots until closed."""

    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    release: Callable[[], None]

    async def close(self) -> None:
        """Close without waiting for the transport to finish closing: nothing more is read or sent, and
        waiting cost a task and a turn of the loop for each of the scan's thousands of connections."""
        with contextlib.suppress(Exception):
            self.writer.close()
        self.release()


@dataclass
class ProbeContext:
    limiter: Limiter
    timeout: float
    credentials: Credentials | None = None
    allow_basic: bool = False  # answer a Basic-only challenge with the owner's credentials (opt-in)
    shared: dict[str, Any] = field(default_factory=dict)  # per-scan resources (one HTTP client, Digest state)

    async def open(self, host: str, port: int, tls: bool = False) -> Conn:
        """Connect within the host's cap and the global rate; raises OSError or TimeoutError."""
        sem = self.limiter.host(host)
        await sem.acquire()
        try:
            await self.limiter.token()
            async with asyncio.timeout(self.timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, ssl=insecure_tls() if tls else None, server_hostname=host if tls else None
                )
        except BaseException:
            sem.release()
            raise
        return Conn(reader, writer, sem.release)

    @contextlib.asynccontextmanager
    async def connect(
        self, host: str, port: int, tls: bool = False, conn: Conn | None = None
    ) -> AsyncIterator[tuple[asyncio.StreamReader, asyncio.StreamWriter]]:
        """A connection for one exchange: ``conn`` (already open) if given, else a new one."""
        c = conn or await self.open(host, port, tls)
        try:
            yield c.reader, c.writer
        finally:
            await c.close()


@lru_cache(maxsize=1)
def insecure_tls() -> ssl.SSLContext:
    """Devices use self-signed certificates; we read banners, we send no secrets except by Digest."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def read_all(reader: asyncio.StreamReader, timeout: float, limit: int = MAX_READ) -> bytes:
    """Read until EOF, ``limit`` bytes or ``timeout`` seconds, whichever comes first."""
    chunks: list[bytes] = []
    size = 0
    with contextlib.suppress(TimeoutError, ConnectionError, ssl.SSLError):
        async with asyncio.timeout(timeout):
            while size < limit:
                chunk = await reader.read(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
    return b"".join(chunks)


async def try_open(ctx: ProbeContext, host: str, port: int) -> Conn | None:
    """The open connection if ``port`` accepts one (the first probe of that port reuses it), else None.
    A refusal is final; silence is tried once more, as a SYN may be lost."""
    for _ in range(2):
        try:
            return await ctx.open(host, port)
        except TimeoutError:
            continue
        except OSError:
            return None
    return None
