"""The measures added from their primary sources: exact dates, whom each reaches, and whether it names the
vendor or applies by description."""

from __future__ import annotations

import datetime as dt

import pytest

from camcensus.knowledge import restrictions as kr
from camcensus.knowledge.sources import SourceKind


def _one(vendor: str, name_start: str) -> kr.Restriction:
    found = [r for r in kr.restrictions_for(vendor) if r.name.startswith(name_start)]
    assert len(found) == 1, (vendor, name_start, [r.name for r in kr.restrictions_for(vendor)])
    return found[0]


# (vendor, measure, jurisdiction, made, in force, names the vendor, the primary source's address or reference)
MEASURES = [
    (
        "Hikvision",
        "Procurement Act 2023",
        "UK",
        (2023, 10, 26),
        (2025, 2, 24),
        False,
        "legislation.gov.uk/ukpga/2023/54",
    ),
    (
        "Dahua",
        "Procurement Act 2023",
        "UK",
        (2023, 10, 26),
        (2025, 2, 24),
        False,
        "legislation.gov.uk/ukpga/2023/54",
    ),
    (
        "Hikvision",
        "UK commitment to a timeline",
        "UK",
        (2023, 7, 24),
        (2024, 4, 26),
        False,
        "HL9188 and HL9193",
    ),
    ("Dahua", "UK commitment to a timeline", "UK", (2023, 7, 24), (2024, 4, 26), False, "HL9188 and HL9193"),
    ("Hikvision", "UK written ministerial statement", "UK", (2022, 11, 24), (2022, 11, 24), False, "HCWS386"),
    ("Hikvision", "Canada: order", "CA", (2025, 6, 27), (2025, 6, 27), True, "x.com/melaniejoly"),
    ("Hikvision", "European Parliament", "EU", (2021, 4, 28), (2021, 4, 28), True, "P9_TA(2021)0165"),
    ("Hikvision", "US Department of Defense list", "US", (2020, 6, 24), (2020, 6, 24), True, "defense.gov"),
    (
        "Hikvision",
        "Executive Order 14032",
        "US",
        (2021, 6, 3),
        (2021, 8, 2),
        True,
        "federalregister.gov/d/2021-12019",
    ),
    (
        "Hikvision",
        "Australian Department of Defence",
        "AU",
        (2023, 2, 9),
        (2023, 2, 9),
        True,
        "defence.gov.au",
    ),
]


@pytest.mark.parametrize(("vendor", "start", "where", "made", "in_force", "names", "primary"), MEASURES)
def test_each_measure_has_its_exact_dates_and_primary_source(
    vendor: str, start: str, where: str, made: tuple, in_force: tuple, names: bool, primary: str
) -> None:
    r = _one(vendor, start)
    assert (r.jurisdiction, r.date, r.effective_date) == (where, dt.date(*made), dt.date(*in_force))
    assert r.names_vendor is names and r.as_dict()["names_vendor"] is names
    assert r.primary.kind is SourceKind.PRIMARY and primary in r.source


@pytest.mark.parametrize(
    "name", ["Canada: order", "European Parliament", "US Department of Defense", "Executive Order"]
)
def test_measures_naming_hikvision_alone_do_not_reach_dahua(name: str) -> None:
    assert not [r for r in kr.restrictions_for("Dahua") if r.name.startswith(name)]


def test_the_corrected_dates_stay_as_the_primary_sources_give_them() -> None:
    ndaa = _one("Dahua", "NDAA FY2019 s.889(a)(1)(A)")
    assert ndaa.date == dt.date(2018, 8, 13) and "approved 13 Aug 2018" in ndaa.primary.title
    fcc = _one("Dahua", "FCC 22-84")
    assert "adopted 11 Nov 2022" in fcc.notes and "released 25 Nov 2022" in fcc.notes
    assert "adopted 11 Nov 2022, released 25 Nov 2022" in fcc.primary.title


def test_the_procurement_act_cites_the_act_its_commencement_and_the_delay() -> None:
    act = _one("Hikvision", "Procurement Act 2023")
    primaries = [s for s in act.sources if s.kind is SourceKind.PRIMARY]
    assert [s.url.split("/")[3:5] for s in primaries[:2]] == [["ukpga", "2023"], ["uksi", "2024"]]
    assert "hansard.parliament.uk/commons/2024-09-12" in primaries[2].url
    assert "names no supplier" in act.scope and "Sch. 6 para 35" in act.scope


def test_names_vendor_must_be_yes_or_no() -> None:
    assert kr._yes_no(" yes ", "restrictions.csv") and not kr._yes_no("no", "restrictions.csv")
    with pytest.raises(kr.KnowledgeDataError, match="names_vendor must be yes or no"):
        kr._yes_no("maybe", "restrictions.csv")
