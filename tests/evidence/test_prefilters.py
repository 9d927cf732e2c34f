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
from camcensus.evidence.text import Folded, could_contain
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


# a line for each way the patterns with a word list can match (besides the corpus)
SAMPLES = [
    "We rely on section 31.",
    "The duty to confirm nor deny applies.",
    "A DPIA was completed.",
    "A data protection impact assessment and a privacy impact assessment were done.",
    "We follow the Surveillance Camera Code of Practice and its 12 guiding principles.",
    "We used the self-assessment tool and hold third party certification (certification mark).",
    # refusals
    "This is exempt.",
    "Details are withheld.",
    "We refuse the request.",
    "We neither confirm nor deny.",
    "NCND applies.",
    "The locations will not be disclosed.",
    "We are not in a position to share this.",
    "We cannot supply it.",
    "The request is declined.",
    "It exceeds the cost limit.",
    "It would exceed the appropriate limit.",
    "An exception under regulation 12 applies.",
    "Gwrthod y cais.",
    "Mae wedi'i eithrio.",
    "The request is vexatious.",
    "It is not released.",
    # not held
    "The council does not\nhold any such information.",
    "It doesn't hold that.",
    "Data is not held.",
    "No recorded information was held.",
    "The council holds no relevant records.",
    "It is not centrally recorded.",
    "We do not collate the data.",
    "We do not retain that.",
    "We do not keep the list.",
    "Nid yw'r wybodaeth gennym.",
    "Nid ydym ddim yn dal hyn.",
    "No such information exists.",
    "We do not have a central asset register.",
    "We do not maintain any log.",
    "We are unable to say how many there are.",
    "Audio is not\trecorded.",
    # acknowledgements
    "We acknowledge receipt.",
    "Acknowledging your e-mail of today.",
    "We have received your request.",
    "It is being dealt with.",
    "We will be in touch.",
    "Please clarify.",
    "A fees notice is attached.",
    "We have extended the deadline.",
    "This is a public interest test extension.",
    # boilerplate
    "You may ask for an internal review.",
    "Contact the Information Commissioner at ico.org.uk.",
    "Wycliffe House, Water Lane, Wilmslow.",
    "Copyright applies.",
    "For re-use or reuse, see the Open Government Licence.",
    "See itspublicknowledge.",
    "Kinburn Castle, St Andrews.",
    "You have the right to appeal.",
    "Our complaints procedure.",
    "If you are dissatisfied or unhappy.",
    "If you are not satisfied or not happy.",
    "It will be on our disclosure log.",
    "Under the Data Protection Act 2018.",
    "We hope this information helps.",
    "Do not hesitate to call.",
    "Any further questions?",
    "Please quote the reference.",
    "Appeal to the First-tier Tribunal under section 50.",
    "Gofyn am adolygiad mewnol gan y Comisiynydd Gwybodaeth.",
    # non-exhaustive listings, echoes
    "Makes include Axis, such as P3245, mainly Axis, mostly Bosch, the majority Hanwha.",
    "Predominantly, primarily, largely: a variety of various makes, a mix, a range of them, among others.",
    "Axis etc.",
    "Axis, e.g. P3245, for example.",
    "Some of them, a few, a small number of others.",
    "Axis cameras, of which 3 are PTZ; of these, of those.",
    "A number of different manufacturers.",
    "Other makes too.",
    "Thank you for your e-mail.",
    "You asked about cameras.",
    "Regarding your enquiry.",
    "Your FOI request.",
    "This letter answers it.",
    "We are requesting information.",
    # counts, installers
    "We have 12 cameras, 3 carneras, 4 CCTV units, 2 camerâu, 1 gamerâu and 5 chamerâu.",
    "They were installed by Acme Security Ltd.",
    "Maintained by Acme Systems.",
    "Serviced and monitored by Acme.",
    "Supported by Acme Group.",
    "Managed by Acme CCTV.",
    "Our contractor: Acme Services.",
    "The maintenance company is Acme Fire.",
    "Integrator: Acme Solutions.",
    "The vehicles use mobile DVRs; these are not part of the station CCTV system.",
]


