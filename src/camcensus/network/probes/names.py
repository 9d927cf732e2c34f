"""What a device's own words about its maker say, shared by the LAN probes and the nmap import: the fields a
protocol gives (a UPnP ``manufacturer``, an SNMP ``sysDescr``, a certificate's organisation) matched against
the LAN fingerprint rules (``data/lan_fingerprints.csv``), and the fields that *are* a maker's name resolved
through the brand register (``camcensus.knowledge.brands``), so "HIKVISION" and "Hangzhou Hikvision Digital
Technology Co., Ltd." both name Hikvision and "Amcrest" names the Dahua brand Amcrest.

A maker's name is not yet a camera: UPnP, DNS-SD, SNMP and certificates are spoken by televisions, printers
and routers too, and Sony, Canon or Huawei make all of those. A name counts in full only for the makers
``data/lan_makers.csv`` lists as video-surveillance makers; any other maker's name is kept as evidence that
weighs nothing (several such names together still weigh nothing), so such a device is reported only when
another signal (ONVIF, WS-Discovery, a video service type, a model-number pattern) says it is a camera, and
then the name still says whose it is."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from camcensus.knowledge.vendors import STATUS_THRESHOLD, find_vendor_mentions, resolve_brand
from camcensus.network.fingerprints import match_fingerprints
from camcensus.network.probes.base import Observation

#: the weight of a name of a maker not in ``lan_makers.csv``: whose a device is, not that it is a camera
OTHER_MAKER_WEIGHT = 0.0


@lru_cache(maxsize=1)
def surveillance_makers() -> frozenset[str]:
    path = resources.files("camcensus.network").joinpath("data", "lan_makers.csv")
    with path.open(encoding="utf-8") as fh:
        return frozenset(row["vendor"] for row in csv.DictReader(fh) if row["name_alone"] == "yes")


def _weight(vendor: str, confidence: float) -> float:
    return confidence if vendor in surveillance_makers() else OTHER_MAKER_WEIGHT


def maker_observations(
    probe: str,
    port: int | None,
    fields: dict[str, str],
    names: tuple[str, ...] = (),
    texts: tuple[str, ...] = (),
    confidence: float = 0.85,
    rank: int = 1,
) -> list[Observation]:
    """Observations from ``fields``: every matching rule of ``probe``; each field in ``names`` resolved as a
    maker's name (at ``confidence``); each field in ``texts`` searched for a maker named in free text (at a
    lower confidence, as a description may name another maker's product), unless already named above."""
    found = [
        Observation(
            probe=probe,
            port=port,
            detail=f"{fp.detail} [{fp.source}]",
            confidence=fp.confidence,
            vendor=fp.vendor,
            device_type=fp.device_type,
            rank=rank,
        )
        for fp in match_fingerprints(probe, fields)
    ]
    for key in names:
        text = (fields.get(key) or "").strip()
        match = resolve_brand(text) if text else None
        if match is not None and match.confidence >= STATUS_THRESHOLD:
            found.append(
                Observation(
                    probe=probe,
                    port=port,
                    detail=f"{key} {text!r} is a name of {match.vendor} (brand register)",
                    confidence=_weight(match.vendor, confidence * match.confidence),
                    vendor=match.vendor,
                    brand=match.brand,
                    rank=rank,
                )
            )
    named = {o.vendor for o in found}
    for key in texts:
        text = (fields.get(key) or "").strip()
        for mention in find_vendor_mentions(text) if text else ():
            if mention.match.confidence >= STATUS_THRESHOLD and mention.vendor not in named:
                named.add(mention.vendor)  # one description counts once per maker, not once per field
                found.append(
                    Observation(
                        probe=probe,
                        port=port,
                        detail=f"{key} {text[:160]!r} names {mention.vendor}",
                        confidence=_weight(mention.vendor, 0.6 * mention.match.confidence),
                        vendor=mention.vendor,
                        rank=rank,
                    )
                )
    return found
