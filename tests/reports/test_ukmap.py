"""The map's projection against the Ordnance Survey worked example, and the drawn points."""

from __future__ import annotations

import pytest

from camcensus.reports.ukmap import MapPoint, outline, to_grid, uk_map


def test_projection_matches_ordnance_survey_worked_example():
    # "A guide to coordinate systems in Great Britain", annex C: 52°39'27.2531"N 1°43'4.5177"E.
    easting, northing = to_grid(52 + 39 / 60 + 27.2531 / 3600, 1 + 43 / 60 + 4.5177 / 3600)
    assert (easting, northing) == pytest.approx((651409.903, 313177.270), abs=0.01)


def test_outline_has_sources_and_covers_the_uk():
    shapes = outline()
    assert {"great_britain", "northern_ireland"} <= {s.name for s in shapes}
    assert all(s.source for s in shapes)


def test_points_drawn_and_counted():
    svg = uk_map(
        [
            MapPoint("A", "uses", lat=51.5, lon=-0.1),
            MapPoint("B", "does_not", 450000, 300000),
            MapPoint("C", "no_reply"),
        ]
    )
    assert svg.count("<title>A: Uses Hikvision or Dahua</title>") == 1
    assert "Uses neither (1)" in svg and "1 without a location" in svg


def test_many_bodies_are_drawn_as_squares_of_bodies_with_the_same_legend() -> None:
    points = [
        MapPoint(
            f"Body {i}", "uses" if i % 7 == 0 else "does_not", lat=50 + (i % 90) / 10, lon=-5 + (i % 60) / 10
        )
        for i in range(2000)
    ]
    svg = uk_map(points)
    circles = svg.count("<circle")
    assert circles < 700, "one circle per square of bodies, not per body"
    assert "Uses Hikvision or Dahua (286)" in svg and "<polygon" in svg
    assert "bodies: " in svg  # each square says how many bodies and what they answered
