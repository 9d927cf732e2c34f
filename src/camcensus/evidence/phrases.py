"""Phrase lists as data: each entry a pattern with an example it must match and one it must not.

The lists live in ``evidence/data/<kind>.toml``, one file per kind of phrase; a test runs every entry's
examples, so a phrasing is added or changed in one place, with the evidence that it reads what it should.
A list read by one regular expression in code is built with ``joined``: its entries as one alternation, in
file order, so the code compiles it once. An entry may name the ``words`` every match of it holds (lower
case): ``words`` gathers them for the quick look ``could_contain``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Phrase:
    kind: str
    pattern: re.Pattern[str]
    example: str
    counter: str
    words: tuple[str, ...] = ()


def phrase_files() -> list[str]:
    """The names of the phrase files, ``evidence/data/<name>.toml``."""
    folder = resources.files("camcensus.evidence").joinpath("data")
    return sorted(f.name.removesuffix(".toml") for f in folder.iterdir() if f.name.endswith(".toml"))


@cache
def _data(file: str) -> dict[str, list[dict[str, Any]]]:
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
            tuple(row.get("words", ())),
        )
        for row in _data(file).get(section, [])
    )


def _rows(file: str, section: str) -> list[dict[str, Any]]:
    rows = _data(file).get(section)
    if not rows:
        raise KeyError(f"no entries [[{section}]] in evidence/data/{file}.toml")
    return rows


def joined(file: str, section: str) -> str:
    """The patterns of ``[[section]]`` as one alternation, in file order: where two entries match at the
    same place the first is taken, as in one written alternation.

    Written ``p1|p2|...``: the same pattern as ``(?:p1)|(?:p2)|...`` (``|`` binds loosest, and every entry
    compiles on its own), and the same program the engine builds for the list written out by hand, so
    a list moved here runs as fast as it did in code.
    """
    return "|".join(row["pattern"] for row in _rows(file, section))


def words(file: str, section: str) -> tuple[str, ...]:
    """The ``words`` of every entry of ``[[section]]``, in file order, each once: what every match of the
    joined list holds, for ``could_contain``."""
    out: list[str] = []
    for row in _rows(file, section):
        if "words" not in row:
            raise KeyError(f"an entry of [[{section}]] in evidence/data/{file}.toml has no words")
        out.extend(w for w in row["words"] if w not in out)
    return tuple(out)


def sections(file: str) -> list[str]:
    return list(_data(file))


@cache
def any_entry(file: str, section: str) -> re.Pattern[str] | None:
    """One pattern matching wherever any entry of a list of several matches (its entries as one
    alternation): a text it does not match matches none of them, for one search instead of one per entry.
    None for a list of one entry, or one whose entries cannot stand side by side (a back-reference by
    number, an inline flag)."""
    rows = _data(file).get(section, [])
    patterns = [row["pattern"] for row in rows]
    if len(patterns) < 2 or any(re.search(r"\\[1-9]|\(\?P=", p) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error:
        return None


def kinds_in(text: str, file: str, section: str) -> tuple[str, ...]:
    """The kinds of every entry of the list that ``text`` matches, in list order, each once."""
    quick = any_entry(file, section)
    if quick is not None and quick.search(text) is None:
        return ()
    out: list[str] = []
    for phrase in phrase_list(file, section):
        if phrase.kind not in out and phrase.pattern.search(text):
            out.append(phrase.kind)
    return tuple(out)


def first_match(text: str, file: str, section: str) -> tuple[Phrase, re.Match[str]] | None:
    quick = any_entry(file, section)
    if quick is not None and quick.search(text) is None:
        return None
    for phrase in phrase_list(file, section):
        m = phrase.pattern.search(text)
        if m:
            return phrase, m
    return None
