"""Storing a scan: who scanned what and when (a ``Scan``), the devices it found, the cameras only recorders
reach (one ``Device`` each, located by recorder and channel), and, for a body's own scan, the body's camera
count as a ``camera_count`` evidence item whose detail says where each figure came from.

Each camera is counted once: a channel whose camera the scan found directly is not stored again
(``camcensus.network.recorders.link_channels``), and a camera stored from a recorder's list that a later scan
finds directly (same serial or address) is retired in favour of the direct sighting.
"""

from __future__ import annotations

import datetime as dt
import getpass
import socket
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from camcensus.enums import DeviceSource, EvidenceKind
from camcensus.evidence.facts import resolve_body_facts
from camcensus.network.identify import DeviceReport
from camcensus.network.record import BEHIND, DeviceRecord, store_devices
from camcensus.network.recorders import CameraIndex
from camcensus.store.models import Device, Evidence, Scan


def default_actor() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"{user}@{socket.gethostname()}"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def start_scan(
    session: Session,
    targets: Sequence[str],
    options: dict[str, Any],
    body_id: int | None,
    actor: str | None = None,
) -> Scan:
    scan = Scan(
        actor=actor or default_actor(),
        targets=" ".join(targets),
        options=options,
        body_id=body_id,
        started_at=_now(),
    )
    session.add(scan)
    session.flush()
    return scan


def finish_scan(session: Session, scan: Scan, reports: Iterable[DeviceReport]) -> list[Device]:
    """Store the scan's devices and the cameras behind its recorders; note in the scan where the password went
    by Basic authentication; for a body's scan, record its camera count and recompute its facts."""
    found = list(reports)
    records = [DeviceRecord.from_report(r) for r in found]
    records += [record for r in found for record in channel_records(r)]
    devices = store_devices(session, records, scan.body_id, scan.id, resolve=False)
    scan.finished_at = _now()
    basic = basic_auth_notes(found)
    if basic:
        scan.options = {**(scan.options or {}), "basic_auth": basic}
    if scan.body_id is not None:
        retire_recorded_duplicates(session, scan.body_id)
        record_camera_count(session, scan.body_id, scan.id)
        resolve_body_facts(session, [scan.body_id])
    session.flush()
    return devices


def basic_auth_notes(reports: Iterable[DeviceReport]) -> list[dict[str, Any]]:
    """Where the owner's password was sent by Basic authentication, and whether in the clear."""
    return [
        {"address": r.address, "port": e.get("port"), "plain_http": not e.get("tls")}
        for r in reports
        for e in r.evidence
        if e.get("probe") == "auth" and e.get("scheme") == "basic"
    ]


def channel_records(report: DeviceReport) -> list[DeviceRecord]:
    """A device record for each enabled channel of a recorder whose camera the scan did not find directly."""
    recorder = (report.serial or report.mac or report.address or "").strip().upper()
    records = []
    for ch in report.channels:
        if ch.seen_at or ch.enabled is False:
            continue
        where = f"{ch.input} channel {ch.channel} of the recorder at {report.address}"
        records.append(
            DeviceRecord(
                source=DeviceSource.DISCOVERY,
                address=ch.address,
                port=ch.port,
                vendor=ch.vendor,
                brand=ch.brand,
                model=ch.model,
                device_type="camera",
                firmware=ch.firmware,
                serial=ch.serial,
                location=where,
                confidence=0.8 if ch.vendor else 0.5,
                evidence=[
                    {
                        "probe": BEHIND,
                        "port": report.port,
                        "recorder": report.address,
                        "recorder_serial": report.serial,
                        "channel": ch.channel,
                        "input": ch.input,
                        "protocol": ch.protocol,
                        "detail": f"listed on {where} ({report.brand or report.vendor} {report.model})",
                    }
                ],
                behind=f"{recorder}:{ch.input}:{ch.channel}",
            )
        )
    return records


def _behind(device: Device) -> bool:
    return any(isinstance(e, dict) and e.get("probe") == BEHIND for e in device.evidence or [])


def _discovered(session: Session, body_id: int) -> list[Device]:
    query = select(Device).where(Device.body_id == body_id, Device.source == DeviceSource.DISCOVERY)
    return list(session.scalars(query.order_by(Device.id)))


def retire_recorded_duplicates(session: Session, body_id: int) -> int:
    """Remove cameras stored from a recorder's list that a scan has since found directly (same serial or
    address): the direct sighting stands for them. Returns how many went."""
    devices = _discovered(session, body_id)
    index = CameraIndex(d for d in devices if d.device_type == "camera" and not _behind(d))
    gone = [d for d in devices if _behind(d) and index.find(d) is not None]
    for device in gone:
        session.execute(delete(Evidence).where(Evidence.device_id == device.id))
        session.delete(device)
    session.flush()
    return len(gone)


