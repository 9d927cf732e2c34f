"""Scan targets: exactly the addresses the user named, never anything else.

A target is an IPv4 or IPv6 address, a CIDR range (``10.1.2.0/24``), a range (``10.1.2.10-10.1.2.40``) or a
file with one target per line (``#`` comments). Public addresses (neither private, loopback nor link-local)
are refused unless ``allow_public`` is given; very large ranges are refused outright.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from pathlib import Path

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

#: The most addresses one scan may cover (a /16); larger estates are scanned in parts.
MAX_ADDRESSES = 65536


class TargetError(ValueError):
    """A target that cannot be parsed, is too large, or is public without ``allow_public``."""


def is_allowed_without_flag(address: Address) -> bool:
    """Private (RFC 1918, ULA), loopback and link-local addresses need no ``--allow-public``."""
    return bool(address.is_private or address.is_loopback or address.is_link_local)


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
                        f"{text}: {address} is a public address; scan only networks you own, and pass "
                        "--allow-public to confirm"
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
