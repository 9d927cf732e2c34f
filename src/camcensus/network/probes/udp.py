"""One UDP question to one target and the first answer from it that reads: shared by the SNMP, SSDP and mDNS
probes (sent unicast to the target only; sent again once after silence, as UDP may be lost; never again after
the target said the port is closed)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from camcensus.network.probes.base import ProbeContext

T = TypeVar("T")


class _Replies(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.replies: asyncio.Queue[tuple[bytes, str]] = asyncio.Queue()

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.replies.put_nowait((data, addr[0]))

    def error_received(self, exc: Exception) -> None:
        self.replies.put_nowait((b"", ""))  # ICMP port unreachable: nobody listens


async def udp_exchange(
    ctx: ProbeContext,
    host: str,
    port: int,
    request: Callable[[], bytes],
    read: Callable[[bytes], T | None],
    attempts: int = 2,
) -> T | None:
    """``read`` of the first datagram from ``host`` it accepts (None: not an answer), or None."""
    loop = asyncio.get_running_loop()
    async with ctx.limiter.slot(host):
        try:
            transport, inbox = await loop.create_datagram_endpoint(_Replies, remote_addr=(host, port))
        except OSError:
            return None
        try:
            for attempt in range(attempts):
                if attempt:
                    await ctx.limiter.token()
                try:
                    transport.sendto(request())
                except OSError:
                    return None
                try:
                    async with asyncio.timeout(ctx.timeout):
                        while True:
                            data, _ = await inbox.replies.get()
                            if not data:
                                return None
                            answer = read(data)
                            if answer is not None:
                                return answer
                except TimeoutError:
                    continue
        finally:
            transport.close()
    return None
