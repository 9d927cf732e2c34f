"""Imports: nmap XML (a real `nmap -sV` run against the emulated estate, plus two on-link hosts with MACs)
and asset inventories with odd column names; devices become evidence in their body's facts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from camcensus.enums import BodyType, EvidenceKind, Nation
from camcensus.network.imports import DeviceImportError, import_devices
from camcensus.network.inventory import map_columns, parse_date
from camcensus.store.models import Body, BodyFact, Device, Evidence

FIXTURES = Path(__file__).parent / "fixtures"


def _body(session, code: str = "la:TST") -> Body:
    body = Body(
        code=code,
        name="Test Borough Council",
        body_type=BodyType.COUNCIL,
        nation=Nation.ENGLAND,
        source="test",
    )
    session.add(body)
    session.flush()
    return body


def _facts(session, body_id: int) -> dict[str, str]:
    return {f.key: f.value for f in session.scalars(select(BodyFact).where(BodyFact.body_id == body_id))}


def test_nmap_xml_import(any_store):
    with any_store.session() as session:
        body = _body(session)
        summary = import_devices(session, FIXTURES / "nmap_estate.xml", body.code)
        devices = {d.address: d for d in session.scalars(select(Device))}
        facts = _facts(session, body.id)
    assert summary.format == "nmap"
    # Nine Hikvision/Dahua units nmap named (4 Hik incl. HiLook/HiWatch, 4 Dahua incl. OEM) and the on-link
    # Hikvision MAC; Axis (unnamed by nmap), web servers, the printer and the Dahua-Scale-Factory MAC are not.
    vendors = sorted((d.vendor or "") for d in devices.values())
    assert vendors == ["Dahua"] * 4 + ["Hikvision"] * 5, vendors
    assert devices["192.168.40.23"].mac == "44:19:b6:11:22:33"
    assert "192.168.40.24" not in devices
    assert all(d.source == "nmap" and d.body_id == body.id for d in devices.values())
    assert facts["hikvision"] == "yes" and facts["dahua"] == "yes"
    assert set(json.loads(facts["manufacturers"])) == {"Hikvision", "Dahua"}


REGISTER_ROWS = [
    ["Estates CCTV asset register", None, None, None, None, None, None],
    ["Exported 2024-03-01", None, None, None, None, None, None],
    ["Asset No.", "Cam Make", "Model No.", "S/N", "MAC addr", "Where installed", "Date commissioned"],
    [
        "A-001",
        "HiLook",
        "IPC-B140H",
        "IPC-B140H20190101AAWR123",
        "44-19-B6-00-00-01",
        "Car park north",
        "03/04/2019",
    ],
    ["A-002", "Hikvision", "DS-7608NI-K2", "DS-7608NI-K21620190125AACH9", "", "Server room", "12/11/2018"],
    ["A-003", "", "IPC-HDW5831R-ZE", "4X7C5A1ZAG21L3F", "", "Reception", "2020-06-30"],
    ["A-004", "Axis", "M3045-V", "ACCC8E123456", "", "Stairwell", "June 2021"],
    ["", "", "", "", "", "", ""],
]


def test_csv_register_with_odd_columns(any_store, tmp_path):
    path = tmp_path / "register.csv"
    path.write_text("\n".join(",".join(c or "" for c in row) for row in REGISTER_ROWS), encoding="utf-8")
    with any_store.session() as session:
        body = _body(session)
        summary = import_devices(session, path, body.id)
        devices = {d.serial: d for d in session.scalars(select(Device).order_by(Device.id))}
        facts = _facts(session, body.id)
        evidence = list(session.scalars(select(Evidence).where(Evidence.kind == EvidenceKind.DEVICE)))
    assert summary.columns == {
        "make": "Cam Make",
        "model": "Model No.",
        "serial": "S/N",
        "mac": "MAC addr",
        "location": "Where installed",
        "installed_on": "Date commissioned",
    }
    assert summary.devices == 4
    hilook = devices["IPC-B140H20190101AAWR123"]
    assert (hilook.vendor, hilook.brand, hilook.mac) == ("Hikvision", "HiLook", "44:19:b6:00:00:01")
    assert hilook.installed_on == dt.date(2019, 4, 3) and hilook.location == "Car park north"
    assert devices["4X7C5A1ZAG21L3F"].vendor == "Dahua"  # no make: the model number names the maker
    assert devices["ACCC8E123456"].installed_on == dt.date(2021, 6, 1)
    assert facts["hikvision"] == "yes" and facts["dahua"] == "yes"
    assert set(json.loads(facts["manufacturers"])) == {"Axis", "Dahua", "Hikvision"}
    assert {e.value for e in evidence} == {"Hikvision", "Dahua", "Axis"}
    assert all(e.body_id == body.id and e.device_id for e in evidence)


def test_xlsx_register_and_reimport_is_idempotent(any_store, tmp_path):
    book = Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["This workbook lists site equipment."])
    sheet = book.create_sheet("Cameras")
    sheet.append(
        ["Manufacturer", "Product code", "Serial Number", "Site", "Installation Date", "Equipment type"]
    )
    sheet.append(
        [
            "Dahua Technology UK",
            "DH-IPC-HFW2431S-S-S2",
            "5A0123PAJ",
            "Depot",
            dt.datetime(2022, 5, 9),
            "Bullet camera",
        ]
    )
    sheet.append(["Amcrest", "IP5M-T1179E", "AMC0123", "Library", dt.datetime(2021, 1, 2), "Turret camera"])
    sheet.append(["Bosch", "NDE-3502-AL", "BOS0001", "Museum", None, "Dome"])
    path = tmp_path / "register.xlsx"
    book.save(path)
    with any_store.session() as session:
        body = _body(session)
        import_devices(session, path, body.id)
        import_devices(session, path, body.id)
        devices = {d.serial: d for d in session.scalars(select(Device))}
        facts = _facts(session, body.id)
    assert len(devices) == 3
    assert devices["AMC0123"].brand == "Amcrest" and devices["AMC0123"].vendor == "Dahua"
    assert devices["5A0123PAJ"].installed_on == dt.date(2022, 5, 9)
    assert devices["5A0123PAJ"].device_type == "camera"
    assert facts["dahua"] == "yes" and facts["hikvision"] == "unknown"


def test_unreadable_files_are_named(any_store, tmp_path):
    bad = tmp_path / "x.xml"
    bad.write_text("<?xml version='1.0'?><report/>", encoding="utf-8")
    table = tmp_path / "t.csv"
    table.write_text("name,colour\nfoo,blue\n", encoding="utf-8")
    with any_store.session() as session:
        with pytest.raises(DeviceImportError, match="x.xml"):
            import_devices(session, bad)
        with pytest.raises(DeviceImportError, match="no header row"):
            import_devices(session, table)


def test_column_mapping_and_dates():
    mapping = map_columns(["Camera Manufacturer", "Model Number", "Serial No.", "IP Address", "Install date"])
    assert mapping == {"make": 0, "model": 1, "serial": 2, "address": 3, "installed_on": 4}
    assert parse_date("3rd March 2020") == dt.date(2020, 3, 3)
    assert parse_date("31/12/2019") == dt.date(2019, 12, 31)
    assert parse_date("not a date") is None


def test_cli_import_with_body(run_cli, tmp_path):
    db = str(tmp_path / "c.db")
    path = tmp_path / "register.csv"
    path.write_text("\n".join(",".join(c or "" for c in row) for row in REGISTER_ROWS), encoding="utf-8")
    missing = run_cli("devices", "import", str(path), "--body", "la:NOPE", db=db, check=False)
    assert missing.returncode != 0 and "la:NOPE" in missing.stderr
    out = run_cli("devices", "import", str(path), str(FIXTURES / "nmap_estate.xml"), "--json", db=db)
    summaries = [json.loads(line) for line in out.stdout.splitlines()]
    assert [s["format"] for s in summaries] == ["csv", "nmap"] and summaries[0]["devices"] == 4
