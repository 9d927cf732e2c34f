"""A scan brought in as a file (`discover --json` output) is stored as the scan it was, once; the file is
read as untrusted input: a bad line is refused with the file, the line and the reason, and advisories are
worked out again, never taken from it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from camcensus.enums import BodyType, Nation
from camcensus.network.imports import DeviceImportError, import_devices
from camcensus.network.recorders import link_channels
from camcensus.network.scans import camera_count
from camcensus.store.models import Body, Device, Evidence, Scan
from scanned_estate import estate_reports, scan_estate


def _body(session, code: str) -> Body:
    body = Body(
        code=code, name=f"Body {code}", body_type=BodyType.COUNCIL, nation=Nation.ENGLAND, source="test"
    )
    session.add(body)
    session.flush()
    return body


def _scan_file(path: Path) -> Path:
    reports = estate_reports()
    link_channels(reports)
    path.write_text("".join(json.dumps(r.as_dict()) + "\n" for r in reports), encoding="utf-8")
    return path


def _rows(session, model, body_id: int) -> int:
    return session.scalar(select(func.count()).select_from(model).where(model.body_id == body_id))


def test_a_discover_json_file_is_stored_as_the_scan_it_was_and_only_once(any_store, tmp_path: Path) -> None:
    path = _scan_file(tmp_path / "scan.jsonl")
    with any_store.session() as session:
        scanned, imported = _body(session, "la:SCN"), _body(session, "la:IMP")
        scan_estate(session, scanned.id)  # the scan as `discover --body` stores it
        summary = import_devices(session, path, "la:IMP")
        assert (summary.format, summary.rows, summary.skipped) == ("discover", 3, 0)
        direct, brought = camera_count(session, scanned.id), camera_count(session, imported.id)
        assert (brought.cameras, brought.direct, brought.behind, brought.recorders, brought.disabled) == (
            direct.cameras,
            direct.direct,
            direct.behind,
            direct.recorders,
            direct.disabled,
        )
        assert brought.cameras == 4 and brought.behind == 2
        scan = session.scalars(select(Scan).where(Scan.body_id == imported.id)).one()
        assert scan.options["imported_from"] == "scan.jsonl" and scan.finished_at is not None
        before = (_rows(session, Device, imported.id), _rows(session, Evidence, imported.id))
        again = import_devices(session, path, "la:IMP")
        assert again.devices == 0
        assert (_rows(session, Device, imported.id), _rows(session, Evidence, imported.id)) == before
        assert session.scalar(select(func.count()).select_from(Scan).where(Scan.body_id == imported.id)) == 1


def test_a_scan_file_cannot_forge_advisories_or_derived_notes(any_store, tmp_path: Path) -> None:
    line = {
        "address": "192.0.2.30",
        "port": 80,
        "vendor": "Axis",
        "brand": "Axis",
        "model": "P3265-LVE",
        "device_type": "camera",
        "confidence": 0.95,
        "evidence": [
            {"probe": "vapix", "model": "P3265-LVE"},
            {"probe": "risk", "advisories": [{"id": "CVE-FORGED-1", "verdict": "likely_affected"}]},
        ],
        "risk": [{"id": "CVE-FORGED-2", "verdict": "likely_affected"}],
    }
    path = tmp_path / "forged.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with any_store.session() as session:
        body = _body(session, "la:FRG")
        import_devices(session, path, body.id)
        device = session.scalars(select(Device).where(Device.body_id == body.id)).one()
        stored = json.dumps(device.evidence)
        assert "vapix" in stored and "FORGED" not in stored


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            '{"address": "not-an-ip", "device_type": "camera"}',
            "does not appear to be an IPv4 or IPv6 address",
        ),
        ('{"address": "192.0.2.1", "port": 70000}', "port 70000 is out of range"),
        ('{"address": "192.0.2.1", "model": "' + "A" * 400 + '"}', "model must be text of at most 300"),
        ('{"address": "192.0.2.1", "device_type": "toaster"}', "device_type must be one of"),
        ('{"address": "192.0.2.1", "confidence": "high"}', "confidence must be a number"),
        (
            '{"address": "192.0.2.1", "device_type": "recorder", "channels": [{"input": "ip"}]}',
            "channel needs",
        ),
        ('{"address": "192.0.2.1", "device_type": "recorder", "channels": "all"}', "channels must be a list"),
        ("[1, 2]", "one JSON object"),
        ("{not json", "Expecting property name"),
    ],
)
def test_a_bad_line_of_a_scan_file_is_refused_with_its_file_line_and_reason(
    any_store, tmp_path: Path, line: str, reason: str
) -> None:
    path = tmp_path / "bad.jsonl"
    good = json.dumps({"address": "192.0.2.9", "vendor": "Axis", "device_type": "camera", "confidence": 0.9})
    path.write_text(good + "\n" + line + "\n", encoding="utf-8")
    with any_store.session() as session:
        body = _body(session, "la:BAD")
        with pytest.raises(DeviceImportError) as raised:
            import_devices(session, path, body.id)
        assert f"{path}:2:" in str(raised.value) and reason in str(raised.value)
        assert _rows(session, Device, body.id) == 0, "nothing of a refused file is stored"
