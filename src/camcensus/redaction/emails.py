"""E-mail addresses in any script, written plainly or to dodge harvesters ("jane [at] council [dot] gov
[dot] uk"). An address is kept only when its whole local part is a role (``foi@``,
``information.governance@``): ``foi.jane.doe@`` names a person."""

from __future__ import annotations

import re
from functools import cache

from camcensus.redaction.spans import EMAIL, Removal
from camcensus.redaction.words import fold, folded

_LOCAL = r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
_OPEN, _CLOSE = r"[\[\(\{<]", r"[\]\)\}>]"
_AT_MARKED = rf"\s*{_OPEN}\s*(?:at|@)\s*{_CLOSE}\s*"
_DOT = rf"(?:\.|\s*{_OPEN}\s*(?:dot|\.)\s*{_CLOSE}\s*|\s+dot\s+)"
_DOMAIN = rf"[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[^\W\d_]{{2,}}"
ADDRESS = re.compile(rf"(?<![\w.@-])(?P<local>{_LOCAL})(?:\s*@\s*|{_AT_MARKED})(?P<domain>{_DOMAIN})", re.I)
# "jane.doe at council.gov.uk" or "jane at council dot gov dot uk": the plain word "at" counts only with a
# dotted local part or a spelt-out dot, so "cameras at example.com" is left alone (the local part's pieces
# hold no "_", so a rule of underscores under a letterhead is read in linear time, not by trying every split)
SPELT = re.compile(
    rf"(?<![\w.@-])(?P<local>[^\W_]+(?:[._][^\W_]+)+|\w+)\s+at\s+(?P<domain>[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[^\W\d_]{{2,}})\b",
    re.I,
)
# an address cut short, as at the end of a quote of limited length ("contact jane.doe@anytown.go…")
CUT = re.compile(rf"(?<![\w.@-])(?P<local>{_LOCAL})@(?P<domain>[\w.-]*)")
_SEPARATORS = re.compile(r"[._\-+]")


@cache
def _roles() -> frozenset[str]:
    return frozenset(_SEPARATORS.sub("", r) for r in folded("emails", "roles"))


def is_role(local: str) -> bool:
    """foi, information.governance, data-protection: a role; foi.jane.doe, jsmith: a person."""
    return _SEPARATORS.sub("", fold(local)) in _roles()


def find(text: str) -> list[Removal]:
    if "@" not in text and not re.search(r"\bat\b", text, re.I):
        return []
    found = [m for m in ADDRESS.finditer(text) if not is_role(m.group("local"))]
    found += [m for m in CUT.finditer(text) if not is_role(m.group("local"))]
    for m in SPELT.finditer(text):
        spelt_dot = re.search(r"\sdot\s", m.group("domain"), re.I)
        if (spelt_dot or re.search(r"[._]", m.group("local"))) and not is_role(m.group("local")):
            found.append(m)
    return [Removal(m.start(), m.end(), EMAIL) for m in found]
