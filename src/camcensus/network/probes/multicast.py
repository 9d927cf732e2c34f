"""Multicast discovery that hears the answers: on one interface the user names, join the vendors' discovery
groups, send each protocol's probe there, and listen on the protocols' ports for the replies.

- Hikvision SADP: probe and replies on 239.255.255.250:37020. Devices may answer to the group rather than to
  the sender, so a client must join the group and listen on the port (julienblitte/UniversalScanner
  ``Hikvision.cs`` and ``ScanEngine.listenMulticast``; MatrixEditor/hiktools ``SADPClient``, bound to 37020).
- Dahua DHDiscover: 239.255.255.251:37810, the same way (UniversalScanner ``Dahua2.cs``).
- ONVIF WS-Discovery: a ``Probe`` to 239.255.255.250:3702; ``ProbeMatches`` come back unicast to the sender
  (WS-Discovery 1.0 section 5.3), and a device joining the network announces itself with ``Hello`` to the
  group (section 4.1), which the listener hears too.

- With ``--upnp`` and ``--mdns``: an SSDP ``M-SEARCH`` to 239.255.255.250:1900 (answers unicast to the sender,
  UPnP Device Architecture 1.1 section 1.3.3; ``NOTIFY ssdp:alive`` to the group) and a DNS-SD query to
  224.0.0.251:5353 (answered by unicast to a sender on an ordinary port, RFC 6762 section 6.7), read by
  ``upnp.parse_heard`` and ``mdns.parse_heard``.

Sent with a time-to-live of 1 (the local link), from the interface's own address, and never looped back to
this host. Only answers from the addresses the user gave are kept; the others are counted and named, never
contacted. The replies are read by ``discovery.parse_sadp``, ``parse_dhdiscover`` and ``parse_wsd``.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import ipaddress
import socket
import struct
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from camcensus.network.probes import discovery, mdns, upnp
from camcensus.network.probes.base import Observation, ProbeContext

#: protocol: (group, port, the request, the reader of a reply)
GROUPS: dict[str, tuple[str, int, Callable[[], bytes], Callable[[bytes, int], list[Observation]]]] = {
    "sadp": (discovery.SADP_GROUP, discovery.SADP_PORT, discovery.sadp_request, discovery.parse_sadp),
    "dhdiscover": (
        discovery.DHDISCOVER_GROUP,
        discovery.DHDISCOVER_PORT,
        discovery.dhdiscover_request,
        discovery.parse_dhdiscover,
    ),
    "wsd": (discovery.WSD_GROUP, discovery.WSD_PORT, discovery.wsd_request, discovery.parse_wsd),
    "ssdp": (upnp.SSDP_GROUP, upnp.SSDP_PORT, upnp.group_msearch, upnp.parse_heard),
    "mdns": (mdns.MDNS_GROUP, mdns.MDNS_PORT, mdns.group_query, mdns.parse_heard),
}
#: sent on every multicast scan; SSDP and mDNS only when asked for (``--upnp``, ``--mdns``)
VENDOR_PROTOCOLS = ("sadp", "dhdiscover", "wsd")
_SIOCGIFADDR = 0x8915  # Linux: an interface's IPv4 address


class MulticastError(ValueError):
    """The interface named for multicast discovery does not exist or has no IPv4 address."""


@dataclass(frozen=True)
class Interface:
    name: str  # as the user gave it: an interface name, or one of this host's IPv4 addresses
    address: str  # its IPv4 address: the source of the probes and the interface of the group memberships
    index: int | None = None  # its index, when named


@dataclass
class Heard:
    """What the groups and the probes' own sockets brought back within the listening window."""

    observations: dict[str, list[Observation]] = field(default_factory=dict)
    outside: set[str] = field(default_factory=set)  # answered, but not among the targets: never contacted
    notes: list[str] = field(default_factory=list)  # a port that could not be listened on, and why


