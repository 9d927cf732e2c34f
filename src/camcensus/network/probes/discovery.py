"""Vendor discovery protocols over UDP, sent unicast to each target (never to any other address).

- Hikvision SADP (UDP 37020): an XML ``<Probe>`` of type ``inquiry``; the ``<ProbeMatch>`` reply carries
  ``DeviceDescription`` (model), ``DeviceSN``, ``SoftwareVersion``, ``MAC``, ``DeviceType`` and the channel
  counts ``AnalogChannelNum`` and ``DigitalChannelNum`` (julienblitte/UniversalScanner ``Hikvision.cs`` and
  ``Hikvision.selftest``; MatrixEditor/hiktools; oldweipro/hik-dev ``DeviceSearchInfoDTO.java``).
- Dahua DHDiscover (UDP 37810): a 32-byte ``DHIP`` header and ``{"method": "DHDiscover.search"}``; the
  ``client.notifyDevInfo`` reply carries ``DeviceType``, ``SerialNo``, ``Vendor``, ``Version``, ``mac`` and
  the channel counts ``VideoInputChannels`` and ``RemoteVideoInputChannels`` (UniversalScanner ``Dahua2.cs``
  and ``Dahua2.selftest``).

A recorder's announced channel count is its capacity, not the cameras it records: an upper bound only.
- ONVIF WS-Discovery (UDP 3702): a ``Probe`` for ``dn:NetworkVideoTransmitter``; ``ProbeMatch`` scopes name
  the hardware (model) and, less reliably (the user can change it), the name; a ``MAC`` scope, which many
  devices add beside the ONVIF Core ones (ONVIF Core section 7.3.2.2 lets a device carry further
  scopes), gives the MAC address, and so the maker that registered its prefix.

Real devices also listen on the multicast groups (239.255.255.250, 239.255.255.251); ``multicast.listen``
probes there, on the interface the user names, and hears the answers.
"""

from __future__ import annotations

import asyncio
import json
import re
import struct
import urllib.parse
import uuid
from collections.abc import Callable

from camcensus.knowledge.ouis import normalise_mac
from camcensus.network.probes.base import Observation, ProbeContext

SADP_PORT = 37020
DHDISCOVER_PORT = 37810
WSD_PORT = 3702
SADP_GROUP = "239.255.255.250"
DHDISCOVER_GROUP = "239.255.255.251"
WSD_GROUP = "239.255.255.250"


def sadp_request() -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><Probe><Uuid>'
        + str(uuid.uuid4()).upper()
        + "</Uuid><Types>inquiry</Types></Probe>"
    ).encode()


def dhip_packet(body: bytes) -> bytes:
    return struct.pack("<I4sIIIIII", 0x20, b"DHIP", 0, 0, len(body), 0, len(body), 0) + body


def dhdiscover_request() -> bytes:
    return dhip_packet(b'{"method":"DHDiscover.search","params":{"mac":"","uni":1}}\r\n')


def wsd_request() -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope" '
        'xmlns:w="http://schemas.xmlsoap.org/ws/2004/08/addressing" '
        'xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery" '
        'xmlns:dn="http://www.onvif.org/ver10/network/wsdl"><e:Header>'
        f"<w:MessageID>uuid:{uuid.uuid4()}</w:MessageID>"
        "<w:To>urn:schemas-xmlsoap-org:ws:2005:04:discovery</w:To>"
        "<w:Action>http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</w:Action>"
        "</e:Header><e:Body><d:Probe><d:Types>dn:NetworkVideoTransmitter</d:Types></d:Probe></e:Body>"
        "</e:Envelope>"
    ).encode()


def _xml_tag(text: str, name: str) -> str | None:
    m = re.search(rf"<(?:[\w-]+:)?{name}>\s*([^<]*?)\s*</(?:[\w-]+:)?{name}>", text)
    return m.group(1) if m and m.group(1) else None


def parse_sadp(data: bytes, port: int = SADP_PORT) -> list[Observation]:
    text = data.decode("utf-8", "replace")
    if "<ProbeMatch>" not in text:
        return []
    model = _xml_tag(text, "DeviceDescription")
    serial = _xml_tag(text, "DeviceSN")
    kind = (_xml_tag(text, "DeviceType") or "").upper()
    return [
        Observation(
            probe="sadp",
            port=port,
            detail=f"Hikvision SADP ProbeMatch: DeviceDescription {model!r}, DeviceSN {serial!r}",
            confidence=0.95,
            vendor="Hikvision",
            model=model,
            serial=serial,
            firmware=_xml_tag(text, "SoftwareVersion"),
            mac=(_xml_tag(text, "MAC") or "").replace("-", ":").lower() or None,
            device_type=_hik_type(kind),
            rank=2,
            channels_announced=_count(
                _xml_tag(text, "AnalogChannelNum"), _xml_tag(text, "DigitalChannelNum")
            ),
        )
    ]


def _count(*values: object) -> int | None:
    """The sum of the channel counts a reply gives (None when it gives none, or one is not a whole number)."""
    given = [str(v).strip() for v in values if v is not None and str(v).strip() != ""]
    if not given or not all(v.isdigit() for v in given):
        return None
    return sum(int(v) for v in given)


