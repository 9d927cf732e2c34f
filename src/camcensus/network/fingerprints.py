"""Banner fingerprints (``data/fingerprints.csv``): strings a device family puts in its HTTP and RTSP answers.

Each row names the probe and field it reads (``server``, ``realm``, ``body``, or ``raw`` bytes as latin-1;
``tls`` rows read a certificate's ``subject`` and ``issuer``; ``favicon`` rows the ``md5`` of
``/favicon.ico`` in upper-case hex, as nmap's ``http-favicon`` and its ``favicon-db`` give it), a regex, the
vendor it points to, and its source. A regex's group named ``model`` gives the model. The same rules serve
live probes and nmap XML import. ``data/lan_fingerprints.csv`` holds the same kind of rule for the LAN
protocols (SNMP ``sysDescr``, UPnP description fields, DNS-SD service types).
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
    return [fp for fp, _ in search_fingerprints(probe, fields)]


def search_fingerprints(probe: str, fields: dict[str, str]) -> list[tuple[Fingerprint, re.Match[str]]]:
    """The rules of ``probe`` whose field text matches, each with its match."""
    found = []
    for fp in fingerprints():
        text = fields.get(fp.field) if fp.probe == probe else None
        if text and (m := fp.pattern.search(text)):
            found.append((fp, m))
    return found
