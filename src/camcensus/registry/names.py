"""Finding a register body from what another site calls it: its WhatDoTheyKnow id, its WhatDoTheyKnow url
name, or its name (the register's own, its short name, and its aliases).

Names are compared as WhatDoTheyKnow makes url names (``simplify_url_part``: ASCII, lower case, runs of
anything but letters and digits as one ``_``), so "Kent County Council" and "kent_county_council" are one
name. A name that fits no body, or more than one, is reported as such: never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.store.models import Body


def url_part(text: str) -> str:
    """A name as WhatDoTheyKnow writes it in a URL ("Aberdeenshire Council" -> "aberdeenshire_council")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    ascii_text = ascii_text.replace("&", " and ")
    simplified = re.sub(r"[\s\-_]+", "_", ascii_text)
    simplified = re.sub(r"[^a-z0-9_]", "", simplified)
    return re.sub(r"_+", "_", simplified).strip("_")


def aliases(extra: dict[str, Any] | None) -> list[str]:
    """The other names the register gives a body: its short name and its aliases (a list, or one string
    separated by ``;`` or ``|``)."""
    extra = extra or {}
    found: list[str] = []
    for key in ("nice_name", "short_name", "aliases"):
        value = extra.get(key)
        if isinstance(value, str):
            found += re.split(r"[;|]", value)
        elif isinstance(value, list):
            found += [str(v) for v in value]
    return [name.strip() for name in found if name and name.strip()]


@dataclass(frozen=True)
class BodyMatch:
    body_id: int | None
    how: str | None = None  # wdtk_id, url_name, name
    reason: str | None = None  # why there is none

    def as_dict(self) -> dict[str, Any]:
        return {"body_id": self.body_id, "matched_by": self.how, "reason": self.reason}


class BodyNames:
    """The register's bodies by WhatDoTheyKnow id and by every name, current bodies first."""

    def __init__(self, session: Session) -> None:
        self.by_wdtk: dict[str, set[int]] = {}
        self.by_name: dict[str, set[int]] = {}
        self.former: set[int] = set()
        rows = session.execute(select(Body.id, Body.wdtk_id, Body.name, Body.extra, Body.current))
        for body_id, wdtk_id, name, extra, current in rows:
            if not current:
                self.former.add(body_id)
            if wdtk_id:
                self.by_wdtk.setdefault(str(wdtk_id).strip(), set()).add(body_id)
            for each in [name, *aliases(extra)]:
                if key := url_part(each):
                    self.by_name.setdefault(key, set()).add(body_id)

    def _one(self, found: set[int]) -> set[int]:
        current = found - self.former
        return current or found

    def match(self, wdtk_id: str | None, url_name: str | None, names: Iterable[str | None]) -> BodyMatch:
        """The one body with this WhatDoTheyKnow id, url name or name, tried in that order."""
        tries: list[tuple[str, str, set[int]]] = []
        if wdtk_id:
            tries.append(
                ("wdtk_id", f"WhatDoTheyKnow id {wdtk_id}", self.by_wdtk.get(wdtk_id.strip(), set()))
            )
        if url_name:
            tries.append(("url_name", f"url name {url_name!r}", self.by_name.get(url_part(url_name), set())))
        for name in dict.fromkeys(n for n in names if n):
            tries.append(("name", f"name {name!r}", self.by_name.get(url_part(name), set())))
        ambiguous = []
        for how, label, found in tries:
            chosen = self._one(found)
            if len(chosen) == 1:
                return BodyMatch(next(iter(chosen)), how)
            if chosen:
                ambiguous.append(f"{len(chosen)} bodies have the {label}")
        if ambiguous:
            return BodyMatch(None, reason="ambiguous: " + "; ".join(ambiguous))
        said = ", ".join(label for _how, label, _found in tries) or "nothing to match"
        return BodyMatch(None, reason=f"no body in the register has the {said}")
