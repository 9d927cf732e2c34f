"""Storing what discovery and imports found: ``Device`` rows keyed by source and serial, MAC or address (a
camera only a recorder reaches, without a serial, by that recorder and channel), each linked to a body with a
``device`` evidence item so the body's facts (``camcensus.evidence.facts.resolve_body_facts``) count it beside
the body's FOI replies. A scan itself (who, when, against what) is stored by ``camcensus.network.scans``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from camcensus.enums import DeviceSource, EvidenceKind
from camcensus.evidence.facts import resolve_body_facts
from camcensus.knowledge.ouis import normalise_mac
from camcensus.network.identify import DeviceReport
from camcensus.store.models import Body, Device, Evidence

BEHIND = "recorder-channel"  # the evidence entry of a camera stored from a recorder's channel list


class BodyNotFound(LookupError):
    pass


class DeviceImportError(ValueError):
    """A file that cannot be read as nmap XML or an asset inventory (message names the file and reason)."""


@dataclass
class DeviceRecord:
    """One device from any source, before it is stored."""

    source: str  # a DeviceSource
    address: str | None = None
    port: int | None = None
    mac: str | None = None
    vendor: str | None = None
    brand: str | None = None
    model: str | None = None
    device_type: str | None = None
    firmware: str | None = None
    serial: str | None = None
    location: str | None = None
    installed_on: dt.date | None = None
    confidence: float = 1.0
    evidence: list[Any] = field(default_factory=list)
    fallback_key: str | None = None  # e.g. file hash and row, when nothing else names the device
    behind: str | None = None  # recorder and channel, for a camera only a recorder reaches

    @classmethod
    def from_report(cls, report: DeviceReport) -> DeviceRecord:
        evidence = list(report.evidence)
        if report.risk:
            evidence.append({"probe": "risk", "advisories": report.risk})
        if report.kind == "recorder":
            evidence.append(
                {
                    "probe": "recorder",
                    "channels": [c.as_dict() for c in report.channels],
                    "channel_limit": report.channel_limit,
                    "channels_listed": report.channels_listed,
                }
            )
        if report.errors or report.warnings:
            evidence.append({"probe": "problems", "errors": report.errors, "warnings": report.warnings})
        return cls(
            source=DeviceSource.DISCOVERY,
            address=report.address,
            port=report.port,
            mac=report.mac,
            vendor=report.vendor,
            brand=report.brand,
            model=report.model,
            device_type=report.device_type,
            firmware=report.firmware,
            serial=report.serial,
            confidence=report.confidence,
            evidence=evidence,
        )

    def key(self, body_id: int | None) -> str:
        scope = f"{self.source}:{body_id if body_id is not None else '-'}"
        if self.serial and self.serial.strip():
            return f"{scope}:serial:{self.serial.strip().upper()}"[:300]
        if self.behind:
            return f"{scope}:behind:{self.behind}"[:300]
        mac = normalise_mac(self.mac or "")
        if mac:
            return f"{scope}:mac:{mac}"
        if self.address:
            return f"{scope}:addr:{self.address}:{self.port or ''}"
        return f"{scope}:row:{self.fallback_key}"[:300]


def find_body(session: Session, ref: str | int | None) -> Body | None:
    """A body by database id or by its code (``la:ABE``); None when no reference was given."""
    if ref is None or str(ref).strip() == "":
        return None
    text = str(ref).strip()
    body = session.get(Body, int(text)) if text.isdigit() else None
    body = body or session.scalar(select(Body).where(Body.code == text))
    if body is None:
        raise BodyNotFound(f"no body with id or code {text!r}")
    return body


def store_devices(
    session: Session,
    records: Sequence[DeviceRecord],
    body_id: int | None,
    scan_id: int | None = None,
    resolve: bool = True,
) -> list[Device]:
    """Insert or update each device by its key; link evidence to the body and (with ``resolve``) recompute its
    facts. The devices are looked up, written and their evidence replaced in a few statements for the whole
    batch, not several per device."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    known = _devices_by_key(session, {record.key(body_id) for record in records})
    stored = []
    for record in records:
        key = record.key(body_id)
        device = known.get(key)
        if device is None:
            device = known[key] = Device(device_key=key, first_seen=now)
            session.add(device)
        for name in _FIELDS:
            value = getattr(record, name)
            if value is not None or name in ("evidence", "confidence"):
                setattr(device, name, value)
        device.mac = normalise_mac(record.mac or "") or device.mac
        device.body_id, device.last_seen = body_id, now
        device.scan_id = scan_id if scan_id is not None else device.scan_id
        stored.append(device)
    session.flush()
    unique = list({id(d): d for d in stored}.values())
    for chunk in _chunks([d.id for d in unique]):
        session.execute(delete(Evidence).where(Evidence.device_id.in_(chunk)))
    for device in unique:
        _device_evidence(device, session)
    if body_id is not None and resolve:
        resolve_body_facts(session, [body_id])
    return stored


_FIELDS = (
    "source",
    "address",
    "port",
    "vendor",
    "brand",
    "model",
    "device_type",
    "firmware",
    "serial",
    "location",
    "installed_on",
    "confidence",
    "evidence",
)


def _chunks(values: list[Any], size: int = 500) -> list[list[Any]]:
    """Pieces small enough for one statement's parameters on every backend."""
    return [values[i : i + size] for i in range(0, len(values), size)]


def _devices_by_key(session: Session, keys: set[str]) -> dict[str, Device]:
    found: dict[str, Device] = {}
    for chunk in _chunks(sorted(keys)):
        found.update(
            (d.device_key, d) for d in session.scalars(select(Device).where(Device.device_key.in_(chunk)))
        )
    return found


def _device_evidence(device: Device, session: Session) -> None:
    """One ``device`` evidence item per identified device (the old one deleted by the caller: replaced on each
    rescan or re-import)."""
    if not device.vendor or device.body_id is None:
        return
    session.add(
        Evidence(
            device_id=device.id,
            body_id=device.body_id,
            kind=EvidenceKind.DEVICE,
            value=device.vendor,
            detail={
                "vendor": device.vendor,
                "brand": device.brand,
                "model": device.model,
                "source": device.source,
                "device_type": device.device_type,
                "status": "in_use",
            },
            quote=device_quote(device),
            location=f"device {device.id}",
            confidence=device.confidence,
            extractor="network",
        )
    )


def device_quote(device: Device) -> str:
    """What a device evidence item quotes: the make, model and kind, and for a camera only a recorder names,
    its channel; never an address, serial or the inventory's free-text location (quotes reach the public
    pages, the report and the open data; the device row keeps the rest for signed-in users)."""
    what = " ".join(p for p in (device.brand or device.vendor, device.model) if p)
    kind = f", {device.device_type}" if device.device_type else ""
    behind = next(
        (e for e in device.evidence or [] if isinstance(e, dict) and e.get("probe") == BEHIND), None
    )
    on = f" on {behind.get('input')} channel {behind.get('channel')} of a recorder" if behind else ""
    return f"{what}{kind}{on} [{device.source.replace('_', ' ')}]"
