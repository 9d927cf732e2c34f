"""Cameras behind recorders, end to end against emulated devices: each recorder's channels with the owner's
credentials, an upper bound without them, every camera counted once, Basic authentication only when allowed,
hostile recorders recorded and survived, and the body's camera count stored as evidence with provenance."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import time
from pathlib import Path

from sqlalchemy import select
from tests.network import recorders
from tests.network.fleet import ESTATE_SIZE, PASSWORD, USERNAME

from camcensus.enums import BodyType, EvidenceKind, Nation
from camcensus.network.discover import DiscoverOptions, discover
from camcensus.network.identify import DeviceReport
from camcensus.network.probes.base import Credentials
from camcensus.network.probes.channel_lists import Channel
from camcensus.network.recorders import link_channels
from camcensus.network.scans import camera_count, finish_scan, start_scan
from camcensus.store import Store
from camcensus.store.models import Body, BodyFact, Device, Evidence, Scan

BODIES = Path(__file__).parents[1] / "fixtures" / "bodies_plain.csv"


def _spec(specs, family):
    return next(s for s in specs if s.family == family)


def test_recorders_list_their_channels_with_the_owners_credentials(estate, found_with_credentials):
    _, specs, _ = estate
    at = {s.address for s in specs}
    for family in ("hik_nvr", "dahua_nvr"):
        spec = _spec(specs, family)
        report = found_with_credentials[spec.address]
        assert report.kind == "recorder" and report.channels_listed and report.errors == []
        assert report.channel_limit == 8
        got = [(c.channel, c.address, c.vendor, c.enabled) for c in report.channels]
        assert got == [(c["channel"], c["address"], c["vendor"], c["enabled"]) for c in spec.channels]
        for channel in report.channels:  # cameras the scan found too point at them; the rest at nothing
            assert channel.seen_at == (channel.address if channel.address in at else None), channel
        listed = report.as_dict()["channels"]
        assert {"channel", "address", "model", "vendor", "enabled"} <= set(listed[0])
    hik = found_with_credentials[_spec(specs, "hik_nvr").address]
    assert hik.channels[2].model == "DS-2CD2386G2-IU" and hik.channels[3].model is None  # "IPC"
    camera = found_with_credentials[hik.channels[0].address]
    assert any(e["probe"] == "recorder" for e in camera.evidence), "the camera says which recorder records it"


def test_without_credentials_a_recorder_gives_an_upper_bound(estate, found_anonymous):
    _, specs, _ = estate
    for family, bound in (("hik_nvr", 8), ("dahua_nvr", 8), ("hik_dvr", 10)):
        report = found_anonymous[_spec(specs, family).address]
        assert report.kind == "recorder" and report.channels == [] and not report.channels_listed
        assert report.channel_limit == bound
        assert report.as_dict()["channel_limit"] == bound


def test_basic_only_recorder_is_answered_only_when_allowed(estate, found_with_credentials, found_with_basic):
    _, specs, _ = estate
    dvr = _spec(specs, "hik_dvr")
    refused = found_with_credentials[dvr.address]
    assert refused.channels == [] and refused.warnings == []
    assert any("Basic authentication only" in e["error"] for e in refused.errors)
    allowed = found_with_basic[dvr.address]
    assert allowed.model == dvr.model and allowed.serial == dvr.serial
    assert any(e["probe"] == "isapi" for e in allowed.evidence)
    assert [(c.input, c.channel) for c in allowed.channels] == [
        ("analogue", 1),
        ("analogue", 2),
        ("analogue", 3),
        ("ip", 9),
    ]
    assert allowed.channels[3].vendor == "Hikvision" and allowed.channels_listed
    assert len(allowed.warnings) == 1 and "plain HTTP" in allowed.warnings[0]
    digest = found_with_basic[_spec(specs, "hik_nvr").address]
    assert digest.warnings == [], "Digest devices are still answered by Digest"


def test_recorder_addresses_are_never_contacted(estate, monkeypatch):
    """Channels name addresses outside the estate (PoE ports, other subnets): no connection goes to them."""
    prefix, specs, _ = estate
    contacted: list[str] = []
    real = asyncio.open_connection

    async def guarded(host, port, *args, **kwargs):
        contacted.append(host)
        assert ipaddress.ip_address(host).is_loopback, f"connection to {host}"
        return await real(host, port, *args, **kwargs)

    monkeypatch.setattr(asyncio, "open_connection", guarded)
    recorders_at = [s.address for s in specs if s.channels]
    options = DiscoverOptions(
        credentials=Credentials(USERNAME, PASSWORD), allow_basic=True, timeout=1.5, arp_path=None
    )
    found = discover(recorders_at, options)
    assert sum(len(r.channels) for r in found) == 5 + 5 + 4
    assert set(contacted) == set(recorders_at)


HOSTILE_ERRORS = {
    "huge": "answer longer than 256 KiB, not read",
    "laughs": "XML refused",
    "html": "answered 'text/html'",
    "broken": "not well-formed XML",
    "many": "lists 600 channels, more than a recorder has",
    "many_dahua": "lists more than 512 remote devices",
    "json_dahua": "answered 'application/json'",
}


def test_hostile_recorders_are_recorded_and_survived(hostile):
    prefix, specs, _ = hostile
    options = DiscoverOptions(credentials=Credentials(USERNAME, PASSWORD), timeout=1.5, arp_path=None)
    start = time.monotonic()
    found = {r.address: r for r in discover([f"{prefix}.1-{len(specs)}"], options)}
    assert time.monotonic() - start < 30
    for spec in specs:
        report = found[spec.address]
        errors = " | ".join(str(e["error"]) for e in report.errors)
        assert HOSTILE_ERRORS[str(spec.hostile)] in errors, (spec.hostile, errors)
        assert report.kind == "recorder" and report.channels == [] and not report.channels_listed
        assert report.model, "the device is still identified"
        if spec.hostile and spec.hostile.startswith("many"):
            assert "announces 10000 channels" in errors and report.channel_limit is None
    dahua = found[next(s.address for s in specs if s.hostile == "many_dahua")]
    assert "MaxRemoteInputChannels claims 10000" in " ".join(e["error"] for e in dahua.errors)


def _discover_cli(run_cli, prefix, db, *extra, credentials=True):
    login = ["--username", USERNAME, "--password-env", "CAM_PW"] if credentials else []
    return run_cli(
        "discover",
        f"{prefix}.1-{ESTATE_SIZE}",
        "--json",
        *login,
        "--timeout",
        "1.5",
        "--body",
        "1",
        *extra,
        db=db,
        env={"CAM_PW": PASSWORD},
    )


def test_body_camera_count_is_stored_with_provenance(estate, run_cli, tmp_path):
    prefix, specs, _ = estate
    db = str(tmp_path / "c.db")
    run_cli("bodies", "import", str(BODIES), db=db)
    first = _discover_cli(run_cli, prefix, db, "--allow-basic")
    assert "warning:" in first.stderr and "plain HTTP" in first.stderr
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    dvr = next(d for d in lines if d["model"] == "DS-7208HQHI-K1")
    assert dvr["kind"] == "recorder" and len(dvr["channels"]) == 4 and dvr["warnings"]
    again = _discover_cli(run_cli, prefix, db, "--allow-basic")
    for proc in (first, again):
        assert PASSWORD not in proc.stdout + proc.stderr
        assert recorders.CAMERA_PASSWORD not in proc.stdout + proc.stderr
    store = Store.from_url(f"sqlite:///{db}")
    with store.session() as session:
        counts = list(session.scalars(select(Evidence).where(Evidence.kind == EvidenceKind.CAMERA_COUNT)))
        facts = {f.key: f.value for f in session.scalars(select(BodyFact).where(BodyFact.body_id == 1))}
        devices = list(session.scalars(select(Device)))
        scans = list(session.scalars(select(Scan).order_by(Scan.id)))
        stored = json.dumps([d.evidence for d in devices] + [s.options for s in scans])
    store.dispose()
    # 7 cameras answer; the NVRs name 3 + 2 more (one disabled channel left out), the DVR 4: 16, each once.
    assert len(counts) == 1, "one network count per body, replaced on each scan"
    count = counts[0]
    assert count.value == "16" and count.body_id == 1 and count.document_id is None
    assert count.detail["counted"] is True and count.detail["direct"] == 7
    assert count.detail["behind_recorders"] == 9 and count.detail["recorders"] == 3
    # at most: the recorders' 8 + 8 + 10 channels and the 3 answering cameras on no recorder's list (the other
    # 4 that answered take channels of the recorders that list them)
    assert count.detail["disabled_channels"] == 1 and count.detail["upper_bound"] == 3 + 8 + 8 + 10
    assert count.detail["scans"] == [scans[1].id], "the scan that last saw each counted device"
    assert "16 camera(s)" in count.quote and "discovery" in count.quote
    assert facts["camera_count"] == "16"
    assert len(devices) == 10 + 9, "a rescan adds no device"
    assert scans[1].options["allow_basic"] is True
    assert scans[1].options["basic_auth"] == [{"address": dvr["address"], "port": 80, "plain_http": True}]
    assert PASSWORD not in stored and recorders.CAMERA_PASSWORD not in stored


def test_without_every_channel_list_the_count_is_a_lower_bound(estate, run_cli, tmp_path):
    prefix, specs, _ = estate
    db = str(tmp_path / "c.db")
    run_cli("bodies", "import", str(BODIES), db=db)
    _discover_cli(run_cli, prefix, db, credentials=False)
    store = Store.from_url(f"sqlite:///{db}")
    with store.session() as session:
        count = session.scalars(select(Evidence).where(Evidence.kind == EvidenceKind.CAMERA_COUNT)).one()
        facts = {f.key: f.value for f in session.scalars(select(BodyFact).where(BodyFact.body_id == 1))}
    store.dispose()
    recorders_at = [s for s in specs if s.capacity]
    bound = 7 + sum(s.capacity for s in recorders_at)
    assert count.value == "7" and count.detail["counted"] is False
    assert count.detail["recorders_unlisted"] == len(recorders_at) and count.detail["upper_bound"] == bound
    assert count.quote.startswith("at least 7") and f"at most {bound}" in count.quote
    assert facts["camera_count"] == "", "no count fact while a recorder's cameras are unknown"


def _body(session) -> Body:
    body = Body(
        code="la:REC", name="Recorder Borough", body_type=BodyType.COUNCIL, nation=Nation.ENGLAND, source="t"
    )
    session.add(body)
    session.flush()
    return body


def _scan(session, body_id, reports):
    scan = start_scan(session, ["10.0.0.0/24"], {}, body_id, actor="tester@host")
    link_channels(reports)
    finish_scan(session, scan, reports)
    return scan


def test_a_camera_first_seen_behind_a_recorder_then_directly_is_counted_once(sqlite_store):
    recorder = DeviceReport("10.0.0.4", vendor="Hikvision", model="DS-7608NI-K2", device_type="recorder")
    recorder.channels = [Channel(1, "ip", address="10.0.0.9", model="DS-2CD2386G2-IU", vendor="Hikvision")]
    recorder.channels_listed = True
    with sqlite_store.session() as session:
        body = _body(session)
        _scan(session, body.id, [recorder])
        assert camera_count(session, body.id).behind == 1
        behind = session.scalars(select(Device).where(Device.address == "10.0.0.9")).one()
        assert behind.location == "ip channel 1 of the recorder at 10.0.0.4"
        camera = DeviceReport("10.0.0.9", port=80, vendor="Hikvision", device_type="camera", confidence=0.95)
        _scan(session, body.id, [camera])  # a later scan of the camera's subnet finds it answering
        count = camera_count(session, body.id)
        assert (count.direct, count.behind, count.cameras) == (1, 0, 1)
        assert session.scalars(select(Device).where(Device.address == "10.0.0.9")).one().location is None
