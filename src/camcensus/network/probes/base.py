"""What every probe shares: the observation it returns, the scan's limits, and a bounded TCP exchange."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

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

    def as_evidence(self) -> dict[str, object]:
        out: dict[str, object] = {"probe": self.probe, "port": self.port, "detail": self.detail}
        for key in ("vendor", "brand", "model", "firmware", "serial", "device_type"):
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

    @contextlib.asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        sem = self._hosts.setdefault(host, asyncio.Semaphore(self.per_host))
        async with sem:
            await self.token()
            yield


@dataclass
class ProbeContext:
    limiter: Limiter
    timeout: float
    credentials: Credentials | None = None

    @contextlib.asynccontextmanager
    async def connect(
        self, host: str, port: int, tls: bool = False
    ) -> AsyncIterator[tuple[asyncio.StreamReader, asyncio.StreamWriter]]:
        async with self.limiter.slot(host):
            ctx = insecure_tls() if tls else None
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(host, port, ssl=ctx, server_hostname=host if tls else None),
                self.timeout,
            )
            try:
                yield reader, writer
            finally:
                writer.close()
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(writer.wait_closed(), 1.0)


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
    deadline = time.monotonic() + timeout
    while size < limit:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        try:
            chunk = await asyncio.wait_for(reader.read(65536), left)
        except (TimeoutError, ConnectionError, ssl.SSLError):
            break
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


async def port_open(ctx: ProbeContext, host: str, port: int) -> bool:
    try:
        async with ctx.connect(host, port):
            return True
    except (OSError, TimeoutError):
        return False
