"""mDNS / DNS-SD: one query for the service types a device advertises and for the types cameras use
(``data/mdns_services.csv``), sent unicast to the target's port 5353 from an ordinary port, so the answer is
a conventional unicast DNS response (RFC 6762 section 6.7, "legacy unicast"); on an interface the user names,
the same query goes to 224.0.0.251 (``probes.multicast``).

Read from the answer (RFC 6763): the service types (PTR of ``_services._dns-sd._udp.local``), the instance
names (PTR of each type: "AXIS M3045-V - ACCC8E012345"), and the TXT ``key=value`` pairs whose keys
``data/mdns_txt_keys.csv`` names (a MAC address, a maker, a model). Messages are built and read by
dnspython.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import dns.exception
import dns.message
import dns.name
import dns.rdataclass
import dns.rdatatype
import dns.rrset

from camcensus.knowledge.ouis import normalise_mac
from camcensus.network.probes.base import Observation, ProbeContext
from camcensus.network.probes.names import maker_observations
from camcensus.network.probes.udp import udp_exchange

MDNS_PORT = 5353
MDNS_GROUP = "224.0.0.251"
SERVICE_TYPES = "_services._dns-sd._udp.local."


def _rows(name: str) -> list[dict[str, str]]:
    path = resources.files("camcensus.network").joinpath("data", name)
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def queried_services() -> tuple[str, ...]:
    return tuple(row["service"] for row in _rows("mdns_services.csv"))


@lru_cache(maxsize=1)
def txt_keys() -> dict[str, str]:
    """TXT key (lower case) -> what it holds: mac, maker or model."""
    return {row["key"].lower(): row["means"] for row in _rows("mdns_txt_keys.csv")}


@dataclass
class Advertised:
    """What a DNS-SD answer says: service types, instance names, and the TXT pairs of interest."""

    services: set[str] = field(default_factory=set)
    instances: set[str] = field(default_factory=set)
    txt: dict[str, str] = field(default_factory=dict)


def query(message_id: int) -> bytes:
    """One message asking PTR of every service type in ``data/mdns_services.csv``."""
    first, *rest = queried_services()
    message = dns.message.make_query(first, dns.rdatatype.PTR)
    for service in rest:
        message.question.append(
            dns.rrset.RRset(dns.name.from_text(service), dns.rdataclass.IN, dns.rdatatype.PTR)
        )
    message.id = message_id
    message.flags = 0  # mDNS queries carry no flags (RFC 6762 section 18)
    return bytes(message.to_wire())


def parse_answer(data: bytes, message_id: int | None = None) -> Advertised | None:
    """The records of a response (to ``message_id``, if given); None for anything else."""
    try:
        message = dns.message.from_wire(data, ignore_trailing=True)
    except (dns.exception.DNSException, ValueError):
        return None
    if not message.flags & 0x8000 or (message_id is not None and message.id != message_id):
        return None  # a query (another client's, or our own), or an answer to someone else
    found = Advertised()
    for rrset in (*message.answer, *message.additional):
        owner = rrset.name.to_text()
        for rdata in rrset:
            if rrset.rdtype == dns.rdatatype.PTR:
                target = rdata.target.to_text()
                (found.services if owner == SERVICE_TYPES else found.instances).add(target)
                if owner != SERVICE_TYPES:
                    found.services.add(owner)
            elif rrset.rdtype == dns.rdatatype.TXT:
                _read_txt(rdata.strings, found.txt)
    return found


def _read_txt(strings: tuple[bytes, ...], into: dict[str, str]) -> None:
    for item in strings:
        key, sep, value = item.decode("utf-8", "replace").partition("=")
        if sep and key.lower() in txt_keys() and value.strip():
            into.setdefault(txt_keys()[key.lower()], value.strip()[:200])


def instance_label(name: str) -> str:
    """The instance part of ``AXIS M3045-V - ACCC8E012345._axis-video._tcp.local.`` (DNS escapes undone)."""
    label = dns.name.from_text(name).labels[0] if name else b""
    return label.decode("utf-8", "replace")


def mdns_observations(seen: Advertised, port: int = MDNS_PORT) -> list[Observation]:
    """The maker a service type, an instance name or a TXT maker names; the MAC and model TXT gives."""
    found: list[Observation] = []
    for service in sorted(seen.services):
        found += maker_observations("mdns", port, {"service": service})
    for instance in sorted({instance_label(i) for i in seen.instances}):
        found += maker_observations("mdns", port, {"instance": instance}, texts=("instance",))
    found += maker_observations("mdns", port, {"maker": seen.txt.get("maker", "")}, names=("maker",))
    found.append(
        Observation(
            probe="mdns",
            port=port,
            detail=f"DNS-SD: services {sorted(seen.services)}, instances "
            f"{sorted(instance_label(i) for i in seen.instances)[:5]}, TXT {seen.txt}",
            confidence=0.0,
            model=seen.txt.get("model"),
            mac=normalise_mac(seen.txt.get("mac", "")),
            rank=2,
        )
    )
    return found


def group_query() -> bytes:
    """The same query for 224.0.0.251, ID zero (RFC 6762 section 18.1); sent from an ordinary port, it is
    answered by unicast to that port (section 6.7)."""
    return query(0)


def parse_heard(data: bytes, port: int = MDNS_PORT) -> list[Observation]:
    """An answer heard on the interface (``probes.multicast``): ours, or one a device announced."""
    seen = parse_answer(data)
    if seen is None or not (seen.services or seen.instances or seen.txt):
        return []
    return mdns_observations(seen, port)


async def probe_mdns(ctx: ProbeContext, host: str, port: int = MDNS_PORT) -> list[Observation]:
    """The DNS-SD query to ``host``'s port 5353 and what its answer advertises."""
    message_id = int.from_bytes(os.urandom(2), "big") or 1
    seen = await udp_exchange(
        ctx, host, port, lambda: query(message_id), lambda d: parse_answer(d, message_id)
    )
    if seen is None or not (seen.services or seen.instances or seen.txt):
        return []
    return mdns_observations(seen, port)
