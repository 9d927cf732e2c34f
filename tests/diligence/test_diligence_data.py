"""The vendor knowledge data: every fact row has a source URL; restriction dates are the documented ones."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from importlib import resources

import pytest

from camcensus.knowledge import restrictions as kr
from camcensus.knowledge.sources import SourceDataError, SourceKind, read_sources

FACT_FILES = [
    ("camcensus.knowledge", "advisories.csv"),
    ("camcensus.knowledge", "human_rights.csv"),
    ("camcensus.diligence", "sensitive_body_types.csv"),
    ("camcensus.diligence", "code_principles.csv"),
]


@pytest.mark.parametrize(("package", "filename"), FACT_FILES)
def test_every_fact_row_has_a_source_url(package: str, filename: str) -> None:
    text = resources.files(package).joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert rows, filename
    for number, row in enumerate(rows, start=2):
        assert row["source"].startswith(("https://", "http://")), f"{filename} line {number}"
        assert all(value is not None for value in row.values()), f"{filename} line {number}: missing column"


def _one(vendor: str, name_start: str) -> kr.Restriction:
    found = [r for r in kr.restrictions_for(vendor) if r.name.startswith(name_start)]
    assert len(found) == 1, (vendor, name_start, found)
    return found[0]


@pytest.mark.parametrize("vendor", ["Hikvision", "Dahua", "hikvision"])
def test_restriction_dates(vendor: str) -> None:
    ndaa_a = _one(vendor, "NDAA FY2019 s.889(a)(1)(A)")
    # Pub. L. 115-232 was approved 13 Aug 2018; s.889(c) brings (a)(1)(A) into force a year later
    assert (ndaa_a.date, ndaa_a.effective_date, ndaa_a.jurisdiction) == (
        dt.date(2018, 8, 13),
        dt.date(2019, 8, 13),
        "US",
    )
    ndaa_b = _one(vendor, "NDAA FY2019 s.889(a)(1)(B)")
    assert (ndaa_b.date, ndaa_b.effective_date) == (dt.date(2018, 8, 13), dt.date(2020, 8, 13))
    assert _one(vendor, "FCC Covered List").date == dt.date(2021, 3, 12)
    fcc = _one(vendor, "FCC 22-84")
    assert (fcc.date, fcc.effective_date) == (dt.date(2022, 11, 25), dt.date(2023, 2, 6))
    assert _one(vendor, "US Commerce Entity List").date == dt.date(2019, 10, 9)
    uk = _one(vendor, "UK written ministerial statement")
    assert (uk.date, uk.jurisdiction) == (dt.date(2022, 11, 24), "UK")
    assert "HCWS386" in uk.primary.title and "parliament.uk" not in uk.primary.url  # cited by its reference
    au = _one(vendor, "Australian Department of Defence")
    assert (au.date, au.jurisdiction) == (dt.date(2023, 2, 9), "AU")
    dates = [r.date for r in kr.restrictions_for(vendor)]
    assert dates == sorted(dates)


def test_every_restriction_cites_its_primary_source_first() -> None:
    """Primary first: the measure's own text (Act, order, written statement, register); press and law firms
    are never a measure's only source, and every source is a web address or a named reference."""
    assert kr.restrictions()
    for r in kr.restrictions():
        assert r.sources[0].kind is SourceKind.PRIMARY, r.name
        assert [s.rank for s in r.sources] == sorted(s.rank for s in r.sources), r.name
        assert r.source == r.primary.locator and r.source
        for s in r.sources:
            assert s.title and (not s.url or s.url.startswith("https://")), (r.name, s)
        secondary = [s for s in r.sources if s.kind is SourceKind.SECONDARY]
        assert all(s.url != r.source for s in secondary)
    news = ("dailymail.co.uk", "mayerbrown.com", "tlp.law", "dailymaverick", "ftlsecuresolutions")
    assert not [r.name for r in kr.restrictions() if any(site in r.source for site in news)]


def test_a_measure_without_a_primary_source_is_refused(tmp_path, monkeypatch) -> None:
    package = tmp_path / "fakeknowledge"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "data" / "sources.csv").write_text(
        "measure,kind,title,url,notes\nA ban,secondary,A newspaper,https://news.example/ban,\n"
        "A ban,primary,The Act s.1,,cited by reference\n"
        "Another,secondary,A newspaper,https://news.example/other,\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    cited = read_sources("sources.csv", "fakeknowledge", key="measure")
    assert [s.kind for s in cited["A ban"]] == [SourceKind.PRIMARY, SourceKind.SECONDARY]
    assert cited["A ban"][0].locator == "The Act s.1"
    with pytest.raises(kr.KnowledgeDataError, match="'Another' cites no primary source"):
        kr._measure_sources("Another", cited)
    (package / "data" / "bad.csv").write_text("measure,kind,title,url,notes\nA,rumour,T,,\n")
    with pytest.raises(SourceDataError, match="bad.csv line 2: kind must be one of primary"):
        read_sources("bad.csv", "fakeknowledge", key="measure")


def test_advisories_named_in_the_brief() -> None:
    by_vendor = {a.id: a.vendor for a in kr.advisories()}
    assert by_vendor["CVE-2017-7921"] == "Hikvision"
    assert by_vendor["CVE-2021-36260"] == "Hikvision"
    assert by_vendor["CVE-2021-33044"] == "Dahua"
    assert by_vendor["CVE-2021-33045"] == "Dahua"


def test_a_row_without_source_is_refused(tmp_path, monkeypatch) -> None:
    package = tmp_path / "fakedata"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "data" / "rows.csv").write_text("vendor,source\nHikvision,\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(kr.KnowledgeDataError, match="rows.csv line 2: no source URL"):
        kr.read_rows("rows.csv", "fakedata")


def test_vendor_catalogue_is_the_knowledge_base_whatever_was_imported_first() -> None:
    """The catalogue reads the brand table itself: in a fresh process that has imported nothing else, every
    vendor with its brands, and a sub-brand resolves to its parent."""
    script = (
        "import json\n"
        "from camcensus.diligence.catalogue import resolve_vendor, vendor_catalogue\n"
        "catalogue = {e.name: e.as_dict()['brands'] for e in vendor_catalogue()}\n"
        "ezviz = resolve_vendor(None, 'EZVIZ')\n"
        "from camcensus.knowledge.vendors import vendors\n"
        "print(json.dumps([len(catalogue), len(vendors()), catalogue['Hikvision'], ezviz]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    size, known, hikvision, ezviz = json.loads(done.stdout)
    assert size >= known > 2
    assert "EZVIZ" in hikvision and ezviz == "Hikvision"
