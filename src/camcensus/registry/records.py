"""A body as read from any register file, before it touches the store."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from camcensus.enums import BodyType, Nation


@dataclass(frozen=True)
class BodyRecord:
    code: str
    name: str
    body_type: BodyType
    nation: Nation
    source: str
    subtype: str | None = None
    region: str | None = None
    email: str | None = None
    lat: float | None = None
    lon: float | None = None
    easting: float | None = None
    northing: float | None = None
    wdtk_id: str | None = None
    current: bool = True
    extra: dict[str, Any] = field(default_factory=dict)
    domains: list[str] = field(default_factory=list)  # declared own domains (camcensus.registry.addresses)


@dataclass(frozen=True)
class RowError:
    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def to_float(text: str | None) -> float | None:
    if text is None or not str(text).strip():
        return None
    try:
        return float(text)
    except ValueError:
        return None
