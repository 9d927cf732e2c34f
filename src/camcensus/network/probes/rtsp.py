"""RTSP ``OPTIONS`` and ``DESCRIBE`` (no credentials): the server banner and the authentication realm."""

from __future__ import annotations

import asyncio
import re
import ssl

from camcensus.network.fingerprints import match_fingerprints
from camcensus.network.probes.base import USER_AGENT, Conn, Observation, ProbeContext
from camcensus.network.probes.httpclient import HttpResponse, parse_response

_REALM = re.compile(r'realm="([^"]*)"', re.IGNORECASE)


def rtsp_observations(response: HttpResponse, port: int) -> list[Observation]:
    realms = [
        m.group(1) for value in response.headers_all("WWW-Authenticate") for m in _REALM.finditer(value)
    ]
    found: list[Observation] = []
    seen: set[str] = set()
    for realm in realms or [""]:
        fields = {"server": response.header("Server") or "", "realm": realm}
        for fp in match_fingerprints("rtsp", fields):
            if fp.detail in seen:
                continue
            seen.add(fp.detail)
            found.append(
                Observation(
                    probe="rtsp",
                    port=port,
                    detail=f"{fp.detail} [{fp.source}]",
                    confidence=fp.confidence,
                    vendor=fp.vendor,
                    device_type=fp.device_type,
                    rank=1,
                )
            )
    return found


async def probe_rtsp(
    ctx: ProbeContext, host: str, port: int, conn: Conn | None = None
) -> tuple[list[Observation], str | None]:
    """OPTIONS, then DESCRIBE on the same connection (RTSP keeps it open between requests)."""
    found: list[Observation] = []
    summary = None
    url = f"rtsp://{host}:{port}/"
    try:
        async with ctx.connect(host, port, conn=conn) as (reader, writer):
            for cseq, method in enumerate(("OPTIONS", "DESCRIBE"), start=1):
                request = f"{method} {url} RTSP/1.0\r\nCSeq: {cseq}\r\nUser-Agent: {USER_AGENT}\r\n"
                if method == "DESCRIBE":
                    request += "Accept: application/sdp\r\n"
                writer.write((request + "\r\n").encode())
                await writer.drain()
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), ctx.timeout)
                response = parse_response(head)
                if response is None:
                    break
                length = response.header("Content-Length") or "0"
                if length.isdigit() and int(length):
                    await asyncio.wait_for(reader.readexactly(min(int(length), 65536)), ctx.timeout)
                server = response.header("Server")
                summary = summary or f"RTSP {response.status}" + (f"; Server: {server}" if server else "")
                seen = {f.detail for f in found}
                found += [o for o in rtsp_observations(response, port) if o.detail not in seen]
    except (OSError, TimeoutError, ssl.SSLError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        pass
    return found, summary
