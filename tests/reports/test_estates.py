"""Devices in the report's "Scanned estates" section and in the open data's devices table: each camera once,
honest about what a scan covers, addresses only where the body opted in, never a serial number or who
scanned; a device's hostile model string escaped in HTML and its formula neutralised in CSV."""

from __future__ import annotations

import csv
import json
import re
import sqlite3

import pyarrow.parquet as pq
import pytest
from frictionless import validate

from camcensus.network.estates import set_addresses_published
from camcensus.reports.html import write_report
from camcensus.reports.opendata_schema import tables
from camcensus.reports.publish import DB_NAME, publish
from crafted_survey import build_survey
from scanned_estate import FORMULA_FIRMWARE, HOSTILE_MODEL, PRIVATE, scan_estate


@pytest.fixture
def scanned(sqlite_store):
    """The crafted survey; C1 County Council's estate scanned (with a hostile camera), and the embargoed
    council's too."""
    with sqlite_store.session() as session:
        ids = build_survey(session, synthetic=True)
        scan_estate(session, ids["C1 County Council"], hostile=True)
        scan_estate(session, ids["E1 Secret Council"])
    return sqlite_store, ids


def test_report_section_counts_each_camera_once_and_says_what_a_scan_covers(scanned, tmp_path):
    store, _ = scanned
    html = write_report(store, tmp_path).read_text()
    figures = json.loads((tmp_path / "figures.json").read_text())["estates"]
    assert '<section class="extra" id="scanned-estates"><h2>Scanned estates</h2>' in html
    assert "<strong>1</strong> of the 10 bodies surveyed has devices recorded from its own network" in html
    assert "It holds <strong>4</strong> cameras, each counted once, and 1 recorder." in html
    assert "2 cameras answered the scan and 2 were named only by a recorder's channel list" in html
    assert "1 disabled channel not counted" in html and "at most 9 cameras" in html
    assert "A scan finds only the devices that answered on the addresses and ports it was given" in html
    assert "not a sample" in html and "1 other body with devices recorded was not asked" in html
    assert (figures["bodies"], figures["cameras"], figures["outside_survey"]) == (1, 4, 1)
    assert {v["vendor"]: v["cameras"] for v in figures["vendors"]} == {
        "Hikvision": 2,
        "Dahua": 1,
        "not identified": 1,
    }
    assert "Scanned estate: 4 camera(s) found by scanning, 2 of them named only by" in html  # the appendix


def test_report_carries_no_address_serial_or_scanner_and_escapes_device_text(scanned, tmp_path):
    store, _ = scanned
    html = write_report(store, tmp_path).read_text()
    shown = html + (tmp_path / "figures.json").read_text()
    assert [p for p in PRIVATE if p in shown] == []
    assert not re.search(r"<script|<img|onerror=\"", html, re.I), "a device's model is text, never markup"
    assert "E1 Secret Council" not in html


def test_open_data_devices_table_withholds_addresses_until_the_body_opts_in(scanned, tmp_path):
    store, ids = scanned
    summary = publish(store, tmp_path / "withheld")
    assert summary.tables["devices"] == 5, "recorder, 4 cameras: the embargoed council's are not published"
    rows = _rows(tmp_path / "withheld")
    files = "".join(p.read_text(errors="replace") for p in (tmp_path / "withheld").rglob("*.csv"))
    assert [p for p in PRIVATE if p in files] == []
    assert {r["address"] for r in rows} == {""} and {r["mac"] for r in rows} == {""}
    recorder = next(r for r in rows if r["kind"] == "recorder")
    behind = [r for r in rows if r["recorder_id"] == recorder["id"]]
    assert [r["channel"] for r in behind] == ["1", "2", "3"] and recorder["channels"] == "3"
    assert [r["behind_only"] for r in behind] == ["false", "true", "true"]
    hostile = next(r for r in rows if r["vendor"] == "Dahua")
    assert hostile["firmware"] == "'" + FORMULA_FIRMWARE, "a formula is text in a spreadsheet"
    assert hostile["model"] == HOSTILE_MODEL  # data, escaped wherever it is shown
    report = validate(str(tmp_path / "withheld" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])

    with store.session() as session:
        set_addresses_published(session, ids["C1 County Council"], True)
    publish(store, tmp_path / "published")
    rows = _rows(tmp_path / "published")
    assert next(r for r in rows if r["kind"] == "recorder")["address"] == "10.1.0.4"
    assert {r["mac"] for r in rows} >= {"44:19:b6:0a:0b:04", "44:19:b6:0a:0b:09"}
    with sqlite3.connect(tmp_path / "published" / DB_NAME) as db:
        assert db.execute("SELECT count(*) FROM devices WHERE address = '10.1.0.9'").fetchone() == (1,)
    parquet = pq.read_table(tmp_path / "published" / "parquet" / "devices.parquet").to_pylist()
    everything = json.dumps(parquet, default=str) + "".join(
        p.read_text(errors="replace") for p in (tmp_path / "published").rglob("*.csv")
    )
    assert "AAWR" not in everything and "4XDAHUA" not in everything, "serial numbers never"
    assert "estate.owner" not in everything and "scanner-host" not in everything, "nor who scanned"


def test_every_devices_column_is_described():
    spec = next(t for t in tables() if t.name == "devices")
    assert all(c.description for c in spec.columns)
    assert {"address", "port", "mac"} <= {c.name for c in spec.columns}
    assert "only where the body agreed" in spec.description
    assert "serial" not in {c.name for c in spec.columns}


def _rows(out) -> list[dict[str, str]]:
    with (out / "devices.csv").open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
