"""The UK access-to-information laws as data (``data/laws.toml``): periods, working days, extensions,
exemptions, reviews and regulators, each with its source. Which law a body answers under follows from its
nation and type."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from camcensus.enums import BodyType, Nation
from camcensus.knowledge.exemptions import exemptions as law_exemptions

LAW_NAMES = ("foia", "foisa", "eir", "schools")
#: What waiting for a clarification or a fee does to the clock: "restart" counts again from the day the
#: answer arrives, "pause" disregards the days waited.
WAIT_RULES = ("restart", "pause")


class UnknownLaw(ValueError):
    """A law name that is not one of LAW_NAMES."""


@dataclass(frozen=True)
class Exemption:
    section: str
    name: str
    kind: str  # absolute, qualified, procedural
    source: str


@dataclass(frozen=True)
class FoiLaw:
    key: str
    name: str
    short: str
    period: int  # working days to respond
    period_source: str
    holiday_nations: tuple[Nation, ...]  # whose bank holidays are non-working days
    always_closed: tuple[str, ...]
    working_day_source: str
    clarification: str  # one of WAIT_RULES ("restart": the clock starts again when the clarification arrives)
    clarification_source: str
    fee: str  # one of WAIT_RULES ("pause": days awaiting a fee are disregarded)
    fee_source: str
    extension: int  # further working days allowed for a public-interest (or complexity) extension
    extension_source: str
    review_period: int
    review_max: int
    review_source: str
    long_overdue_after: int
    long_overdue_source: str
    regulator: str
    regulator_short: str
    regulator_address: str
    complaint_section: str
    request_section: str
    cost_limit: str
    exemptions: tuple[Exemption, ...]
    school_long_stop: int | None = None  # schools: the 60th working day, whichever is earlier

    @property
    def is_schools(self) -> bool:
        return self.school_long_stop is not None

    def wait_rule(self, reason: str) -> str:
        """What waiting for ``reason`` (clarification or fee) does to the clock: one of WAIT_RULES."""
        if reason == "clarification":
            return self.clarification
        if reason == "fee":
            return self.fee
        raise ValueError("reason must be clarification or fee")


@cache
def _raw() -> dict[str, object]:
    text = resources.files("camcensus.foi").joinpath("data/laws.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def all_laws() -> dict[str, FoiLaw]:
    raw = _raw()
    laws: dict[str, FoiLaw] = {}
    for key in LAW_NAMES:
        entry = dict(raw[key])  # type: ignore[call-overload]
        exemption_law = "foia" if key == "schools" else key
        exemptions = tuple(
            Exemption(e.section, e.name, e.kind, e.source) for e in law_exemptions() if e.law == exemption_law
        )
        entry["holiday_nations"] = tuple(Nation(n) for n in entry["holiday_nations"])
        entry["always_closed"] = tuple(entry["always_closed"])
        for wait in ("clarification", "fee"):
            if entry[wait] not in WAIT_RULES:
                raise ValueError(f"laws.toml [{key}] {wait} = {entry[wait]!r}: expected one of {WAIT_RULES}")
        laws[key] = FoiLaw(key=key, exemptions=exemptions, **entry)
    return laws


def get_law(law: str | FoiLaw) -> FoiLaw:
    if isinstance(law, FoiLaw):
        return law
    key = law.strip().lower()
    laws = all_laws()
    if key not in laws:
        raise UnknownLaw(f"unknown law {law!r} (expected one of {', '.join(LAW_NAMES)})")
    return laws[key]


def law_for(body_type: BodyType | str, nation: Nation | str, environmental: bool = False) -> str:
    """The law a body answers under: Scottish public bodies FOISA; environmental information EIR (Scotland
    has its own EIRs with the same periods, counted over Scottish holidays: FOISA's calendar); maintained
    schools and academies outside Scotland the schools rule; everyone else FOIA."""
    nation = Nation(nation)
    if nation is Nation.SCOTLAND:
        return "foisa"
    if environmental:
        return "eir"
    if BodyType(body_type) is BodyType.SCHOOL:
        return "schools"
    return "foia"
