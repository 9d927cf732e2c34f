"""Vendor control ports, first exchange only.

- Hikvision SDK port (8000): devices greet a new connection with a 16-byte header; we only read it
  (nmap-service-probes L1821, NULL probe).
- Dahua DVRIP (37777): send ``\\xa1`` and 31 zero bytes, read 8 bytes, compare with ``\\xb1\\x00\\x00\\x58``.
  This is the identification step of Metasploit's ``dahua_dvr_auth_bypass`` check; nothing after it is sent
  (the module's later steps read configuration and must never be used).
"""

from __future__ import annotations

import asyncio
import ssl

from camcensus.network.probes.base import Conn, Observation, ProbeContext

HIK_SDK_GREETING = b"\x00\x00\x00\x10\x00\x00\x00\x1e\x00\x00\x00\x1e\x00\x00\x00\x00"
HIK_SDK_GREETING_ALT = b"\x00\x00\x00\x10\x00\x00\x00\r\x00\x00\x00\r\x00\x00\x00\x00"
DVRIP_HELLO = b"\xa1" + b"\x00" * 31
DVRIP_REPLY = b"\xb1\x00\x00\x58"


async def probe_hik_sdk(
    ctx: ProbeContext, host: str, port: int, conn: Conn | None = None
) -> list[Observation]:
    try:
        async with ctx.connect(host, port, conn=conn) as (reader, _writer):
            data = await asyncio.wait_for(reader.read(16), min(ctx.timeout, 1.5))
    except (OSError, TimeoutError, ssl.SSLError):
        return []
    if data[:16] in (HIK_SDK_GREETING, HIK_SDK_GREETING_ALT):
        return [
            Observation(
                probe="hik-sdk",
                port=port,
                detail="Hikvision SDK control-port greeting [nmap-service-probes L1821]",
                confidence=0.7,
                vendor="Hikvision",
                rank=1,
            )
        ]
    return []


async def probe_dvrip(ctx: ProbeContext, host: str, port: int, conn: Conn | None = None) -> list[Observation]:
    try:
        async with ctx.connect(host, port, conn=conn) as (reader, writer):
            writer.write(DVRIP_HELLO)
            await writer.drain()
            data = await asyncio.wait_for(reader.readexactly(8), ctx.timeout)
    except (OSError, TimeoutError, ssl.SSLError, asyncio.IncompleteReadError):
        return []
    if data.startswith(DVRIP_REPLY):
        return [
            Observation(
                probe="dvrip",
                port=port,
                detail="Dahua DVRIP identification reply b1 00 00 58 "
                "[Metasploit dahua_dvr_auth_bypass, first "
                "exchange only]",
                confidence=0.8,
                vendor="Dahua",
                rank=1,
            )
        ]
    return []
