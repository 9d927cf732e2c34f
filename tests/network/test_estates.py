"""A body's devices as every output shows them (``camcensus.network.estates``) and the figures over many
estates (``camcensus.network.estate_figures``): each recorder followed by the cameras it records, each camera
once, addresses only for signed-in users or where the body opted in, never a serial number."""

from __future__ import annotations

import json

from sqlalchemy import select

from camcensus.enums import BodyType, DeviceSource, Nation
from camcensus.network.estate_figures import chosen_source, estate_figures
from camcensus.network.estates import body_devices, public_devices, set_addresses_published
from camcensus.network.record import DeviceRecord, store_devices
from camcensus.network.scans import camera_count
from camcensus.store.models import Body, Evidence
from scanned_estate import PRIVATE, scan_estate


def _body(session, code: str = "la:EST") -> Body:
    body = Body(code=code, name=f"Estate {code}", body_type=BodyType.COUNCIL, nation=Nation.ENGLAND)
    body.source = "test"
    session.add(body)
    session.flush()
    return body


def test_each_recorder_is_followed_by_the_cameras_it_records(sqlite_store) -> None:
    with sqlite_store.session() as session:
        body = _body(session)
        estate = scan_estate(session, body.id)
        found = body_devices(session, body.id)
    items = found.items
    assert [(d.kind, d.channel) for d in items] == [
        ("recorder", None),
        ("camera", 1),  # answered the scan, and the recorder lists it
        ("camera", 2),  # named only by the recorder
        ("camera", 3),  # an analogue input
        ("camera", None),  # the Dahua camera on no recorder
    ]
    recorder = items[0]
    assert recorder.id == estate.recorder and recorder.channels_listed and recorder.channel_limit == 8
    by_channel = {c.channel: c for c in recorder.channels}
    assert by_channel[1].device_id == estate.camera and by_channel[1].seen_directly
    assert by_channel[2].device_id == items[2].id and not by_channel[2].seen_directly
    assert by_channel[3].input == "analogue" and by_channel[3].device_id == items[3].id
    assert by_channel[4].enabled is False and by_channel[4].device_id is None, "disabled: no camera"
    assert items[1].recorder_id == estate.recorder and not items[1].behind_only
    assert items[2].behind_only and items[2].model == "DS-2CD2386G2-IU" and items[2].input == "ip"
    assert found.scanned == {
        "cameras": 4,
        "direct": 2,
        "behind_recorders": 2,
        "recorders": 1,
        "recorders_unlisted": 0,
        "disabled_channels": 1,
        "upper_bound": 1 + 8,  # the camera on channel 1 also answered: it takes one of the recorder's 8
        "complete": True,
        "scans": 1,
    }
    dahua = items[4]
    verdicts = {a["id"]: a["verdict"] for a in dahua.advisories}
    assert verdicts["CVE-2021-33045"] == "likely_affected", "firmware built 2020-06-05, before the fix"


def test_addresses_only_for_signed_in_users_or_when_the_body_opts_in(sqlite_store) -> None:
    with sqlite_store.session() as session:
        body = _body(session)
        scan_estate(session, body.id)
        public = json.dumps(body_devices(session, body.id).as_dict())
        signed_in = body_devices(session, body.id, signed_in=True)
        assert set_addresses_published(session, body.id, True) is not None
        opted_in = body_devices(session, body.id)
        many = public_devices(session, [body.id])[body.id]
        set_addresses_published(session, body.id, False)
        withdrawn = json.dumps(public_devices(session, [body.id])[body.id].as_dict())
    assert not [p for p in PRIVATE if p in public] and not [p for p in PRIVATE if p in withdrawn]
    assert '"addresses_shown": false' in public and '"addresses_published": false' in public
    assert signed_in.addresses_shown and not signed_in.addresses_published
    assert signed_in.items[0].address == "10.1.0.4" and signed_in.items[0].mac == "44:19:b6:0a:0b:04"
    assert signed_in.items[0].channels[1].address == "10.1.0.10"
    assert opted_in.addresses_published and opted_in.items[0].address == "10.1.0.4"
    assert many.addresses_shown and many.items[0].port == 80
    for shown in (signed_in, opted_in, many):
        text = json.dumps(shown.as_dict())
        assert "AAWR" not in text and "4XDAHUA" not in text, "serial numbers never leave"
        assert "estate.owner" not in text and "scanner-host" not in text, "nor who scanned"


