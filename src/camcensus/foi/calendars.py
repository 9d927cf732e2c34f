"""Calendar data kept in the store: ad hoc proclaimed holidays and school term calendars (``settings`` rows).

Changing the holidays recomputes every open request's due date (``camcensus.foi.lifecycle``).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from camcensus.enums import Nation
from camcensus.foi.deadlines import AdHocHoliday, TermCalendar
from camcensus.store.models import Setting

HOLIDAYS_KEY = "foi.holidays"
TERMS_KEY = "foi.school_terms"


def load_adhoc(session: Session) -> list[AdHocHoliday]:
    row = session.get(Setting, HOLIDAYS_KEY)
    return [AdHocHoliday.from_dict(item) for item in (row.value if row else []) or []]


def _save_adhoc(session: Session, items: list[AdHocHoliday]) -> None:
    value = [h.as_dict() for h in sorted(items, key=lambda h: (h.date, h.name))]
    row = session.get(Setting, HOLIDAYS_KEY)
    if row is None:
        session.add(Setting(key=HOLIDAYS_KEY, value=value))
    else:
        row.value = value
    session.flush()


def add_adhoc(
    session: Session,
    day: dt.date,
    name: str,
    nations: tuple[Nation, ...] | None = None,
    working: bool = False,
) -> AdHocHoliday:
    """Record a proclaimed holiday (or, with ``working``, a listed holiday that did not happen); replaces an
    entry for the same day."""
    holiday = AdHocHoliday(date=day, name=name, working=working, **({"nations": nations} if nations else {}))
    items = [h for h in load_adhoc(session) if h.date != day]
    _save_adhoc(session, items + [holiday])
    return holiday


def remove_adhoc(session: Session, day: dt.date) -> bool:
    items = load_adhoc(session)
    kept = [h for h in items if h.date != day]
    _save_adhoc(session, kept)
    return len(kept) != len(items)


def load_terms(session: Session) -> TermCalendar | None:
    row = session.get(Setting, TERMS_KEY)
    return TermCalendar.from_dict(row.value) if row and row.value else None


def save_terms(session: Session, calendar: TermCalendar) -> None:
    row = session.get(Setting, TERMS_KEY)
    if row is None:
        session.add(Setting(key=TERMS_KEY, value=calendar.as_dict()))
    else:
        row.value = calendar.as_dict()
    session.flush()


def read_terms_csv(path: Path) -> TermCalendar:
    """A term calendar from CSV: columns ``start,end`` (a term, inclusive) or ``closed`` (a day without a
    session, e.g. an INSET day); ISO dates."""
    terms: list[tuple[dt.date, dt.date]] = []
    closed: set[dt.date] = set()
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        fields = {f.strip().lower() for f in reader.fieldnames or []}
        if not ({"start", "end"} <= fields or "closed" in fields):
            raise ValueError(f"{path}: expected columns start,end and/or closed")
        for line, row in enumerate(reader, start=2):
            row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
            try:
                if row.get("start") and row.get("end"):
                    start, end = dt.date.fromisoformat(row["start"]), dt.date.fromisoformat(row["end"])
                    if end < start:
                        raise ValueError("term ends before it starts")
                    terms.append((start, end))
                if row.get("closed"):
                    closed.add(dt.date.fromisoformat(row["closed"]))
            except ValueError as exc:
                raise ValueError(f"{path} line {line}: {exc}") from None
    if not terms:
        raise ValueError(f"{path}: no terms (rows with start and end dates)")
    return TermCalendar(terms=tuple(sorted(terms)), closed=frozenset(closed))
