"""The brand register: every row has a public source and an evidence grade, says whether the tie is current or
former with its dates, and every look-up (free text, exact names, "was it the vendor's brand on that day")
uses it the same way."""

from __future__ import annotations

import csv
import datetime as dt
from importlib import resources

import pytest

from camcensus.diligence.catalogue import vendor_entry
from camcensus.knowledge import vendors as kv
from camcensus.knowledge.brands import (
    STATUS_THRESHOLD,
    BrandDataError,
    BrandStatus,
    EvidenceGrade,
    brand_history,
    brand_on,
    brands,
    parse_brand,
    period,
)

COLUMNS = [
    "brand",
    "vendor",
    "relationship",
    "confidence",
    "match",
    "status",
    "evidence",
    "valid_from",
    "valid_to",
    "device_types",
    "source",
    "notes",
]


def _csv(name: str) -> list[dict[str, str]]:
    text = resources.files("camcensus.knowledge").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_every_row_has_a_public_source_url_and_an_evidence_grade() -> None:
    rows = _csv("brands.csv")
    assert list(rows[0]) == COLUMNS
    for number, row in enumerate(rows, start=2):
        assert None not in row, f"brands.csv line {number}: a value with an unquoted comma"
        assert row["source"].startswith(("https://", "http://")), f"brands.csv line {number}"
        assert row["evidence"] in {g.value for g in EvidenceGrade}, f"brands.csv line {number}"
        assert row["status"] in {s.value for s in BrandStatus}, f"brands.csv line {number}"
    assert len(brands()) == len(rows)


@pytest.mark.parametrize("filename", ["brands.csv", "name_variants.csv", "restriction_sources.csv"])
def test_no_row_cites_a_file_outside_the_package(filename: str) -> None:
    for row in _csv(filename):
        assert not any("shared/" in (value or "") for value in row.values()), row


def test_a_former_tie_has_its_status_and_never_decides() -> None:
    for b in brands():
        ended = b.relationship in ("formerly_owned", "former_oem", "formerly_named")
        assert ended == (b.status is BrandStatus.FORMER), b.name
        if b.current:
            assert b.until is None, b.name
        if b.relationship in ("formerly_owned", "former_oem"):
            assert b.confidence <= STATUS_THRESHOLD, b.name  # never "in use" on its own


# UK-relevant and newly named brands, each with its vendor, status and grade as the register gives them
@pytest.mark.parametrize(
    ("name", "vendor", "status", "evidence"),
    [
        ("Pyronix", "Hikvision", "current", "named_source"),
        ("HIKMICRO", "Hikvision", "current", "community"),
        ("IC Realtime", "Dahua", "current", "community"),
        ("Empire Tech", "Dahua", "current", "community"),
        ("CP Plus", "Dahua", "current", "community"),
        ("Lorex", "Dahua", "former", "vendor"),
        ("Luminys", "Dahua", "former", "named_source"),
        ("LTS", "Hikvision", "current", "named_source"),
        ("Samsung Techwin", "Hanwha Vision", "former", "vendor"),
    ],
)
def test_a_name_resolves_with_its_status_and_grade(
    name: str, vendor: str, status: str, evidence: str
) -> None:
    match = kv.resolve_brand(name)
    assert match is not None and (match.vendor, match.status, match.evidence) == (vendor, status, evidence)
    data = match.as_dict()
    assert data["status"] == status and data["evidence"] == evidence and "valid_to" in data


@pytest.mark.parametrize("brand", [b for b in brands() if b.match], ids=lambda b: f"{b.name}-{b.vendor}")
def test_every_matched_row_is_found_in_a_sentence(brand) -> None:
    """Free text finds each name kept for matching, and reports the row a look-up prefers for it."""
    text = f"The council's recorders are {brand.name} units bought in 2019."
    found = [m for m in kv.find_vendor_mentions(text) if m.match.brand == brand.name]
    assert found, text
    assert found[0].match.vendor == kv.resolve_brand(brand.name).vendor


@pytest.mark.parametrize("brand", [b for b in brands() if not b.match], ids=lambda b: f"{b.name}-{b.vendor}")
def test_every_row_kept_out_of_free_text_still_resolves_by_its_exact_name(brand) -> None:
    """Matching uses every row: a device or register that names the brand exactly is resolved, while free text
    does not take the ambiguous word ("LTS", "Luma") as a brand."""
    match = kv.resolve_brand(brand.name)
    assert match is not None
    preferred = brand_history(brand.name)[0]
    assert (match.brand, match.vendor) == (preferred.name, preferred.vendor)
    mentions = kv.find_vendor_mentions(f"We use {brand.name} here.")
    assert not [m for m in mentions if (m.match.brand, m.vendor) == (brand.name, brand.vendor)]


