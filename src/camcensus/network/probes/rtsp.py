"""RTSP ``OPTIONS`` and ``DESCRIBE`` (no credentials): the server banner and the authentication realm."""

from __future__ import annotations

import asyncio
import re
import ssl

from camcensus.network.fingerprints import match_fingerprints
from camcensus.network.probes.base import USER_AGENT, Observation, ProbeContext
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


async def probe_rtsp(ctx: ProbeContext, host: str, port: int) -> tuple[list[Observation], str | None]:
    found: list[Observation] = []
    summary = None
    url = f"rtsp://{host}:{port}/"
    for cseq, method in enumerate(("OPTIONS", "DESCRIBE"), start=1):
        request = f"{method} {url} RTSP/1.0\r\nCSeq: {cseq}\r\nUser-Agent: {USER_AGENT}\r\n"
        if method == "DESCRIBE":
            request += "Accept: application/sdp\r\n"
        response = await _exchange(ctx, host, port, (request + "\r\n").encode())
        if response is None:
            break
        summary = summary or f"RTSP {response.status}" + (
            f"; Server: {response.header('Server')}" if response.header("Server") else ""
        )
        found += [o for o in rtsp_observations(response, port) if o.detail not in {f.detail for f in found}]
    return found, summary


async def _exchange(ctx: ProbeContext, host: str, port: int, request: bytes) -> HttpResponse | None:
    try:
        async with ctx.connect(host, port) as (reader, writer):
            writer.write(request)
            await writer.drain()
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), ctx.timeout)
    except (OSError, TimeoutError, ssl.SSLError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        return None
    return parse_response(head)
