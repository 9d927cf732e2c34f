"""Open data: CSV and Parquet tables, a Frictionless data package, and a Datasette-ready SQLite file.

``publish(store, out_dir)`` writes, from the campaigns not under embargo::

    out_dir/datapackage.json          Frictionless data package describing the CSV tables
    out_dir/<table>.csv               campaigns, bodies, requests, facts, evidence, statistics, comparison,
                                      devices
    out_dir/parquet/<table>.parquet   the same tables for analysis tools
    out_dir/parquet/README.md         what the folder holds, and whether it is synthetic demo data
    out_dir/camcensus-public.db       the same tables in SQLite, for Datasette (with metadata.json)
    out_dir/metadata.json             Datasette metadata: title, description, licence, source, tables
    out_dir/README.md                 what is here, its licences and caveats
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from camcensus.analysis.population import survey
from camcensus.knowledge.vendors import concern_names
from camcensus.reports.content import report_title
from camcensus.reports.opendata import ROWS, Survey
from camcensus.reports.opendata_schema import TableSpec
from camcensus.reports.opendata_schema import tables as open_tables
from camcensus.safetext import csv_writer
from camcensus.store import Store
from camcensus.synthetic import SYNTHETIC_NOTE, holds_synthetic

DB_NAME = "camcensus-public.db"


def description() -> str:
    return (
        f"Which UK public bodies use CCTV made by {concern_names()} (with their OEM and sub-brands), from "
        "Freedom of Information replies: each body's answer, the quoted evidence behind it (personal data "
        "redacted) and national statistics with Wilson 95% intervals and non-response bounds."
    )


LICENSES = [
    {
        "name": "CC-BY-4.0",
        "title": (
            "Creative Commons Attribution 4.0: the survey data "
            "(requests, facts, evidence, statistics, devices)"
        ),
        "path": "https://creativecommons.org/licenses/by/4.0/",
    },
    {
        "name": "MIT",
        "title": "MIT licence, © 2021 mySociety: local authority names, codes and coordinates",
        "path": "https://github.com/mysociety/uk_local_authority_names_and_codes/blob/main/LICENSE.md",
    },
    {
        "name": "OGL-UK-3.0",
        "title": "Open Government Licence v3.0: NHS organisation data from NHS ODS",
        "path": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    },
]
SOURCES = [
    {"title": "Freedom of Information replies from the bodies listed, collected and read with camcensus"},
    {
        "title": "mySociety uk_local_authority_names_and_codes (MIT)",
        "path": "https://github.com/mysociety/uk_local_authority_names_and_codes",
    },
    {
        "title": "NHS Organisation Data Service (OGL v3)",
        "path": "https://digital.nhs.uk/services/organisation-data-service",
    },
]
_SQL_TYPES = {"integer": "INTEGER", "number": "REAL", "boolean": "INTEGER"}


@dataclass
class PublishSummary:
    out_dir: Path
    synthetic: bool
    tables: dict[str, int] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "out_dir": str(self.out_dir),
            "synthetic": self.synthetic,
            "tables": self.tables,
            "files": self.files,
        }


def publish(store: Store, out_dir: Path | str, today: dt.date | None = None) -> PublishSummary:
    """Write every open data file for the published campaigns; rerunning replaces them."""
    out = Path(out_dir)
    (out / "parquet").mkdir(parents=True, exist_ok=True)
    with store.session() as session:
        campaigns, bodies = survey(session, today=today)
        specs = open_tables()
        tables = {spec.name: list(ROWS[spec.name](Survey(session, campaigns, bodies))) for spec in specs}
        synthetic = any(c.synthetic for c in campaigns) or holds_synthetic(session)
    summary = PublishSummary(out, synthetic=synthetic)
    for spec in specs:
        rows = tables[spec.name]
        summary.tables[spec.name] = len(rows)
        write_csv(out / f"{spec.name}.csv", spec, rows)
        write_parquet(out / "parquet" / f"{spec.name}.parquet", spec, rows, synthetic)
    write_sqlite(out / DB_NAME, tables)
    _write_json(out / "datapackage.json", datapackage(synthetic, today))
    _write_json(out / "metadata.json", datasette_metadata(synthetic))
    (out / "README.md").write_text(readme(summary), encoding="utf-8")
    (out / "parquet" / "README.md").write_text(parquet_readme(synthetic), encoding="utf-8")
    summary.files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    return summary


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_csv(path: Path, spec: TableSpec, rows: list[dict[str, Any]]) -> None:
    """The table as CSV; a text cell a spreadsheet would run as a formula is written as text."""
    names = [c.name for c in spec.columns]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv_writer(fh)
        writer.writerow(names)
        writer.writerows([_csv_value(row.get(name)) for name in names] for row in rows)


def write_parquet(path: Path, spec: TableSpec, rows: list[dict[str, Any]], synthetic: bool = False) -> None:
    """The table as Parquet; its schema metadata says whether it is synthetic demo data."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise RuntimeError("Parquet output needs pyarrow: pip install 'camcensus[publish]'") from exc
    types = {
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "datetime": pa.timestamp("s"),
    }
    schema = pa.schema(
        [pa.field(c.name, types.get(c.type, pa.string())) for c in spec.columns],
        metadata={"synthetic": "true" if synthetic else "false", "description": _description(synthetic)},
    )
    columns = {c.name: [row.get(c.name) for row in rows] for c in spec.columns}
    pq.write_table(pa.table(columns, schema=schema), path)


