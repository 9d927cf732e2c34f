"""Statutory deadlines, worked by hand from the calendar, around the holidays where the laws differ."""

from __future__ import annotations

import datetime as dt

import pytest

from camcensus.enums import Nation
from camcensus.foi.deadlines import (
    AdHocHoliday,
    TermCalendar,
    add_working_days,
    review_due_date,
    statutory_due_date,
    working_days_between,
)
from camcensus.foi.laws import LAW_NAMES, UnknownLaw, get_law, law_for

D = dt.date.fromisoformat

# (received, {law: due}) — FOIA, EIR and schools (no term calendar) count holidays in any part of the UK;
# FOISA counts Scottish holidays only.
CASES = {
    # Christmas 2025, New Year's Day, 2 January (Scotland only): FOIA skips it too (ICO LTT47).
    "christmas_new_year_2025": ("2025-12-19", {"foia": "2026-01-22", "foisa": "2026-01-22"}),
    # Christmas 2026 on a Friday: Boxing Day observed Mon 28 Dec; 2 Jan 2027 is a Saturday, so Scotland
    # takes Mon 4 Jan 2027.
    "christmas_2026_substitutes": ("2026-12-18", {"foia": "2027-01-21", "foisa": "2027-01-21"}),
    # Easter 2026: Good Friday everywhere; Easter Monday not in Scotland.
    "easter_2026": ("2026-03-27", {"foia": "2026-04-28", "foisa": "2026-04-27"}),
    # St Patrick's Day (Northern Ireland) then Easter.
    "st_patricks_2026": ("2026-03-10", {"foia": "2026-04-10", "foisa": "2026-04-08"}),
    # St Andrew's Day (Scotland), Monday 30 Nov 2026: a non-working day for both laws.
    "st_andrews_2026": ("2026-11-20", {"foia": "2026-12-21", "foisa": "2026-12-21"}),
    # 12 July 2027 (Battle of the Boyne, Northern Ireland) on a Monday.
    "twelfth_2027": ("2027-07-01", {"foia": "2027-07-30", "foisa": "2027-07-29"}),
    # 12 July 2026 is a Sunday: Northern Ireland takes Monday 13 July.
    "twelfth_2026_observed": ("2026-07-01", {"foia": "2026-07-30", "foisa": "2026-07-29"}),
}


@pytest.mark.parametrize("law", LAW_NAMES)
@pytest.mark.parametrize("case", sorted(CASES))
def test_due_dates_by_law(case: str, law: str) -> None:
    received, expected = CASES[case]
    want = expected["foisa"] if law == "foisa" else expected["foia"]
    assert statutory_due_date(law, D(received)).due == D(want)


def test_england_only_calendar_would_be_wrong() -> None:
    """The cases above really exercise other nations' holidays: an England-only count ends earlier."""
    import holidays

    def england(received: dt.date, days: int) -> dt.date:
        cal = holidays.country_holidays("GB", subdiv="ENG", years=range(received.year, received.year + 2))
        day, n = received, 0
        while n < days:
            day += dt.timedelta(days=1)
            n += day.weekday() < 5 and day not in cal
        return day

    for received in ("2025-12-19", "2026-11-20", "2026-03-10", "2027-07-01"):
        assert england(D(received), 20) < statutory_due_date("foia", D(received)).due


def test_skipped_days_are_named() -> None:
    due = statutory_due_date("foia", D("2025-12-19"))
    reasons = {s.date.isoformat(): s.reason for s in due.skipped}
    assert reasons["2025-12-25"] == "Christmas Day"
    assert reasons["2026-01-02"] == "New Year Holiday (Scotland)"
    assert reasons["2025-12-20"] == "Saturday"
    assert all(s.date < due.due for s in due.skipped)
    foisa = statutory_due_date("foisa", D("2026-03-10"))
    assert "2026-03-17" not in {s.date.isoformat() for s in foisa.skipped}
    assert due.as_dict()["due"] == "2026-01-22"


def test_receipt_on_a_non_working_day_counts_from_the_next_working_day() -> None:
    # Received Christmas Day 2025 (Thursday): first working day is Mon 29 Dec.
    assert statutory_due_date("foia", D("2025-12-25")).due == add_working_days("foia", D("2025-12-26"), 20)
    assert statutory_due_date("foia", D("2025-12-25")).due == D("2026-01-27")


