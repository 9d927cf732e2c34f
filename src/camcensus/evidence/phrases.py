"""Phrase lists as data: each entry a pattern with an example it must match and one it must not.

The lists live in ``evidence/data/*.toml``; a test runs every entry's examples, so a phrasing is added or
changed in one place, with the evidence that it reads what it should.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Phrase:
    kind: str
    pattern: re.Pattern[str]
    example: str
    counter: str


@cache
def _data(file: str) -> dict[str, list[dict[str, str]]]:
    text = resources.files("camcensus.evidence").joinpath(f"data/{file}.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def phrase_list(file: str, section: str) -> tuple[Phrase, ...]:
    """The entries of ``[[section]]`` in ``evidence/data/<file>.toml``, compiled (ignoring case)."""
    return tuple(
        Phrase(
            str(row.get("kind", section)),
            re.compile(row["pattern"], re.IGNORECASE),
            row["example"],
            row["counter"],
        )
        for row in _data(file).get(section, [])
    )


def sections(file: str) -> list[str]:
    return list(_data(file))


def kinds_in(text: str, file: str, section: str) -> tuple[str, ...]:
    """The kinds of every entry of the list that ``text`` matches, in list order, each once."""
    out: list[str] = []
    for phrase in phrase_list(file, section):
        if phrase.kind not in out and phrase.pattern.search(text):
            out.append(phrase.kind)
    return tuple(out)


def first_match(text: str, file: str, section: str) -> tuple[Phrase, re.Match[str]] | None:
    for phrase in phrase_list(file, section):
        m = phrase.pattern.search(text)
        if m:
            return phrase, m
    return None