def test_device_evidence_quotes_carry_no_address_serial_or_location(sqlite_store) -> None:
    with sqlite_store.session() as session:
        body = _body(session)
        scan_estate(session, body.id)
        store_devices(
            session,
            [
                DeviceRecord(
                    source=DeviceSource.INVENTORY,
                    address="10.1.0.30",
                    vendor="Hikvision",
                    model="DS-2CD2043G2-I",
                    device_type="camera",
                    serial="INV-SERIAL-1",
                    location="Mr Jones's office, Town Hall",
                )
            ],
            body.id,
        )
        quotes = list(session.scalars(select(Evidence.quote).where(Evidence.device_id.is_not(None))))
    assert "Hikvision DS-2CD2386G2-IU, camera on ip channel 2 of a recorder [discovery]" in quotes
    assert "Hikvision DS-2CD2043G2-I, camera [inventory]" in quotes
    joined = " ".join(quotes)
    assert not [p for p in (*PRIVATE, "10.1.0.30", "INV-SERIAL-1", "Jones", "Town Hall") if p in joined]


def test_estate_figures_count_each_camera_once_from_one_source_per_body(sqlite_store) -> None:
    with sqlite_store.session() as session:
        scanned, listed, outside = _body(session, "la:S"), _body(session, "la:L"), _body(session, "la:O")
        scan_estate(session, scanned.id)
        inventory = [
            DeviceRecord("inventory", vendor="Hikvision", device_type="camera", fallback_key=str(n))
            for n in range(3)
        ]
        store_devices(session, inventory, listed.id)  # an inventory that names fewer cameras than the scan
        store_devices(session, inventory[:1], scanned.id)
        store_devices(session, inventory[:1], outside.id)
        figures = estate_figures(session, [scanned.id, listed.id])
        direct = camera_count(session, scanned.id)
        views = public_devices(session, [scanned.id])[scanned.id].items
    assert chosen_source(views) == "discovery", "the scan names 4 cameras, the inventory 1"
    assert figures.bodies == 2 and figures.outside_survey == 1
    assert figures.by_source == {"discovery": 1, "inventory": 2}
    assert figures.counted_from == {"discovery": 1, "inventory": 1}
    assert figures.cameras == direct.cameras + 3 == 7, "the scan's 4 cameras and the other body's 3"
    assert (figures.cameras_direct, figures.cameras_behind_recorders) == (2, 2)
    assert (figures.recorders, figures.recorders_listed) == (1, 1)
    assert (figures.channels, figures.channels_disabled) == (3, 1)
    assert figures.complete == 1 and figures.upper_bound == 9
    rows = {v.vendor: v for v in figures.vendors}
    assert (rows["Hikvision"].cameras, rows["Hikvision"].recorders, rows["Hikvision"].bodies) == (5, 1, 2)
    assert rows["Hikvision"].behind_recorders == 1
    assert rows["not identified"].cameras == 1, "the analogue input"
    assert rows["Dahua"].likely_affected == 1 and figures.vendors[-1].vendor == "not identified"


def test_addresses_command_records_the_owners_choice(sqlite_store, run_cli) -> None:
    with sqlite_store.session() as session:
        _body(session)
    db = sqlite_store.url.split("///", 1)[1]
    shown = json.loads(run_cli("devices", "addresses", "la:EST", "--json", db=db).stdout)
    assert shown == {"body": "la:EST", "addresses_published": False, "since": None}
    assert "published since" in run_cli("devices", "addresses", "la:EST", "--publish", db=db).stdout
    again = json.loads(run_cli("devices", "addresses", "la:EST", "--json", db=db).stdout)
    assert again["addresses_published"] and again["since"]
    assert "withheld" in run_cli("devices", "addresses", "la:EST", "--withhold", db=db).stdout
    missing = run_cli("devices", "addresses", "la:NONE", db=db, check=False)
    assert missing.returncode == 1 and "no body" in missing.stderr
