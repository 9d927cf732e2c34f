"""HTTP(S) banners and vendor pages, unauthenticated and read-only.

``GET /`` gives the server header and landing page, ``GET /favicon.ico`` the icon's MD5 (matched against the
``favicon`` fingerprint rows, and shown in the port's summary either way), and on a TLS port the certificate's
names (``tlscert``); a Hikvision landing page is confirmed by fetching
``/doc/page/login.asp``; a page that looks like Dahua firmware gets the first step of ``/RPC2_Login`` (a login
*challenge*: it carries no password and its reply names the realm); ONVIF ``GetDeviceInformation`` is asked of
every web port (unauthenticated, or with a WS-Security UsernameToken when the owner gave credentials).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import json
import os
import re

from camcensus.network.fingerprints import search_fingerprints
from camcensus.network.probes.base import Conn, Credentials, Observation, ProbeContext
from camcensus.network.probes.httpclient import HttpResponse, http_request
from camcensus.network.probes.tlscert import probe_certificate

_TITLE = re.compile(rb"<title>\s*([^<]{0,120}?)\s*</title>", re.IGNORECASE)


def banner_observations(response: HttpResponse, port: int) -> list[Observation]:
    """What a root-page response says, by the fingerprint rules (pure; also used on stored banners)."""
    raw = (response.head + b"\r\n\r\n" + response.body[:2048]).decode("latin-1")
    fields = {
        "server": response.header("Server") or "",
        "body": response.body[:65536].decode("utf-8", "replace"),
        "raw": raw,
    }
    return [
        Observation(
            probe="http",
            port=port,
            detail=f"{fp.detail} [{fp.source}]",
            confidence=fp.confidence,
            vendor=fp.vendor,
            model=m.groupdict().get("model"),
            device_type=fp.device_type,
            rank=1,
        )
        for fp, m in search_fingerprints("http", fields)
    ]


def favicon_md5(response: HttpResponse | None) -> str | None:
    """The upper-case hex MD5 of an icon answer (None for an error or an HTML page)."""
    if response is None or response.status != 200 or not response.body or not response.complete:
        return None
    if response.body.lstrip()[:1] == b"<":
        return None
    return hashlib.md5(response.body).hexdigest().upper()  # noqa: S324 - the digest nmap's favicon-db keys on


def favicon_observations(digest: str, port: int) -> list[Observation]:
    return [
        Observation(
            probe="favicon",
            port=port,
            detail=f"/favicon.ico MD5 {digest}: {fp.detail} [{fp.source}]",
            confidence=fp.confidence,
            vendor=fp.vendor,
            device_type=fp.device_type,
            rank=1,
        )
        for fp, _ in search_fingerprints("favicon", {"md5": digest})
    ]


def server_summary(response: HttpResponse, favicon: str | None = None) -> str:
    title = _TITLE.search(response.body[:65536])
    parts = [f"HTTP {response.status}"]
    if response.header("Server"):
        parts.append(f"Server: {response.header('Server')}")
    if title:
        parts.append(f"title: {title.group(1).decode('utf-8', 'replace')}")
    if favicon:
        parts.append(f"favicon MD5 {favicon}")
    return "; ".join(parts)


async def probe_http(
    ctx: ProbeContext, host: str, port: int, tls: bool, conn: Conn | None = None
) -> tuple[list[Observation], str | None]:
    """Observations from the web server on ``port`` and a one-line summary of it (None: no web server)."""
    root = await http_request(ctx, host, port, "/", tls=tls, conn=conn)
    if root is None and conn is not None:  # a busy device may take longer than the timeout once
        root = await http_request(ctx, host, port, "/", tls=tls)
    if root is None:
        return [], None
    found = banner_observations(root, port)
    icon, certificate = await asyncio.gather(
        http_request(ctx, host, port, "/favicon.ico", tls=tls),
        probe_certificate(ctx, host, port) if tls else _nothing(),
    )
    favicon = favicon_md5(icon)
    found += favicon_observations(favicon, port) if favicon else []
    found += certificate
    vendors = {o.vendor for o in found}
    if "Hikvision" in vendors and not any(o.confidence >= 0.9 for o in found):  # confirm a page-only match
        found += await _hikvision_login_page(ctx, host, port, tls)
    if "Dahua" in vendors:
        found += await _dahua_challenge(ctx, host, port, tls)
    found += await probe_onvif(ctx, host, port, tls)
    return found, server_summary(root, favicon)


async def _nothing() -> list[Observation]:
    return []


async def _hikvision_login_page(ctx: ProbeContext, host: str, port: int, tls: bool) -> list[Observation]:
    page = await http_request(ctx, host, port, "/doc/page/login.asp", tls=tls)
    if page is None or page.status != 200:
        return []
    return [
        Observation(
            probe="http",
            port=port,
            detail="/doc/page/login.asp answers 200 (Hikvision web login page)",
            confidence=0.6,
            vendor="Hikvision",
            rank=1,
        )
    ]


async def _dahua_challenge(ctx: ProbeContext, host: str, port: int, tls: bool) -> list[Observation]:
    """Step 1 of Dahua's RPC2 login: no password is sent, and step 2 never is."""
    body = json.dumps(
        {
            "method": "global.login",
            "params": {"userName": "", "password": "", "clientType": "Dahua3.0-Web3.0"},
            "id": 1,
        }
    ).encode()
    reply = await http_request(
        ctx, host, port, "/RPC2_Login", "POST", body, {"Content-Type": "application/json"}, tls=tls
    )
    if reply is None or reply.status != 200:
        return []
    try:
        data = json.loads(reply.text)
        realm = str(data["params"]["realm"])
        random = str(data["params"]["random"])
    except (ValueError, KeyError, TypeError):
        return []
    if not realm or not random or "session" not in data:
        return []
    return [
        Observation(
            probe="http",
            port=port,
            detail=f'/RPC2_Login challenge with realm "{realm}" (Dahua RPC2 login, step 1 only)',
            confidence=0.9,
            vendor="Dahua",
            rank=1,
        )
    ]


