"""Banner fingerprints (``data/fingerprints.csv``): strings a device family puts in its HTTP and RTSP answers.

Each row names the probe and field it reads (``server``, ``realm``, ``body``, or ``raw`` bytes as latin-1),
a regex, the vendor it points to, and its source. The same rules serve live probes and nmap XML import.
``data/lan_fingerprints.csv`` holds the same kind of rule for the LAN protocols (SNMP ``sysDescr``, UPnP
description fields, DNS-SD service types).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Fingerprint:
    probe: str
    field: str
    pattern: re.Pattern[str]
    vendor: str
    device_type: str | None
    confidence: float
    detail: str
    source: str


FILES = ("fingerprints.csv", "lan_fingerprints.csv")


@lru_cache(maxsize=1)
def fingerprints() -> tuple[Fingerprint, ...]:
    return tuple(fp for name in FILES for fp in _load(name))


def _load(name: str) -> tuple[Fingerprint, ...]:
    path = resources.files("camcensus.network").joinpath("data", name)
    with path.open(encoding="utf-8") as fh:
        return tuple(
            Fingerprint(
                probe=row["probe"],
                field=row["field"],
                pattern=re.compile(row["pattern"]),
                vendor=row["vendor"],
                device_type=row["device_type"] or None,
                confidence=float(row["confidence"]),
                detail=row["detail"],
                source=row["source"],
            )
            for row in csv.DictReader(fh)
        )


def match_fingerprints(probe: str, fields: dict[str, str]) -> list[Fingerprint]:
    """The rules of ``probe`` whose field text matches."""
    return [
        fp
        for fp in fingerprints()
        if fp.probe == probe and fields.get(fp.field) and fp.pattern.search(fields[fp.field])
    ]
