"""Discovery against the emulated estate: every camera identified with vendor and OEM brand, models with the
owner's credentials, nothing else reported as a camera, and nothing sent that could change a device."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.network.fleet import ESTATE_SIZE, PASSWORD

from camcensus.network.discover import DiscoverOptions, discover
from camcensus.network.targets import TargetError
from camcensus.store import Store
from camcensus.store.models import BodyFact, Scan


def _plain(model: str | None) -> str:
    return re.sub(r"^DHI?T?-", "", (model or "").upper())


def test_every_camera_found_with_vendor_and_brand_without_credentials(estate, found_anonymous):
    _, specs, _ = estate
    for spec in (s for s in specs if s.video):
        report = found_anonymous.get(spec.address)
        assert report is not None, f"{spec.family} {spec.brand} at {spec.address} not found"
        assert (report.vendor, report.brand) == (spec.vendor, spec.brand), spec
        assert report.device_type in ("camera", "recorder")
        # Discovery protocols (SADP, DHDiscover, WS-Discovery) name the model without credentials.
        assert _plain(report.model) == _plain(spec.model), spec
        assert report.confidence >= 0.9


def test_credentials_give_model_firmware_and_serial(estate, found_with_credentials):
    _, specs, _ = estate
    for spec in (s for s in specs if s.video and s.auth == "digest"):
        report = found_with_credentials[spec.address]
        assert (report.vendor, report.brand, report.model) == (spec.vendor, spec.brand, spec.model), spec
        assert report.serial == spec.serial
        assert report.firmware == spec.firmware
        probes = {e["probe"] for e in report.evidence}
        assert probes & {"isapi", "magicbox", "axis"}, probes


def test_hilook_is_reported_as_hilook_made_by_hikvision(estate, found_anonymous):
    _, specs, _ = estate
    hilook = next(s for s in specs if s.brand == "HiLook")
    report = found_anonymous[hilook.address]
    assert report.brand == "HiLook" and report.vendor == "Hikvision"
    assert any(e["probe"] == "model" and e.get("brand") == "HiLook" for e in report.evidence)
    assert report.as_dict()["risk"], "a Hikvision device carries its vendor's advisories"


def test_dahua_firmware_before_the_fix_is_flagged(estate, found_with_credentials):
    _, specs, _ = estate
    dahua = next(s for s in specs if s.brand == "Dahua")
    risk = {r["id"]: r["status"] for r in found_with_credentials[dahua.address].risk}
    assert risk["CVE-2021-33045"].startswith("likely affected")


def test_non_cameras_are_not_reported(estate, found_anonymous, found_with_credentials, found_everything):
    _, specs, _ = estate
    others = [s for s in specs if not s.video]
    assert len(others) == 6
    for spec in others:
        assert spec.address not in found_anonymous
        assert spec.address not in found_with_credentials
        seen = found_everything[spec.address]  # --all lists them, without a vendor
        assert seen.vendor is None and not seen.is_video_device, seen.as_dict()
        assert seen.services


def test_nothing_sent_could_change_a_device(
    estate, found_anonymous, found_with_credentials, found_with_basic
):
    """Read-only requests; the one configuration table read (Dahua's RemoteDevice) only with credentials;
    Basic credentials only to the device that offers nothing else, each time in answer to a challenge."""
    _, specs, fleet = estate
    basic_only = {s.address for s in specs if s.auth == "basic"}
    challenged: set[tuple[str, str]] = set()
    assert fleet.requests
    for address, method, path, headers in fleet.requests:
        assert method in ("GET", "POST"), (address, method, path)
        if method == "POST":
            assert path in ("/RPC2_Login", "/onvif/device_service", "/axis-cgi/basicdeviceinfo.cgi"), path
        for banned in (
            "auth=",
            "/SDK/webLanguage",
            "magicBox.cgi?action=getConfig",
            "setConfig",
            "userCheck",
        ):
            assert banned not in path
        assert "/Security/users" not in path
        authorization = headers.get("authorization", "")
        if "configManager.cgi" in path:
            assert path.endswith("action=getConfig&name=RemoteDevice") and authorization, path
        if not authorization:
            challenged.add((address, path))
        elif authorization.startswith("Basic"):
            assert address in basic_only, "Basic only where nothing else is offered"
            assert (address, path) in challenged, "Basic only in answer to a challenge"
            challenged.discard((address, path))


def test_public_targets_are_refused_before_any_traffic():
    with pytest.raises(TargetError, match="public address"):
        discover(["8.8.8.0/30"], DiscoverOptions(timeout=0.1))


def test_json_cli_records_scan_and_devices_as_body_evidence(estate, run_cli, tmp_path):
    prefix, specs, _ = estate
    db = str(tmp_path / "c.db")
    run_cli("bodies", "import", str(Path(__file__).parents[1] / "fixtures" / "bodies_plain.csv"), db=db)
    proc = run_cli(
        "discover",
        f"{prefix}.1-{ESTATE_SIZE}",
        "--json",
        "--username",
        "admin",
        "--password-env",
        "CAM_PW",
        "--timeout",
        "1.5",
        "--body",
        "1",
        db=db,
        env={"CAM_PW": PASSWORD},
    )
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    video = {s.address: s for s in specs if s.video}
    assert {d["address"] for d in lines} == set(video)
    for d in lines:
        assert {
            "address",
            "port",
            "vendor",
            "brand",
            "model",
            "firmware",
            "serial",
            "mac",
            "evidence",
            "confidence",
        } <= set(d)
        assert d["model"] == video[d["address"]].model
    listed = run_cli("devices", "list", "--json", "--body", "1", db=db)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert all(r["source"] == "discovery" for r in rows)
    assert {r["address"] for r in rows if r["location"] is None} == set(video)
    behind = [r for r in rows if r["location"]]  # cameras only the two NVRs' channel lists name
    assert len(behind) == 5 and all("channel" in r["location"] for r in behind)

    store = Store.from_url(f"sqlite:///{db}")
    with store.session() as session:
        scan = session.scalars(select(Scan)).one()
        assert (
            scan.targets == f"{prefix}.1-{ESTATE_SIZE}"
            and scan.actor
            and scan.finished_at
            and scan.body_id == 1
        )
        assert scan.options["credentials"] is True and PASSWORD not in json.dumps(scan.options)
        facts = {f.key: f.value for f in session.scalars(select(BodyFact).where(BodyFact.body_id == 1))}
    store.dispose()
    assert facts["hikvision"] == "yes" and facts["dahua"] == "yes"
    assert set(json.loads(facts["manufacturers"])) == {"Axis", "Dahua", "Hikvision"}


def test_cli_refuses_public_targets_and_missing_password(run_cli, tmp_path):
    proc = run_cli("discover", "1.1.1.1", db=str(tmp_path / "c.db"), check=False)
    assert proc.returncode != 0 and "public address" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli(
        "discover",
        "127.0.0.1",
        "--username",
        "admin",
        "--password-env",
        "NOT_SET_ANYWHERE",
        db=str(tmp_path / "c.db"),
        check=False,
    )
    assert proc.returncode != 0 and "NOT_SET_ANYWHERE" in proc.stderr
    proc = run_cli("discover", "127.0.0.1", "--allow-basic", db=str(tmp_path / "c.db"), check=False)
    assert proc.returncode != 0 and "--allow-basic needs --username" in proc.stderr
