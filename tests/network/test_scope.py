"""Discovery scans only the owner's kinds of network unless told otherwise: documentation, benchmarking,
reserved, shared (CGNAT) and tunnelling ranges are refused without --allow-public, however Python's
``ipaddress`` classes them, and the refusal comes before any socket is opened."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

from camcensus.network.discover import DiscoverOptions, discover
from camcensus.network.targets import TargetError, address_ranges, parse_targets

REFUSED = {
    "192.0.2.1": "192.0.2.0/24, TEST-NET-1",
    "198.51.100.7": "198.51.100.0/24, TEST-NET-2",
    "203.0.113.9": "203.0.113.0/24, TEST-NET-3",
    "198.18.0.1": "198.18.0.0/15, network benchmarking",
    "198.19.255.254": "198.18.0.0/15, network benchmarking",
    "240.0.0.1": "240.0.0.0/4, reserved for future use",
    "255.255.255.255": "255.255.255.255/32, limited broadcast",
    "100.64.0.1": "100.64.0.0/10, shared address space",
    "192.0.0.8": "192.0.0.0/24, IETF protocol assignments",
    "0.1.2.3": "0.0.0.0/8",
    "2001:0:53aa:64c::1": "2001::/32, Teredo tunnelling",
    "2001:db8::1": "2001:db8::/32, documentation",
    "2001:2::5": "2001:2::/48, network benchmarking",
    "2002:c000:201::1": "2002::/16, 6to4 tunnelling",
    "64:ff9b::808:808": "64:ff9b::/96, IPv4/IPv6 translation",
    "fec0::1": "fec0::/10, site-local",
    "::ffff:192.0.2.1": "192.0.2.0/24, TEST-NET-1",  # IPv4-mapped: judged by the IPv4 address inside
    "8.8.8.8": "public address",
    "::ffff:8.8.8.8": "public address",
}
OWNED = ["10.1.2.3", "172.31.0.9", "192.168.7.1", "127.0.0.1", "169.254.3.4", "::1", "fd12::1", "fe80::1"]


class NoSockets(socket.socket):
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("a socket was opened for a target that should have been refused")


@pytest.mark.parametrize("target, why", REFUSED.items())
def test_special_ranges_are_refused_before_any_socket_is_opened(monkeypatch, target: str, why: str) -> None:
    monkeypatch.setattr(socket, "socket", NoSockets)
    with pytest.raises(TargetError, match="pass --allow-public to confirm") as refused:
        discover([target], DiscoverOptions(timeout=0.1, arp_path=None))
    assert why in str(refused.value)


def test_the_owners_networks_need_no_flag_and_the_flag_lets_the_rest_through() -> None:
    assert [str(a) for a in parse_targets(OWNED)] == OWNED
    assert parse_targets(["::ffff:10.0.0.1"]) == [ipaddress.ip_address("::ffff:10.0.0.1")]
    assert len(parse_targets(list(REFUSED), allow_public=True)) == len(REFUSED)
    for multicast in ("224.0.0.251", "ff02::1", "::"):
        with pytest.raises(TargetError, match="not a device address"):
            parse_targets([multicast], allow_public=True)


def test_every_listed_range_has_a_source_and_python_alone_would_have_let_them_through() -> None:
    ranges = address_ranges()
    assert all(r.source and r.name for r in ranges)
    assert {str(r.network) for r in ranges if r.owned} == {
        "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16", "::1/128",
        "fc00::/7", "fe80::/10",
    }  # fmt: skip
    private_to_python = [t for t in REFUSED if ipaddress.ip_address(t).is_private]
    assert {"192.0.2.1", "198.18.0.1", "240.0.0.1", "2001:db8::1"} <= set(private_to_python)


def test_the_command_refuses_and_creates_nothing(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    proc = run_cli("discover", "198.18.0.0/24", db=str(db), check=False)
    assert proc.returncode != 0 and "network benchmarking" in proc.stderr and "--allow-public" in proc.stderr
    assert not db.exists()
