"""Cameras behind recorders: a recorder's channels named (maker from the model number, or from the protocol
the recorder reaches the camera by, ``data/channel_protocols.csv``), the most channels it says it takes (an
upper bound on its cameras, from its own answers or what SADP and DHDiscover announce), and each camera
counted once: a channel whose camera the scan also found directly (same serial, or same address) points at
that device.
"""

from __future__ import annotations

import csv
import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Protocol

from camcensus.knowledge.vendors import STATUS_THRESHOLD, match_model
from camcensus.network.identify import DeviceReport
from camcensus.network.probes.base import Observation
from camcensus.network.probes.channel_lists import MAX_CHANNELS, Channel
from camcensus.network.probes.recorder import ChannelListing


@dataclass(frozen=True)
class ProtocolRule:
    recorder_vendor: str
    protocol: str
    vendor: str | None
    confidence: float
    detail: str
    source: str


@lru_cache(maxsize=1)
def channel_protocols() -> dict[tuple[str, str], ProtocolRule]:
    """The protocol rules by (recorder vendor, protocol in lower case)."""
    path = resources.files("camcensus.network").joinpath("data", "channel_protocols.csv")
    with path.open(encoding="utf-8") as fh:
        rules = [
            ProtocolRule(
                row["recorder_vendor"],
                row["protocol"],
                row["vendor"] or None,
                float(row["confidence"]),
                row["detail"],
                row["source"],
            )
            for row in csv.DictReader(fh)
        ]
    return {(r.recorder_vendor, r.protocol.lower()): r for r in rules}


def resolve_channel(channel: Channel, recorder_vendor: str | None) -> Channel:
    """The channel with its camera's maker: from its model number's pattern, else from the protocol the
    recorder reaches it by; none when neither says (an ONVIF camera of unknown model, an analogue input)."""
    matches = [m for m in match_model(channel.model or "") if m.confidence >= STATUS_THRESHOLD]
    if matches:
        best = max(matches, key=lambda m: (m.end - m.start, m.confidence))
        return replace(channel, vendor=best.vendor, brand=best.brand)
    rule = channel_protocols().get((recorder_vendor or "", (channel.protocol or "").lower()))
    if rule and rule.vendor and rule.confidence >= STATUS_THRESHOLD:
        return replace(channel, vendor=rule.vendor)
    return channel


def _announced(report: DeviceReport, observations: Iterable[Observation]) -> list[int]:
    """The channel counts discovery replies announced, each checked against what a recorder can have."""
    counts = []
    for obs in observations:
        if obs.channels_announced is None:
            continue
        if obs.channels_announced > MAX_CHANNELS:
            report.errors.append(
                {
                    "probe": obs.probe,
                    "port": obs.port,
                    "error": f"announces {obs.channels_announced} channels, more than a recorder has "
                    f"({MAX_CHANNELS}); not used as a bound",
                }
            )
        else:
            counts.append(obs.channels_announced)
    return counts


def attach_channels(
    report: DeviceReport, observations: Sequence[Observation], listing: ChannelListing | None
) -> None:
    """Give a recorder's report its channels, its upper bound and what could not be read."""
    if report.kind != "recorder":
        return
    limits = _announced(report, observations)
    if listing is not None:
        report.channels = [resolve_channel(c, report.vendor) for c in listing.channels]
        report.channels_listed = not listing.errors
        report.errors += [{"probe": listing.api, "port": listing.port, "error": e} for e in listing.errors]
        if listing.limit is not None:
            limits.append(listing.limit)
        report.evidence.append(_listing_evidence(listing, report.channels))
    if limits:
        report.channel_limit = max(max(limits), len(report.channels))


def _listing_evidence(listing: ChannelListing, channels: list[Channel]) -> dict[str, object]:
    ip = sum(c.input == "ip" for c in channels)
    analogue = len(channels) - ip
    detail = f"{listing.api} channel list: {ip} IP channel(s), {analogue} analogue input(s) with video"
    if listing.empty_inputs:
        detail += f", {listing.empty_inputs} analogue input(s) with no video"
    if listing.limit is not None:
        detail += f"; takes up to {listing.limit} IP channels"
    return {"probe": "channels", "port": listing.port, "detail": detail, "notes": listing.notes}


class Sighting(Protocol):
    """Anything that names a camera: a report, a channel, a stored device."""

    @property
    def serial(self) -> str | None: ...

    @property
    def address(self) -> str | None: ...


def camera_keys(item: Sighting) -> tuple[str | None, str | None]:
    """The serial (upper case) and address (canonical form) by which the same camera is known anywhere."""
    serial = (item.serial or "").strip().upper() or None
    address = (item.address or "").strip() or None
    if address:
        try:
            address = str(ipaddress.ip_address(address))
        except ValueError:
            address = address.lower()
    return serial, address


class CameraIndex:
    """Cameras the scan found directly, found again by serial or address."""

    def __init__(self, cameras: Iterable[Sighting]) -> None:
        self.by_serial: dict[str, Sighting] = {}
        self.by_address: dict[str, Sighting] = {}
        for camera in cameras:
            serial, address = camera_keys(camera)
            if serial:
                self.by_serial.setdefault(serial, camera)
            if address:
                self.by_address.setdefault(address, camera)

    def find(self, item: Sighting) -> Sighting | None:
        serial, address = camera_keys(item)
        return (self.by_serial.get(serial) if serial else None) or (
            self.by_address.get(address) if address else None
        )


def link_channels(reports: Sequence[DeviceReport]) -> None:
    """Point each recorder channel whose camera the scan found directly at that device (``seen_at``), and note
    on the device which recorder records it: the camera is then counted once."""
    index = CameraIndex(r for r in reports if r.kind != "recorder")
    for recorder in (r for r in reports if r.channels):
        for i, channel in enumerate(recorder.channels):
            found = index.find(channel)
            if not isinstance(found, DeviceReport) or found is recorder:
                continue
            recorder.channels[i] = replace(channel, seen_at=found.address)
            found.evidence.append(
                {
                    "probe": "recorder",
                    "port": None,
                    "detail": f"recorded on {channel.input} channel {channel.channel} of the recorder at "
                    f"{recorder.address}",
                }
            )
