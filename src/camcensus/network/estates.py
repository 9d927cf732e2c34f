"""A body's devices as every output shows them: the body page and its API record, the report's section on
scanned estates and the open data's devices table all read them here, so what leaves is decided once.

Shown: the kind (camera, recorder, ...), where it was found (discovery, nmap output, an asset inventory),
vendor, brand, model, firmware, the vendor's published advisories with what is known for that firmware
(``camcensus.network.risk``), when it was first and last seen, and for a recorder its channels: the cameras
behind it, each pointing at the stored device that stands for it (the camera itself when a scan found it
answering, else the one its channel list names), so each camera is counted once.

Never shown: serial numbers, the inventory's free-text location, the scan's actor, targets and options
(user names), credentials (never stored). Addresses (IP, port, MAC, and the address a recorder reaches each
channel's camera at) only with ``addresses=True``: for signed-in users, and for everyone only when the body,
as the estate owner, opted in (``Body.device_addresses_public_since``, ``camcensus devices addresses``).
Text from devices passes :func:`camcensus.safetext.display_text`; pages escape it, CSV neutralises formulas.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.enums import DeviceSource
from camcensus.network.record import BEHIND
from camcensus.network.recorders import CameraIndex
from camcensus.network.risk import risk_note
from camcensus.network.scans import camera_count
from camcensus.safetext import display_text
from camcensus.store.models import Body, Device

KIND_ORDER = {"recorder": 0, "camera": 1, "intercom": 2}
DEVICE_COLUMNS = (
    Device.id,
    Device.body_id,
    Device.source,
    Device.address,
    Device.port,
    Device.mac,
    Device.vendor,
    Device.brand,
    Device.model,
    Device.device_type,
    Device.firmware,
    Device.serial,
    Device.confidence,
    Device.evidence,
    Device.first_seen,
    Device.last_seen,
)


def _text(value: Any) -> str | None:
    return display_text(str(value)) or None if value is not None else None


def _seen(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


@dataclass
class ChannelView:
    """One camera a recorder records, as its channel list names it."""

    channel: int | None
    input: str | None  # ip | analogue
    model: str | None
    vendor: str | None
    brand: str | None
    enabled: bool | None
    device_id: int | None  # the stored device that stands for this camera (none for a disabled channel)
    seen_directly: bool  # the scan also found the camera answering itself
    address: str | None = None
    port: int | None = None


@dataclass
class DeviceView:
    id: int
    source: str
    kind: str | None
    vendor: str | None
    brand: str | None
    model: str | None
    firmware: str | None
    first_seen: str | None
    last_seen: str | None
    advisories: list[dict[str, str]] = field(default_factory=list)
    channels: list[ChannelView] = field(default_factory=list)  # a recorder's
    channels_listed: bool | None = None  # a recorder's channel list was read whole
    channel_limit: int | None = None  # the most channels a recorder says it takes
    recorder_id: int | None = None  # a camera a recorder records: that recorder
    channel: int | None = None
    input: str | None = None
    behind_only: bool = False  # known only from its recorder's channel list
    address: str | None = None
    port: int | None = None
    mac: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class BodyDevices:
    """A body's devices, recorders first, and whether their addresses are shown."""

    items: list[DeviceView]
    addresses_shown: bool
    addresses_published: bool  # the body opted in to publish them
    scanned: dict[str, Any] | None = None  # the body's cameras as its discovery scans found them

    @property
    def listed(self) -> list[DeviceView]:
        """The devices a page lists in its own rows: all but the cameras only a recorder names (listed under
        their recorder)."""
        return [d for d in self.items if not d.behind_only]

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": [d.as_dict() for d in self.items],
            "addresses_shown": self.addresses_shown,
            "addresses_published": self.addresses_published,
            "scanned": self.scanned,
        }


def _entry(row: Any, probe: str, key: str | None = None) -> dict[str, Any] | None:
    return next(
        (
            e
            for e in row.evidence or []
            if isinstance(e, dict) and e.get("probe") == probe and (key is None or key in e)
        ),
        None,
    )


def _view(row: Any, addresses: bool) -> DeviceView:
    recorder = _entry(row, "recorder", "channels") if row.device_type == "recorder" else None
    behind = _entry(row, BEHIND)
    return DeviceView(
        id=row.id,
        source=row.source,
        kind=_text(row.device_type),
        vendor=_text(row.vendor),
        brand=_text(row.brand),
        model=_text(row.model),
        firmware=_text(row.firmware),
        first_seen=_seen(row.first_seen),
        last_seen=_seen(row.last_seen),
        advisories=risk_note(row.vendor, row.firmware),
        channels_listed=bool(recorder.get("channels_listed")) if recorder else None,
        channel_limit=recorder.get("channel_limit") if recorder else None,
        channel=behind.get("channel") if behind else None,
        input=_text(behind.get("input")) if behind else None,
        behind_only=behind is not None,
        address=_text(row.address) if addresses else None,
        port=row.port if addresses else None,
        mac=_text(row.mac) if addresses else None,
    )


@dataclass(frozen=True)
class _Sighting:
    serial: str | None
    address: str | None


