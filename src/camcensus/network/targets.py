"""Scan targets: exactly the addresses the user named, never anything else.

A target is an IPv4 or IPv6 address, a CIDR range (``10.1.2.0/24``), a range (``10.1.2.10-10.1.2.40``) or a
file with one target per line (``#`` comments). Only addresses in the kinds of network an estate owner has
(private, unique local, loopback, link-local) need no confirmation; every other address, public or in a
special-purpose range (documentation, benchmarking, reserved, Teredo, 6to4, NAT64 ...), is refused unless
``allow_public`` is given. The ranges are data (``data/address_ranges.csv``, from the IANA special-purpose
registries, a source per row); very large ranges are refused outright.
"""

from __future__ import annotations

import csv
import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

#: The most addresses one scan may cover (a /16); larger estates are scanned in parts.
MAX_ADDRESSES = 65536


class TargetError(ValueError):
    """A target that cannot be parsed, is too large, or is outside the owner's networks without
    ``allow_public``."""


@dataclass(frozen=True)
class AddressRange:
    network: Network
    name: str
    owned: bool  # a kind of network an estate owner has: scanned without --allow-public
    source: str


@lru_cache(maxsize=1)
def address_ranges() -> tuple[AddressRange, ...]:
    """The listed ranges, most specific first (Teredo 2001::/32 before IETF assignments 2001::/23)."""
    path = resources.files("camcensus.network").joinpath("data", "address_ranges.csv")
    with path.open(encoding="utf-8") as fh:
        rows = [
            AddressRange(
                ipaddress.ip_network(row["network"]), row["name"], row["owned"] == "yes", row["source"]
            )
            for row in csv.DictReader(fh)
        ]
    return tuple(sorted(rows, key=lambda r: -r.network.prefixlen))


def address_range(address: Address) -> AddressRange | None:
    """The most specific listed range holding the address (an IPv4-mapped IPv6 address: its IPv4 one's)."""
    address = _unmapped(address)
    return next(
        (r for r in address_ranges() if r.network.version == address.version and address in r.network), None
    )


def _unmapped(address: Address) -> Address:
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped if mapped is not None else address


def is_allowed_without_flag(address: Address) -> bool:
    """Private (RFC 1918, ULA), loopback and link-local addresses need no ``--allow-public``; nothing else
    does, however Python's ``is_private`` counts it (TEST-NET, 198.18.0.0/15, 240.0.0.0/4 and Teredo are
    "private" there)."""
    found = address_range(address)
    return found is not None and found.owned


def refusal(address: Address) -> str:
    """Why an address needs ``--allow-public``."""
    found = address_range(address)
    if found is None:
        return f"{address} is a public address"
    return (
        f"{address} is in {found.network}, {found.name} ({found.source}), not a private, loopback or "
        "link-local network"
    )


def parse_targets(
    items: Iterable[str], allow_public: bool = False, limit: int = MAX_ADDRESSES
) -> list[Address]:
    """Every address the targets name, in order and without duplicates."""
    seen: dict[Address, None] = {}
    for item in items:
        for text in _expand_files(item):
            for address in _addresses(text, limit):
                if address.is_multicast or address.is_unspecified:
                    raise TargetError(f"{text}: {address} is not a device address")
                if not allow_public and not is_allowed_without_flag(address):
                    raise TargetError(
                        f"{text}: {refusal(address)}; scan only networks you own, and pass --allow-public "
                        "to confirm"
                    )
                seen.setdefault(address, None)
                if len(seen) > limit:
                    raise TargetError(f"more than {limit} addresses; scan the estate in parts")
    if not seen:
        raise TargetError("no targets given")
    return list(seen)


def _expand_files(item: str) -> list[str]:
    text = item.strip()
    if not text:
        return []
    path = Path(text)
    if "/" in text and _looks_like_network(text):
        return [text]
    if path.is_file():
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise TargetError(f"{path}: cannot read targets file ({exc})") from exc
        out: list[str] = []
        for line in lines:
            bare = line.split("#", 1)[0].strip()
            out.extend(part for part in bare.replace(",", " ").split() if part)
        return out
    return [text]


def _looks_like_network(text: str) -> bool:
    try:
        ipaddress.ip_network(text, strict=False)
        return True
    except ValueError:
        return False


def _addresses(text: str, limit: int) -> Iterable[Address]:
    if "/" in text:
        try:
            network = ipaddress.ip_network(text, strict=False)
        except ValueError as exc:
            raise TargetError(f"{text}: not an address, range or CIDR network ({exc})") from exc
        if network.num_addresses > limit:
            raise TargetError(f"{text}: {network.num_addresses} addresses is more than {limit}")
        hosts = network.hosts() if network.num_addresses > 2 else iter(network)
        return [ipaddress.ip_address(int(h)) for h in hosts]
    if "-" in text:
        return _range(text, limit)
    try:
        return [ipaddress.ip_address(text)]
    except ValueError as exc:
        raise TargetError(f"{text}: not an address, range, CIDR network or readable file") from exc


def _range(text: str, limit: int) -> list[Address]:
    first_text, _, last_text = text.partition("-")
    try:
        first = ipaddress.ip_address(first_text.strip())
        last_part = last_text.strip()
        if last_part.isdigit() and first.version == 4:  # 10.0.0.5-40
            last_part = first_text.rsplit(".", 1)[0] + "." + last_part
        last = ipaddress.ip_address(last_part)
    except ValueError as exc:
        raise TargetError(f"{text}: not an address, range, CIDR network or readable file") from exc
    if first.version != last.version or int(last) < int(first):
        raise TargetError(f"{text}: the range runs backwards or mixes IPv4 and IPv6")
    if int(last) - int(first) + 1 > limit:
        raise TargetError(f"{text}: more than {limit} addresses")
    return [ipaddress.ip_address(i) for i in range(int(first), int(last) + 1)]