def _word_checks() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    from camcensus.evidence import cues, outcome, plan

    return [
        (outcome._EXEMPTION_CONTEXT, outcome._CONTEXT_WORDS),
        (plan._DPIA, plan._DPIA_WORDS),
        (plan._CODE, plan._CODE_WORDS),
        (outcome._REFUSAL, outcome._REFUSAL_WORDS),
        (outcome._NOT_HELD, outcome._NOT_HELD_WORDS),
        (outcome._RECORDED_SOUND, ("recorded",)),
        (outcome._ACK, outcome._ACK_WORDS),
        (outcome._BOILERPLATE, outcome._BOILERPLATE_WORDS),
        (cues._NONEXHAUSTIVE, cues._NONEXHAUSTIVE_WORDS),
        (cues._ECHO, cues._ECHO_WORDS),
        (cues._NCND, cues._NCND_WORDS),
        (counts._ABOUT_CAMERAS, counts._NOUN_WORDS),
        (plan._INSTALLER_NAME, plan._INSTALLER_WORDS),
        (plan._OUTSIDE_ESTATE, plan._OUTSIDE_WORDS),
    ]


def test_word_lists_cover_their_patterns() -> None:
    """Each quick look lets through every line its pattern matches; each pattern matches a sample."""
    lines = _lines() + SAMPLES
    for rx, words in _word_checks():
        found = 0
        for line in lines:
            if rx.search(line):
                found += 1
                assert could_contain(line, words), (rx.pattern[:40], line)
        assert found, rx.pattern[:40]


def test_a_quick_look_lets_odd_case_folds_through() -> None:
    # under IGNORECASE "ı" (dotless i) matches "i", but "dıssatisfied".lower() holds no "dissatisfied"
    text = "If you are dıssatisfied, ask for a review."
    assert re.search("dissatisfied", text, re.IGNORECASE)
    assert could_contain(text, ("dissatisfied",))
    assert not could_contain("We use 12 cameras.", ("dissatisfied",))
    assert could_contain("DISSATISFIED", ("dissatisfied",))


def test_sentence_end_is_read_from_the_end_as_the_pattern_reads_it() -> None:
    import random

    from camcensus.evidence.line_shapes import ends_sentence

    pattern = re.compile(r"[.?!:;,]['\")\]]*\s*$")
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice("ab .,;:?!)\"']\n\t") for _ in range(rng.randint(0, 8)))
        assert bool(pattern.search(text)) == ends_sentence(text), repr(text)


def test_quotes_on_one_line_with_their_words_as_written() -> None:
    """Personal data leaves a quote where it is published (tests/reports, tests/redaction), not here."""
    from camcensus.evidence.items import clean_quote

    assert clean_quote("Ask  foi@a.uk\n or call 01632 960 123.") == "Ask foi@a.uk or call 01632 960 123."
    assert clean_quote("Call +44 20 7946 1234\tplease") == "Call +44 20 7946 1234 please"
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


def test_last_word_and_row_checks_agree_with_their_patterns() -> None:
    import random

    from camcensus.evidence import text as text_mod

    rng = random.Random(3)
    alphabet = "ab.Z 9\n\t|,"
    for _ in range(5000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        m = re.search(r"([A-Za-z.]+)\.?$", s)
        assert text_mod._last_word(s) == (m.group(1) if m else ""), repr(s)
        whole = tuple(p for p in (p.strip() for p in text_mod.CELL_SPLIT.split(s.strip())) if p)
        assert text_mod.cells.__wrapped__(s) == (whole if len(whole) >= 2 else ()), repr(s)  # type: ignore[attr-defined]


def _folded_patterns() -> list[tuple[str, Folded]]:
    from camcensus.evidence import cues, outcome
    from camcensus.evidence import text as text_mod

    modules = (cues, outcome, counts, text_mod)
    return [(f"{m.__name__}.{k}", v) for m in modules for k, v in vars(m).items() if isinstance(v, Folded)]


def test_folded_patterns_find_what_the_ignore_case_ones_find() -> None:
    folded = _folded_patterns()
    assert len(folded) >= 20
    lines = _lines() + SAMPLES
    lines += [line.upper() for line in lines] + [line.title() for line in lines]
    lines += ["THE COUNCIL D\u0130D NOT USE HIKVISION.", "We do not use \u017fuch cameras."]
    lines += ["Caf\u00e9 \u2013 no, none.", "N\u0131L CAMERAS; \u212aEPT OFF"]
    hits = 0
    for name, rx in folded:
        for line in lines:
            spans = [m.span() for m in rx.ignorecase.finditer(line)]
            assert [m.span() for m in rx.finditer(line)] == spans, (name, line)
            assert (rx.search(line) is None) == (not spans), (name, line)
            hits += len(spans)
    assert hits > 500


def test_a_folded_pattern_is_written_in_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Folded(r"\bNCND\b")
    with pytest.raises(ValueError, match="lower case"):
        Folded(r"\W+")  # \W is not \w
    assert Folded(r"\bno\b").sub(" ", "We have NO cameras") == "we have   cameras"
