"""The comparison page (/compare) and its API twin (GET /api/compare): the document `camcensus compare --json`
prints, the public's of published rounds only; the page shows the same figures; fewer than two rounds is an
empty state that says what to do."""

from __future__ import annotations

import html
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator
from test_api_schemas import _closed
from webdata import REVIEWER, Seeded, login

from camcensus.analysis.compare import compare_rounds
from camcensus.reports.change import points, points_range
from camcensus.store import Store
from camcensus.web import create_app


def test_the_public_compares_published_rounds_only(client: TestClient, seeded: Seeded) -> None:
    page = client.get("/compare")
    assert page.status_code == 200
    assert (
        "Comparing needs two survey rounds" in page.text and "There is one round here, cctv-2026" in page.text
    )
    assert '<a href="/compare">Compare rounds</a>' in page.text  # in the navigation
    answer = client.get("/api/compare")
    assert answer.status_code == 404 and answer.json()["detail"].startswith(
        "comparing needs two survey rounds"
    )
    for path in ("/api/compare", "/compare"):  # a round under embargo does not exist for the public
        hidden = client.get(path, params={"a": seeded.embargoed, "b": seeded.published})
        assert hidden.status_code == 404 and "under embargo" not in hidden.text
        assert f"no survey round named {seeded.embargoed!r}" in html.unescape(hidden.text)


def test_a_reviewer_compares_rounds_under_embargo_too(
    client: TestClient, seeded: Seeded, sqlite_store: Store
) -> None:
    login(client, *REVIEWER)
    answer = client.get("/api/compare")
    assert answer.status_code == 200
    with sqlite_store.session() as session:
        expected = compare_rounds(session, include_embargoed=True)
    assert answer.json() == json.loads(json.dumps(expected))
    assert {answer.json()["a"]["campaign"], answer.json()["b"]["campaign"]} == {
        seeded.published,
        seeded.embargoed,
    }
    page = client.get("/compare")
    assert page.status_code == 200 and "By sector" in page.text
    refused = {
        (("a", seeded.published),): 422,  # one round named without the other
        (("a", seeded.published), ("b", seeded.published)): 422,  # the same twice
        (("by", "colour"),): 422,
        (("a", "no-such-round"), ("b", seeded.published)): 404,
    }
    for params, status in refused.items():
        assert client.get("/api/compare", params=dict(params)).status_code == status, params


def test_an_empty_database_says_what_a_comparison_needs(sqlite_store: Store) -> None:
    with TestClient(create_app(sqlite_store, secret_key="test-secret")) as client:
        page = client.get("/compare")
        assert page.status_code == 200 and "There is no survey round here yet" in page.text
        assert "camcensus demo" in page.text
        assert client.get("/api/compare").status_code == 404


@pytest.fixture
def demo_client(demo_survey: Path, tmp_path: Path) -> Iterator[tuple[TestClient, str]]:
    """The web app over a copy of the demo's database (two rounds), and the copy's path."""
    db = tmp_path / "demo.db"
    shutil.copy(demo_survey / "camcensus.db", db)
    store = Store.open_existing(str(db))
    with TestClient(create_app(store, secret_key="test-secret")) as client:
        yield client, str(db)
    store.dispose()


def _row(page: str, sector: str, nation: str, vendor: str) -> str:
    found = re.search(
        rf'<tr data-sector="{sector}" data-nation="{nation}" data-vendor="{vendor}">(.*?)</tr>', page, re.S
    )
    assert found, (sector, nation, vendor)
    return html.unescape(re.sub(r"<[^>]+>", " ", found.group(1)))


def test_the_page_and_the_api_show_what_compare_prints(demo_client, run_cli) -> None:
    client, db = demo_client
    printed = json.loads(run_cli("compare", "--json", db=db).stdout)
    assert client.get("/api/compare").json() == printed
    named = ("demo-cctv-2024", "demo-cctv-2026")
    by_sector = json.loads(run_cli("compare", *named, "--by", "sector", "--json", db=db).stdout)
    assert (
        client.get("/api/compare", params={"a": named[0], "b": named[1], "by": "sector"}).json() == by_sector
    )
    spec = client.get("/openapi.json").json()
    schema = {
        "$ref": "#/components/schemas/Comparison",
        "components": {"schemas": _closed(spec["components"]["schemas"])},
    }
    assert not list(Draft202012Validator(schema).iter_errors(printed))

    page = client.get("/compare").text
    shown = [
        r
        for r in printed["rows"]
        if r["a"]["asked"] and r["b"]["asked"] and "all" in (r["sector"], r["nation"])
    ]
    assert len(shown) > 20
    for row in shown:
        text = _row(page, row["sector"], row["nation"], row["vendor"])
        assert points(row["difference"]) in text and points_range(row["difference_ci95"]) in text, text
        for side in ("a", "b"):
            if row[side]["n"]:
                assert f"{row[side]['k']} of {row[side]['n']}" in text, (row, text)
    moved = {t["body"] for t in printed["transitions"] if t["vendor"] != "either"}
    assert moved and all(html.escape(name) in page for name in moved)
    for quote in {q for t in printed["transitions"] for side in "ab" for q in t["quotes"][side]}:
        assert html.escape(quote) in page, quote
    assert f'<a href="/api/compare?a={named[0]}&amp;b={named[1]}">JSON</a>' in page
    assert 'href="/compare">See what changed' in client.get("/").text
