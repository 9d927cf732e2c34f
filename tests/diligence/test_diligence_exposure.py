"""Exposure of crafted estates on both real backends: best-supported counts, restricted ranges, lines with
their evidence, sensitive flags, replacement costs and national totals (exact numbers)."""

from __future__ import annotations

from typing import Any

from camcensus.diligence.exposure import body_exposure
from camcensus.diligence.national import all_exposures, national_summary
from camcensus.knowledge import restrictions as kr
from camcensus.store import Store


def _exposure(store: Store, body_id: int) -> dict[str, Any]:
    with store.session() as session:
        return body_exposure(session, body_id).as_dict()


def test_complete_asset_register_beats_the_reply_and_is_deduplicated(estates) -> None:
    store, ids = estates
    data = _exposure(store, ids["A"])
    count = data["camera_count"]
    assert (count["best"], count["basis"], count["lower_bound"]) == (15, "itemised", False)
    assert count["sources"] == {"reply": 15, "itemised_distinct": 15, "inventory": 15, "discovery": 1}
    assert data["restricted_cameras"]["cameras"] == [12, 12] and data["restricted_cameras"]["exact"]
    assert data["replacement_cost"]["range_gbp"] == [4700, 18800]
    lines = {(ln["vendor"], ln["kind"], ln["source"]): ln["count"] for ln in data["lines"]}
    assert lines == {
        ("Axis", "fixed", "inventory"): 3,
        ("Hikvision", "fixed", "inventory"): 10,
        ("Hikvision", "ptz", "inventory"): 2,
        ("Hikvision", "recorder", "inventory"): 1,
        ("Hikvision", "fixed", "discovery"): 1,
        ("Hikvision", "camera", "reply"): None,
    }
    reply_line = next(ln for ln in data["lines"] if ln["source"] == "reply")
    assert reply_line["evidence"]["evidence_ids"] == [12]
    hik = [r for r in data["restrictions"] if r["vendor"] == "Hikvision"]
    assert len(hik) == len(kr.restrictions_for("Hikvision"))  # every measure reaching the vendor
    assert all(r["cameras"] == [12, 12] and r["recorders"] == 1 for r in hik)
    assert not [r for r in data["restrictions"] if r["vendor"] == "Dahua"]
    assert not data["sensitive"]["sensitive"]


def test_total_known_but_split_unknown_gives_a_range(estates) -> None:
    store, ids = estates
    data = _exposure(store, ids["B"])
    assert (data["camera_count"]["best"], data["camera_count"]["basis"]) == (40, "reply")
    restricted = data["restricted_cameras"]
    assert restricted["cameras"] == [1, 40] and not restricted["exact"]
    assert "40 cameras in total" in restricted["note"] and "not known" in restricted["note"]
    assert data["replacement_cost"]["range_gbp"] == [265, 55000]
    assert "between 1 and 40" in data["replacement_note"]
    assert data["sensitive"]["sensitive"] and data["sensitive"]["project_test"]  # an NHS trust, by type only
    assert data["sensitive"]["label"] == "this project's own test, not a government rule"
    assert "this project's own test, not a government rule" in data["sensitive"]["reasons"][0]["reason"]
    assert (
        "restricted-vendor equipment at a body treated as sensitive "
        "(this project's own test, not a government rule)" in data["flags"]
    )


def test_in_use_without_any_count_is_not_estimated(estates) -> None:
    store, ids = estates
    data = _exposure(store, ids["C"])
    assert data["camera_count"]["best"] is None
    assert data["restricted_cameras"]["cameras"] is None
    assert data["replacement_cost"] is None and data["replacement_note"].startswith("not estimable")
    assert data["capabilities"]["in_use"] == ["facial_recognition", "anpr"]
    assert data["capabilities"]["evidence"][0]["evidence_ids"] == [32]
    assert "restricted-vendor estate with facial recognition or audio in use" in data["flags"]


def test_reply_says_no_gives_zero(estates) -> None:
    store, ids = estates
    data = _exposure(store, ids["D"])
    assert data["restricted_cameras"]["cameras"] == [0, 0]
    assert data["replacement_cost"]["range_gbp"] == [0, 0]
    assert data["restrictions"] == []


def test_discovery_only_is_a_lower_bound_with_unknown_vendor_devices(estates) -> None:
    store, ids = estates
    data = _exposure(store, ids["E"])
    assert (data["camera_count"]["best"], data["camera_count"]["lower_bound"]) == (4, True)
    assert data["restricted_cameras"]["cameras"] == [3, 4]
    assert data["replacement_cost"]["range_gbp"] == [795, 5500]


def test_national_totals(estates) -> None:
    store, ids = estates
    with store.session() as session:
        national = national_summary(all_exposures(session))
    total = national["total"]
    assert total["bodies"] == 5
    assert total["bodies_using_restricted"] == 4
    assert total["restricted_cameras"] == [12 + 1 + 0 + 3, 12 + 40 + 0 + 4]
    assert total["replacement_cost_gbp"] == [4700 + 265 + 0 + 795, 18800 + 55000 + 0 + 5500]
    assert total["bodies_priced"] == 4
    assert [item["id"] for item in total["not_counted"]] == [ids["C"]]
    assert total["sensitive_bodies_using_restricted"] == 2
    assert national["by_body_type"]["council"]["restricted_cameras"] == [12, 12]
