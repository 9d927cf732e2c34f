"""Weigh what a device said into one report: vendor, OEM brand, model, firmware, serial, MAC, confidence.

Vendor: the observations naming each vendor combine as independent signals (1 - prod(1 - c)); the strongest
vendor wins. Brands and manufacturer strings are resolved through the knowledge base, so a HiLook camera is
brand HiLook, vendor Hikvision. Model, firmware and serial come from the most authoritative probe that gave
them (credentialed calls, then discovery protocols, then banners); the model is also matched against the
model-number patterns, which can name an OEM brand the firmware does not (HiLook ``IPC-B140H``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from camcensus.knowledge.ouis import lookup_mac, normalise_mac
from camcensus.knowledge.vendors import STATUS_THRESHOLD, match_model, resolve_brand, vendor
from camcensus.network.probes.base import Observation
from camcensus.network.probes.channel_lists import Channel
from camcensus.network.risk import risk_note

VIDEO_TYPES = ("camera", "recorder", "intercom")
# Where a brand name came from: the device itself, its model number's shape, or its MAC's registrant.
_BRAND_SOURCE = {"oui": 1, "model": 2}


@dataclass
class DeviceReport:
    address: str
    port: int | None = None
    vendor: str | None = None
    brand: str | None = None
    model: str | None = None
    firmware: str | None = None
    serial: str | None = None
    mac: str | None = None
    device_type: str | None = None
    confidence: float = 0.0
    evidence: list[dict[str, Any]] = field(default_factory=list)
    services: list[str] = field(default_factory=list)
    risk: list[dict[str, str]] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)  # a recorder's cameras (``network.recorders``)
    channel_limit: int | None = None  # the most channels it says it takes: an upper bound on its cameras
    channels_listed: bool = False  # its channel list was read whole (so ``channels`` is every camera it has)
    errors: list[dict[str, Any]] = field(default_factory=list)  # answers that could not be read, and why
    warnings: list[str] = field(default_factory=list)  # e.g. the password sent by Basic over plain HTTP

    @property
    def kind(self) -> str | None:
        """camera, recorder, intercom or other (the ``kind`` of ``discover --json``)."""
        return self.device_type

    @property
    def is_video_device(self) -> bool:
        """A camera, recorder or intercom, by the vendor's kind or by ONVIF evidence."""
        if self.vendor and self.confidence >= STATUS_THRESHOLD:
            known = vendor(self.vendor)
            return known is None or known.kind == "camera"
        return self.device_type in VIDEO_TYPES and any(e["probe"] in ("onvif", "wsd") for e in self.evidence)

    def as_dict(self) -> dict[str, Any]:
        out = {
            "address": self.address,
            "port": self.port,
            "kind": self.kind,
            "vendor": self.vendor,
            "brand": self.brand,
            "model": self.model,
            "firmware": self.firmware,
            "serial": self.serial,
            "mac": self.mac,
            "device_type": self.device_type,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 3),
            "services": self.services,
            "risk": self.risk,
            "errors": self.errors,
            "warnings": self.warnings,
        }
        if self.kind == "recorder" or self.channels:
            out["channels"] = [c.as_dict() for c in self.channels]
            out["channel_limit"] = self.channel_limit
            out["channels_listed"] = self.channels_listed
        return out


def _resolve_brands(observations: list[Observation]) -> None:
    for obs in observations:
        if not obs.brand:
            continue
        match = resolve_brand(obs.brand)
        if match is None or match.confidence < STATUS_THRESHOLD:
            continue
        if obs.vendor is None:
            obs.vendor = match.vendor
        if obs.vendor == match.vendor:
            obs.brand = match.brand


def _best(observations: Iterable[Observation], key: str) -> Observation | None:
    having = [o for o in observations if getattr(o, key)]
    return max(having, key=lambda o: (o.rank, o.confidence), default=None)


def _model_observation(model: str, port: int | None) -> Observation | None:
    matches = match_model(model)
    if not matches:
        return None
    m = max(matches, key=lambda x: (x.end - x.start, x.confidence))
    return Observation(
        probe="model",
        port=port,
        detail=f"model number {m.model} matches the {m.brand} {m.family} pattern [{m.source}]",
        confidence=m.confidence * 0.8,
        vendor=m.vendor,
        brand=m.brand,
        device_type=m.device_type if m.device_type != "other" else None,
    )


def _oui_observation(mac: str) -> Observation | None:
    found = lookup_mac(mac)
    if found is None:
        return None
    return Observation(
        probe="oui",
        port=None,
        detail=f"MAC prefix {found.prefix} registered to {found.organization} [{found.source}]"
        + (f"; {found.note}" if found.note else ""),
        confidence=found.confidence * 0.7,
        vendor=found.vendor,
        brand=found.brand if found.vendor else None,
    )


def _vendor_scores(observations: list[Observation]) -> dict[str, float]:
    misses: dict[str, float] = {}
    for obs in observations:
        if obs.vendor:
            misses[obs.vendor] = misses.get(obs.vendor, 1.0) * (1.0 - min(obs.confidence, 0.99))
    return {name: 1.0 - miss for name, miss in misses.items()}


def _brand(observations: list[Observation], chosen: str) -> str:
    candidates = [o for o in observations if o.brand and o.vendor == chosen]
    own = [o for o in candidates if o.brand != chosen]
    pool = own or candidates
    if not pool:
        return chosen
    best = max(pool, key=lambda o: (_BRAND_SOURCE.get(o.probe, 3), o.confidence))
    return str(best.brand)


def identify(
    address: str,
    observations: list[Observation],
    services: list[str] | None = None,
    mac: str | None = None,
) -> DeviceReport:
    """One report from everything observed at ``address`` (``mac`` from the neighbour table, if on-link)."""
    found = list(observations)
    _resolve_brands(found)
    mac = normalise_mac(mac or "") or normalise_mac(
        (_best(found, "mac") or Observation("", None, "", 0)).mac or ""
    )
    if mac and (oui := _oui_observation(mac)):
        found.append(oui)
    model_obs = _best(found, "model")
    if model_obs and (pattern := _model_observation(str(model_obs.model), model_obs.port)):
        found.append(pattern)
    scores = _vendor_scores(found)
    chosen = max(scores, key=lambda v: scores[v], default=None)
    typed = _best(found, "device_type")
    report = DeviceReport(
        address=address,
        port=_main_port(found),
        vendor=chosen,
        brand=_brand(found, chosen) if chosen else None,
        model=model_obs.model if model_obs else None,
        firmware=(_best(found, "firmware") or _EMPTY).firmware,
        serial=(_best(found, "serial") or _EMPTY).serial,
        mac=mac,
        device_type=typed.device_type if typed else None,
        confidence=scores.get(chosen, 0.0) if chosen else max((o.confidence for o in found), default=0.0),
        evidence=[o.as_evidence() for o in found],
        services=list(services or []),
    )
    report.risk = risk_note(report.vendor, report.firmware)
    return report


_EMPTY = Observation(probe="", port=None, detail="", confidence=0.0)
_WEB_PROBES = ("isapi", "magicbox", "axis", "sunapi", "lapi", "vivotek", "getinfo", "onvif", "http", "tls")


def _main_port(observations: list[Observation]) -> int | None:
    """The port that said the most: credentialed and discovery answers first, then web, then anything."""
    ports = [o for o in observations if o.port is not None]
    web = [o for o in ports if o.probe in _WEB_PROBES]
    best = max(web or ports, key=lambda o: (o.rank, o.confidence), default=None)
    return best.port if best else None
