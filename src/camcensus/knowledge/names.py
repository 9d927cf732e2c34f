"""Find any of many names in text, each name's words joined by optional spaces or hyphens ("Hik Vision",
"HIK-VISION", "Hikvision").

A plain alternation of a hundred names makes the regex engine try every name at every word start. ``Names``
also compiles the same names as a prefix tree ("h(?:ik(?:vision|...)|anwha...)|d(?:ahua...)"), where a
position is given up after a letter or two: about three times faster on a sentence. The tree only says
*where* a name starts. Which name is taken there (the longest, as the plain alternation lists them longest
first) is still decided by the plain alternation, tried at that one position, so ``finditer`` gives exactly
the matches the plain alternation gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

SEPARATOR = r"[\s\-]*"
#: Beyond ASCII, an ignore-case pattern's ASCII letter also matches these (dotted and dotless I, long s,
#: Kelvin sign), which str.lower() does not all turn into that letter: text holding one is matched as is.
ODD_FOLDS = frozenset("\u0130\u0131\u017f\u212a")
_BOUND = r"(?<![A-Za-z0-9])(?:{})(?![A-Za-z0-9])"


def squash(text: str) -> str:
    """A spelling's key: lower case, without the spaces and hyphens between its words."""
    return re.sub(r"[\s\-]+", "", text.lower())


def words(name: str) -> list[str]:
    return [word for word in re.split(r"[\s\-]+", name.strip()) if word]


def variant_regex(name: str) -> str:
    """``name`` with optional spaces or hyphens between its words ("Hik Vision" -> ``Hik[\\s\\-]*Vision``)."""
    return SEPARATOR.join(re.escape(word) for word in words(name))


def _tokens(name: str, fold: bool) -> list[str]:
    out: list[str] = []
    for i, word in enumerate(words(name)):
        if i:
            out.append(SEPARATOR)
        out.extend(re.escape(ch.lower() if fold and ch.isascii() else ch) for ch in word)
    return out


def tree_regex(names: Iterable[str], fold: bool, after_first: str = "") -> str:
    """The names as one prefix tree. ``fold``: the regex is case-insensitive, so letters are compared
    lower-cased (an ignore-case literal matches the same characters in either case). ``after_first`` goes
    after each name's first character (a check that would otherwise lead the pattern)."""
    root: dict[str, dict] = {}
    for name in names:
        node = root
        for token in _tokens(name, fold):
            node = node.setdefault(token, {})
        node[""] = {}  # a name ends here

    def emit(node: dict[str, dict], head: str = "") -> str:
        branches = [key + head + emit(child) for key, child in node.items() if key]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + (")?" if "" in node else ")")

    return emit(root, after_first) or "(?!)"


class Names:
    """Names matched whole (not inside a longer word), longest first where several start at one place."""

    def __init__(self, names: Iterable[str], flags: int = 0) -> None:
        ordered = sorted(dict.fromkeys(n for n in names if words(n)), key=len, reverse=True)  # stable
        self.names = ordered
        fold = bool(flags & re.IGNORECASE)
        self.plain = re.compile(_BOUND.format("|".join(variant_regex(n) for n in ordered) or "(?!)"), flags)
        self.tree = re.compile(_BOUND.format(tree_regex(ordered, fold)), flags)
        # an ignore-case tree of lower-case names also runs case-sensitively on lower-cased text (see
        # camcensus.evidence.text.Folded): the engine then skips ahead by the names' first letters
        lower = all(ch == ch.lower() for name in ordered for ch in name if not ch.isascii())
        # the start check follows the first letter, so the pattern opens with the names' first letters
        starts = tree_regex(ordered, fold, after_first=r"(?<![A-Za-z0-9].)") + r"(?![A-Za-z0-9])"
        self.folded = re.compile(starts, flags & ~re.IGNORECASE) if fold and lower else None

    def _starts(self, text: str) -> tuple[re.Pattern[str], str]:
        if self.folded is not None and (text.isascii() or ODD_FOLDS.isdisjoint(text)):
            return self.folded, text.lower()  # the same length, so the same places
        return self.tree, text

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        tree, subject = self._starts(text)
        pos = 0
        while (start := tree.search(subject, pos)) is not None:
            # both regexes accept the same names at the same places: the plain one says which it takes
            hit = self.plain.match(text, start.start())
            if hit is None:  # pragma: no cover - the two regexes are built from the same names
                raise AssertionError(f"name index out of step at {start.start()}: {start.group(0)!r}")
            yield hit
            pos = hit.end()