def test_schools_term_calendar_and_long_stop() -> None:
    terms = TermCalendar(terms=((D("2026-04-13"), D("2026-07-22")), (D("2026-09-02"), D("2026-12-18"))))
    due = statutory_due_date("schools", D("2026-07-10"), school_terms=terms)
    # school days: 14-17 Jul (13 Jul is the Twelfth observed), 20-22 Jul, then 2 Sep onwards: 20th is 18 Sep
    assert due.due == D("2026-09-18")
    assert "school day" in due.rule
    assert D("2026-08-04") in due.not_school_days
    assert D("2026-08-03") in {s.date for s in due.skipped}  # Scotland's summer holiday: not a working day
    # a calendar with a long gap: the 60th working day comes first
    gap = TermCalendar(terms=((D("2026-01-05"), D("2026-01-09")), (D("2026-09-01"), D("2026-12-18"))))
    stop = statutory_due_date("schools", D("2026-01-05"), school_terms=gap)
    assert stop.due == add_working_days("foia", D("2026-01-05"), 60)
    assert "60th working day" in stop.rule
    # without a calendar every working day counts as a school day
    assert (
        statutory_due_date("schools", D("2026-07-10")).due == statutory_due_date("foia", D("2026-07-10")).due
    )


def test_inset_day_is_not_a_school_day() -> None:
    terms = TermCalendar(terms=((D("2026-09-02"), D("2026-12-18")),), closed=frozenset({D("2026-09-07")}))
    with_inset = statutory_due_date("schools", D("2026-09-01"), school_terms=terms).due
    without = statutory_due_date("schools", D("2026-09-01"), school_terms=TermCalendar(terms=terms.terms)).due
    assert with_inset == add_working_days("foia", without, 1)


def test_ad_hoc_holidays_per_nation() -> None:
    ni_only = AdHocHoliday(D("2026-12-21"), "Proclaimed holiday", (Nation.NORTHERN_IRELAND,))
    assert statutory_due_date("foia", D("2026-11-20"), adhoc=[ni_only]).due == D("2026-12-22")
    assert statutory_due_date("foisa", D("2026-11-20"), adhoc=[ni_only]).due == D("2026-12-21")
    scot = AdHocHoliday(D("2026-12-21"), "Proclaimed holiday", (Nation.SCOTLAND,))
    assert statutory_due_date("foisa", D("2026-11-20"), adhoc=[scot]).due == D("2026-12-22")
    # a listed holiday that was not held is a working day again
    cancelled = AdHocHoliday(D("2026-11-30"), "St Andrew's Day moved", (Nation.SCOTLAND,), working=True)
    assert statutory_due_date("foisa", D("2026-11-20"), adhoc=[cancelled]).due == D("2026-12-18")


def test_fee_pause_and_extension() -> None:
    paused = statutory_due_date("foia", D("2026-11-20"), pauses=[(D("2026-11-23"), D("2026-11-27"))])
    assert len(paused.paused) == 5
    assert paused.due == D("2026-12-30")  # 21 Dec + 5 working days over Christmas
    assert statutory_due_date("foia", D("2026-11-20"), extension=True).due == add_working_days(
        "foia", D("2026-11-20"), 40
    )
    # FOISA has no public-interest extension
    assert statutory_due_date("foisa", D("2026-11-20"), extension=True).due == D("2026-12-21")


def test_review_periods() -> None:
    assert review_due_date("foia", D("2026-11-20")) == D("2026-12-21")
    assert review_due_date("foia", D("2026-11-20"), exceptional=True) == add_working_days(
        "foia", D("2026-11-20"), 40
    )
    assert review_due_date("foisa", D("2026-11-20"), exceptional=True) == D("2026-12-21")  # statutory 20


def test_working_days_between() -> None:
    assert working_days_between("foia", D("2025-12-19"), D("2026-01-22")) == 20
    assert working_days_between("foisa", D("2026-03-10"), D("2026-04-10")) == 22
    assert working_days_between("foia", D("2026-01-22"), D("2025-12-19")) == 0


def test_laws_are_data_with_sources() -> None:
    for key in LAW_NAMES:
        law = get_law(key)
        assert law.period == 20 and "s." in law.period_source or "reg" in law.period_source
        assert law.exemptions and all(e.source for e in law.exemptions)
    assert get_law("foisa").holiday_nations == (Nation.SCOTLAND,)
    assert get_law("foisa").regulator_short == "SIC" and get_law("foia").regulator_short == "ICO"
    assert {e.section for e in get_law("schools").exemptions} == {
        e.section for e in get_law("foia").exemptions
    }
    with pytest.raises(UnknownLaw):
        get_law("gdpr")


def test_law_for_body() -> None:
    assert law_for("council", "scotland") == "foisa"
    assert law_for("school", "scotland") == "foisa"
    assert law_for("school", "england") == "schools"
    assert law_for("police", "northern_ireland") == "foia"
    assert law_for("council", "wales", environmental=True) == "eir"
