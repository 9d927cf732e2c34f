"""The all-sector estimate weighted to the register's bodies per sector, worked by hand."""

from __future__ import annotations

import pytest

from camcensus.analysis.intervals import wilson_share_interval
from camcensus.analysis.sectors import GROUPS, council_sector, sector_label, sector_name
from camcensus.analysis.stats import national_stats
from camcensus.analysis.weighting import Stratum, post_stratified
from crafted_survey import build_survey


def test_each_sector_weighs_by_its_bodies_in_the_register_not_by_its_replies():
    # 90 bodies in A, 10 answered, 5 yes; 10 bodies in B, all answered, all yes. Pooled: 15 of 20 (75%).
    est = post_stratified([Stratum("a", 90, 10, 10, 5), Stratum("b", 10, 10, 10, 10)])
    assert est.share == pytest.approx(0.9 * 0.5 + 0.1 * 1.0)
    variance = 0.9**2 * 0.5 * 0.5 / 10 * (1 - 10 / 90)  # B is a census: no sampling error
    assert est.ci95 == pytest.approx(wilson_share_interval(0.55, 0.55 * 0.45 / variance))
    assert (est.frame, est.covered, est.left_out) == (100, 100, [])


def test_a_sector_where_nobody_disclosed_is_left_out_and_named():
    est = post_stratified([Stratum("a", 30, 5, 4, 2), Stratum("b", 70, 3, 0, 0)])
    assert est.share == pytest.approx(0.5)
    assert (est.frame, est.covered, est.left_out) == (100, 30, ["b"])
    nothing = post_stratified([Stratum("b", 70, 3, 0, 0)])
    assert (nothing.share, nothing.ci95) == (None, (0.0, 1.0))


def test_all_yes_in_every_sector_still_has_an_interval():
    est = post_stratified([Stratum("a", 50, 4, 4, 4), Stratum("b", 50, 2, 2, 2)])
    assert est.share == 1.0
    assert est.ci95 == pytest.approx(wilson_share_interval(1.0, 6))


def test_pooled_rows_carry_the_weighted_estimate_and_say_so(sqlite_store):
    with sqlite_store.session() as session:
        build_survey(session)
    with sqlite_store.session() as session:
        rows = {(r.sector, r.nation, r.vendor): r for r in national_stats(session)}
        by_sector = {(r.sector, r.vendor): r for r in national_stats(session, by=("sector",))}
    total = rows[("all", "all", "either")].as_dict()
    assert total["sector_label"] == "All sectors (pooled, unweighted)"
    weighted = total["weighted"]
    assert weighted["method"] == "weighted to the register's bodies per sector"
    assert sum(s["registered"] for s in weighted["strata"]) == weighted["frame"]
    assert by_sector[("nhs", "either")].weighted is None  # one sector: nothing to weigh
    assert rows[("council", "england", "either")].weighted is not None
    assert total["synthetic"] is False


def test_every_pooled_row_says_it_is_an_unweighted_pool(sqlite_store):
    """Rows that add up several sectors (all sectors, councils, schools) say so in their label; a sector of
    its own does not, and its name alone is what a weighted estimate's label is built from."""
    with sqlite_store.session() as session:
        build_survey(session)
    with sqlite_store.session() as session:
        rows = [r.as_dict() for r in national_stats(session)]
    pooled = [r for r in rows if r["sector"] in ("all", *GROUPS)]
    assert {r["sector"] for r in pooled} == {"all", "council", "school"}
    for row in rows:
        says = "pooled, unweighted" in row["sector_label"]
        assert says == (row in pooled), row["sector_label"]
    assert sector_label("council") == "Councils (all types, pooled, unweighted)"
    assert sector_label("school") == "Schools (all phases, pooled, unweighted)"
    assert (sector_name("council"), sector_name("all"), sector_name("police")) == (
        "Councils",
        "All sectors",
        "Police forces",
    )


def test_non_metropolitan_districts_are_districts():
    assert council_sector("Non-metropolitan district") == "council_district"
    assert council_sector("Metropolitan district") == "council_metropolitan"
