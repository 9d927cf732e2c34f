"""A risk note per device: the vendor's published vulnerabilities (``knowledge/data/advisories.csv``), and,
where a fixed firmware build date is recorded (``data/firmware_advisories.csv``), whether the device's
firmware build is older than the fix. Anything not decided by data says "check the vendor advisory"."""

from __future__ import annotations

import csv
import datetime as dt
import re
from functools import lru_cache
from importlib import resources

from camcensus.knowledge.restrictions import advisories_for

_DATES = (
    (re.compile(r"(20\d{2})-(\d{2})-(\d{2})"), "%Y-%m-%d"),  # Dahua "build:2020-06-05"
    (re.compile(r"build\s*(\d{6})\b", re.IGNORECASE), "%y%m%d"),  # Hikvision "V5.4.5 build 170124"
    (re.compile(r"\b(20\d{6})\b"), "%Y%m%d"),
)


def firmware_build_date(firmware: str | None) -> dt.date | None:
    for rx, fmt in _DATES:
        m = rx.search(firmware or "")
        if m:
            try:
                return dt.datetime.strptime("".join(m.groups()), fmt.replace("-", "")).date()
            except ValueError:
                continue
    return None


@lru_cache(maxsize=1)
def _fixed_builds() -> dict[str, dict[str, str]]:
    path = resources.files("camcensus.network").joinpath("data", "firmware_advisories.csv")
    with path.open(encoding="utf-8") as fh:
        return {row["id"]: row for row in csv.DictReader(fh)}


# what the data decides for one device and advisory (``verdict`` of each note)
LIKELY_AFFECTED = "likely_affected"  # its firmware build predates the recorded fix
AFTER_FIX = "after_fix"  # its build is after the fix date (the version still to confirm)
CHECK = "check"  # nothing recorded decides it: check the vendor advisory


def risk_note(vendor: str | None, firmware: str | None) -> list[dict[str, str]]:
    """One entry per advisory of the vendor: id, summary, source, what is known for this firmware
    (``status``, in words) and its ``verdict``."""
    if not vendor:
        return []
    build = firmware_build_date(firmware)
    notes = []
    for advisory in advisories_for(vendor):
        fixed = _fixed_builds().get(advisory.id)
        if fixed and build:
            fixed_on = dt.date.fromisoformat(fixed["fixed_build"])
            verdict = LIKELY_AFFECTED if build < fixed_on else AFTER_FIX
            status = (
                f"likely affected: firmware build {build.isoformat()} is before {fixed_on.isoformat()} "
                f"({fixed['note']})"
                if build < fixed_on
                else f"firmware build {build.isoformat()} is after the fix date; "
                "confirm with the vendor advisory"
            )
        elif firmware:
            verdict, status = CHECK, f"firmware {firmware}: check the vendor advisory for the fixed version"
        else:
            verdict, status = CHECK, "firmware unknown: check the vendor advisory"
        notes.append(
            {
                "id": advisory.id,
                "summary": advisory.summary,
                "status": status,
                "verdict": verdict,
                "source": advisory.source,
            }
        )
    return notes
