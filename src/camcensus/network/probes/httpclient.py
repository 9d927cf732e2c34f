"""A small HTTP/1.1 client for banners: one request per connection, raw header names kept as sent.

Header case matters for fingerprints (Dahua firmware writes ``CONNECTION: close`` and ``CONTENT-LENGTH``), so
banners are read from the bytes on the wire. Authenticated calls answer the device's challenge: Digest, or
Basic only where the owner allowed it (``ProbeContext.allow_basic``) and the device offered nothing else.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import os
import re
import ssl
from dataclasses import dataclass, field

from camcensus.network.probes.base import MAX_READ, USER_AGENT, Conn, ProbeContext, read_all


@dataclass
class HttpResponse:
    status: int
    reason: str
    raw_headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    head: bytes = b""
    complete: bool = True  # False when the answer was longer than MAX_READ and was cut there

    def header(self, name: str) -> str | None:
        key = name.lower()
        return next((v for k, v in self.raw_headers if k.lower() == key), None)

    def headers_all(self, name: str) -> list[str]:
        key = name.lower()
        return [v for k, v in self.raw_headers if k.lower() == key]

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def parse_response(data: bytes) -> HttpResponse | None:
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = data.partition(b"\n\n")
    lines = head.decode("latin-1").splitlines()
    if not lines or not lines[0].startswith(("HTTP/", "RTSP/")):
        return None
    parts = lines[0].split(" ", 2)
    try:
        status = int(parts[1])
    except (IndexError, ValueError):
        return None
    headers = []
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if colon:
            headers.append((name.strip(), value.strip()))
    response = HttpResponse(status, parts[2] if len(parts) > 2 else "", headers, body, head)
    if (response.header("Transfer-Encoding") or "").lower() == "chunked":
        response.body = _dechunk(body)
    return response


def _dechunk(data: bytes) -> bytes:
    out = bytearray()
    while data:
        size_line, _, rest = data.partition(b"\r\n")
        try:
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
        except ValueError:
            break
        if size == 0:
            break
        out += rest[:size]
        data = rest[size + 2 :]
    return bytes(out)


async def http_request(
    ctx: ProbeContext,
    host: str,
    port: int,
    path: str = "/",
    method: str = "GET",
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    tls: bool = False,
    conn: Conn | None = None,
) -> HttpResponse | None:
    """One read-only request; None when nothing HTTP-like came back within the timeout."""
    host_header = f"[{host}]" if ":" in host else host
    lines = [
        f"{method} {path} HTTP/1.1",
        f"Host: {host_header}:{port}",
        f"User-Agent: {USER_AGENT}",
        "Accept: */*",
        "Connection: close",
    ]
    for name, value in (headers or {}).items():
        lines.append(f"{name}: {value}")
    if body or method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
    try:
        async with ctx.connect(host, port, tls=tls, conn=conn) as (reader, writer):
            writer.write(request)
            await writer.drain()
            data, complete = await _read_response(reader, ctx.timeout)
    except (OSError, TimeoutError, ssl.SSLError, asyncio.IncompleteReadError):
        return None
    response = parse_response(data)
    if response is not None:
        response.complete = complete
    return response


async def _read_response(reader: asyncio.StreamReader, timeout: float) -> tuple[bytes, bool]:
    """Headers, then the body up to Content-Length (or EOF), at most MAX_READ bytes of it: the server need not
    close first. The flag is False when the body was cut at MAX_READ."""
    try:
        async with asyncio.timeout(timeout):
            head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.LimitOverrunError:
        rest = await read_all(reader, timeout)
        return rest, len(rest) < MAX_READ
    except asyncio.IncompleteReadError as exc:
        return exc.partial, True
    length = None
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and value.strip().isdigit():
            length = int(value.strip())
    if length is None:
        rest = await read_all(reader, timeout)
        return head + rest, len(rest) < MAX_READ
    try:
        async with asyncio.timeout(timeout):
            body = await reader.readexactly(min(length, MAX_READ))
    except asyncio.IncompleteReadError as exc:
        body = exc.partial
    return head + body, length <= MAX_READ


# HTTP Digest (RFC 7616), client side. httpx's DigestAuth does the same; this one runs on the banner client
# above, because an httpx client per scan cost several times the CPU of the probes themselves.
_DIGEST_PARAM = re.compile(r'(\w+)=(?:"([^"]*)"|([^\s,]+))')
_HASHES = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}


@dataclass
class DigestChallenge:
    realm: str
    nonce: str
    qop: str | None
    opaque: str | None
    algorithm: str
    count: int = 0


def parse_digest_challenge(response: HttpResponse) -> DigestChallenge | None:
    for value in response.headers_all("WWW-Authenticate"):
        scheme, _, rest = value.partition(" ")
        if scheme.lower() != "digest":
            continue
        params = {k.lower(): quoted or bare for k, quoted, bare in _DIGEST_PARAM.findall(rest)}
        algorithm = params.get("algorithm", "MD5").upper()
        if "nonce" not in params or algorithm.removesuffix("-SESS") not in _HASHES:
            continue
        qops = [q.strip() for q in params.get("qop", "").split(",") if q.strip()]
        if qops and "auth" not in qops:
            continue
        return DigestChallenge(
            params.get("realm", ""),
            params["nonce"],
            "auth" if qops else None,
            params.get("opaque"),
            algorithm,
        )
    return None


def digest_authorization(
    challenge: DigestChallenge, method: str, uri: str, username: str, password: str
) -> str:
    base = challenge.algorithm.removesuffix("-SESS")

    def h(text: str) -> str:
        return _HASHES[base](text.encode()).hexdigest()

    challenge.count += 1
    nc = f"{challenge.count:08x}"
    cnonce = os.urandom(8).hex()
    ha1 = h(f"{username}:{challenge.realm}:{password}")
    if challenge.algorithm.endswith("-SESS"):
        ha1 = h(f"{ha1}:{challenge.nonce}:{cnonce}")
    ha2 = h(f"{method}:{uri}")
    if challenge.qop:
        response = h(f"{ha1}:{challenge.nonce}:{nc}:{cnonce}:auth:{ha2}")
    else:
        response = h(f"{ha1}:{challenge.nonce}:{ha2}")
    parts = [
        f'username="{username}"',
        f'realm="{challenge.realm}"',
        f'nonce="{challenge.nonce}"',
        f'uri="{uri}"',
        f'response="{response}"',
        f"algorithm={challenge.algorithm}",
    ]
    if challenge.opaque is not None:
        parts.append(f'opaque="{challenge.opaque}"')
    if challenge.qop:
        parts += ["qop=auth", f"nc={nc}", f'cnonce="{cnonce}"']
    return "Digest " + ", ".join(parts)


async def authed_request(
    ctx: ProbeContext,
    host: str,
    port: int,
    path: str,
    method: str = "GET",
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    tls: bool = False,
) -> HttpResponse | None:
    """A request with the owner's credentials, answering the device's challenge. Digest: the challenge is
    kept, so later calls need no extra round trip. Basic: only with ``ctx.allow_basic``, only in answer to a
    challenge that offers nothing else, and each request is first sent without it. Without credentials,
    nothing is sent."""
    creds = ctx.credentials
    if creds is None:
        return None
    challenges: dict[tuple[str, int], DigestChallenge] = ctx.shared.setdefault("digest", {})
    response = None
    for _ in range(2):
        challenge = challenges.get((host, port))
        extra = dict(headers or {})
        if challenge is not None:
            extra["Authorization"] = digest_authorization(
                challenge, method, path, creds.username, creds.password
            )
        response = await http_request(ctx, host, port, path, method, body, extra, tls=tls)
        if response is None or response.status != 401:
            return response
        fresh = parse_digest_challenge(response)
        if fresh is None:
            if offers_only_basic(response):
                if ctx.allow_basic:
                    return await _basic_request(ctx, host, port, path, method, body, headers, tls)
                ctx.shared.setdefault("basic_declined", set()).add((host, port, tls))
            return response  # our answer was refused, or Basic was not allowed: never retry
        if challenge is not None and fresh.nonce == challenge.nonce:
            return response  # our answer was refused: never retry with the same credentials
        challenges[(host, port)] = fresh
    return response


_DIGEST_SCHEME = re.compile(r"(?:^|,)\s*digest\b", re.IGNORECASE)
_BASIC_SCHEME = re.compile(r"(?:^|,)\s*basic\b", re.IGNORECASE)


def offers_only_basic(response: HttpResponse) -> bool:
    """A 401 whose challenges include Basic and no Digest (whatever its algorithm): Basic is then the only
    way in. A challenge that offers Digest too is answered by Digest or not at all (no downgrade)."""
    values = response.headers_all("WWW-Authenticate")
    return any(_BASIC_SCHEME.search(v) for v in values) and not any(_DIGEST_SCHEME.search(v) for v in values)


def basic_authorization(username: str, password: str) -> str:
    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")  # RFC 7617, UTF-8
    return f"Basic {token}"


async def _basic_request(
    ctx: ProbeContext,
    host: str,
    port: int,
    path: str,
    method: str,
    body: bytes,
    headers: dict[str, str] | None,
    tls: bool,
) -> HttpResponse | None:
    """The request again with Basic credentials; where they went is kept (``ctx.shared["basic"]``) so the scan
    can say so, and warn where they crossed plain HTTP."""
    assert ctx.credentials is not None
    extra = dict(headers or {})
    extra["Authorization"] = basic_authorization(ctx.credentials.username, ctx.credentials.password)
    sent: set[tuple[str, int, bool]] = ctx.shared.setdefault("basic", set())
    sent.add((host, port, tls))
    return await http_request(ctx, host, port, path, method, body, extra, tls=tls)
