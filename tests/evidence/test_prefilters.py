"""The quick tests that rule text out before the patterns run must never rule out a match: checked against
the patterns themselves on every line of the labelled corpus and the snippets, and on phrases that name each
capability every way the patterns know."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from camcensus.evidence import counts
from camcensus.evidence.capabilities import CAPABILITIES, could_name_capability, find_capabilities
from camcensus.knowledge import models
from camcensus.knowledge.models import match_model

HERE = Path(__file__).parent
PHRASES = {
    "facial_recognition": ["facial recognition", "Face-matching", "LFR vans", "FRT", "adnabod wynebau"],
    "anpr": ["ANPR", "NPR cameras", "ALPR", "number plate reading", "licence-plate recognition"],
    "audio": ["audio", "sound recording", "records of sound", "microphones", "voice recording", "sain"],
    "thermal": ["thermal", "thermographic", "temperature screening"],
    "analytics": [
        "analytics",
        "AI",
        "artificial intelligence",
        "object classification",
        "people counting",
        "line-crossing",
        "intrusion detection",
        "behavioural analysis",
        "loitering detection",
        "crowd counting",
        "vehicle classification",
        "deep-learning",
        "smart search",
    ],
    "ptz": ["PTZ", "pan/tilt", "speed dome"],
    "body_worn": ["body-worn", "BWV", "BWC", "body cameras", "camerâu corff"],
}


def _lines() -> list[str]:
    cases = yaml.safe_load((HERE / "corpus" / "cases.yaml").read_text(encoding="utf-8"))
    texts = [str(case.get("text") or "") for case in cases]
    texts += [" | ".join(map(str, row)) for case in cases for row in case.get("rows") or []]
    texts += [json.loads(line)["text"] for line in (HERE / "snippets.jsonl").read_text().splitlines() if line]
    return [line for text in texts for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(CAPABILITIES))
def test_every_way_of_naming_a_capability_passes(name: str) -> None:
    for phrase in PHRASES[name]:
        text = f"The council uses {phrase} at two sites."
        assert CAPABILITIES[name].search(text), phrase  # the phrase is one the pattern knows
        assert could_name_capability(text), phrase
        assert name in [found for found, _, _ in find_capabilities(text)], phrase


def test_prefilters_agree_with_the_patterns_on_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines()
    assert len(lines) > 300
    with_prefilter = [match_model(line) for line in lines]
    monkeypatch.setattr(models, "_any_model", lambda: re.compile(""))  # lets every text through
    without = [models.match_model.__wrapped__(line) for line in lines]  # type: ignore[attr-defined]
    assert with_prefilter == without and any(without)
    for line in lines:
        full = sorted(
            ((name, m.start(), m.end()) for name, rx in CAPABILITIES.items() if (m := rx.search(line))),
            key=lambda f: f[1],
        )
        assert list(find_capabilities(line)) == full, line


def test_count_patterns_left_out_could_not_have_matched() -> None:
    every = [counts._LABEL_NUMBER, counts._NOUN_LABEL, counts._NOUN_BRACKET, counts._NUMBER_NOUN]
    every.append(counts._BRACKET_TOTAL)
    lines = _lines() + ["Number of cameras: 96", "Axis cameras: 12", "The cameras (32 in total) are Axis."]
    for line in lines:
        kept = counts._patterns_for(line)
        assert kept == [rx for rx in every if rx in kept]  # the order is kept
        for rx in every:
            if rx not in kept:
                assert rx.search(line) is None, (rx.pattern[:40], line)


def test_counts_end_at_the_last_camera_noun() -> None:
    """find_counts reads "N ... cameras" only up to the last camera noun: the same counts as the whole."""
    lines = _lines() + ["We have 12 cameras, 4 cameras at the depot and 3 camera units.", "Some 40 cameras."]
    found = 0
    for line in lines:
        whole = [m.span("num") for m in counts._NUMBER_NOUN.finditer(line)]
        nouns = list(counts._ABOUT_CAMERAS.finditer(line))
        cut = [m.span("num") for m in counts._NUMBER_NOUN.finditer(line, 0, nouns[-1].end())] if nouns else []
        assert cut == whole, line
        found += len(whole)
    assert found > 50


def test_an_approximation_starts_a_word() -> None:
    (count,) = counts.find_counts("The handsome 12 cameras at the depot.")
    assert (count.value, count.approx) == (12, False)
    (count,) = counts.find_counts("Some 40 cameras.")
    assert (count.value, count.approx) == (40, True)


def test_word_lists_cover_their_patterns() -> None:
    from camcensus.evidence import outcome, reader

    checks = [
        (outcome._EXEMPTION_CONTEXT, outcome._CONTEXT_WORDS),
        (reader._DPIA, reader._DPIA_WORDS),
        (reader._CODE, reader._CODE_WORDS),
    ]
    lines = _lines() + [
        "We rely on section 31.", "The duty to confirm nor deny applies.", "A DPIA was completed.",
        "A data protection impact assessment and a privacy impact assessment were done.",
        "We follow the Surveillance Camera Code of Practice and its 12 guiding principles.",
        "We used the self-assessment tool and hold third party certification (certification mark).",
    ]  # fmt: skip
    for rx, words in checks:
        found = 0
        for line in lines:
            if rx.search(line):
                found += 1
                assert any(word in line.lower() for word in words), (rx.pattern[:40], line)
        assert found, rx.pattern[:40]


def test_sentence_end_is_read_from_the_end_as_the_pattern_reads_it() -> None:
    import random

    from camcensus.evidence.zones import _ends_sentence

    pattern = re.compile(r"[.?!:;,]['\")\]]*\s*$")
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice("ab .,;:?!)\"']\n\t") for _ in range(rng.randint(0, 8)))
        assert bool(pattern.search(text)) == _ends_sentence(text), repr(text)


def test_quotes_lose_addresses_and_phone_numbers() -> None:
    from camcensus.evidence.items import clean_quote

    assert clean_quote("Ask  foi@council.gov.uk\n or call 01632 960 123.") == "Ask [e-mail] or call [phone]."
    assert clean_quote("Call +44 20 7946 1234\tplease") == "Call [phone] please"
    assert clean_quote("We have 12 cameras\u00a0 in  total.") == "We have 12 cameras in total."


def test_a_from_line_followed_by_mail_headers_starts_the_quoted_history() -> None:
    from camcensus.documents.model import TextSegment
    from camcensus.evidence.zones import ANSWER, QUOTED, classify

    text = (
        "We use 12 Axis cameras.\n\nFrom: Survey Team <survey@example.org>\nSent: 6 January 2025\n"
        "Subject: FOI\nDo you use Hikvision cameras? We use 40 Hikvision cameras."
    )
    zones = [(line.text, line.zone) for line in classify([TextSegment(0, "body", text)])]
    assert zones[0] == ("We use 12 Axis cameras.", ANSWER)
    assert [zone for _, zone in zones[1:]] == [QUOTED] * 4
    # a From: line without the headers after it is no history
    alone = "From: the council's CCTV team\nWe use 12 Axis cameras."
    assert [line.zone for line in classify([TextSegment(0, "body", alone)])] == [ANSWER, ANSWER]
