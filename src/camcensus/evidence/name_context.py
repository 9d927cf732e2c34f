"""The words around a make's name that say what the name is there: what the cameras are ("30 of the legacy
units are Hikvision"), whose another company was ("Lorex, a former Dahua subsidiary"), who installs or keeps
the cameras ("installed by X"), or only what the sentence goes on to speak of ("As regards Dahua, ...")."""

from __future__ import annotations

import re

from camcensus.evidence.phrases import joined


def _list(section: str) -> str:
    return joined("cues", section)


_INSTALLER_BEFORE = re.compile(r"(?:" + _list("installer_before") + r")\s*(?:the\s+)?$", re.IGNORECASE)
_INSTALLER_AFTER = re.compile(
    r"^[\s-]*(?:(?!(?:via|through|from|by|using|with|that|which)\b)\w+[\s-]+){0,3}?\(?\s*(?:"
    rf"(?:who |which |that )?(?:is|are)|acts? as|as)?\s*(?:our|the|an?)?\s*(?:{_list('installer_after')})\b",
    re.IGNORECASE,
)


_MAKE_PREDICATE = re.compile(r"\b(?:" + _list("make_predicate") + r")\s+$", re.IGNORECASE)
_PREDICATE_END = re.compile(
    r"\W*(?:(?:cameras?|units?|equipment|branded|models?|products?|devices?)\b\W*)?$", re.IGNORECASE
)


def make_as_predicate(before: str, after: str) -> bool:
    """The make is what the cameras are, ending the clause: "30 of the legacy units are Hikvision"."""
    return bool(_MAKE_PREDICATE.search(before[-30:])) and bool(_PREDICATE_END.match(after))


_RELATION_AFTER = re.compile(r"^\W*(?:" + _list("relation_after") + r")\b", re.IGNORECASE)
_RELATION_BEFORE = re.compile(r"\b(?:" + _list("relation_before") + r")\s*$", re.IGNORECASE)


def relation_context(before: str, after: str) -> bool:
    """The name says whose another company or brand was ("Lorex, a former Dahua subsidiary"): not a make in
    use."""
    return bool(_RELATION_BEFORE.search(before[-60:])) or bool(_RELATION_AFTER.match(after[:40]))


def installer_context(before: str, after: str) -> bool:
    """The name is the installer or maintainer ("installed by X", "X are our maintenance contractor")."""
    return bool(_INSTALLER_BEFORE.search(before[-60:])) or bool(_INSTALLER_AFTER.match(after[:60]))


_OR_NAME = r"(?:[\w-]+\s*(?:or|and|/|&)\s*)?"  # another name before or after it ("Hikvision or Dahua")
_TOPIC = re.compile(r"(?:" + _list("topic_before") + r")\s*" + _OR_NAME + "$", re.IGNORECASE)
_TOPIC_AFTER = re.compile(r"\s*(?:(?:or|and|/|&)\s*[\w-]+\s*)?(?:cameras?|equipment)?\s*,", re.IGNORECASE)
_REFERS_BACK = re.compile(_list("topic_refers_back"), re.IGNORECASE)


def topic_only(before: str, after: str) -> bool:
    """The name only opens what the sentence goes on to say ("As regards Dahua, CCTV in our premises ...",
    "In respect of Hikvision or Dahua, please see above")."""
    topic = bool(_TOPIC.search(before[-50:])) and bool(_TOPIC_AFTER.match(after))
    return topic and not _REFERS_BACK.search(after)  # ("..., recorders of this make remain in service")
