"""ONVIF ``GetNetworkInterfaces`` (ONVIF Core Specification section 8.2, "Network"), asked only of a device
service that already answered ``GetDeviceInformation`` (``http.probe_onvif``), in the same way: without
credentials where that answered without them, else with the owner's WS-Security digest. The interfaces'
``tt:Info/tt:HwAddress`` is the device's MAC address, and so the maker that registered its prefix
(``camcensus.knowledge.ouis``). Read-only, like every ONVIF ``Get`` call."""

from __future__ import annotations

from defusedxml import ElementTree

from camcensus.knowledge.ouis import normalise_mac
from camcensus.network.probes.base import Observation, ProbeContext
from camcensus.network.probes.http import wsse_header
from camcensus.network.probes.httpclient import http_request

ACTION = "http://www.onvif.org/ver10/device/wsdl/GetNetworkInterfaces"
_SOAP = (
    '<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
    'xmlns:tds="http://www.onvif.org/ver10/device/wsdl">{header}<s:Body><tds:GetNetworkInterfaces/>'
    "</s:Body></s:Envelope>"
)


def parse_interfaces(data: bytes) -> list[tuple[str, str]]:
    """(interface name, MAC) of each interface in a ``GetNetworkInterfacesResponse``."""
    try:
        root = ElementTree.fromstring(data)
    except Exception:  # noqa: BLE001 - anything unreadable holds no interfaces
        return []
    found = []
    for info in (e for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "Info"):
        fields = {child.tag.rsplit("}", 1)[-1]: (child.text or "").strip() for child in info}
        mac = normalise_mac(fields.get("HwAddress", ""))
        if mac:
            found.append((fields.get("Name", ""), mac))
    return found


def answered(observations: list[Observation]) -> list[Observation]:
    """The ONVIF device services that answered GetDeviceInformation (a model in their answer)."""
    return [o for o in observations if o.probe == "onvif" and o.model]


async def probe_interfaces(
    ctx: ProbeContext, host: str, port: int, tls: bool, with_credentials: bool
) -> list[Observation]:
    creds = ctx.credentials if with_credentials else None
    header = wsse_header(creds.username, creds.password) if creds else ""
    reply = await http_request(
        ctx,
        host,
        port,
        "/onvif/device_service",
        "POST",
        _SOAP.format(header=header).encode(),
        {"Content-Type": f'application/soap+xml; charset=utf-8; action="{ACTION}"'},
        tls=tls,
    )
    if reply is None or reply.status != 200 or b"GetNetworkInterfacesResponse" not in reply.body:
        return []
    interfaces = parse_interfaces(reply.body)
    if not interfaces:
        return []
    name, mac = interfaces[0]
    return [
        Observation(
            probe="onvif",
            port=port,
            detail=f"ONVIF GetNetworkInterfaces: {name or 'interface'} HwAddress {mac}",
            confidence=0.0,
            mac=mac,
            rank=3 if creds else 2,
        )
    ]
