"""Figures over the estates of many bodies, from their stored devices: the one source of the report's section
on scanned estates (and of its part of ``figures.json``).

Each camera is counted once. Within a scan, ``camcensus.network.scans`` stores a camera seen directly and on
a recorder's channel once, and ``camera_count`` is the body's count from its discovery devices. Across
sources (discovery, nmap output, an asset inventory) the same camera may be listed by each, and nothing
reliable joins them, so each body is counted from one source: the one that names the most of its cameras
(on a tie discovery, then the inventory, then nmap).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from camcensus.enums import DeviceSource
from camcensus.network.estates import DeviceView, public_devices
from camcensus.network.risk import LIKELY_AFFECTED
from camcensus.network.scans import camera_count
from camcensus.store.models import Device

SOURCE_ORDER = (DeviceSource.DISCOVERY.value, DeviceSource.INVENTORY.value, DeviceSource.NMAP.value)
UNIDENTIFIED = "not identified"


@dataclass
class VendorRow:
    vendor: str
    cameras: int = 0
    behind_recorders: int = 0  # of those cameras, named only by a recorder's channel list
    recorders: int = 0
    other: int = 0
    likely_affected: int = 0  # devices whose firmware build predates a published fix
    bodies: int = 0


@dataclass
class EstateFigures:
    bodies: int = 0  # surveyed bodies with any device recorded
    by_source: dict[str, int] = field(default_factory=dict)  # bodies with devices from each source
    counted_from: dict[str, int] = field(default_factory=dict)  # bodies counted from each source
    devices: int = 0
    cameras: int = 0
    cameras_direct: int = 0  # discovery: cameras that answered the scan
    cameras_behind_recorders: int = 0  # discovery: named only by a recorder's channel list
    recorders: int = 0
    recorders_listed: int = 0  # whose channel lists were read whole
    channels: int = 0  # enabled channels in those lists (each a camera)
    channels_disabled: int = 0
    complete: int = 0  # bodies counted from discovery with every recorder's channels listed
    # over the bodies counted from discovery: the cameras their scans could know of at most (direct ones and
    # what each recorder says it takes; None when a recorder says nothing)
    upper_bound: int | None = None
    vendors: list[VendorRow] = field(default_factory=list)
    outside_survey: int = 0  # bodies with devices that the published survey did not ask

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def chosen_source(views: Sequence[DeviceView]) -> str | None:
    """The source a body's estate is counted from: the one naming the most cameras."""
    cameras = Counter(v.source for v in views if v.kind == "camera")
    sources = {v.source for v in views}
    ranked = sorted(sources, key=lambda s: (-cameras[s], SOURCE_ORDER.index(s) if s in SOURCE_ORDER else 9))
    return ranked[0] if ranked else None


def _add_vendors(table: dict[str, VendorRow], views: Sequence[DeviceView]) -> None:
    for name in {v.vendor or UNIDENTIFIED for v in views}:
        table.setdefault(name, VendorRow(name)).bodies += 1
    for view in views:
        row = table[view.vendor or UNIDENTIFIED]
        if view.kind == "camera":
            row.cameras += 1
            row.behind_recorders += int(view.behind_only)
        elif view.kind == "recorder":
            row.recorders += 1
        else:
            row.other += 1
        row.likely_affected += int(any(a["verdict"] == LIKELY_AFFECTED for a in view.advisories))


def _add_discovery(figures: EstateFigures, session: Session, body_id: int) -> int | None:
    """The body's discovery count into the figures; returns its upper bound (None when unknown)."""
    count = camera_count(session, body_id)
    figures.cameras_direct += count.direct
    figures.cameras_behind_recorders += count.behind
    figures.complete += int(count.complete)
    figures.channels_disabled += count.disabled
    return count.upper_bound


def estate_figures(session: Session, body_ids: Sequence[int]) -> EstateFigures:
    """The figures over these bodies' devices (the surveyed bodies, for the report)."""
    figures = EstateFigures()
    vendors: dict[str, VendorRow] = {}
    bound: int | None = 0
    for body_id, found in sorted(public_devices(session, body_ids).items()):
        views = found.items
        source = chosen_source(views)
        if source is None:
            continue
        figures.bodies += 1
        for name in sorted({v.source for v in views}):
            figures.by_source[name] = figures.by_source.get(name, 0) + 1
        figures.counted_from[source] = figures.counted_from.get(source, 0) + 1
        counted = [v for v in views if v.source == source]
        figures.devices += len(counted)
        figures.cameras += sum(v.kind == "camera" for v in counted)
        recorders = [v for v in counted if v.kind == "recorder"]
        figures.recorders += len(recorders)
        figures.recorders_listed += sum(bool(r.channels_listed) for r in recorders)
        figures.channels += sum(c.enabled is not False for r in recorders for c in r.channels)
        if source == DeviceSource.DISCOVERY.value:
            body_bound = _add_discovery(figures, session, body_id)
            bound = None if bound is None or body_bound is None else bound + body_bound
        _add_vendors(vendors, counted)
    figures.upper_bound = bound if figures.counted_from.get(DeviceSource.DISCOVERY.value) else None
    figures.vendors = sorted(vendors.values(), key=lambda r: (r.vendor == UNIDENTIFIED, -r.cameras, r.vendor))
    figures.outside_survey = _outside(session, figures.bodies)
    return figures


def _outside(session: Session, inside: int) -> int:
    """Bodies with devices beyond the ``inside`` counted."""
    with_devices = select(Device.body_id).where(Device.body_id.is_not(None)).distinct().subquery()
    return (session.scalar(select(func.count()).select_from(with_devices)) or 0) - inside
