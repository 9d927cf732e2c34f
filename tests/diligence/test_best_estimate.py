"""A best estimate beside every range of restricted cameras and replacement cost, with its assumption."""

from __future__ import annotations

from camcensus.diligence.costs import RestrictedEstate, replacement_cost
from camcensus.diligence.counts import best_estimate

RESTRICTED = {"hikvision", "dahua"}


def test_cameras_split_evenly_among_the_makes_the_reply_names():
    best, why = best_estimate(1, 120, ["Axis", "Hikvision", "Bosch"], RESTRICTED, "restricted-vendor")
    assert best == 40 and "split evenly among the 3 makes the reply names (Hikvision, Axis, Bosch)" in why


def test_only_restricted_makes_named_counts_every_camera_not_shown_to_be_another_makes():
    best, why = best_estimate(1, 48, ["Hikvision"], RESTRICTED, "restricted-vendor")
    assert best == 48 and "names no make but Hikvision" in why
    assert best_estimate(12, 12, [], RESTRICTED, "x") == (12, "counted")
    assert best_estimate(None, None, [], RESTRICTED, "x") == (None, "")
    assert (
        best_estimate(30, 40, ["Axis", "Hikvision", "Bosch", "Avigilon"], RESTRICTED, "x")[0] == 30
    )  # in range


def test_best_cost_prices_the_best_count_at_the_middle_of_each_unit_cost():
    ranged = replacement_cost(RestrictedEstate(cameras_low=1, cameras_high=48, cameras_best=24))
    at_best = replacement_cost(RestrictedEstate(cameras_low=24, cameras_high=24))
    assert ranged.best == round((at_best.low + at_best.high) / 2)
    assert ranged.low < ranged.best < ranged.high
    assert ranged.as_dict()["best_gbp"] == ranged.best
