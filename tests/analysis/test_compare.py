"""Two survey rounds with known changes, brought in as WhatDoTheyKnow batches and compared; the difference's
interval checked against Newcombe's published examples."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from camcensus.analysis.compare import compare_rounds, newcombe_interval
from camcensus.enums import BodyType, Nation
from camcensus.evidence.facts import resolve_body_facts
from camcensus.foi.alaveteli_import import import_exports
from camcensus.store import Store
from camcensus.store.models import Body, BodyFact, Document, Evidence, Request
from foi.alaveteli_exports import ExportedRequest, Reply, batch_zip

# Newcombe RG (1998) "Interval estimation for the difference between independent proportions: comparison of
# eleven methods", Statistics in Medicine 17:873-890, Table II, method 10 (score, no continuity correction).
NEWCOMBE_1998 = [
    ((56, 70, 48, 80), (0.0524, 0.3339)),
    ((9, 10, 3, 10), (0.1705, 0.8090)),
    ((5, 56, 0, 29), (-0.0381, 0.1926)),
    ((0, 10, 0, 20), (-0.1611, 0.2775)),
    ((10, 10, 0, 20), (0.6791, 1.0000)),
]

NO_HIK = (
    "1. No. The {kind} does not use any Hikvision cameras.\n2. No. The {kind} does not use any Dahua cameras."
)
HIK = (
    "1. Yes. The {kind} uses CCTV cameras made by Hikvision at its depots.\n"
    "2. No. The {kind} does not use any Dahua cameras."
)
VAGUE = "Our CCTV is installed and maintained under contract by a security company.\n"
REFUSED = (
    "The information you requested is exempt under section {section} of the Freedom of Information Act 2000 "
    "and we are refusing your request."
)
BODIES = [
    ("t:exampleton", "Exampleton Borough Council", BodyType.COUNCIL, Nation.ENGLAND, "council"),
    ("t:glenmore", "Glenmore Council", BodyType.COUNCIL, Nation.SCOTLAND, "council"),
    (
        "t:loughside",
        "Loughside Health and Social Care Trust",
        BodyType.HSC_TRUST,
        Nation.NORTHERN_IRELAND,
        "trust",
    ),
    ("t:midshire", "Midshire Police", BodyType.POLICE, Nation.ENGLAND, "force"),
]


def _round(year: int, answers: dict[str, str]) -> list[ExportedRequest]:
    sent = dt.datetime(year, 1, 3, 9, 0, 0)
    out = []
    for n, (code, name, _type, _nation, kind) in enumerate(BODIES, start=1):
        text = "Dear Jo Researcher,\n\n" + answers[code].format(kind=kind) + "\n\nRegards,\nXXXX"
        reply = Reply(text, sent + dt.timedelta(days=20, hours=n))
        out.append(ExportedRequest(f"cctv_survey_{year}_{n}", "CCTV cameras", name, sent, kind, [reply]))
    return out


ROUND_2022 = {
    "t:exampleton": HIK,
    "t:glenmore": NO_HIK,
    "t:loughside": VAGUE,
    "t:midshire": REFUSED.replace("{section}", "31(1)(a)"),
}
ROUND_2026 = {
    "t:exampleton": NO_HIK,
    "t:glenmore": HIK,
    "t:loughside": NO_HIK,
    "t:midshire": REFUSED.replace("{section}", "24(1)"),
}


@pytest.fixture
def two_rounds(sqlite_store: Store, tmp_path: Path) -> Store:
    with sqlite_store.session() as session:
        session.add_all(
            [
                Body(code=c, name=n, body_type=t, nation=na, source="test", extra={})
                for c, n, t, na, _ in BODIES
            ]
        )
    for year, answers, batch in (
        (2026, ROUND_2026, 77),
        (2022, ROUND_2022, 12),
    ):  # the later one imported first
        name, data = batch_zip(_round(year, answers), batch_id=batch)
        (tmp_path / name).write_bytes(data)
        summary = import_exports(sqlite_store, [tmp_path / name], f"survey-{year}")
        assert len(summary.requests) == 4 and not summary.unmatched
    return sqlite_store


@pytest.mark.parametrize(("counts", "published"), NEWCOMBE_1998)
def test_difference_interval_is_newcombes_hybrid_score(
    counts: tuple[int, int, int, int], published: tuple[float, float]
) -> None:
    interval = newcombe_interval(*counts)
    assert interval is not None
    assert [round(v, 4) for v in interval] == list(published)


def test_no_interval_without_a_disclosure_on_each_side() -> None:
    assert newcombe_interval(0, 0, 3, 10) is None


def test_two_rounds_show_their_changes_with_the_quotes_behind_them(two_rounds: Store) -> None:
    with two_rounds.session() as session:
        document = compare_rounds(session, by=())  # the two latest, by when they were sent
    assert (document["a"]["campaign"], document["b"]["campaign"]) == ("survey-2022", "survey-2026")
    hik = next(r for r in document["rows"] if r["vendor"] == "hikvision")
    assert (hik["a"]["k"], hik["a"]["n"], hik["b"]["k"], hik["b"]["n"]) == (1, 2, 1, 3)
    assert hik["difference"] == pytest.approx(1 / 3 - 1 / 2, abs=1e-6)
    expected = newcombe_interval(1, 3, 1, 2)
    assert expected is not None and hik["difference_ci95"] == pytest.approx(list(expected), abs=1e-6)
    assert hik["a"]["bounds"] == [0.25, 0.75] and hik["b"]["bounds"] == [0.25, 0.5]
    assert hik["difference_bounds"] == pytest.approx([0.25 - 0.75, 0.5 - 0.25])
    changes = {(t["code"], t["vendor"]): t for t in document["transitions"]}
    assert changes[("t:exampleton", "hikvision")]["change"] == "yes_to_no"
    assert changes[("t:glenmore", "hikvision")]["change"] == "no_to_yes"
    assert changes[("t:loughside", "hikvision")]["change"] == "unknown_to_known"
    assert changes[("t:midshire", "outcome")]["change"] == "refused_both"
    stopped = changes[("t:exampleton", "hikvision")]["quotes"]
    assert any("Hikvision" in q for q in stopped["a"]) and any("Hikvision" in q for q in stopped["b"])
    assert (
        changes[("t:midshire", "outcome")]["quotes"]["a"]
        and changes[("t:midshire", "outcome")]["quotes"]["b"]
    )
    assert ("t:exampleton", "dahua") not in changes  # no in both rounds


def test_cli_compares_rounds_and_a_published_figure(two_rounds: Store, run_cli, tmp_path: Path) -> None:
    published = tmp_path / "published-2022.csv"
    published.write_text("group,vendor,share,n,source\nall,hikvision,73%,100,Survey of councils 2022\n")
    db = str(tmp_path / "camcensus.db")
    args = ("compare", "survey-2022", "survey-2026", "--by", "", "--published", str(published), "--json")
    document = json.loads(run_cli(*args, db=db).stdout)
    [external] = document["external"]
    assert external["external"] == {"share": 0.73, "n": 100, "source": "Survey of councils 2022"}
    assert external["b"]["k"] == 1 and external["difference"] == pytest.approx(1 / 3 - 0.73, abs=1e-6)
    assert external["difference_ci95"] == pytest.approx(
        list(newcombe_interval(1, 3, 73, 100) or ()), abs=1e-6
    )
    text = run_cli("compare", "--by", "", db=db).stdout  # piped: tab-separated rows, human labels
    assert "group\tvendor\tsurvey-2022\tsurvey-2026\tchange\t95% CI" in text
    assert "All sectors (pooled, unweighted)\tHikvision\t1 of 2 (50%)\t1 of 3 (33%)" in text
    assert "Exampleton Borough Council\tHikvision\tyes\tno" in text
    assert "Midshire Police\tOutcome\trefused\trefused" in text


def test_open_data_gains_the_comparison_of_the_two_latest_rounds(two_rounds: Store, tmp_path: Path) -> None:
    import csv

    from camcensus.reports.publish import publish

    publish(two_rounds, tmp_path / "open")
    with (tmp_path / "open" / "comparison.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    hik = next(r for r in rows if (r["sector"], r["nation"], r["vendor"]) == ("all", "all", "hikvision"))
    assert (hik["campaign_a"], hik["campaign_b"]) == ("survey-2022", "survey-2026")
    assert (hik["k_a"], hik["n_a"], hik["k_b"], hik["n_b"]) == ("1", "2", "1", "3")
    assert float(hik["difference_ci95_low"]) < float(hik["difference"]) < float(hik["difference_ci95_high"])
    with two_rounds.session() as session:  # one source: every row is compare --json's
        document = compare_rounds(session, "survey-2022", "survey-2026")
    assert len(rows) == len(document["rows"])
    for row, ours in zip(rows, document["rows"], strict=True):
        assert (row["sector"], row["nation"], row["vendor"]) == (
            ours["sector"],
            ours["nation"],
            ours["vendor"],
        )
        assert (row["difference"] or None) == (
            None if ours["difference"] is None else str(ours["difference"])
        )


def test_a_bodys_facts_are_its_latest_rounds_where_that_round_says_something(two_rounds: Store) -> None:
    """Exampleton used Hikvision in 2022 and says it does not in 2026: its fact is no, citing 2026; Midshire
    refused both times: its facts stay unknown; Loughside said nothing of makes in 2022, no in 2026."""
    with two_rounds.session() as session:
        resolve_body_facts(session)
        facts = {
            (code, f.key): f
            for f, code in session.execute(
                select(BodyFact, Body.code).join(Body, Body.id == BodyFact.body_id)
            )
        }
        cited = {
            e.id: session.get(Request, session.get(Document, e.document_id).request_id).campaign.name
            for e in session.scalars(select(Evidence))
            if e.document_id is not None
        }
    assert facts[("t:exampleton", "hikvision")].value == "no"
    assert {cited[i] for i in facts[("t:exampleton", "hikvision")].evidence_ids} == {"survey-2026"}
    assert facts[("t:glenmore", "hikvision")].value == "yes"
    assert facts[("t:loughside", "hikvision")].value == "no"
    assert facts[("t:midshire", "hikvision")].value == "unknown"
    assert facts[("t:midshire", "outcome")].value == "refused"
