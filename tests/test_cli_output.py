"""The CLI's tables as a pipe and a person get them: whole rows when piped (TSV, or --format csv|json), at
most 100 columns at a terminal, and a line saying so beside figures built from synthetic demo data."""

from __future__ import annotations

import csv
import io
import json

import pytest

from camcensus.synthetic import SYNTHETIC_NOTE

WIDE = {"COLUMNS": "200"}  # a wide terminal: the table still keeps to 100 columns


@pytest.fixture
def demo_db(demo_survey) -> str:
    return str(demo_survey / "camcensus.db")


def test_stats_piped_is_whole_tsv_with_the_synthetic_line_apart(run_cli, demo_db) -> None:
    done = run_cli("stats", db=demo_db)
    lines = done.stdout.splitlines()
    header = lines[0].split("\t")
    assert header[:3] == ["sector", "nation", "vendor"]
    assert all(len(line.split("\t")) == len(header) for line in lines)
    assert "…" not in done.stdout and "Northern Ireland district councils" in done.stdout
    assert SYNTHETIC_NOTE not in done.stdout and SYNTHETIC_NOTE in done.stderr  # the rows stay data


def test_format_csv_and_json(run_cli, demo_db) -> None:
    rows = list(csv.DictReader(io.StringIO(run_cli("stats", "--format", "csv", db=demo_db).stdout)))
    assert rows[0]["sector"] == "All sectors (pooled, unweighted)" and " of " in rows[0]["k of n"]
    bodies = [
        json.loads(line)
        for line in run_cli("bodies", "list", "--format", "json", db=demo_db).stdout.splitlines()
    ]
    assert len(bodies) > 700 and {"id", "name", "FOI address"} <= set(bodies[0])


@pytest.mark.parametrize(
    "argv",
    [
        ("stats",),
        ("diligence",),
        ("foi", "status", "demo-cctv-2026"),
        ("review", "queue"),
        ("bodies", "list"),
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_tables_for_people_fit_in_100_columns(run_cli, demo_db, argv) -> None:
    done = run_cli(*argv, "--format", "table", db=demo_db, env=WIDE)
    lines = done.stdout.splitlines()
    assert len(lines) > 3 and max(len(line) for line in lines) <= 100, argv
    if argv[0] != "bodies":  # figures from the demo say they are synthetic; the register is real
        assert SYNTHETIC_NOTE in done.stdout


def test_publish_says_synthetic(run_cli, demo_db, tmp_path) -> None:
    done = run_cli("publish", "--out", str(tmp_path / "open"), db=demo_db)
    assert SYNTHETIC_NOTE in done.stdout


def test_stats_shows_the_weighted_estimate_beside_the_pooled_share(run_cli, demo_db) -> None:
    """Issue 18: a pooled row's share is unweighted; the estimate weighted to the register stands beside it
    (with its interval), at a terminal within 100 columns and in the rows a program reads."""
    as_json = [json.loads(line) for line in run_cli("stats", "--json", db=demo_db).stdout.splitlines()]
    first = as_json[0]
    weighted = first["weighted"]
    assert first["sector"] == "all" and weighted["share"] is not None
    estimate = f"{weighted['share'] * 100:.1f}%"
    low, high = (round(v * 100) for v in weighted["ci95"])

    lines = run_cli("stats", "--format", "table", db=demo_db, env=WIDE).stdout.splitlines()
    assert max(len(line) for line in lines) <= 100
    header = next(i for i, line in enumerate(lines) if line.startswith("sector"))
    assert header + 3 < len(lines) and lines[header].rstrip().endswith("weighted")
    row = lines[header + 2 : header + 5]  # the first row: the pooled share, then its weighted estimate
    assert row[0].startswith("All sectors") and f"{first['share'] * 100:.1f}%" in row[0]
    assert row[0].rstrip().endswith(estimate) and row[1].rstrip().endswith(f"({low}–{high}%)")
    assert "unweighted)" in row[2]

    rows = list(csv.DictReader(io.StringIO(run_cli("stats", "--format", "csv", db=demo_db).stdout)))
    assert rows[0]["weighted"] == f"{estimate} ({low}–{high}%)"
    assert [bool(r["weighted"]) for r in rows] == [r["weighted"] is not None for r in as_json]
    assert {r["sector"] for r in as_json if r["weighted"]} == {"all", "council", "school"}
