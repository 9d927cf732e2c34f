"""What a body's camera estate is known to hold, from each source: the body's replies (body facts), its asset
inventory and network observation (devices). Pure reading; no judgement here."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.enums import DeviceSource
from camcensus.store.models import BodyFact, Device

CAMERA_TYPES = {"camera", "fixed_camera", "fixed", "ipc", "dome", "bullet", "turret", "ptz", "ptz_camera"}
PTZ_TYPES = {"ptz", "ptz_camera"}
RECORDER_TYPES = {"recorder", "nvr", "dvr", "xvr"}
ITEMISED_SOURCES = (DeviceSource.INVENTORY, DeviceSource.NMAP, DeviceSource.DISCOVERY)


@dataclass(frozen=True)
class Fact:
    key: str
    value: str
    source: str  # machine | review
    evidence_ids: tuple[int, ...]

    def as_list(self) -> list[str]:
        """A JSON-list fact (capabilities, manufacturers) as a list of strings."""
        try:
            parsed = json.loads(self.value) if self.value else []
        except json.JSONDecodeError:
            parsed = [part.strip() for part in self.value.split(",") if part.strip()]
        return [str(p) for p in parsed] if isinstance(parsed, list) else [str(parsed)]

    def as_int(self) -> int | None:
        try:
            return int(float(self.value.replace(",", "").strip()))
        except (ValueError, AttributeError):
            return None


@dataclass(frozen=True)
class DeviceRow:
    id: int
    source: str
    vendor: str | None
    brand: str | None
    model: str | None
    kind: str  # fixed | ptz | recorder | other
    identity: str | None  # serial or MAC, to match the same device across sources
    device_key: str


@dataclass
class BodyEstate:
    body_id: int
    facts: dict[str, Fact] = field(default_factory=dict)
    devices: list[DeviceRow] = field(default_factory=list)

    def fact(self, key: str) -> Fact | None:
        return self.facts.get(key)


def device_kind(device_type: str | None, model: str | None = None) -> str:
    kind = (device_type or "").strip().lower()
    if kind in PTZ_TYPES:
        return "ptz"
    if kind in CAMERA_TYPES:
        return "fixed"
    if kind in RECORDER_TYPES:
        return "recorder"
    return "other"


def _identity(device: Any) -> str | None:
    if device.serial and device.serial.strip():
        return "serial:" + device.serial.strip().upper()
    if device.mac and device.mac.strip():
        return "mac:" + device.mac.strip().lower().replace("-", ":")
    return None


def fact_of(row: Any) -> Fact:
    """A body fact (a ``BodyFact`` or a row with its key, value, source and evidence_ids) as the estate
    holds it."""
    return Fact(
        key=row.key,
        value=row.value or "",
        source=row.source,
        evidence_ids=tuple(int(i) for i in (row.evidence_ids or [])),
    )


def device_row(device: Any) -> DeviceRow:
    """A device (a ``Device`` or a row of ``DEVICE_COLUMNS``) as the estate holds it."""
    return DeviceRow(
        id=device.id,
        source=device.source,
        vendor=device.vendor,
        brand=device.brand,
        model=device.model,
        kind=device_kind(device.device_type, device.model),
        identity=_identity(device),
        device_key=device.device_key,
    )


DEVICE_COLUMNS = (
    Device.id,
    Device.source,
    Device.vendor,
    Device.brand,
    Device.model,
    Device.device_type,
    Device.serial,
    Device.mac,
    Device.device_key,
)


def read_estate(session: Session, body_id: int) -> BodyEstate:
    return read_estates(session, [body_id])[body_id]


CHUNK = 500


def read_estates(session: Session, body_ids: list[int]) -> dict[int, BodyEstate]:
    """The estates of many bodies, read in a few queries."""
    estates = {i: BodyEstate(body_id=i) for i in body_ids}
    for start in range(0, len(body_ids), CHUNK):
        chunk = body_ids[start : start + CHUNK]
        for f in session.scalars(select(BodyFact).where(BodyFact.body_id.in_(chunk))):
            estates[f.body_id].facts[f.key] = fact_of(f)
        query = select(Device).where(Device.body_id.in_(chunk)).order_by(Device.id)
        for d in session.scalars(query):
            estates[d.body_id or 0].devices.append(device_row(d))
    return estates


def bodies_with_data(session: Session) -> list[int]:
    """Bodies that have any body fact or device, in id order."""
    ids = set(session.scalars(select(BodyFact.body_id).distinct()))
    ids |= {i for i in session.scalars(select(Device.body_id).distinct()) if i is not None}
    return sorted(ids)


def distinct_itemised(devices: list[DeviceRow], kinds: set[str]) -> tuple[int, dict[str, int]]:
    """Distinct devices of the given kinds across sources, and the count per source.

    Devices are matched across sources by serial number or MAC. Unmatched devices from different sources may
    be the same device, so only the largest single source's unmatched count is added to the matched ones.
    """
    chosen = [d for d in devices if d.kind in kinds]
    per_source: dict[str, int] = {}
    for d in chosen:
        per_source[d.source] = per_source.get(d.source, 0) + 1
    identified = {d.identity for d in chosen if d.identity}
    unidentified: dict[str, int] = {}
    for d in chosen:
        if not d.identity:
            unidentified[d.source] = unidentified.get(d.source, 0) + 1
    return len(identified) + max(unidentified.values(), default=0), per_source


def evidence_ref(fact: Fact | None) -> dict[str, Any] | None:
    if fact is None:
        return None
    return {
        "source": "reply",
        "fact": fact.key,
        "value": fact.value,
        "decided_by": fact.source,
        "evidence_ids": list(fact.evidence_ids),
    }
