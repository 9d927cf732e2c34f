"""A third vendor of concern is one change to the vendor catalogue: the reading rules, statistics, the report,
the open data and the API follow it with no change of code."""

from __future__ import annotations

import csv
import dataclasses
import warnings

import pytest

from camcensus.analysis.stats import national_stats
from camcensus.evidence.facts import fact_keys
from camcensus.evidence.files import read_file
from camcensus.knowledge import vendors as register
from camcensus.reports.html import write_report
from camcensus.reports.publish import publish
from camcensus.store import Store
from camcensus.store.models import BodyFact
from crafted_survey import build_survey

warnings.filterwarnings("ignore", message=".*httpx2.*")
from fastapi.testclient import TestClient  # noqa: E402

from camcensus.web import create_app  # noqa: E402


@pytest.fixture
def uniview_of_concern(monkeypatch: pytest.MonkeyPatch) -> None:
    """The register as if its row for Uniview said ``concern`` yes."""
    rows = tuple(
        dataclasses.replace(v, concern=True) if v.name == "Uniview" else v for v in register.vendors()
    )
    monkeypatch.setattr(register, "vendors", lambda: rows)
    assert register.concern_vendors() == ("Hikvision", "Dahua", "Uniview")


@pytest.fixture
def survey(sqlite_store: Store, uniview_of_concern: None) -> Store:
    """The crafted survey, with C2 (no Hikvision, no Dahua) using Uniview and P1 saying it does not."""
    with sqlite_store.session() as session:
        ids = build_survey(session)
        session.add(BodyFact(body_id=ids["C2 County Council"], key="uniview", value="yes", evidence_ids=[]))
        session.add(BodyFact(body_id=ids["P1 Primary School"], key="uniview", value="no", evidence_ids=[]))
    return sqlite_store


def test_statistics_count_the_third_vendor(survey: Store) -> None:
    with survey.session() as session:
        rows = {(r.sector, r.nation, r.vendor): r for r in national_stats(session)}
    uniview = rows[("all", "all", "uniview")]
    assert (uniview.k, uniview.n, uniview.asked) == (1, 2, 10)
    either = rows[("all", "all", "either")]
    assert (either.k, either.n) == (5, 6)  # C2 now uses one; P1 says no to all three


def test_report_and_open_data_show_the_third_vendor(survey: Store, tmp_path) -> None:
    html = write_report(survey, tmp_path / "report").read_text()
    assert "<h1>Hikvision, Dahua and Uniview cameras in the UK public sector</h1>" in html
    assert '<th class="num">Uniview</th>' in html
    assert "<strong>5 of 6</strong> (83%) use Hikvision, Dahua or Uniview" in html
    assert 'Uniview: <span class="yes">yes</span>' in html  # C2's appendix entry
    summary = publish(survey, tmp_path / "open")
    with (summary.out_dir / "bodies.csv").open(encoding="utf-8") as fh:
        bodies = {row["name"]: row for row in csv.DictReader(fh)}
    assert bodies["C2 County Council"]["uniview"] == "yes"
    stats = (summary.out_dir / "statistics.csv").read_text(encoding="utf-8")
    assert "all,all,uniview,10," in stats


def test_api_filters_and_counts_the_third_vendor(survey: Store) -> None:
    with TestClient(create_app(survey, secret_key="test-secret")) as client:
        assert "uniview" in client.get("/api/facets").json()["vendor"]
        listed = client.get("/api/bodies", params={"vendor": "uniview"}).json()
        assert [b["name"] for b in listed["items"]] == ["C2 County Council"]
        assert listed["items"][0]["facts"]["uniview"] == "yes"
        rows = client.get("/api/stats").json()["rows"]
        assert any(r["vendor"] == "uniview" and r["sector"] == "all" and r["k"] == 1 for r in rows)
        page = client.get("/bodies").text
        assert "<th>Uniview</th>" in page


def test_the_register_as_shipped_has_two() -> None:
    assert register.concern_vendors() == ("Hikvision", "Dahua")
    assert register.concern_names("and") == "Hikvision and Dahua"


def test_reading_rules_read_the_third_vendor(uniview_of_concern: None, tmp_path) -> None:
    """The reply's fields, their quotes and confidences, and the body facts gain the third vendor."""
    reply = tmp_path / "reply.txt"
    reply.write_text(
        "Dear Requester,\n\n1. The Council operates 42 CCTV cameras.\n"
        "2. Our cameras are manufactured by Uniview and Axis. We do not use Hikvision or Dahua cameras.\n",
        encoding="utf-8",
    )
    fields = read_file(reply).as_dict()
    assert (fields["hikvision"], fields["dahua"], fields["uniview"]) == ("no", "no", "yes")
    assert "Uniview" in fields["quotes"]["uniview"]
    assert set(fields["confidence"]) >= {"hikvision", "dahua", "uniview"}
    assert fact_keys()[:3] == ("hikvision", "dahua", "uniview")