def test_a_spelling_variant_of_a_row_kept_out_of_free_text_resolves() -> None:
    assert kv.resolve_brand("Hills/DAS").vendor == "Hikvision"
    assert kv.resolve_brand("EmpireTech").brand == "Empire Tech"


def test_a_former_brand_is_not_the_makers_current_brand() -> None:
    """IndigoVision relabelled some Dahua cameras until April 2021: the name is IndigoVision's own today."""
    assert kv.resolve_brand("IndigoVision").vendor == "IndigoVision"
    rows = brand_history("IndigoVision")
    assert [(b.vendor, b.status.value) for b in rows] == [("IndigoVision", "current"), ("Dahua", "former")]
    assert brand_on("IndigoVision", "Dahua", dt.date(2020, 6, 1)) is True
    assert (
        brand_on("IndigoVision", "Dahua", dt.date(2021, 4, 30)) is True
    )  # "2021-04" runs to the month's end
    assert brand_on("IndigoVision", "Dahua", dt.date(2021, 5, 1)) is False
    assert brand_on("IndigoVision", "IndigoVision", dt.date(2024, 1, 1)) is True


def test_brand_on_answers_by_the_dates_of_ownership() -> None:
    """Lorex: owned by Dahua from 2018 until its sale (24 Nov 2022), so a former Dahua subsidiary."""
    assert brand_on("Lorex", "Dahua", dt.date(2015, 6, 1)) is False  # FLIR's, before Dahua
    assert brand_on("Lorex", "Dahua", dt.date(2018, 1, 1)) is True
    assert brand_on("Lorex", "Dahua", dt.date(2022, 11, 24)) is True
    assert brand_on("Lorex", "Dahua", dt.date(2023, 6, 1)) is False
    assert brand_on("lorex", "dahua", dt.date(2020, 1, 1)) is True  # names and vendors as written
    assert brand_on("Pyronix", "Hikvision", dt.date(2016, 4, 30)) is False  # acquired May 2016
    assert brand_on("Pyronix", "Hikvision", dt.date(2016, 5, 1)) is True
    assert brand_on("HiLook", "Hikvision", dt.date(2024, 1, 1)) is True  # current, no start date known
    assert brand_on("Swann", "Hikvision", dt.date(2024, 1, 1)) is None  # an unconfirmed tie: cannot tell
    assert brand_on("Axis", "Hikvision", dt.date(2024, 1, 1)) is False
    assert brand_on("Nonesuch", "Dahua", dt.date(2024, 1, 1)) is False


def test_dates_are_read_at_the_precision_written() -> None:
    assert period("2018", "t") == (dt.date(2018, 1, 1), dt.date(2018, 12, 31))
    assert period("2024-02", "t") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert period("2022-11-24", "t") == (dt.date(2022, 11, 24), dt.date(2022, 11, 24))
    assert period("", "t") is None
    for bad in ("2022-13", "22-11-2022", "2022-02-30"):
        with pytest.raises(BrandDataError, match="not a date"):
            period(bad, "t")


def _row(**changes: str) -> dict[str, str]:
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        brand="Example",
        vendor="Dahua",
        relationship="oem",
        confidence="0.4",
        match="yes",
        status="current",
        evidence="community",
        source="https://example.org/note",
    )
    row.update(changes)
    return row


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"source": "shared/data/vendors/oem_brands.csv"}, "no source URL"),
        ({"status": "past"}, "not one of current, former"),
        ({"evidence": "rumour"}, "not one of vendor, named_source, community"),
        ({"relationship": "formerly_owned"}, "with status 'current'"),
        ({"status": "former"}, "with status 'former'"),
        ({"valid_to": "2020"}, "a current tie has no end date"),
        ({"relationship": "formerly_owned", "status": "former", "confidence": "0.6"}, "must not exceed 0.5"),
        (
            {"relationship": "former_oem", "status": "former", "valid_from": "2021", "valid_to": "2019"},
            "after",
        ),
    ],
)
def test_a_bad_row_is_refused(changes: dict[str, str], message: str) -> None:
    with pytest.raises(BrandDataError, match=message):
        parse_brand(_row(**changes), "brands.csv line 2")
    assert parse_brand(_row(), "brands.csv line 2").evidence is EvidenceGrade.COMMUNITY


def test_the_catalogue_and_the_vendors_table_show_former_brands_as_former(run_cli) -> None:
    dahua = vendor_entry("Dahua")
    assert dahua is not None
    lorex = next(b for b in dahua.as_dict()["brand_relations"] if b["name"] == "Lorex")
    assert (lorex["status"], lorex["valid_from"], lorex["valid_to"]) == ("former", "2018", "2022-11-24")
    assert "Lorex" in dahua.as_dict()["brands"]  # the `vendors --json` contract keeps every brand's name
    table = run_cli("vendors").stdout
    assert "Lorex (former, to 2022-11-24)" in table and "Pyronix" in table