def _sql_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date):
        return _csv_value(value)
    return value


def write_sqlite(path: Path, tables: dict[str, list[dict[str, Any]]]) -> None:
    """A fresh SQLite file with one table per spec, typed columns and primary keys."""
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    try:
        for spec in open_tables():
            columns = ", ".join(f'"{c.name}" {_SQL_TYPES.get(c.type, "TEXT")}' for c in spec.columns)
            key = f", PRIMARY KEY ({', '.join(spec.primary_key)})" if spec.primary_key else ""
            connection.execute(f'CREATE TABLE "{spec.name}" ({columns}{key})')
            marks = ", ".join("?" for _ in spec.columns)
            connection.executemany(
                f'INSERT INTO "{spec.name}" VALUES ({marks})',  # noqa: S608 - names are ours
                [[_sql_value(row.get(c.name)) for c in spec.columns] for row in tables[spec.name]],
            )
        connection.commit()
    finally:
        connection.close()


def _title(synthetic: bool) -> str:
    return f"SYNTHETIC DEMO DATA — {report_title()}" if synthetic else report_title()


def _description(synthetic: bool) -> str:
    return f"{SYNTHETIC_NOTE} {description()}" if synthetic else description()


def datapackage(synthetic: bool, today: dt.date | None = None) -> dict[str, Any]:
    """The Frictionless data package descriptor for the CSV tables."""
    return {
        "name": "camcensus-public",
        "title": _title(synthetic),
        "description": _description(synthetic),
        "synthetic": synthetic,
        "created": (today or dt.date.today()).isoformat() + "T00:00:00Z",
        "licenses": LICENSES,
        "sources": SOURCES,
        "resources": [
            {
                "name": spec.name,
                "path": f"{spec.name}.csv",
                "title": spec.title,
                "description": spec.description,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {"name": c.name, "type": c.type, "description": c.description} for c in spec.columns
                    ],
                    "primaryKey": list(spec.primary_key),
                },
            }
            for spec in open_tables()
        ],
    }


def datasette_metadata(synthetic: bool) -> dict[str, Any]:
    """Datasette's metadata.json: title, description, licence, source and per-table descriptions."""
    return {
        "title": _title(synthetic),
        "description": _description(synthetic),
        "license": "CC BY 4.0 (survey data); MIT © mySociety and OGL v3 (register data)",
        "license_url": LICENSES[0]["path"],
        "source": "Freedom of Information replies; register from mySociety (MIT) and NHS ODS (OGL v3)",
        "source_url": SOURCES[1]["path"],
        "databases": {
            DB_NAME.removesuffix(".db"): {
                "tables": {
                    spec.name: {
                        "title": spec.title,
                        "description": _table_description(spec, synthetic),
                        "columns": {c.name: c.description for c in spec.columns},
                    }
                    for spec in open_tables()
                }
            }
        },
    }


def _table_description(spec: TableSpec, synthetic: bool) -> str:
    """A table's description; Datasette shows it on the table's page, so it carries the note too."""
    return f"{SYNTHETIC_NOTE} {spec.description}" if synthetic else spec.description


def parquet_readme(synthetic: bool) -> str:
    """The README of `parquet/`: the folder can be copied on its own, so it says what it is."""
    lines = [f"# {_title(synthetic)}: Parquet tables", ""]
    if synthetic:
        lines += [f"**{SYNTHETIC_NOTE}**", ""]
    lines += [
        "The tables of the folder above as Parquet, one file per table, the same rows and columns as its CSV "
        "files (described in its `datapackage.json` and `README.md`). Each file's schema metadata says "
        f"`synthetic: {'true' if synthetic else 'false'}`.",
    ]
    return "\n".join(lines) + "\n"


def readme(summary: PublishSummary) -> str:
    lines = [f"# {_title(summary.synthetic)}", ""]
    if summary.synthetic:
        lines += [f"**{SYNTHETIC_NOTE}**", ""]
    lines += [description(), "", "| table | rows | what |", "|---|---|---|"]
    lines += [f"| `{s.name}` | {summary.tables.get(s.name, 0)} | {s.description} |" for s in open_tables()]
    lines += [
        "",
        "Files: `<table>.csv` with `datapackage.json` (Frictionless), `parquet/<table>.parquet`, and "
        f"`{DB_NAME}` with `metadata.json`: `datasette {DB_NAME} -m metadata.json`.",
        "",
        "Denominators: a share is k of n, the bodies that disclosed; bounds give the share of all bodies "
        "asked if every non-discloser were a no or a yes. Campaigns under embargo are not included.",
        "",
        "## Licences",
        "",
    ]
    lines += [f"- {lic['title']} ({lic['path']})" for lic in LICENSES]
    return "\n".join(lines) + "\n"


def _write_json(path: Path, document: dict[str, Any]) -> None:
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
