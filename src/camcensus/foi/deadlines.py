"""Statutory deadlines: the Nth working day following the date of receipt, per law.

A working day is any day but Saturday, Sunday, the law's always-closed days (Christmas Day, Good Friday) and
the bank holidays of the nations the law counts (FOIA: any part of the UK; FOISA: Scotland), from the
`holidays` package, plus ad hoc proclaimed holidays kept as data (the ``foi.holidays`` setting). The schools
rule takes the earlier of the 20th school day (from an imported term calendar) and the 60th working day. Days
awaiting a fee are disregarded (``pauses``); a public-interest extension adds the law's extension.
``WorkingCalendar`` is the one working-day rule: chasers and supplier questionnaires count with it too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import holidays

from camcensus.enums import Nation
from camcensus.foi.laws import FoiLaw, get_law

SUBDIVISIONS = {
    Nation.ENGLAND: "ENG",
    Nation.WALES: "WLS",
    Nation.SCOTLAND: "SCT",
    Nation.NORTHERN_IRELAND: "NIR",
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAX_SPAN_DAYS = 3 * 366  # a deadline further away than this means a broken calendar


@dataclass(frozen=True)
class AdHocHoliday:
    """A holiday proclaimed for one occasion (or a package holiday cancelled: ``working=True``)."""

    date: dt.date
    name: str
    nations: tuple[Nation, ...] = (Nation.ENGLAND, Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND)
    working: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "name": self.name,
            "nations": [n.value for n in self.nations],
            "working": self.working,
        }

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> AdHocHoliday:
        return cls(
            date=dt.date.fromisoformat(row["date"]),
            name=str(row.get("name") or "proclaimed holiday"),
            nations=tuple(Nation(n) for n in row.get("nations") or [n.value for n in SUBDIVISIONS]),
            working=bool(row.get("working", False)),
        )


@dataclass(frozen=True)
class TermCalendar:
    """School terms (inclusive date ranges) and days without a session inside them (INSET, closures)."""

    terms: tuple[tuple[dt.date, dt.date], ...]
    closed: frozenset[dt.date] = frozenset()

    def is_school_day(self, day: dt.date) -> bool:
        return day not in self.closed and any(start <= day <= end for start, end in self.terms)

    def as_dict(self) -> dict[str, Any]:
        return {
            "terms": [[a.isoformat(), b.isoformat()] for a, b in self.terms],
            "closed": sorted(d.isoformat() for d in self.closed),
        }

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> TermCalendar:
        terms = tuple((dt.date.fromisoformat(a), dt.date.fromisoformat(b)) for a, b in row.get("terms", []))
        for start, end in terms:
            if end < start:
                raise ValueError(f"term ends ({end}) before it starts ({start})")
        return cls(terms=terms, closed=frozenset(dt.date.fromisoformat(d) for d in row.get("closed", [])))


@dataclass(frozen=True)
class SkippedDay:
    date: dt.date
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"date": self.date.isoformat(), "reason": self.reason}


@dataclass
class DueDate:
    law: str
    received: dt.date
    due: dt.date
    working_days: int  # days counted (period plus any extension)
    rule: str
    skipped: list[SkippedDay] = field(default_factory=list)  # non-working days between receipt and due date
    paused: list[dt.date] = field(default_factory=list)  # working days disregarded (awaiting a fee)
    not_school_days: list[dt.date] = field(default_factory=list)  # schools: working days without a session

    def as_dict(self) -> dict[str, Any]:
        return {
            "law": self.law,
            "received": self.received.isoformat(),
            "due": self.due.isoformat(),
            "working_days": self.working_days,
            "rule": self.rule,
            "skipped": [s.as_dict() for s in self.skipped],
            "paused": [d.isoformat() for d in self.paused],
            "not_school_days": [d.isoformat() for d in self.not_school_days],
        }


@lru_cache(maxsize=64)
def _bank_holidays(nation: Nation, year: int) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("GB", subdiv=SUBDIVISIONS[nation], years=year).items())


class WorkingCalendar:
    """Whether a day is a working day, and if not, why: weekends, the bank holidays of ``nations`` and the
    ad hoc holidays a user added for any of them (the one working-day rule of FOI deadlines, chasers and
    questionnaires)."""

    def __init__(
        self,
        nations: Sequence[Nation],
        adhoc: Iterable[AdHocHoliday] = (),
        always_closed: Sequence[str] = (),
    ) -> None:
        self.nations = tuple(nations)
        self.always_closed = tuple(always_closed)
        counted = set(self.nations)
        self.extra: dict[dt.date, str] = {}
        self.cancelled: set[dt.date] = set()
        for h in adhoc:
            if not counted.intersection(h.nations):
                continue
            if h.working:
                self.cancelled.add(h.date)
            else:
                self.extra[h.date] = f"{h.name} (proclaimed, {_nations(h.nations)})"

    @classmethod
    def for_law(cls, law: str | FoiLaw, adhoc: Iterable[AdHocHoliday] = ()) -> WorkingCalendar:
        """Working days as ``law`` counts them (FOIA: a holiday in any part of the UK; FOISA: Scotland's)."""
        spec = get_law(law)
        return cls(spec.holiday_nations, adhoc, spec.always_closed)

    @classmethod
    def for_nation(cls, nation: Nation, adhoc: Iterable[AdHocHoliday] = ()) -> WorkingCalendar:
        """Working days in one nation (the UK as a whole counts England's bank holidays)."""
        return cls((Nation.ENGLAND if nation is Nation.UK else nation,), adhoc)

    def closed_reason(self, day: dt.date) -> str | None:
        """None for a working day, else why it is not one."""
        if day.weekday() >= 5:
            return WEEKDAYS[day.weekday()]
        if day in self.extra:
            return self.extra[day]
        if day in self.cancelled:
            return None
        found: dict[str, list[Nation]] = {}
        for nation in self.nations:
            name = _bank_holidays(nation, day.year).get(day)
            if name:
                found.setdefault(name, []).append(nation)
        if not found:
            return None
        return "; ".join(
            name if name in self.always_closed or len(ns) == len(self.nations) else f"{name} ({_nations(ns)})"
            for name, ns in found.items()
        )

    def is_working(self, day: dt.date) -> bool:
        return self.closed_reason(day) is None

    def add(self, start: dt.date, days: int) -> dt.date:
        """The ``days``-th working day following ``start`` (``start`` itself not counted)."""
        return _count(self, start, days, ())[0]


def _nations(nations: Sequence[Nation]) -> str:
    labels = {
        Nation.ENGLAND: "England",
        Nation.WALES: "Wales",
        Nation.SCOTLAND: "Scotland",
        Nation.NORTHERN_IRELAND: "Northern Ireland",
        Nation.UK: "UK",
    }
    return ", ".join(labels[n] for n in nations)


def _in_pause(day: dt.date, pauses: Sequence[tuple[dt.date, dt.date]]) -> bool:
    return any(start <= day <= end for start, end in pauses)


def add_working_days(
    law: str | FoiLaw, start: dt.date, days: int, adhoc: Iterable[AdHocHoliday] = ()
) -> dt.date:
    """The ``days``-th working day following ``start`` under ``law`` (``start`` itself not counted)."""
    return WorkingCalendar.for_law(law, adhoc).add(start, days)


def _count(
    calendar: WorkingCalendar,
    start: dt.date,
    days: int,
    pauses: Sequence[tuple[dt.date, dt.date]],
    school: TermCalendar | None = None,
) -> tuple[dt.date, list[SkippedDay], list[dt.date], list[dt.date]]:
    if days < 0:
        raise ValueError("days must be zero or more")
    current, counted = start, 0
    skipped: list[SkippedDay] = []
    paused: list[dt.date] = []
    not_school: list[dt.date] = []
    while counted < days:
        current += dt.timedelta(days=1)
        if (current - start).days > MAX_SPAN_DAYS:
            raise ValueError(f"no deadline within {MAX_SPAN_DAYS} days of {start} (check the term calendar)")
        reason = calendar.closed_reason(current)
        if reason is not None:
            skipped.append(SkippedDay(current, reason))
        elif _in_pause(current, pauses):
            paused.append(current)
        elif school is not None and not school.is_school_day(current):
            not_school.append(current)
        else:
            counted += 1
    return current, skipped, paused, not_school


def statutory_due_date(
    law: str | FoiLaw,
    received: dt.date,
    *,
    extension: bool = False,
    pauses: Sequence[tuple[dt.date, dt.date]] = (),
    adhoc: Iterable[AdHocHoliday] = (),
    school_terms: TermCalendar | None = None,
) -> DueDate:
    """The statutory due date of a request received on ``received`` (which may be a non-working day).

    ``pauses`` are inclusive date ranges during which a fee was awaited; their working days are disregarded.
    ``extension`` adds the law's public-interest extension (FOIA, EIR; FOISA has none).
    Schools: the earlier of the 20th school day (only when ``school_terms`` is given; without a calendar every
    working day counts as a school day) and the 60th working day.
    """
    spec = get_law(law)
    calendar = WorkingCalendar.for_law(spec, adhoc)
    days = spec.period + (spec.extension if extension else 0)
    due, skipped, paused, not_school = _count(calendar, received, days, pauses)
    rule = f"{days}th working day following receipt ({spec.short})"
    if spec.is_schools and school_terms is not None and spec.school_long_stop:
        school_due, s_skipped, s_paused, s_not_school = _count(calendar, received, days, pauses, school_terms)
        long_stop = spec.school_long_stop + (spec.extension if extension else 0)
        stop_due, t_skipped, t_paused, _ = _count(calendar, received, long_stop, pauses)
        if school_due <= stop_due:
            due, skipped, paused, not_school = school_due, s_skipped, s_paused, s_not_school
            rule = f"{days}th school day following receipt, earlier than the {long_stop}th working day"
        else:
            due, skipped, paused, not_school = stop_due, t_skipped, t_paused, []
            rule = f"{long_stop}th working day following receipt, earlier than the {days}th school day"
    elif spec.is_schools:
        rule += "; no term calendar imported, so every working day is treated as a school day"
    return DueDate(
        law=spec.key,
        received=received,
        due=due,
        working_days=days,
        rule=rule,
        skipped=skipped,
        paused=paused,
        not_school_days=not_school,
    )


def review_due_date(
    law: str | FoiLaw, requested: dt.date, *, exceptional: bool = False, adhoc: Iterable[AdHocHoliday] = ()
) -> dt.date:
    """When an internal review (FOISA: a statutory review) should be answered: 20 working days, at most 40."""
    spec = get_law(law)
    return add_working_days(spec, requested, spec.review_max if exceptional else spec.review_period, adhoc)


def working_days_between(
    law: str | FoiLaw, start: dt.date, end: dt.date, adhoc: Iterable[AdHocHoliday] = ()
) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not after ``start``)."""
    calendar = WorkingCalendar.for_law(law, adhoc)
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        if calendar.is_working(day):
            count += 1
    return count