def _link_channels(rows: list[Any], views: dict[int, DeviceView], addresses: bool) -> None:
    """Each recorder's channels, each pointing at the device that stands for its camera; each camera a
    recorder records told which recorder and channel."""
    cameras = [r for r in rows if r.device_type != "recorder"]
    direct = CameraIndex(r for r in cameras if not views[r.id].behind_only)
    behind = {
        (e.get("recorder"), e.get("input"), e.get("channel")): r.id
        for r in cameras
        if (e := _entry(r, BEHIND)) is not None
    }
    for row in (r for r in rows if r.device_type == "recorder"):
        entry = _entry(row, "recorder", "channels") or {}
        for ch in entry.get("channels") or []:
            if not isinstance(ch, dict):
                continue
            seen = direct.find(_Sighting(ch.get("serial"), ch.get("seen_at") or ch.get("address")))
            key = (row.address, ch.get("input"), ch.get("channel"))
            device_id = getattr(seen, "id", None) if seen is not None else behind.get(key)
            if ch.get("enabled") is False:
                device_id = None
            views[row.id].channels.append(
                ChannelView(
                    channel=ch.get("channel"),
                    input=_text(ch.get("input")),
                    model=_text(ch.get("model")),
                    vendor=_text(ch.get("vendor")),
                    brand=_text(ch.get("brand")),
                    enabled=ch.get("enabled"),
                    device_id=device_id,
                    seen_directly=seen is not None,
                    address=_text(ch.get("address")) if addresses else None,
                    port=ch.get("port") if addresses else None,
                )
            )
            if device_id is not None and device_id in views:
                camera = views[device_id]
                camera.recorder_id, camera.channel = row.id, ch.get("channel")
                camera.input = _text(ch.get("input"))


def _order(view: DeviceView) -> tuple[int, str, str, int]:
    return (KIND_ORDER.get(view.kind or "", 3), view.vendor or "~", view.model or "~", view.id)


def device_views(rows: Iterable[Any], addresses: bool) -> list[DeviceView]:
    """Views of one body's device rows (``Device`` objects or rows of ``DEVICE_COLUMNS``): each recorder
    followed by the cameras it records in channel order, then the other devices."""
    found = list(rows)
    views = {r.id: _view(r, addresses) for r in found}
    _link_channels(found, views, addresses)
    recorded: dict[int, list[DeviceView]] = {}
    for view in views.values():
        if view.recorder_id is not None and view.recorder_id in views:
            recorded.setdefault(view.recorder_id, []).append(view)
    ordered: list[DeviceView] = []
    for view in sorted(views.values(), key=_order):
        if view.recorder_id is not None and view.recorder_id in views:
            continue  # listed after its recorder
        ordered.append(view)
        ordered += sorted(recorded.get(view.id, []), key=lambda v: (v.channel or 0, v.input or "", v.id))
    return ordered


def addresses_published(session: Session, body_id: int) -> bool:
    """Whether the body opted in to publishing its devices' addresses."""
    since = session.scalar(select(Body.device_addresses_public_since).where(Body.id == body_id))
    return since is not None


def body_devices(
    session: Session, body_id: int, signed_in: bool = False, published: bool | None = None
) -> BodyDevices:
    """The body's devices as this audience may see them: addresses for signed-in users, and for the public
    only when the body opted in (``published``, read from the body when not given)."""
    if published is None:
        published = addresses_published(session, body_id)
    shown = signed_in or published
    rows = list(session.execute(select(*DEVICE_COLUMNS).where(Device.body_id == body_id).order_by(Device.id)))
    found = BodyDevices(device_views(rows, shown), shown, published)
    if any(r.source == DeviceSource.DISCOVERY for r in rows):
        count = camera_count(session, body_id)
        found.scanned = {
            "cameras": count.cameras,
            "direct": count.direct,
            "behind_recorders": count.behind,
            "recorders": count.recorders,
            "recorders_unlisted": count.unlisted,
            "disabled_channels": count.disabled,
            "upper_bound": count.upper_bound,
            "complete": count.complete,
            "scans": len(count.scan_ids),
        }
    return found


def public_devices(session: Session, body_ids: Iterable[int]) -> dict[int, BodyDevices]:
    """Several bodies' devices as the public sees them (addresses only where the body opted in), by body id;
    bodies with no device are left out."""
    ids = sorted(set(body_ids))
    rows: dict[int, list[Any]] = {}
    published: dict[int, bool] = {}
    since = Body.device_addresses_public_since
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(*DEVICE_COLUMNS).where(Device.body_id.in_(chunk)).order_by(Device.id)
        for row in session.execute(query):
            rows.setdefault(row.body_id, []).append(row)
        opted = select(Body.id).where(Body.id.in_(chunk), since.is_not(None))
        published.update((body_id, True) for body_id in session.scalars(opted))
    out = {}
    for body_id, found in rows.items():
        shown = published.get(body_id, False)
        out[body_id] = BodyDevices(device_views(found, shown), shown, addresses_published=shown)
    return out


def set_addresses_published(session: Session, body_id: int, publish: bool) -> dt.datetime | None:
    """Record the estate owner's choice: publish its devices' addresses from now, or withhold them (the
    default). Returns when publication began, or None when withheld."""
    body = session.get_one(Body, body_id)
    if not publish:
        body.device_addresses_public_since = None
    elif body.device_addresses_public_since is None:
        body.device_addresses_public_since = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    session.flush()
    return body.device_addresses_public_since