_SOAP = """<?xml version="1.0" encoding="UTF-8"?>
<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"
 xmlns:tds="http://www.onvif.org/ver10/device/wsdl">{header}<s:Body><tds:GetDeviceInformation/></s:Body></s:Envelope>"""

_WSSE = """<s:Header><Security s:mustUnderstand="1"
 xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><UsernameToken>
<Username>{user}</Username><Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">{digest}</Password>
<Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-soap-message-security-1.0#Base64Binary">{nonce}</Nonce>
<Created xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">{created}</Created>
</UsernameToken></Security></s:Header>"""


def wsse_header(username: str, password: str) -> str:
    """WS-Security UsernameToken with PasswordDigest = Base64(SHA1(nonce + created + password))."""
    nonce = os.urandom(16)
    created = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    digest = base64.b64encode(hashlib.sha1(nonce + created.encode() + password.encode()).digest()).decode()  # noqa: S324 - the WS-Security scheme
    return _WSSE.format(
        user=_xml_escape(username), digest=digest, nonce=base64.b64encode(nonce).decode(), created=created
    )


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tag(xml: str, name: str) -> str | None:
    m = re.search(rf"<(?:\w+:)?{name}>\s*([^<]*?)\s*</(?:\w+:)?{name}>", xml)
    return m.group(1) if m and m.group(1) else None


async def probe_onvif(ctx: ProbeContext, host: str, port: int, tls: bool) -> list[Observation]:
    """ONVIF GetDeviceInformation (READ_SYSTEM): manufacturer, model, firmware, serial.

    Asked without credentials first; the owner's credentials (a WS-Security digest) go only to a service that
    answered with an ONVIF fault."""
    found = await _onvif_call(ctx, host, port, tls, None)
    if ctx.credentials and found and found[0].model is None:
        return await _onvif_call(ctx, host, port, tls, ctx.credentials) or found
    return found


async def _onvif_call(
    ctx: ProbeContext, host: str, port: int, tls: bool, creds: Credentials | None
) -> list[Observation]:
    header = wsse_header(creds.username, creds.password) if creds else ""
    action = "http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation"
    reply = await http_request(
        ctx,
        host,
        port,
        "/onvif/device_service",
        "POST",
        _SOAP.format(header=header).encode(),
        {"Content-Type": f'application/soap+xml; charset=utf-8; action="{action}"'},
        tls=tls,
    )
    text = reply.text if reply is not None else ""
    if "Envelope" not in text[:4000]:
        return []
    if "GetDeviceInformationResponse" in text:
        maker = _tag(text, "Manufacturer")
        return [
            Observation(
                probe="onvif",
                port=port,
                detail=f"ONVIF GetDeviceInformation: Manufacturer {maker!r}, Model {_tag(text, 'Model')!r}"
                + (" (with the owner's credentials)" if creds else " (answered without authentication)"),
                confidence=0.8,
                brand=maker,
                model=_tag(text, "Model"),
                firmware=_tag(text, "FirmwareVersion"),
                serial=_tag(text, "SerialNumber"),
                device_type="camera",
                rank=3 if creds else 2,
            )
        ]
    if "Fault" in text:
        return [
            Observation(
                probe="onvif",
                port=port,
                detail="ONVIF device service present; GetDeviceInformation needs authentication",
                confidence=0.5,
                device_type="camera",
            )
        ]
    return []
