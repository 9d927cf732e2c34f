"""The exemptions of the UK access laws (``data/exemptions.toml``): per law, the section or regulation, its
short name, its kind and its source. One place for every module that names an exemption: the FOI laws, the
report, the open data."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Exemption:
    law: str  # foia, foisa, eir
    section: str  # as the law writes it: "s.31", "reg 12(5)(a)"
    name: str
    kind: str  # absolute, qualified, procedural
    source: str

    @property
    def code(self) -> str:
        """The code the reading rules give it: "s31", "EIR 12(5)(a)"."""
        return code_of(self.section)


def code_of(section: str) -> str:
    """ "s.31" -> "s31"; "reg 12(5)(a)" -> "EIR 12(5)(a)"."""
    text = section.strip()
    reg = re.match(r"(?i)reg(?:ulation)?\.?\s*(.+)", text)
    if reg:
        return "EIR " + reg.group(1).replace(" ", "")
    return "s" + re.sub(r"(?i)^s(?:ection)?\.?\s*", "", text)


@cache
def exemptions() -> tuple[Exemption, ...]:
    text = resources.files("camcensus.knowledge").joinpath("data/exemptions.toml").read_text("utf-8")
    return tuple(
        Exemption(r["law"], r["section"], r["name"], r["kind"], r["source"])
        for r in tomllib.loads(text)["exemption"]
    )


def exemption_name(code: str, law: str) -> str | None:
    """The short name of the exemption the reading rules code as ``code`` under ``law`` ("s31", "foia" ->
    "law enforcement"); a subsection falls back to its section ("s31(1)(a)" -> s31)."""
    main = re.sub(r"\(.*$", "", code) if not code.startswith("EIR") else code
    for exemption in exemptions():
        if exemption.law == law and exemption.code in (code, main):
            return exemption.name
    return None


def exemption_label(code: str, law: str) -> str:
    """ "s31 (law enforcement)", or the code alone when the data does not name it."""
    name = exemption_name(code, law)
    return f"{code} ({name})" if name else code
