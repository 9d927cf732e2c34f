"""Sectors and nations as the statistics report them.

A body belongs to one fine sector (e.g. ``council_county``) and, for councils and schools, to a group
(``council``, ``school``) that sums its types; every body also counts towards ``all``.
"""

from __future__ import annotations

from camcensus.enums import BodyType, Nation

ALL = "all"

# Council types as the mySociety register names them (lower-case substrings), most specific first.
_COUNCIL_TYPES: tuple[tuple[str, str], ...] = (
    ("scottish unitary", "council_scottish_unitary"),
    ("welsh unitary", "council_welsh_unitary"),
    ("ni district", "council_ni_district"),
    ("london borough", "council_london_borough"),
    ("non-metropolitan district", "council_district"),  # before "metropolitan district", which it contains
    ("metropolitan district", "council_metropolitan"),
    ("combined authority", "council_combined"),
    ("strategic regional", "council_combined"),
    ("unitary", "council_unitary"),
    ("county", "council_county"),
    ("district", "council_district"),
    ("metropolitan", "council_metropolitan"),
)
SECONDARY_PHASES = frozenset({"secondary", "all-through", "all through", "middle deemed secondary"})

#: Sector values that sum several fine sectors, besides ALL.
GROUPS = ("council", "school")
#: What a figure that adds up the bodies of several sectors says of itself: each body counts once, so a
#: sector that answered more counts for more (`camcensus.analysis.weighting` gives the weighted estimate).
POOLED = "pooled, unweighted"
SECTOR_LABELS: dict[str, str] = {
    ALL: f"All sectors ({POOLED})",
    "council": f"Councils (all types, {POOLED})",
    "council_county": "County councils",
    "council_district": "District councils",
    "council_unitary": "Unitary authorities (England)",
    "council_metropolitan": "Metropolitan districts",
    "council_london_borough": "London boroughs",
    "council_scottish_unitary": "Scottish councils",
    "council_welsh_unitary": "Welsh councils",
    "council_ni_district": "Northern Ireland district councils",
    "council_combined": "Combined and regional authorities",
    "council_other": "Other councils",
    "school": f"Schools (all phases, {POOLED})",
    "school_secondary": "Secondary schools",
    "school_other": "Other schools",
    "nhs": "NHS trusts and health boards",
    "police": "Police forces",
    "other": "Other bodies",
}
SECTOR_ORDER: tuple[str, ...] = tuple(SECTOR_LABELS)

NATION_LABELS: dict[str, str] = {
    ALL: "UK (all nations)",
    Nation.ENGLAND.value: "England",
    Nation.SCOTLAND.value: "Scotland",
    Nation.WALES.value: "Wales",
    Nation.NORTHERN_IRELAND.value: "Northern Ireland",
    Nation.UK.value: "UK-wide bodies",
}
NATION_ORDER: tuple[str, ...] = tuple(NATION_LABELS)


def council_sector(subtype: str | None) -> str:
    text = (subtype or "").strip().lower()
    for needle, sector in _COUNCIL_TYPES:
        if needle in text:
            return sector
    return "council_other"


def sector_of(body_type: str, subtype: str | None) -> str:
    """The fine sector of a body from its type and subtype."""
    kind = BodyType(body_type)
    if kind is BodyType.COUNCIL:
        return council_sector(subtype)
    if kind is BodyType.SCHOOL:
        phase = (subtype or "").strip().lower()
        return "school_secondary" if phase in SECONDARY_PHASES else "school_other"
    if kind in (BodyType.NHS_TRUST, BodyType.NHS_HEALTH_BOARD, BodyType.HSC_TRUST):
        return "nhs"
    if kind is BodyType.POLICE:
        return "police"
    return "other"


def group_of(sector: str) -> str:
    """The group a fine sector sums into (itself for sectors without types)."""
    if sector.startswith("council_"):
        return "council"
    if sector.startswith("school_"):
        return "school"
    return sector


def sector_keys(sector: str) -> list[str]:
    """Every sector value a body with this fine sector counts towards."""
    keys = [sector]
    if group_of(sector) != sector:
        keys.append(group_of(sector))
    keys.append(ALL)
    return keys


def sector_label(sector: str) -> str:
    """The sector's name for a reader; a row that pools sectors says it is an unweighted pool."""
    return SECTOR_LABELS.get(sector, sector.replace("_", " ").capitalize())


def sector_name(sector: str) -> str:
    """The sector's name alone ("Councils"), for a label that says how its figure was made."""
    return sector_label(sector).split(" (")[0]


def nation_label(nation: str) -> str:
    return NATION_LABELS.get(nation, nation.replace("_", " ").title())


def order_key(sector: str, nation: str) -> tuple[int, int, str, str]:
    def rank(order: tuple[str, ...], value: str) -> int:
        return order.index(value) if value in order else len(order)

    return (rank(SECTOR_ORDER, sector), rank(NATION_ORDER, nation), sector, nation)
