"""Devices from nmap XML (``nmap -oX``): every host whose services, MAC vendor or banners name a video vendor
(nmap's ``product`` strings, the ``http-server-header`` script through this package's fingerprint rules, the
MAC through the OUI table), and the scripts ``nmap_scripts`` reads: ``ssl-cert``, ``http-favicon``,
``snmp-sysdescr``, ``snmp-info`` and ``upnp-info``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

from camcensus.enums import DeviceSource
from camcensus.knowledge.ouis import lookup_mac, normalise_mac
from camcensus.knowledge.vendors import STATUS_THRESHOLD, find_vendor_mentions, resolve_brand
from camcensus.network.fingerprints import match_fingerprints
from camcensus.network.nmap_scripts import SCRIPTS, script_signals
from camcensus.network.record import DeviceImportError, DeviceRecord

_VIDEO_DEVICETYPES = {"webcam", "media device", "security-misc"}


def parse_nmap_xml(data: bytes, path: Path | str = "nmap.xml") -> list[DeviceRecord]:
    try:
        root = ElementTree.fromstring(data)
    except Exception as exc:  # noqa: BLE001 - any parse error is the file's fault
        raise DeviceImportError(f"{path}: not well-formed XML ({exc})") from exc
    if root.tag != "nmaprun":
        raise DeviceImportError(f"{path}: not nmap XML output (root element {root.tag!r})")
    out = []
    for host in root.iter("host"):
        record = _nmap_host(host)
        if record is not None:
            out.append(record)
    return out


def _nmap_host(host: Any) -> DeviceRecord | None:
    """The host as a device when anything it shows names a video vendor, else None."""
    address, mac, mac_vendor = _addresses(host)
    found = _Found()
    for port in host.iter("port"):
        state = port.find("state")
        if state is not None and state.get("state") == "open":
            _read_port(port, found)
    mac = mac or found.mac
    brand = None
    if mac and (oui := lookup_mac(mac)) and oui.vendor:
        found.vote(oui.vendor, oui.confidence * 0.7)
        brand = oui.brand
        found.evidence.append(
            {"probe": "oui", "detail": f"MAC {mac} ({mac_vendor or oui.organization})", "vendor": oui.vendor}
        )
    if not found.votes:
        return None
    vendor = max(found.votes, key=lambda v: found.votes[v])
    if brand and (m := resolve_brand(brand)) and m.vendor != vendor:
        brand = None
    return DeviceRecord(
        source=DeviceSource.NMAP,
        address=address,
        port=found.main_port,
        mac=normalise_mac(mac or ""),
        vendor=vendor,
        brand=brand or vendor,
        model=found.model,
        serial=found.serial,
        device_type="camera" if found.video or vendor else None,
        confidence=found.votes[vendor],
        evidence=found.evidence,
    )


def _addresses(host: Any) -> tuple[str | None, str | None, str | None]:
    """The host's first IP address, its MAC and the MAC's vendor as nmap names it."""
    address = mac = mac_vendor = None
    for a in host.iter("address"):
        if a.get("addrtype") in ("ipv4", "ipv6") and address is None:
            address = a.get("addr")
        elif a.get("addrtype") == "mac":
            mac, mac_vendor = a.get("addr"), a.get("vendor")
    return address, mac, mac_vendor


@dataclass
class _Found:
    """What a host's open ports said: the vendors voted for, the evidence, the first port that named one."""

    votes: dict[str, float] = field(default_factory=dict)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    main_port: int | None = None
    video: bool = False
    model: str | None = None  # as a script gave it (upnp-info)
    serial: str | None = None
    mac: str | None = None  # as a script gave it (snmp-info's engine ID), for a host nmap saw off-link

    def vote(self, vendor: str, confidence: float) -> None:
        _vote(self.votes, vendor, confidence)

    def named(self, vendor: str, confidence: float, port: int, detail: str) -> None:
        self.vote(vendor, confidence)
        self.evidence.append({"probe": "nmap", "port": port, "detail": detail, "vendor": vendor})
        self.main_port = self.main_port or port


def _read_port(port: Any, found: _Found) -> None:
    """The vendors an open port's service strings and HTTP Server header name."""
    number = int(port.get("portid", "0"))
    service = port.find("service")
    texts = []
    if service is not None:
        texts = [service.get(k, "") for k in ("product", "extrainfo", "ostype") if service.get(k)]
        found.video |= service.get("devicetype", "") in _VIDEO_DEVICETYPES
    for text in texts:
        for mention in find_vendor_mentions(text):
            if mention.match.confidence >= STATUS_THRESHOLD:
                found.named(mention.vendor, 0.85, number, f"nmap service: {text}")
    for script in port.iter("script"):
        if script.get("id") == "http-server-header":
            for fp in match_fingerprints("http", {"server": script.get("output", "").strip()}):
                found.named(fp.vendor, fp.confidence, number, f"{fp.detail} [{fp.source}]")
        elif script.get("id") in SCRIPTS:
            _read_script(script, number, found)


def _read_script(script: Any, number: int, found: _Found) -> None:
    signals = script_signals(script, number)
    for obs in signals.observations:
        if obs.vendor and obs.confidence > 0:  # a name that weighs nothing says whose, not "a camera"
            found.named(obs.vendor, obs.confidence, number, f"nmap {script.get('id')}: {obs.detail}")
        found.model = found.model or obs.model
        found.serial = found.serial or obs.serial
    found.mac = found.mac or signals.mac


def _vote(votes: dict[str, float], vendor: str, confidence: float) -> None:
    votes[vendor] = 1.0 - (1.0 - votes.get(vendor, 0.0)) * (1.0 - min(confidence, 0.99))
