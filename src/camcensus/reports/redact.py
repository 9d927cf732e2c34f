"""Remove personal data of officers and requesters from text that reaches the public.

Redacted: names in sign-off blocks and after honorifics or "Dear", personal e-mail addresses
(``jane.smith@``), UK phone numbers and direct lines with extensions, and names from a list of common given
names followed by a surname. Kept: generic role addresses (``foi@``, ``info@``, ``dataprotection@`` ...),
job titles, and the CCTV facts themselves (manufacturers, models, counts, references, dates).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

NAME = "[name redacted]"
EMAIL = "[email redacted]"
PHONE = "[phone redacted]"


_EMAIL = re.compile(r"\b([A-Za-z0-9][A-Za-z0-9._%+'-]*)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\b")
_PHONE = re.compile(
    r"(?<![\w/.-])(?:\+\s?44\s?(?:\(0\)\s?)?|\(0\d{2,4}\)\s?|0)[\d \t-]{7,13}\d"
    r"(?:\s*(?:ext\.?|extn\.?|extension|x)\s*\d{2,6})?(?![\w/])",
    re.IGNORECASE,
)
_EXTENSION_TAIL = re.compile(r"\s*(?:ext\.?|extn\.?|extension|x)\s*\d{2,6}$", re.IGNORECASE)
_EXTENSION = re.compile(r"\b(?:ext\.?|extn\.?|extension)\s*:?\s*\d{3,6}\b", re.IGNORECASE)
_SIGN_OFF = re.compile(
    r"^[ \t>]*(?:yours\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:kind|best|warm|warmest)\s+regards"
    r"|regards|many\s+thanks|thanks(?:\s+again)?|thank\s+you|best\s+wishes|with\s+thanks|best|cheers)"
    r"\s*[,.!]?[ \t]*(?P<rest>[^\n]*)$",
    re.IGNORECASE,
)
_WORD = r"(?:(?:Ma?c|[A-Z]')?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)*|[A-Z]{2,}(?:[-'][A-Z]{2,})*|[A-Z]\.?)(?![\w'])"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
_NAME_LINE = re.compile(rf"^[ \t>]*(?P<name>{_NAME})[ \t]*,?[ \t]*$")
_INLINE = (
    re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+(?P<name>{_NAME})"),
    re.compile(rf"\bDear[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+)?(?P<name>{_NAME})"),
    re.compile(
        r"\b(?:[Nn]ame|[Cc]ontact|[Ss]igned|FAO|[Aa]ttn|[Cc]ase officer|[Hh]andled by|[Oo]n behalf of|"
        rf"[Ss]peak to|[Aa]sk for|[Ff]rom)[ \t]*:?[ \t]+(?P<name>{_NAME})"
    ),
)
_KNOWN_NAME = re.compile(rf"\b(?P<first>[A-Z][a-z]+)(?P<rest>(?:[ \t]+{_WORD})+)")


def _data_words(name: str) -> dict[str, frozenset[str]]:
    """Words from a data file, by ``[section]`` (one unnamed section when the file has none)."""
    text = resources.files("camcensus.reports").joinpath("data", name).read_text("utf-8")
    sections: dict[str, set[str]] = {"": set()}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, set())
        elif line and not line.startswith("#"):
            sections[current].update(line.split())
    return {key: frozenset(words) for key, words in sections.items()}


@cache
def given_names() -> frozenset[str]:
    return _data_words("given_names.txt")[""]


@cache
def role_words() -> frozenset[str]:
    return _data_words("redaction_words.txt")["role"]


@cache
def not_name_words() -> frozenset[str]:
    return _data_words("redaction_words.txt")["not_name"]


def is_role_address(local: str) -> bool:
    """foi@, info@, data.protection@, information.governance@ are roles; jane.smith@ is a person."""
    tokens = [t for t in re.split(r"[._+\-0-9]+", local.lower()) if t]
    return bool(tokens) and any(t in role_words() for t in tokens)


def looks_like_name(text: str) -> bool:
    words = [w.strip(".,'") for w in text.split()]
    return bool(words) and not any(w.lower() in not_name_words() for w in words)


def _trim_name(name: str) -> str:
    """Cut a captured name at the first word that is not part of a name ("Jane Smith Information ...")."""
    kept = []
    for word in name.split():
        if word.strip(".,").lower() in not_name_words():
            break
        kept.append(word)
    return " ".join(kept)


def redact_emails(text: str) -> str:
    return _EMAIL.sub(lambda m: m.group(0) if is_role_address(m.group(1)) else EMAIL, text)


def redact_phones(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", _EXTENSION_TAIL.sub("", match.group(0)))
        return PHONE if 10 <= len(digits) <= 13 else match.group(0)

    return _EXTENSION.sub(PHONE, _PHONE.sub(replace, text))


def redact_signatures(text: str) -> str:
    """After a sign-off line, the name on the same line or on the next non-empty line goes."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        match = _SIGN_OFF.match(line)
        if not match:
            continue
        rest = match.group("rest").strip()
        if not rest:
            _redact_following_name(lines, index + 1)
        elif _NAME_LINE.match(rest) and looks_like_name(rest):
            lines[index] = line[: match.start("rest")] + NAME + line[match.start("rest") + len(rest) :]
    return "\n".join(lines)


def _redact_following_name(lines: list[str], start: int) -> None:
    for index in range(start, min(start + 3, len(lines))):
        if not lines[index].strip():
            continue
        match = _NAME_LINE.match(lines[index])
        if match and looks_like_name(match.group("name")):
            lines[index] = lines[index][: match.start("name")] + NAME + lines[index][match.end("name") :]
        return


def _replace_name(match: re.Match[str]) -> str:
    """Replace the captured name (trimmed at the first non-name word), keeping the words around it."""
    name = _trim_name(match.group("name"))
    if not name or not looks_like_name(name):
        return match.group(0)
    offset = match.start("name") - match.start(0)
    whole = match.group(0)
    return whole[:offset] + NAME + whole[offset + len(name) :]


def _replace_known_name(match: re.Match[str]) -> str:
    """ "Jane Smith": a common given name followed by a capitalised surname."""
    if match.group("first") not in given_names():
        return match.group(0)
    surname = _trim_name(match.group("rest").strip())
    if not surname:
        return match.group(0)
    whole = match.group(0)
    end = whole.index(surname, len(match.group("first"))) + len(surname)
    return NAME + whole[end:]


def redact_inline_names(text: str) -> str:
    for pattern in _INLINE:
        text = pattern.sub(_replace_name, text)
    return _KNOWN_NAME.sub(_replace_known_name, text)


def redact(text: str | None) -> str:
    """Text with officers' and requesters' personal data removed; facts and role addresses kept."""
    if not text:
        return ""
    text = redact_emails(text)
    text = redact_phones(text)
    text = redact_signatures(text)
    return redact_inline_names(text)
