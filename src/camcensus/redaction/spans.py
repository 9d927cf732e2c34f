"""What a rule found: a stretch of text to remove and why."""

from __future__ import annotations

from dataclasses import dataclass

NAME = "name"
EMAIL = "email"
PHONE = "phone"
ADDRESS = "address"
SIGNATURE = "signature"
MARKS = {
    NAME: "[name redacted]",
    EMAIL: "[email redacted]",
    PHONE: "[phone redacted]",
    ADDRESS: "[address redacted]",
    SIGNATURE: "[signature redacted]",
}


@dataclass(frozen=True)
class Removal:
    """``text[start:end]`` is personal data of this kind."""

    start: int
    end: int
    kind: str

    @property
    def mark(self) -> str:
        return MARKS[self.kind]


def merged(found: list[Removal]) -> tuple[Removal, ...]:
    """Overlapping or touching removals as one, of the kind of the longest among them."""
    out: list[Removal] = []
    for item in sorted(found, key=lambda r: (r.start, -r.end)):
        if item.end <= item.start:
            continue
        if out and item.start <= out[-1].end:
            last = out[-1]
            kind = last.kind if last.end - last.start >= item.end - item.start else item.kind
            out[-1] = Removal(last.start, max(last.end, item.end), kind)
        else:
            out.append(item)
    return tuple(out)
