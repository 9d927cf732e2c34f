"""The shape of a body's devices in ``GET /api/bodies/{id}``: ``camcensus.network.estates.BodyDevices``."""

from __future__ import annotations

from pydantic import BaseModel, Field

ADDRESS = "signed-in users, or everyone when the body opted in to publish its devices' addresses; else null"


class Advisory(BaseModel):
    id: str = Field(description="the advisory's identifier (a CVE number)")
    summary: str = Field(description="what the vulnerability allows")
    status: str = Field(description="what is known of it for this device's firmware, in words")
    verdict: str = Field(
        description="likely_affected (the firmware build predates a recorded fix), after_fix (built after "
        "it: the version still to confirm) or check (nothing recorded decides it)"
    )
    source: str = Field(description="where the advisory is published")


class DeviceChannel(BaseModel):
    channel: int | None = Field(description="the recorder's channel or input number")
    input: str | None = Field(description="ip (a network camera) or analogue (a camera wired to an input)")
    model: str | None
    vendor: str | None = Field(description="the camera's maker, from its model number or protocol")
    brand: str | None
    enabled: bool | None = Field(description="false: a disabled channel, not counted as a camera")
    device_id: int | None = Field(description="the device in `items` that stands for this channel's camera")
    seen_directly: bool = Field(description="the scan also found the camera answering itself")
    address: str | None = Field(description=f"where the recorder reaches the camera: {ADDRESS}")
    port: int | None = Field(description=ADDRESS)


class BodyDevice(BaseModel):
    id: int
    source: str = Field(description="discovery (camcensus discover), nmap (nmap output) or inventory")
    kind: str | None = Field(description="camera, recorder, intercom or other")
    vendor: str | None = Field(description="the parent vendor, after OEM and sub-brand resolution")
    brand: str | None = Field(description="the name on the device (an OEM or sub-brand)")
    model: str | None
    firmware: str | None
    first_seen: str | None = Field(description="when it was first stored (UTC, ISO 8601)")
    last_seen: str | None = Field(description="when a scan or import last found it (UTC, ISO 8601)")
    advisories: list[Advisory] = Field(description="its vendor's published vulnerabilities")
    channels: list[DeviceChannel] = Field(description="a recorder's channels: the cameras it records")
    channels_listed: bool | None = Field(description="a recorder's channel list was read whole")
    channel_limit: int | None = Field(description="the most channels a recorder says it takes")
    recorder_id: int | None = Field(description="the recorder that records this camera, if one does")
    channel: int | None = Field(description="its channel on that recorder")
    input: str | None = Field(description="ip or analogue")
    behind_only: bool = Field(description="known only from its recorder's channel list")
    address: str | None = Field(description=f"its IP address: {ADDRESS}")
    port: int | None = Field(description=ADDRESS)
    mac: str | None = Field(description=f"its MAC address: {ADDRESS}")


class ScannedCount(BaseModel):
    cameras: int = Field(description="cameras the body's discovery scans found, each counted once")
    direct: int = Field(description="of them, cameras that answered a scan")
    behind_recorders: int = Field(description="of them, cameras named only by a recorder's channel list")
    recorders: int
    recorders_unlisted: int = Field(description="recorders whose channels could not be listed")
    disabled_channels: int = Field(description="channels listed as disabled (not counted)")
    upper_bound: int | None = Field(description="the most cameras the recorders say they take, plus direct")
    complete: bool = Field(description="every recorder's channels were listed (else a lower bound)")
    scans: int = Field(description="how many scans found them")


class BodyDevices(BaseModel):
    items: list[BodyDevice] = Field(description="each recorder, then the cameras it records; then the rest")
    addresses_shown: bool = Field(description="whether addresses are given in this answer")
    addresses_published: bool = Field(description="the body opted in to publish its devices' addresses")
    scanned: ScannedCount | None = Field(description="null when no discovery scan found a device")
