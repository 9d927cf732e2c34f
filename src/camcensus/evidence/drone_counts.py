"""Drones counted in a sentence ("The Service has four DJI Matrice 30T and two DJI Mavic 3 Thermal aircraft":
6), for a request about drones, where they are the count asked for; never part of the CCTV estate's count.

A number counts drones where it stands alone before the drone noun in the same clause: not a model's
number ("Mavic 3", "30T"), not a year, not a number of something else joined to another noun first.
"""

from __future__ import annotations

import re

from camcensus.evidence.counts import CountMention
from camcensus.evidence.phrases import joined
from camcensus.evidence.text import NUMBER, parse_number

_DRONE = re.compile(r"\b(?:" + joined("counts", "drone_noun") + r")\b", re.IGNORECASE)
_COUNT = re.compile(rf"(?<![\w.,£$/-])(?P<num>{NUMBER})(?![\w.,%£-]*\d)(?![\w-])", re.IGNORECASE)
# the words that cannot stand between a number and its drones, and the nouns that make "drone" an attribute
_GAP_WORD = re.compile(joined("counts", "drone_gap"), re.IGNORECASE)
_ATTRIBUTE = re.compile(r"\s*(?:" + joined("counts", "drone_attribute") + r")\b", re.IGNORECASE)
_OPENER = re.compile(joined("counts", "drone_opener"), re.IGNORECASE)
DRONES = "drones"


def find_drone_counts(text: str) -> tuple[CountMention, ...]:
    """Each count of drones, with the qualifier "drones" and the words after the number (so that two models
    of two each are two counts)."""
    out: list[CountMention] = []
    done = 0
    for noun in _DRONE.finditer(text):
        if _ATTRIBUTE.match(text, noun.end()):
            continue
        start = max(done, *(text.rfind(c, 0, noun.start()) + 1 for c in ".;!?"))
        for m in _COUNT.finditer(text, start, noun.start()):
            value = parse_number(m.group("num"))
            words = text[start : m.start()].split()
            if value is None or value <= 0 or 1990 <= value <= 2035:
                continue
            if words and words[-1][:1].isupper() and not _OPENER.fullmatch(words[-1]):
                continue  # "Mavic 3", "FIO 1840": a model's or a reference's number
            gap = text[m.end() : noun.start()]
            if len(gap.split()) > 20 or _GAP_WORD.search(gap):
                continue  # "from two stations ... drones": a number of something else
            kind = " ".join(gap.split()[:4])  # "DJI Matrice 30T and": one of a list
            out.append(
                CountMention(m.start("num"), m.end("num"), value, "excluded", False, f"{DRONES} {kind}")
            )
        done = noun.end()
    return tuple(out)


def of_drones(count: CountMention) -> bool:
    return count.qualifier.startswith(DRONES)


__all__ = ["DRONES", "find_drone_counts", "of_drones"]
