"""Interval maths against published values, non-response bounds, every denominator on a crafted survey."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from camcensus.analysis import tables
from camcensus.analysis.population import EmbargoError, survey
from camcensus.analysis.stats import national_stats, nonresponse_bounds, wilson_interval
from crafted_survey import build_survey

EXPECTED = Path(__file__).with_name("expected")


@pytest.mark.parametrize(
    ("k", "n", "lo", "hi"),
    [
        # Wilson score intervals, z = 1.96 (Newcombe 1998, Table I; Brown, Cai & DasGupta 2001).
        (0, 10, 0.0, 0.2775),
        (5, 10, 0.2366, 0.7634),
        (10, 10, 0.7225, 1.0),
        (73, 100, 0.6357, 0.8073),
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
    ],
)
def test_wilson_interval_matches_published_values(k, n, lo, hi):
    got = wilson_interval(k, n)
    assert got == pytest.approx((lo, hi), abs=5e-5)


def test_wilson_interval_edges():
    assert wilson_interval(0, 0) == (0.0, 1.0)
    with pytest.raises(ValueError):
        wilson_interval(5, 4)


def test_nonresponse_bounds():
    assert nonresponse_bounds(4, 6, 10) == (0.4, 0.8)
    assert nonresponse_bounds(0, 0, 3) == (0.0, 1.0)
    assert nonresponse_bounds(3, 3, 3) == (1.0, 1.0)


def _rows(store, **kwargs):
    with store.session() as session:
        build_survey(session)
    with store.session() as session:
        return {(r.sector, r.nation, r.vendor): r.as_dict() for r in national_stats(session, **kwargs)}


def test_denominators_on_crafted_survey(any_store):
    rows = _rows(any_store)
    total = rows[("all", "all", "either")]
    assert {k: total[k] for k in ("asked", "responded", "disclosed", "k", "n")} == {
        "asked": 10,
        "responded": 8,
        "disclosed": 6,
        "k": 4,
        "n": 6,
    }
    assert total["share"] == pytest.approx(4 / 6)
    assert total["bounds"] == [0.4, 0.8]
    assert total["ci95"] == pytest.approx(list(wilson_interval(4, 6)), abs=1e-6)
    hik = rows[("all", "all", "hikvision")]
    assert (hik["k"], hik["n"], hik["bounds"]) == (3, 5, [0.3, 0.8])
    dahua = rows[("all", "all", "dahua")]
    assert (dahua["k"], dahua["n"]) == (2, 5)
    councils = rows[("council", "all", "either")]
    assert (councils["asked"], councils["responded"], councils["k"], councils["n"]) == (6, 4, 2, 3)
    county = rows[("council_county", "england", "hikvision")]
    assert (county["asked"], county["responded"], county["k"], county["n"]) == (4, 3, 1, 2)
    secondary = rows[("school_secondary", "england", "either")]
    assert (secondary["asked"], secondary["responded"], secondary["k"], secondary["n"]) == (2, 2, 1, 1)
    wales = rows[("all", "wales", "either")]
    assert (wales["asked"], wales["k"], wales["n"]) == (1, 1, 1)


def test_no_disclosure_gives_null_share(any_store):
    rows = _rows(any_store)
    scottish = rows[("council_scottish_unitary", "scotland", "hikvision")]
    assert (scottish["k"], scottish["n"], scottish["share"]) == (0, 0, None)
    assert scottish["ci95"] == [0.0, 1.0]


def test_stats_match_expected_file(sqlite_store):
    """The whole table, kept as a file so a change in behaviour shows as a readable diff."""
    rows = _rows(sqlite_store)
    got = [json.dumps(row, sort_keys=True) for row in rows.values()]
    expected = (EXPECTED / "crafted_stats.jsonl").read_text().splitlines()
    assert got == expected


def test_embargo_left_out_until_its_date(sqlite_store):
    rows = _rows(sqlite_store)
    assert rows[("all", "all", "either")]["asked"] == 10
    with sqlite_store.session() as session:
        later = national_stats(session, by=(), today=dt.date(2099, 1, 2))
        with pytest.raises(EmbargoError):
            national_stats(session, campaign="secret")
        inside = national_stats(session, by=(), include_embargoed=True)
    assert [r.asked for r in later if r.vendor == "either"] == [11]
    assert [r.asked for r in inside if r.vendor == "either"] == [11]


def test_refusals_counts_and_capabilities(any_store):
    with any_store.session() as session:
        build_survey(session)
    with any_store.session() as session:
        _, bodies = survey(session)
    exemptions = {(r["law"], r["exemption"]): r for r in tables.exemption_rates(bodies, by=())}
    # per law: of the 7 bodies that replied to a FOIA request, and the 1 that replied under FOISA
    assert {key: (r["k"], r["n"], r["withheld"]) for key, r in exemptions.items()} == {
        ("foia", "s31 law enforcement"): (1, 7, 1),
        ("foia", "s24 national security"): (1, 7, 1),
        ("foisa", "s35 FOISA law enforcement"): (1, 1, 1),
    }
    outcomes = {r["outcome"]: (r["k"], r["n"]) for r in tables.outcome_rates(bodies, by=())}
    assert outcomes == {
        "answered": (5, 8),
        "partially_answered": (1, 8),
        "refused": (1, 8),
        "not_held": (1, 8),
        "unknown": (0, 8),
    }
    [cameras] = tables.camera_counts(bodies, by=())
    got = (cameras["total"], cameras["median"], cameras["bodies_with_count"], cameras["max"])
    assert got == (472, 80, 4, 300)
    capabilities = {r["capability"]: (r["k"], r["n"]) for r in tables.capability_prevalence(bodies, by=())}
    # of the 2 bodies that said which capabilities their cameras have
    assert capabilities == {"facial_recognition": (1, 2), "anpr": (1, 2), "audio": (1, 2)}


def test_unknown_dimension_is_a_clear_error(sqlite_store):
    with sqlite_store.session() as session, pytest.raises(ValueError, match="region"):
        national_stats(session, by=("region",))


def test_stats_command_json_lines(sqlite_store, run_cli):
    with sqlite_store.session() as session:
        build_survey(session)
    db = sqlite_store.url.split("///", 1)[1]
    lines = run_cli("stats", "--json", "--by", "nation", db=db).stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert {(r["sector"], r["nation"]) for r in rows} == {
        ("all", n) for n in ("all", "england", "scotland", "wales")
    }
    either = next(r for r in rows if r["nation"] == "all" and r["vendor"] == "either")
    assert {k: either[k] for k in ("asked", "responded", "disclosed", "k", "n", "bounds")} == {
        "asked": 10,
        "responded": 8,
        "disclosed": 6,
        "k": 4,
        "n": 6,
        "bounds": [0.4, 0.8],
    }
    bad = run_cli("stats", "--by", "colour", db=db, check=False)
    assert bad.returncode == 1 and "colour" in bad.stderr
