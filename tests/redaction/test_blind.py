"""Redaction on replies written by other people for the reading rules (``tests/evidence/blind``), not for
redaction: every plain-text reply there (over 2,000, from councils, fire services, NHS bodies, police forces,
schools, Scottish and Welsh bodies, in English and Welsh). Each check here is simpler than the rules it
judges."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

from camcensus.knowledge.vendors import find_vendor_mentions
from camcensus.redaction import clean, redact

BLIND = Path(__file__).parents[1] / "evidence" / "blind"
TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.? ([A-Z][\w'’-]+)")
SIGN_OFF = re.compile(
    r"^\s*(?:Yours sincerely|Yours faithfully|Kind regards|Regards|Best wishes|Many thanks|Yn gywir)"
)
NAME_LINE = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.)(?: (?:[A-Z][\w'’.-]*|[A-Z]\.|ap|de|van)){1,3}$")
NOT_A_PERSON = re.compile(
    r"Team|Office|Unit|Council|Department|Governance|Information|Service|Trust|Police|Manager|Support|Academy|School|College"
    r"|Group|Directorate"
)


@cache
def replies() -> tuple[tuple[str, str], ...]:
    paths = sorted(BLIND.glob("*/*-reply.txt"))
    return tuple((p.parent.name + "/" + p.name, clean(p.read_text(encoding="utf-8"))) for p in paths)


def test_the_set_is_there() -> None:
    assert len(replies()) >= 180


def test_every_vendor_mention_survives() -> None:
    lost, seen = [], 0
    for name, text in replies():
        before = Counter(m.vendor for m in find_vendor_mentions(text))
        seen += sum(before.values())
        lost += [
            (name, vendor)
            for vendor in before - Counter(m.vendor for m in find_vendor_mentions(redact(text)))
        ]
    assert seen >= 300 and lost == []


def test_no_titled_surname_survives() -> None:
    left = [(name, m.group(0)) for name, text in replies() for m in TITLED.finditer(redact(text))]
    assert [item for item in left if "redacted" not in item[1]] == []


def test_the_name_under_a_sign_off_goes() -> None:
    """The first line after a sign-off, when it is a name (two to four capitalised words, none of a team)."""
    checked, left = 0, []
    for name, text in replies():
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if not SIGN_OFF.match(line):
                continue
            following = next((x.strip() for x in lines[i + 1 :] if x.strip()), "")
            if NAME_LINE.match(following) and not NOT_A_PERSON.search(following):
                checked += 1
                if following in redact(text):
                    left.append((name, following))
    assert checked >= 100 and left == []
