"""Every number the report and the dashboard show comes from the one computation of the figures: the demo's
survey is reported through the real program, its HTML read back, and each "k of n" and percentage in it found
in figures.json, whose statistics rows are those of `camcensus stats --json`."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from camcensus.analysis.figures import survey_figures
from camcensus.store import Store

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _cli(*args: str) -> str:
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("CAMCENSUS_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "camcensus", *args], capture_output=True, text=True, env=env, timeout=600
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    _cli("demo", "--out", str(out))
    return out


@pytest.fixture(scope="module")
def report(demo: Path) -> tuple[str, dict[str, Any]]:
    out = demo / "published-report"
    _cli("--db", str(demo / "camcensus.db"), "report", "--out", str(out))
    return (out / "index.html").read_text(encoding="utf-8"), json.loads((out / "figures.json").read_text())


def _walk(value: Any) -> Iterator[Any]:
    yield value
    if isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)


def _pairs(figures: dict[str, Any]) -> set[tuple[int, int]]:
    """Every (k, n) the figures hold: k-of-n figures, the weighted estimates' coverage, outcome tallies."""
    pairs = set()
    for item in _walk(figures):
        if isinstance(item, dict) and isinstance(item.get("k"), int) and isinstance(item.get("n"), int):
            pairs.add((item["k"], item["n"]))
        if isinstance(item, dict) and "covered" in item and "frame" in item:
            pairs.add((item["covered"], item["frame"]))
    return pairs


def _percentages(figures: dict[str, Any]) -> set[str]:
    found = set()
    for item in _walk(figures):
        if isinstance(item, float) and 0 <= item <= 1:
            found.add(f"{item * 100:.0f}")
        if isinstance(item, int) and not isinstance(item, bool) and item in (0, 1):
            found.add(f"{item * 100:.0f}")
    return found


def _shown_text(page: str) -> str:
    """The words a reader sees, less the quotes and the per-body appendix (the bodies' own words), the
    charts' axis ticks and the method's fixed wording."""
    page = re.sub(r"<style.*?</style>|<title>.*?</title>", "", page, flags=re.S)
    page = page.split('<section id="appendix">')[0]
    page = re.sub(
        r'<text x="[\d.]+" y="\d+" font-size="11" text-anchor="middle" fill="#555">\d+%</text>', "", page
    )
    page = re.sub(r"<[^>]+>", " ", page)
    text = html.unescape(re.sub(r"\s+", " ", page))
    return re.sub(r"95% (interval|CI)", "", text)


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def test_figures_json_has_the_rows_of_stats_json(demo, report):
    _, figures = report
    lines = _cli("--db", str(demo / "camcensus.db"), "stats", "--json").splitlines()
    assert figures["stats"] == [json.loads(line) for line in lines]
    assert figures["synthetic"] is True and all(row["synthetic"] for row in figures["stats"])


def test_every_number_in_the_report_is_in_its_figures(report):
    page, figures = report
    text = _shown_text(page)
    pairs, percentages = _pairs(figures), _percentages(figures)
    shown = re.findall(r"\b(\d[\d,]*) of (?:the )?(\d[\d,]*)\b", text)
    assert len(shown) > 100
    missing = {(k, n) for k, n in shown if (_number(k), _number(n)) not in pairs}
    assert not missing, sorted(missing)[:10]
    shown_pct = re.findall(r"\b(\d{1,3})%", text)
    assert len(shown_pct) > 100
    assert not set(shown_pct) - percentages, sorted(set(shown_pct) - percentages)


def test_the_report_leads_with_the_weighted_estimate_and_calls_the_pool_unweighted(report):
    page, figures = report
    total = next(r for r in figures["by_sector"] if r["sector"] == "all" and r["vendor"] == "either")
    w = total["weighted"]
    lead = f"an estimated <strong>{w['share'] * 100:.0f}%</strong>"
    assert lead in page and page.index(lead) < page.index(f"{total['k']} of {total['n']}</strong>")
    assert "All bodies" not in page
    assert "All sectors (pooled, unweighted)" in page and "pooled over every sector, unweighted" in page


def test_pooled_figures_say_they_are_unweighted_pools(report):
    """The sector table's group rows, the nations' column, and the charts and tables of figures that count the
    bodies of every sector together say that they are unweighted pools."""
    page, figures = report
    rows = [r for r in figures["by_sector"] if r["vendor"] == "either" and r["asked"]]
    labels = re.findall(r"<tr><td>([^<]+)</td>", page.split('<section id="sectors">')[1].split("</table>")[0])
    for row in rows:
        pooled = row["sector"] in ("all", "council", "school")
        assert ("pooled, unweighted" in row["sector_label"]) == pooled, row["sector_label"]
        assert row["sector_label"] in labels
    assert "Councils (all types, pooled, unweighted)" in labels
    assert "Councils, weighted to the register" in page
    nations = page.split('<section id="nations">')[1].split("</section>")[0]
    assert "all sectors, pooled, unweighted</th>" in nations
    for section in ("replies", "cameras", "due-diligence", "capabilities-and-rights-impact"):
        part = page.split(f'id="{section}"')[1].split("</section>")[0]
        assert "pooled, unweighted" in _shown_text(part), section


