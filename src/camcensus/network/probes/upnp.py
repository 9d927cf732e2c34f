"""UPnP: an SSDP ``M-SEARCH`` to the target (unicast to its port 1900, UPnP Device Architecture 1.1 section
1.3.2; to the group 239.255.255.250 only on an interface the user names, ``probes.multicast``), then the
device description its ``LOCATION`` header names (section 2.3), fetched only from the target itself.

The description's ``manufacturer`` is resolved through the brand register, its ``manufacturerURL`` and the
other fields through the LAN fingerprint rules; ``modelNumber`` (else ``modelName``) and ``serialNumber`` are
the device's own words, ranked with the other discovery protocols.
"""

from __future__ import annotations

import ipaddress
import re
import urllib.parse
from dataclasses import dataclass, field

from defusedxml import ElementTree

from camcensus.network.probes.base import USER_AGENT, Observation, ProbeContext
from camcensus.network.probes.httpclient import http_request
from camcensus.network.probes.names import maker_observations
from camcensus.network.probes.udp import udp_exchange

SSDP_PORT = 1900
SSDP_GROUP = "239.255.255.250"
DESCRIPTION_FIELDS = (
    "friendlyName",
    "manufacturer",
    "manufacturerURL",
    "modelDescription",
    "modelName",
    "modelNumber",
    "serialNumber",
    "deviceType",
)


@dataclass
class SsdpReply:
    """A search response's headers (names in lower case)."""

    headers: dict[str, str] = field(default_factory=dict)

    @property
    def location(self) -> str | None:
        return self.headers.get("location") or None


def msearch(host: str, port: int = SSDP_PORT, multicast: bool = False) -> bytes:
    """An M-SEARCH for root devices: unicast names the target in HOST and has no MX; multicast names the group
    and waits up to MX seconds (UDA 1.1 sections 1.3.2 and 1.3.3)."""
    lines = [
        "M-SEARCH * HTTP/1.1",
        f"HOST: {host}:{port}",
        'MAN: "ssdp:discover"',
        "ST: upnp:rootdevice",
        f"USER-AGENT: {USER_AGENT}",
    ]
    if multicast:
        lines.insert(3, "MX: 2")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


def parse_ssdp(data: bytes) -> SsdpReply | None:
    """A search response (``HTTP/1.1 200 OK``) or a ``NOTIFY ... ssdp:alive``; None for anything else (an
    M-SEARCH of another client among them)."""
    text = data.decode("utf-8", "replace")
    first, _, rest = text.partition("\r\n")
    if not (first.upper().startswith("HTTP/1.1 200") or first.upper().startswith("NOTIFY * HTTP/1.1")):
        return None
    headers = {}
    for line in rest.split("\r\n"):
        name, sep, value = line.partition(":")
        if sep and name.strip():
            headers[name.strip().lower()] = value.strip()
    if first.upper().startswith("NOTIFY") and headers.get("nts", "").lower() != "ssdp:alive":
        return None
    return SsdpReply(headers) if headers.get("location") or headers.get("usn") else None


def parse_description(data: bytes) -> dict[str, str]:
    """The root device's fields of a UPnP device description (``<root><device>``), any namespace."""
    try:
        root = ElementTree.fromstring(data)
    except Exception:  # noqa: BLE001 - anything unreadable is no description
        return {}
    device = next((e for e in root.iter() if _local(e.tag) == "device"), None)
    if device is None:
        return {}
    fields = {}
    for child in device:
        name = _local(child.tag)
        if name in DESCRIPTION_FIELDS and (child.text or "").strip():
            fields[name] = " ".join(child.text.split())[:200]
    return fields


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def description_observations(fields: dict[str, str], port: int | None) -> list[Observation]:
    """What a device description says: its maker (by name and by rule) and its model and serial."""
    found = maker_observations(
        "upnp", port, fields, names=("manufacturer",), texts=("friendlyName", "modelDescription")
    )
    model = fields.get("modelNumber") or fields.get("modelName")
    if model and re.fullmatch(r"[\d.]+", model) and fields.get("modelName"):
        model = fields["modelName"]  # a bare version number in modelNumber says nothing of the model
    shown = {
        k: fields[k] for k in ("manufacturer", "modelName", "modelNumber", "friendlyName") if k in fields
    }
    found.append(
        Observation(
            probe="upnp",
            port=port,
            detail=f"UPnP device description: {shown}",
            confidence=0.0,
            model=model,
            serial=fields.get("serialNumber"),
            rank=2,
        )
    )
    return found


def same_host(url: str, host: str) -> tuple[int, str] | None:
    """The port and path of ``url`` when it is plain HTTP on ``host`` itself, else None: a description
    elsewhere is never fetched (the scan contacts only its targets)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() != "http" or not parts.hostname:
        return None
    try:
        if ipaddress.ip_address(parts.hostname) != ipaddress.ip_address(host):
            return None
        port = parts.port or 80
    except ValueError:
        return None
    path = parts.path or "/"
    return port, path + (f"?{parts.query}" if parts.query else "")


async def describe(ctx: ProbeContext, host: str, location: str) -> list[Observation]:
    """The description at ``location``, if it is on ``host``."""
    where = same_host(location, host)
    if where is None:
        return [
            Observation(
                probe="upnp",
                port=SSDP_PORT,
                detail=f"SSDP LOCATION {location[:200]!r} is not on {host}: not fetched",
                confidence=0.0,
            )
        ]
    port, path = where
    reply = await http_request(ctx, host, port, path)
    if reply is None or reply.status != 200:
        return []
    return description_observations(parse_description(reply.body), port)


async def probe_upnp(ctx: ProbeContext, host: str, port: int = SSDP_PORT) -> list[Observation]:
    """M-SEARCH to ``host``, then its description."""
    reply = await udp_exchange(ctx, host, port, lambda: msearch(host, port), parse_ssdp)
    if reply is None:
        return []
    return ssdp_observations(reply, port) + (
        await describe(ctx, host, reply.location) if reply.location else []
    )


def group_msearch() -> bytes:
    return msearch(SSDP_GROUP, multicast=True)


def parse_heard(data: bytes, port: int = SSDP_PORT) -> list[Observation]:
    """A search response or ``ssdp:alive`` heard on the interface (``probes.multicast``)."""
    reply = parse_ssdp(data)
    return ssdp_observations(reply, port) if reply is not None else []


_HEARD_LOCATION = re.compile(r"LOCATION '([^']+)'")


def heard_location(observations: list[Observation]) -> str | None:
    """The LOCATION an SSDP answer heard by multicast gave (as ``ssdp_observations`` writes it)."""
    for obs in observations:
        m = _HEARD_LOCATION.search(obs.detail) if obs.probe == "ssdp" else None
        if m:
            return m.group(1)
    return None


def ssdp_observations(reply: SsdpReply, port: int = SSDP_PORT) -> list[Observation]:
    """The search response itself: its SERVER header (``OS/version UPnP/1.1 product/version``)."""
    server = reply.headers.get("server", "")
    found = maker_observations("ssdp", port, {"server": server}, texts=("server",))
    found.append(
        Observation(
            probe="ssdp",
            port=port,
            detail=f"SSDP answer: SERVER {server[:160]!r}, LOCATION {reply.location!r}",
            confidence=0.0,
        )
    )
    return found
