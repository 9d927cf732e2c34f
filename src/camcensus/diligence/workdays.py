"""Working-day arithmetic over each UK nation's bank holidays (the `holidays` package)."""

from __future__ import annotations

import datetime as dt

import holidays

from camcensus.enums import Nation

SUBDIVISIONS = {
    Nation.ENGLAND: "ENG",
    Nation.WALES: "WLS",
    Nation.SCOTLAND: "SCT",
    Nation.NORTHERN_IRELAND: "NIR",
    Nation.UK: "ENG",
}


def add_working_days(start: dt.date, days: int, nation: Nation = Nation.ENGLAND) -> dt.date:
    """The date ``days`` working days after ``start`` (``start`` itself not counted); weekends and the
    nation's bank holidays are skipped."""
    if days < 0:
        raise ValueError("days must be zero or more")
    calendar = holidays.country_holidays(
        "GB", subdiv=SUBDIVISIONS[nation], years=range(start.year, start.year + 2 + days // 200)
    )
    current, counted = start, 0
    while counted < days:
        current += dt.timedelta(days=1)
        if current.weekday() < 5 and current not in calendar:
            counted += 1
    return current
