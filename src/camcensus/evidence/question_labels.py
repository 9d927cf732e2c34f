"""How a request labels its questions and how replies number them: "3", "iii" and "(c)" are questions 3, 3
and 103 (lettered parts count from 100)."""

from __future__ import annotations

ROMAN = r"(?:viii|vii|iii|vi|iv|ix|ii|i|v|x)"  # i to x, longest first
_ROMAN_VALUES = {r: n for n, r in enumerate(("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"), 1)}


def roman_number(token: str) -> int | None:
    """ "iii" -> 3, for questions numbered i to x; None for anything else."""
    return _ROMAN_VALUES.get(token.strip().lower())


def label_number(token: str) -> int:
    """A question's label as replies number it: "3" -> 3, "iii" -> 3, "b" -> 101."""
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    roman = roman_number(token) if len(token) > 1 or token in ("i", "v", "x") else None
    return roman if roman is not None else 100 + ord(token) - ord("a")