@dataclass
class CameraCount:
    """A body's cameras as its own scans found them."""

    direct: int = 0  # cameras that answered the scan
    behind: int = 0  # cameras only a recorder's channel list names
    recorders: int = 0
    unlisted: int = 0  # recorders whose channels could not be listed
    disabled: int = 0  # channels a recorder lists as disabled (not counted)
    upper_bound: int | None = None  # what the recorders say they take + cameras on no list (None: unknown)
    device_ids: list[int] = field(default_factory=list)
    scan_ids: list[int] = field(default_factory=list)

    @property
    def cameras(self) -> int:
        return self.direct + self.behind

    @property
    def complete(self) -> bool:
        """Every recorder's channels were listed, so the count is every camera the scans could know of."""
        return self.unlisted == 0

    def quote(self) -> str:
        text = f"{self.cameras} camera(s) found by scanning the body's network: {self.direct} answering"
        if self.recorders:
            text += f", {self.behind} named only by the channel lists of {self.recorders} recorder(s)"
        if self.disabled:
            text += f" ({self.disabled} disabled channel(s) not counted)"
        if not self.complete:
            text = f"at least {text}; {self.unlisted} recorder(s) could not be listed"
        if self.upper_bound is not None and self.recorders:
            text += f"; at most {self.upper_bound} by the channels the recorders say they take"
        scans = ", ".join(str(i) for i in self.scan_ids)
        return f"{text} [discovery, scan(s) {scans}]"


def _recorder_entry(device: Device) -> dict[str, Any]:
    return next(
        (e for e in device.evidence or [] if isinstance(e, dict) and e.get("probe") == "recorder"), {}
    )


def camera_count(session: Session, body_id: int) -> CameraCount:
    """The body's cameras over all its discovery devices (each stored once; see the module's note)."""
    count = CameraCount()
    bound: int | None = 0
    devices = _discovered(session, body_id)
    # a camera that answered the scan and is on a recorder's list takes one of that recorder's channels
    listed = {
        c.get("seen_at")
        for d in devices
        if d.device_type == "recorder"
        for c in _recorder_entry(d).get("channels") or []
        if isinstance(c, dict) and c.get("seen_at")
    }
    for device in devices:
        if device.scan_id is not None and device.scan_id not in count.scan_ids:
            count.scan_ids.append(device.scan_id)
        if device.device_type == "camera":
            count.device_ids.append(device.id)
            if _behind(device):
                count.behind += 1
            else:
                count.direct += 1
                inside = device.address is not None and device.address in listed
                bound = None if bound is None else bound + (0 if inside else 1)
        elif device.device_type == "recorder":
            entry = _recorder_entry(device)
            channels = entry.get("channels") or []
            count.recorders += 1
            count.unlisted += 0 if entry.get("channels_listed") else 1
            count.disabled += sum(1 for c in channels if c.get("enabled") is False)
            limit = entry.get("channel_limit")
            if limit is None and entry.get("channels_listed"):
                limit = sum(1 for c in channels if c.get("enabled") is not False)
            bound = None if bound is None or limit is None else bound + int(limit)
    count.upper_bound = bound
    count.scan_ids.sort()
    return count


def record_camera_count(session: Session, body_id: int, scan_id: int) -> Evidence | None:
    """Replace the body's network camera count with one from its discovery devices now stored."""
    session.execute(
        delete(Evidence).where(
            Evidence.body_id == body_id,
            Evidence.kind == EvidenceKind.CAMERA_COUNT,
            Evidence.extractor == "network",
            Evidence.document_id.is_(None),
            Evidence.device_id.is_(None),
        )
    )
    count = camera_count(session, body_id)
    if not count.cameras and not count.recorders:
        return None
    evidence = Evidence(
        body_id=body_id,
        kind=EvidenceKind.CAMERA_COUNT,
        value=str(count.cameras),
        detail={
            "counted": count.complete,  # a body fact only when every recorder was listed
            "source": DeviceSource.DISCOVERY.value,
            "direct": count.direct,
            "behind_recorders": count.behind,
            "recorders": count.recorders,
            "recorders_unlisted": count.unlisted,
            "disabled_channels": count.disabled,
            "upper_bound": count.upper_bound,
            "devices": count.device_ids,
            "scans": count.scan_ids,
        },
        quote=count.quote(),
        location=f"scan {scan_id}",
        confidence=0.9 if count.complete else 0.5,
        extractor="network",
    )
    session.add(evidence)
    session.flush()
    return evidence
