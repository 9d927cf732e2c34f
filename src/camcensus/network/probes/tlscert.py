"""What a device's TLS certificate says about its maker.

Cameras and recorders ship self-signed certificates whose subject or issuer names the maker (``O=``) and
sometimes the model (``CN=``). The certificate is read in the handshake alone (nothing is requested); its
subject and issuer are taken from the DER bytes (the ``ssl`` module gives no parsed names for a certificate it
was told not to verify). A name is weighed through the knowledge base (a maker, brand or former name in
``knowledge/data/brands.csv``), a common name that has the shape of a known model number is kept as the model,
and the ``tls`` rows of ``data/fingerprints.csv`` match the ``subject`` and ``issuer`` texts
(``CN=...,O=...``).
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl

from camcensus.knowledge.vendors import STATUS_THRESHOLD, match_model, resolve_brand
from camcensus.network.fingerprints import search_fingerprints
from camcensus.network.probes.base import Observation, ProbeContext

_NAMES = {b"\x55\x04\x03": "CN", b"\x55\x04\x0a": "O", b"\x55\x04\x0b": "OU"}
_STRING_TAGS = {0x0C: "utf-8", 0x13: "latin-1", 0x16: "latin-1", 0x14: "latin-1", 0x1E: "utf-16-be"}


class DerError(ValueError):
    pass


def _tlv(data: bytes, pos: int) -> tuple[int, int, int]:
    """(tag, start of contents, end of contents) of the element at ``pos``."""
    if pos + 2 > len(data):
        raise DerError("truncated")
    tag, length = data[pos], data[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        if not 0 < count <= 4 or pos + count > len(data):
            raise DerError("bad length")
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    if pos + length > len(data):
        raise DerError("truncated")
    return tag, pos, pos + length


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    out = []
    while start < end:
        tag, body, stop = _tlv(data, start)
        out.append((tag, body, stop))
        start = stop
    return out


def _name(data: bytes, start: int, end: int) -> dict[str, str]:
    """CN, O and OU of an X.501 Name (the first of each)."""
    found: dict[str, str] = {}
    for _, rdn_start, rdn_end in _children(data, start, end):  # SET OF AttributeTypeAndValue
        for _, atv_start, atv_end in _children(data, rdn_start, rdn_end):
            parts = _children(data, atv_start, atv_end)
            if len(parts) != 2 or parts[0][0] != 0x06:
                continue
            key = _NAMES.get(data[parts[0][1] : parts[0][2]])
            tag, vs, ve = parts[1]
            if key and tag in _STRING_TAGS:
                found.setdefault(key, data[vs:ve].decode(_STRING_TAGS[tag], "replace").strip())
    return found


def certificate_names(der: bytes) -> tuple[dict[str, str], dict[str, str]]:
    """(subject, issuer) of a DER X.509 certificate; raises DerError when it is not one."""
    _, cert_start, cert_end = _tlv(der, 0)
    tbs = _children(der, cert_start, cert_end)[0]
    fields = _children(der, tbs[1], tbs[2])
    if fields and fields[0][0] == 0xA0:  # [0] version
        fields = fields[1:]
    if len(fields) < 5:
        raise DerError("not a certificate")
    issuer, subject = fields[2], fields[4]
    return _name(der, subject[1], subject[2]), _name(der, issuer[1], issuer[2])


def _text(name: dict[str, str]) -> str:
    return ",".join(f"{k}={name[k]}" for k in ("CN", "O", "OU") if k in name)


def certificate_observations(der: bytes, port: int) -> list[Observation]:
    """What the certificate's names say (pure; also for stored certificates)."""
    try:
        subject, issuer = certificate_names(der)
    except (DerError, IndexError):
        return []
    texts = {"subject": _text(subject), "issuer": _text(issuer)}
    seen = f"TLS certificate subject {texts['subject']!r}, issuer {texts['issuer']!r}"
    found = [
        Observation("tls", port, f"{seen}: {fp.detail} [{fp.source}]", fp.confidence, fp.vendor, rank=1)
        for fp, _ in search_fingerprints("tls", texts)
    ]
    for value in dict.fromkeys(v for name in (subject, issuer) for k, v in name.items() if k in ("O", "CN")):
        match = resolve_brand(value)
        if match is not None and match.confidence >= STATUS_THRESHOLD:
            found.append(
                Observation(
                    "tls",
                    port,
                    f"{seen}: {value!r} names {match.brand} [{match.source}]",
                    0.6,
                    match.vendor,
                    brand=match.brand,
                    rank=1,
                )
            )
    common = subject.get("CN", "")
    if common and match_model(common):
        found.append(
            Observation("tls", port, f"{seen}: common name has a model number's shape", 0.3, model=common)
        )
    return found


async def read_certificate(ctx: ProbeContext, host: str, port: int) -> bytes | None:
    """The certificate the server on ``port`` presents (DER), or None."""
    try:
        conn = await ctx.open(host, port, tls=True)
    except (OSError, TimeoutError, ssl.SSLError):
        return None
    try:
        tls = conn.writer.get_extra_info("ssl_object")
        return tls.getpeercert(binary_form=True) if tls is not None else None
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(conn.close(), ctx.timeout)


async def probe_certificate(ctx: ProbeContext, host: str, port: int) -> list[Observation]:
    der = await read_certificate(ctx, host, port)
    return certificate_observations(der, port) if der else []
