"""The replacement cost model: line-by-line low and high totals from the unit costs."""

from __future__ import annotations

from pathlib import Path

import pytest

from camcensus.diligence.costs import RestrictedEstate, UnitCostError, replacement_cost, unit_costs


def test_bundled_unit_costs_have_every_item_with_a_basis() -> None:
    costs = unit_costs()
    assert set(costs) >= {"fixed_camera", "ptz_camera", "recorder", "installation", "recorder_allowance"}
    for cost in costs.values():
        assert cost.basis and cost.source and cost.low <= cost.high


def test_itemised_estate_is_priced_line_by_line() -> None:
    estimate = replacement_cost(
        RestrictedEstate(cameras_low=12, cameras_high=12, fixed=10, ptz=2, recorders=1)
    )
    # fixed 10 x (150+100 .. 600+400); PTZ 2 x (800+100 .. 2500+400); one recorder 400 .. 3000
    assert (estimate.low, estimate.high) == (2500 + 1800 + 400, 10000 + 5800 + 3000)
    assert [line["item"] for line in estimate.lines] == [
        "itemised fixed cameras",
        "itemised PTZ cameras",
        "itemised recorders",
    ]


def test_unknown_split_uses_low_count_for_low_and_high_count_for_high() -> None:
    estimate = replacement_cost(RestrictedEstate(cameras_low=1, cameras_high=40))
    # 1..40 cameras as fixed (250 .. 1000 each) and a recorder allowance (15 .. 375 each)
    assert (estimate.low, estimate.high) == (250 + 15, 40000 + 15000)
    counted = estimate.lines[0]
    assert counted["quantity"] == [1, 40] and counted["unit_gbp"] == [250, 1000]


def test_edited_unit_costs_file(tmp_path: Path) -> None:
    edited = tmp_path / "costs.csv"
    edited.write_text(
        "item,per,low_gbp,high_gbp,basis,source\n"
        "fixed_camera,camera,200,200,quote,council quote 2026\n"
        "ptz_camera,camera,1000,1000,quote,council quote 2026\n"
        "recorder,recorder,500,500,quote,council quote 2026\n"
        "installation,camera,50.5,50.5,quote,council quote 2026\n"
        "recorder_allowance,camera,0,0,quote,council quote 2026\n"
    )
    estimate = replacement_cost(RestrictedEstate(cameras_low=2, cameras_high=2, fixed=2), unit_costs(edited))
    assert (estimate.low, estimate.high) == (501, 501)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("fixed_camera,camera,abc,10,b,s", "must be numbers"),
        ("fixed_camera,camera,20,10,b,s", "low_gbp <= high_gbp"),
    ],
)
def test_bad_unit_cost_rows_are_refused_with_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("item,per,low_gbp,high_gbp,basis,source\n" + row + "\n")
    with pytest.raises(UnitCostError, match=f"bad.csv line 2: .*{message}"):
        unit_costs(path)


def test_missing_item_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("item,per,low_gbp,high_gbp,basis,source\nfixed_camera,camera,1,2,b,s\n")
    with pytest.raises(UnitCostError, match="missing item"):
        unit_costs(path)
