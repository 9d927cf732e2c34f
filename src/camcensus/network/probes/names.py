"""What a device's own words about its maker say, shared by the LAN probes and the nmap import: the fields a
protocol gives (a UPnP ``manufacturer``, an SNMP ``sysDescr``, a certificate's organisation) matched against
the LAN fingerprint rules (``data/lan_fingerprints.csv``), and the fields that *are* a maker's name resolved
through the brand register (``camcensus.knowledge.brands``), so "HIKVISION" and "Hangzhou Hikvision Digital
Technology Co., Ltd." both name Hikvision and "Amcrest" names the Dahua brand Amcrest."""

from __future__ import annotations

from camcensus.knowledge.vendors import STATUS_THRESHOLD, find_vendor_mentions, resolve_brand
from camcensus.network.fingerprints import match_fingerprints
from camcensus.network.probes.base import Observation


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
                    confidence=confidence * match.confidence,
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
                        confidence=0.6 * mention.match.confidence,
                        vendor=mention.vendor,
                        rank=rank,
                    )
                )
    return found