def test_the_dashboard_shows_the_same_figures(demo):
    from fastapi.testclient import TestClient

    from camcensus.web import create_app

    store = Store.from_url(str(demo / "camcensus.db"))
    with store.session() as session:
        rows = {(r.sector, r.vendor): r for r in survey_figures(session).rows(("sector",))}
    with TestClient(create_app(store, secret_key="test-secret")) as client:
        page = client.get("/").text
    cards = re.findall(
        r'<div class="figure" data-sector="(\w+)" data-vendor="(\w+)">(.*?)</div>\s*</div>', page, re.S
    )
    assert len(cards) == len([r for r in rows.values() if r.asked])
    for sector, vendor, card in cards:
        row = rows[(sector, vendor)]
        text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", card)))
        found = re.search(r"(\d+) of (\d+)", text)
        assert found, (sector, vendor, card[:300])
        k, n = found.groups()
        assert (int(k), int(n)) == (row.k, row.n)
        shown = re.findall(r"(\d+)%", re.sub(r"95% CI", "", text))
        expected = [row.share, *row.ci95, *row.bounds]
        if row.weighted is not None and row.weighted.share is not None:
            expected += [row.weighted.share, *row.weighted.ci95]
        assert set(shown) <= {f"{v * 100:.0f}" for v in expected if v is not None}, (sector, vendor, shown)
    assert "All bodies" not in page


def test_open_data_statistics_are_the_same_rows_with_declarations_beside_the_bodies(demo):
    import csv

    out = demo / "published-data"
    db = str(demo / "camcensus.db")
    _cli("--db", db, "publish", "--out", str(out))
    stats = [json.loads(line) for line in _cli("--db", db, "stats", "--json").splitlines()]
    with (out / "statistics.csv").open(encoding="utf-8") as fh:
        published = list(csv.DictReader(fh))
    assert [(r["sector"], r["nation"], r["vendor"], int(r["k"]), int(r["n"])) for r in published] == [
        (r["sector"], r["nation"], r["vendor"], r["k"], r["n"]) for r in stats
    ]
    for row, source in zip(published, stats, strict=True):
        weighted = source["weighted"]
        assert (row["weighted_share"] or None) == (None if weighted is None else str(weighted["share"]))
        assert row["synthetic"].lower() == "true"
    with (out / "bodies.csv").open(encoding="utf-8") as fh:
        bodies = list(csv.DictReader(fh))
    assert {"dpia", "code_compliance", "code_self_assessment", "dpia_declared"} <= set(bodies[0])
    assert {b["dpia"] for b in bodies} >= {"yes", "unknown"}


def test_the_change_section_shows_compares_figures(demo, report):
    """The demo's two rounds: the section's figures are `compare --json --by sector`, and every k of n,
    percentage and change in points it shows is one of them."""
    page, figures = report
    document = json.loads(_cli("--db", str(demo / "camcensus.db"), "compare", "--json", "--by", "sector"))
    assert figures["change"] == document
    title = f"Change since {document['a']['campaign']}"
    assert f'<a href="#change-since-{document["a"]["campaign"]}">{title}</a>' in page  # in the contents
    section = page.split(f"<h2>{title}</h2>", 1)[1].split("</section>", 1)[0]
    text = _shown_text(re.sub(r"<blockquote>.*?</blockquote>", "", section, flags=re.S))
    shown = {(_number(k), _number(n)) for k, n in re.findall(r"\b(\d+) of (?:the )?(\d+)\b", text)}
    assert len(shown) > 20 and shown <= _pairs(document), sorted(shown - _pairs(document))[:10]
    assert set(re.findall(r"\b(\d{1,3})%", text)) <= _percentages(document)
    points = {
        round(value * 100)
        for row in document["rows"]
        for value in [row["difference"], *(row["difference_ci95"] or []), *(row["difference_bounds"] or [])]
        if value is not None
    }
    shown_points = re.findall(r"([−+]?)(\d+)(?= points| to [−+]?\d+ points)", text)
    assert shown_points and {int(n) * (-1 if sign == "−" else 1) for sign, n in shown_points} <= points
    moved = {t["body"] for t in document["transitions"] if t["vendor"] != "either"}
    assert moved and all(html.escape(name) in section for name in moved)