def _hik_type(kind: str) -> str | None:
    if not kind:
        return None
    if "NVR" in kind or "DVR" in kind:
        return "recorder"
    if "IPC" in kind or "CAMERA" in kind or "IPDOME" in kind:
        return "camera"
    return None


def parse_dhdiscover(data: bytes, port: int = DHDISCOVER_PORT) -> list[Observation]:
    if len(data) < 32 or data[4:8] != b"DHIP":
        return []
    try:
        message = json.loads(data[32:].decode("utf-8", "replace"))
        info = message["params"]["deviceInfo"]
    except (ValueError, KeyError, TypeError):
        return []
    if message.get("method") != "client.notifyDevInfo" or not isinstance(info, dict):
        return []
    vendor_field = str(info.get("Vendor") or "")
    model = str(info.get("DeviceType") or "") or None
    serial = str(info.get("SerialNo") or "") or None
    kind = str(info.get("DeviceClass") or "").upper()
    return [
        Observation(
            probe="dhdiscover",
            port=port,
            detail=f"Dahua DHDiscover reply: DeviceType {model!r}, Vendor {vendor_field!r}, "
            f"SerialNo {serial!r}",
            confidence=0.95,
            vendor="Dahua",
            brand=vendor_field if vendor_field and vendor_field.lower() not in ("general", "dahua") else None,
            model=model,
            serial=serial,
            firmware=str(info.get("Version") or "") or None,
            mac=str(info.get("mac") or "").lower() or None,
            device_type="recorder"
            if any(k in kind for k in ("NVR", "DVR", "XVR"))
            else "camera"
            if kind
            else None,
            rank=2,
            channels_announced=_count(info.get("VideoInputChannels"), info.get("RemoteVideoInputChannels")),
        )
    ]


def parse_wsd(data: bytes, port: int = WSD_PORT) -> list[Observation]:
    text = data.decode("utf-8", "replace")
    if "ProbeMatch" not in text and not re.search(r"<(?:[\w-]+:)?Hello>", text):
        return []  # neither an answer to a Probe nor a device's announcement of itself
    what = "ProbeMatch" if "ProbeMatch" in text else "Hello"
    # split on whitespace, then percent-decode: "name/HIKVISION%20DS-2CD2143G2-I" is one scope
    scopes = [urllib.parse.unquote(scope) for scope in (_xml_tag(text, "Scopes") or "").split()]
    values: dict[str, str] = {}
    for scope in scopes:
        m = re.match(r"onvif://www\.onvif\.org/(hardware|name|type|mac)/(.+)$", scope, re.IGNORECASE)
        if m:
            values.setdefault(m.group(1).lower(), m.group(2).strip())
    types = _xml_tag(text, "Types") or ""
    video = "NetworkVideoTransmitter" in types or values.get("type", "").lower().startswith(
        ("video", "network")
    )
    name = values.get("name")
    hardware = values.get("hardware")
    if name and hardware and name.upper().endswith(hardware.upper()):
        name = name[: -len(hardware)].strip() or None  # "HIKVISION DS-2CD2143G0-I"
    return [
        Observation(
            probe="wsd",
            port=port,
            detail=f"WS-Discovery {what}: hardware {hardware!r}, name {values.get('name')!r}, "
            f"types {types!r}",
            confidence=0.6,
            brand=name,
            model=hardware,
            mac=normalise_mac(values.get("mac", "")),
            device_type="camera" if video else None,
            rank=2,
        )
    ]


class _Collector(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.replies: asyncio.Queue[tuple[bytes, tuple[str, int]]] = asyncio.Queue()

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.replies.put_nowait((data, addr))

    def error_received(self, exc: Exception) -> None:
        self.replies.put_nowait((b"", ("", 0)))  # ICMP unreachable: nobody listens


_PROTOCOLS: dict[str, tuple[int, Callable[[], bytes], Callable[[bytes, int], list[Observation]]]] = {
    "sadp": (SADP_PORT, sadp_request, parse_sadp),
    "dhdiscover": (DHDISCOVER_PORT, dhdiscover_request, parse_dhdiscover),
    "wsd": (WSD_PORT, wsd_request, parse_wsd),
}


async def probe_udp(ctx: ProbeContext, host: str, protocol: str, attempts: int = 2) -> list[Observation]:
    """A request to ``host`` and the first reply from it; sent again once if the first met silence (UDP may be
    lost), never after the host said the port is closed."""
    port, request, parse = _PROTOCOLS[protocol]
    loop = asyncio.get_running_loop()
    data = b""
    async with ctx.limiter.slot(host):
        try:
            transport, collector = await loop.create_datagram_endpoint(_Collector, remote_addr=(host, port))
        except OSError:
            return []
        try:
            for attempt in range(attempts):
                if attempt:
                    await ctx.limiter.token()
                transport.sendto(request())
                try:
                    data, _ = await asyncio.wait_for(collector.replies.get(), ctx.timeout)
                    break
                except TimeoutError:
                    continue
        except OSError:
            return []
        finally:
            transport.close()
    return parse(data, port) if data else []
