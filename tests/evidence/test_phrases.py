"""Every entry of every phrase file (evidence/data/*.toml) matches its example and not its counter."""

from __future__ import annotations

import re

import pytest

from camcensus.evidence.phrases import any_entry, joined, phrase_files, phrase_list, sections, words

SECTIONS = [(file, section) for file in phrase_files() for section in sections(file)]
# lists that may be read as one pattern: no entry names a group (those are read entry by entry)
JOINABLE = [(f, s) for f, s in SECTIONS if not any(p.pattern.groupindex for p in phrase_list(f, s))]


def test_the_phrase_files_are_found() -> None:
    assert {"request", "cues"} <= set(phrase_files())


@pytest.mark.parametrize("file, section", SECTIONS, ids=[f"{f}.{s}" for f, s in SECTIONS])
def test_every_phrase_matches_its_example_and_not_its_counter(file: str, section: str) -> None:
    entries = phrase_list(file, section)
    assert entries
    for phrase in entries:
        where = (file, section, phrase.pattern.pattern)
        m = phrase.pattern.search(phrase.example)
        assert m, (*where, phrase.example)
        assert not phrase.pattern.search(phrase.counter), (*where, phrase.counter)
        assert phrase.example != phrase.counter, where
        assert all(w == w.lower() and w for w in phrase.words), (*where, phrase.words)
        if phrase.words:  # the quick look: the example's match holds one of the entry's words
            assert any(w in m.group(0).lower() for w in phrase.words), (*where, m.group(0), phrase.words)


@pytest.mark.parametrize("file, section", JOINABLE, ids=[f"{f}.{s}" for f, s in JOINABLE])
def test_a_joined_list_is_its_entries_in_order(file: str, section: str) -> None:
    entries = phrase_list(file, section)
    rx = re.compile(joined(file, section), re.IGNORECASE)
    grouped = re.compile("|".join(f"(?:{p.pattern.pattern})" for p in entries), re.IGNORECASE)
    for text in [p.example for p in entries] + [p.counter for p in entries]:
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in grouped.finditer(text)], text
    for phrase in entries:
        assert rx.search(phrase.example), (file, section, phrase.example)
    if any(phrase.words for phrase in phrase_list(file, section)):
        listed = [w for phrase in phrase_list(file, section) for w in phrase.words]
        assert words(file, section) == tuple(dict.fromkeys(listed))


def test_a_list_without_entries_or_words_is_an_error() -> None:
    with pytest.raises(KeyError):
        joined("cues", "no such list")
    with pytest.raises(KeyError):
        words("cues", "negation")  # its entries name no words


@pytest.mark.parametrize("file, section", SECTIONS, ids=[f"{f}.{s}" for f, s in SECTIONS])
def test_the_quick_look_of_a_list_finds_whatever_its_entries_find(file: str, section: str) -> None:
    quick = any_entry(file, section)
    if quick is None:
        return
    for phrase in phrase_list(file, section):
        for text in (phrase.example, phrase.counter):
            assert bool(quick.search(text)) == any(p.pattern.search(text) for p in phrase_list(file, section))