def resolve_interface(name: str) -> Interface:
    """An interface by name (``eth0``) or by one of its IPv4 addresses (``10.0.4.2``)."""
    try:
        address = ipaddress.IPv4Address(name)
    except ValueError:
        pass
    else:
        probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            probe.bind((str(address), 0))
        except OSError as exc:
            raise MulticastError(f"{name} is not an address of this host's interfaces") from exc
        finally:
            probe.close()
        return Interface(name, str(address))
    try:
        index = socket.if_nametoindex(name)
    except OSError as exc:
        raise MulticastError(f"no network interface named {name!r}") from exc
    if not sys.platform.startswith("linux"):
        raise MulticastError(f"give the IPv4 address of {name} rather than its name on this system")
    import fcntl  # Unix only, and only needed here

    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        packed = fcntl.ioctl(probe.fileno(), _SIOCGIFADDR, struct.pack("256s", name.encode()[:15]))
    except OSError as exc:
        raise MulticastError(f"interface {name} has no IPv4 address") from exc
    finally:
        probe.close()
    return Interface(name, socket.inet_ntoa(packed[20:24]), index)


def _group_socket(group: str, port: int, iface: Interface) -> socket.socket:
    """Bound to the group and port beside any other listener, a member of the group on ``iface`` only."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if hasattr(socket, "SO_REUSEPORT"):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        if iface.index is not None and hasattr(socket, "SO_BINDTODEVICE"):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, iface.name.encode())
        sock.bind((group, port))
        member = socket.inet_aton(group) + socket.inet_aton(iface.address)
        sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, member)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def _sender_socket(iface: Interface) -> socket.socket:
    """Sends to the groups from the interface's address (link-local TTL, not looped back to this host); hears
    the unicast answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
        sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 0)
        sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(iface.address))
        sock.bind((iface.address, 0))
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


class _Inbox(asyncio.DatagramProtocol):
    def __init__(self, protocol: str, how: str, put: Callable[[str, str, bytes, str], None]) -> None:
        self.protocol, self.how, self.put = protocol, how, put

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.put(self.protocol, self.how, data, addr[0])

    def error_received(self, exc: Exception) -> None:  # an ICMP error for a datagram: nothing to hear
        pass


_Sender = tuple[asyncio.DatagramTransport, str, int, Callable[[], bytes]]


async def _open(
    iface: Interface,
    protocols: tuple[str, ...],
    put: Callable[[str, str, bytes, str], None],
    heard: Heard,
) -> tuple[list[asyncio.BaseTransport], list[_Sender]]:
    """Each protocol's group listener (if its port can be shared) and its sender."""
    loop = asyncio.get_running_loop()
    transports: list[asyncio.BaseTransport] = []
    senders: list[_Sender] = []
    try:
        for protocol in protocols:
            group, port, request, _ = GROUPS[protocol]
            where = f"{group}:{port} via {iface.name}"
            try:
                sock = _group_socket(group, port, iface)
            except OSError as exc:
                reason = exc.strerror or exc
                heard.notes.append(f"could not listen on {where} ({reason}): unicast answers only")
            else:
                listener, _ = await loop.create_datagram_endpoint(
                    functools.partial(_Inbox, protocol, f"heard on {where}", put), sock=sock
                )
                transports.append(listener)
            out, _ = await loop.create_datagram_endpoint(
                functools.partial(_Inbox, protocol, f"answer to the probe sent to {where}", put),
                sock=_sender_socket(iface),
            )
            transports.append(out)
            senders.append((out, group, port, request))
    except BaseException:
        for transport in transports:
            transport.close()
        raise
    return transports, senders


async def listen(
    ctx: ProbeContext,
    iface: Interface,
    allowed: Callable[[str], bool],
    protocols: tuple[str, ...] = VENDOR_PROTOCOLS,
) -> Heard:
    """Probe every protocol's group on ``iface`` and listen for ``ctx.timeout`` seconds (each probe sent
    twice, as UDP may be lost); one reply per protocol and address is read."""
    heard = Heard()
    seen: set[tuple[str, str]] = set()

    def put(protocol: str, how: str, data: bytes, source: str) -> None:
        if (protocol, source) in seen:
            return
        found = GROUPS[protocol][3](data, GROUPS[protocol][1])
        if not found:
            return  # our own probe, another client's, or something unreadable
        seen.add((protocol, source))
        if not allowed(source):
            heard.outside.add(source)
            return
        heard.observations.setdefault(source, []).extend(
            dataclasses.replace(o, detail=f"{o.detail} [{how}]") for o in found
        )

    transports, senders = await _open(iface, protocols, put, heard)
    try:
        for _ in range(2):
            for out, group, port, request in senders:
                await ctx.limiter.token()
                with contextlib.suppress(OSError):
                    out.sendto(request(), (group, port))
            await asyncio.sleep(ctx.timeout / 2)
    finally:
        for transport in transports:
            transport.close()
    return heard
