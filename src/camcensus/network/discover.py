"""Discovery: every target's open ports, then the probes those ports call for, then one report per device.

Per host: a TCP connect to each port (closed ports cost one round trip); if any is open, the UDP discovery
probes and the banner probes for the open ports run concurrently; vendor pages and, with the owner's
credentials, device-information calls follow where the banners pointed, and a recorder's channel list after
them. A global rate limit spaces new connections and datagrams; a per-host cap bounds concurrent connections
to one device. Once every host is done, recorder channels are matched to the cameras found directly.

The LAN protocols are asked only when the user opts in: SNMP v2c with the owner's community
(``snmp_community``), UPnP/SSDP (``upnp``) and mDNS/DNS-SD (``mdns``), each unicast to the host.

With ``multicast`` (an interface the user names), the discovery protocols go to their multicast groups on that
interface instead of to each host (``probes.multicast``), heard while the hosts' ports are being tried; each
host's report waits for the listening window to end.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from camcensus.knowledge.vendors import STATUS_THRESHOLD, resolve_brand
from camcensus.network.identify import DeviceReport, identify
from camcensus.network.neighbours import PROC_ARP, neighbour_table
from camcensus.network.probes import (
    binary,
    credentialed,
    discovery,
    http,
    mdns,
    multicast,
    onvif_network,
    rtsp,
    snmp,
    upnp,
)
from camcensus.network.probes.base import Credentials, Limiter, Observation, ProbeContext, try_open
from camcensus.network.probes.recorder import CHANNEL_LISTS, ChannelListing
from camcensus.network.recorders import attach_channels, link_channels
from camcensus.network.targets import Address, parse_targets

DEFAULT_PORTS = (80, 443, 554, 8000, 8080, 8443, 37777)
HTTP_PORTS = frozenset({80, 81, 88, 8080, 8081, 8888})
HTTPS_PORTS = frozenset({443, 8443})
RTSP_PORTS = frozenset({554, 8554})
HIK_SDK_PORT = 8000
DVRIP_PORT = 37777
UDP_PROTOCOLS = ("sadp", "dhdiscover", "wsd")
WEB_PROBES = ("http", "onvif", "tls", "favicon")


@dataclass(frozen=True)
class DiscoverOptions:
    ports: tuple[int, ...] = DEFAULT_PORTS
    credentials: Credentials | None = None
    allow_basic: bool = False  # answer a Basic-only challenge with the credentials (never by default)
    rate: float = 1000.0  # new connections and datagrams per second, all hosts together
    per_host: int = 4
    timeout: float = 2.0
    concurrency: int = 256  # hosts in flight at once
    udp: bool = True
    multicast: str | None = None  # the interface (name or IPv4 address) to probe the discovery groups on
    include_other: bool = False  # also report hosts that are not video devices
    snmp_community: str | None = field(default=None, repr=False)  # SNMP v2c GET with it (never by default)
    upnp: bool = False  # SSDP M-SEARCH and the device description it names
    mdns: bool = False  # a DNS-SD query to the host's port 5353
    arp_path: Path | None = PROC_ARP


def discover(
    targets: Iterable[str | Address],
    options: DiscoverOptions | None = None,
    allow_public: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> list[DeviceReport]:
    """Identify the video devices among ``targets`` (addresses, CIDR ranges, files of them)."""
    addresses = parse_targets([str(t) for t in targets], allow_public=allow_public)
    return asyncio.run(discover_addresses(addresses, options or DiscoverOptions(), progress))


async def discover_addresses(
    addresses: Sequence[Address],
    options: DiscoverOptions,
    progress: Callable[[int, int], None] | None = None,
    heard: Callable[[multicast.Heard], None] | None = None,
) -> list[DeviceReport]:
    """The reports of ``addresses``; ``heard`` is given what the multicast groups brought back, if asked."""
    ctx = ProbeContext(
        Limiter(options.rate, options.per_host),
        options.timeout,
        options.credentials,
        allow_basic=options.allow_basic,
    )
    macs = neighbour_table(options.arp_path) if options.arp_path else {}
    listening: asyncio.Task[multicast.Heard] | None = None
    if options.multicast:
        iface = multicast.resolve_interface(options.multicast)
        allowed = {str(a) for a in addresses}
        groups = multicast.VENDOR_PROTOCOLS + ("ssdp",) * options.upnp + ("mdns",) * options.mdns
        listening = asyncio.create_task(multicast.listen(ctx, iface, allowed.__contains__, groups))
    gate = asyncio.Semaphore(options.concurrency)
    done = 0

    async def one(address: Address) -> DeviceReport | None:
        nonlocal done
        async with gate:
            report = await scan_host(ctx, str(address), options, macs.get(str(address)), listening)
        done += 1
        if progress:
            progress(done, len(addresses))
        return report

    reports = [r for r in await asyncio.gather(*(one(a) for a in addresses)) if r is not None]
    if listening is not None:
        result = await listening
        if heard is not None:
            heard(result)
    link_channels(reports)
    return [r for r in reports if options.include_other or r.is_video_device]


async def scan_host(
    ctx: ProbeContext,
    host: str,
    options: DiscoverOptions,
    mac: str | None = None,
    listening: Awaitable[multicast.Heard] | None = None,
) -> DeviceReport | None:
    results = await asyncio.gather(*(_port(ctx, host, port) for port in options.ports))
    heard = (await listening).observations.get(host) if listening is not None else None
    open_ports = [port for port, result in zip(options.ports, results, strict=True) if result is not None]
    if not open_ports and not heard:
        return None
    found = [r for r in results if r is not None]
    if options.udp and not options.multicast:
        found += await asyncio.gather(*(_udp(ctx, host, protocol) for protocol in UDP_PROTOCOLS))
    found += await asyncio.gather(*_lan(ctx, host, options))
    if options.upnp and heard and not any(o.probe == "upnp" for seen, _ in found for o in seen):
        location = upnp.heard_location(heard)  # a device that answered the group only
        found.append((await upnp.describe(ctx, host, location) if location else [], None))
    observations: list[Observation] = list(heard or [])
    services = sorted({f"udp/{o.port} {o.probe} (multicast)" for o in heard or ()})
    for seen, summary in found:
        observations += seen
        if summary:
            services.append(summary)
    observations += await _follow_up(ctx, host, open_ports, observations)
    report = identify(host, observations, services, mac)
    listing = await _channel_list(ctx, host, open_ports, observations, report.vendor, report.kind)
    attach_channels(report, observations, listing)
    _note_basic(ctx, host, report)
    return report


async def _udp(ctx: ProbeContext, host: str, protocol: str) -> tuple[list[Observation], str | None]:
    found = await discovery.probe_udp(ctx, host, protocol)
    return found, (f"udp/{found[0].port} {protocol}" if found else None)


def _lan(
    ctx: ProbeContext, host: str, options: DiscoverOptions
) -> list[Awaitable[tuple[list[Observation], str | None]]]:
    """The LAN protocols the user asked for, unicast to ``host``."""
    calls: list[Awaitable[tuple[list[Observation], str | None]]] = []
    if options.snmp_community:
        calls.append(_named(snmp.probe_snmp(ctx, host, options.snmp_community), f"udp/{snmp.SNMP_PORT} snmp"))
    if options.upnp:
        calls.append(_named(upnp.probe_upnp(ctx, host), f"udp/{upnp.SSDP_PORT} ssdp"))
    if options.mdns:
        calls.append(_named(mdns.probe_mdns(ctx, host), f"udp/{mdns.MDNS_PORT} mdns"))
    return calls


async def _named(call: Awaitable[list[Observation]], summary: str) -> tuple[list[Observation], str | None]:
    found = await call
    return found, (summary if found else None)


async def _port(ctx: ProbeContext, host: str, port: int) -> tuple[list[Observation], str | None] | None:
    """None when the port is closed; else what its probes found (the first reuses the connection)."""
    conn = await try_open(ctx, host, port)
    if conn is None:
        return None
    if port in RTSP_PORTS:
        found, summary = await rtsp.probe_rtsp(ctx, host, port, conn)
        return found, f"{port}/rtsp: {summary}" if summary else None
    if port == HIK_SDK_PORT:
        sdk = await binary.probe_hik_sdk(ctx, host, port, conn)
        if sdk:
            return sdk, f"{port}/hik-sdk"
        conn = None
    elif port == DVRIP_PORT:
        dvrip = await binary.probe_dvrip(ctx, host, port, conn)
        return dvrip, f"{port}/dvrip" if dvrip else None
    tls = port in HTTPS_PORTS
    if tls and conn is not None:
        await conn.close()  # the banner needs a TLS connection
        conn = None
    found, summary = await http.probe_http(ctx, host, port, tls, conn)
    if summary is None and not tls and port not in HTTP_PORTS:
        found, summary = await http.probe_http(ctx, host, port, True)
        tls = True
    return found, f"{port}/{'https' if tls else 'http'}: {summary}" if summary else None


def _web_ports(observations: list[Observation], open_ports: list[int]) -> list[tuple[int, bool]]:
    seen = {o.port for o in observations if o.probe in WEB_PROBES and o.port is not None}
    ports = [p for p in open_ports if p in seen] or [p for p in open_ports if p in HTTP_PORTS | HTTPS_PORTS]
    return [(p, p in HTTPS_PORTS) for p in ports[:1]]


async def _follow_up(
    ctx: ProbeContext, host: str, open_ports: list[int], observations: list[Observation]
) -> list[Observation]:
    """Vendor device-information calls on the main web port, for the vendors the banners named (or that the
    maker an ONVIF or WS-Discovery answer gives resolves to); ONVIF GetNetworkInterfaces where
    GetDeviceInformation answered."""
    named = {o.vendor for o in observations if o.vendor and o.confidence >= 0.5}
    for o in observations:
        match = resolve_brand(o.brand) if o.brand and not o.vendor else None
        if match is not None and match.confidence >= STATUS_THRESHOLD:
            named.add(match.vendor)
    calls = []
    for port, tls in _web_ports(observations, open_ports):
        calls += [
            probe(ctx, host, port, tls) for name, probe in credentialed.DEVICE_INFO.items() if name in named
        ]
    for onvif in onvif_network.answered(observations)[:1]:  # its MAC, from a service that already answered
        tls = onvif.port in HTTPS_PORTS
        calls.append(onvif_network.probe_interfaces(ctx, host, int(onvif.port or 80), tls, onvif.rank == 3))
    results = await asyncio.gather(*calls)
    return [o for found in results for o in found]


async def _channel_list(
    ctx: ProbeContext,
    host: str,
    open_ports: list[int],
    observations: list[Observation],
    vendor: str | None,
    kind: str | None,
) -> ChannelListing | None:
    """A recorder's channels through its maker's API, with the owner's credentials (None otherwise)."""
    probe = CHANNEL_LISTS.get(vendor or "")
    if ctx.credentials is None or kind != "recorder" or probe is None:
        return None
    ports = _web_ports(observations, open_ports)
    return await probe(ctx, host, *ports[0]) if ports else None


def _note_basic(ctx: ProbeContext, host: str, report: DeviceReport) -> None:
    """Say where the password went by Basic authentication (over plain HTTP, as a warning), and where a device
    asked for Basic only and was not answered."""
    for sent_host, port, tls in sorted(ctx.shared.get("basic", ())):
        if sent_host != host:
            continue
        where = f"{'HTTPS' if tls else 'plain HTTP'} port {port}"
        report.evidence.append(
            {
                "probe": "auth",
                "port": port,
                "scheme": "basic",
                "tls": tls,
                "detail": f"Basic authentication answered over {where}",
            }
        )
        if not tls:
            report.warnings.append(
                f"the password was sent by Basic authentication over plain HTTP to port {port}, readable "
                "by anyone on the path (--allow-basic)"
            )
    for declined_host, port, _ in sorted(ctx.shared.get("basic_declined", ())):
        if declined_host == host:
            report.errors.append(
                {
                    "probe": "auth",
                    "port": port,
                    "error": "asks for Basic authentication only: the credentials were not sent "
                    "(--allow-basic sends them)",
                }
            )
