"""A recorder's channels, asked with the estate owner's credentials (read-only GETs; formats and their sources
in ``channel_lists``):

- Hikvision: ``/ISAPI/ContentMgmt/InputProxy/channels`` (IP cameras) and
  ``/ISAPI/System/Video/inputs/channels`` (analogue inputs).
- Dahua: ``/cgi-bin/configManager.cgi?action=getConfig&name=RemoteDevice`` (IP cameras) and
  ``/cgi-bin/magicBox.cgi?action=getProductDefinition&name=MaxRemoteInputChannels`` (how many it takes).

An answer that is too long, of the wrong type, not well-formed, or that claims more channels than any recorder
has is not read: the listing records why, and the scan goes on. The addresses a recorder lists are recorded,
never contacted.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from camcensus.network.probes.base import MAX_READ, ProbeContext
from camcensus.network.probes.channel_lists import (
    Channel,
    ChannelListError,
    parse_input_proxy,
    parse_remote_devices,
    parse_remote_input_limit,
    parse_video_inputs,
)
from camcensus.network.probes.httpclient import authed_request, offers_only_basic

HIK_IP_CHANNELS = "/ISAPI/ContentMgmt/InputProxy/channels"
HIK_ANALOGUE_INPUTS = "/ISAPI/System/Video/inputs/channels"
DAHUA_REMOTE_DEVICES = "/cgi-bin/configManager.cgi?action=getConfig&name=RemoteDevice"
DAHUA_REMOTE_LIMIT = "/cgi-bin/magicBox.cgi?action=getProductDefinition&name=MaxRemoteInputChannels"
XML_TYPES = ("application/xml", "text/xml")
TEXT_TYPES = ("text/plain",)


@dataclass
class ChannelListing:
    """What one recorder said about its channels, and what could not be read."""

    api: str  # isapi | dahua-cgi
    port: int
    channels: list[Channel] = field(default_factory=list)
    limit: int | None = None  # how many IP channels it says it takes (Dahua), an upper bound
    empty_inputs: int = 0  # analogue inputs with no video
    notes: list[str] = field(default_factory=list)  # each path and what came of it, and remarks
    errors: list[str] = field(default_factory=list)


async def _answer(
    ctx: ProbeContext,
    host: str,
    port: int,
    tls: bool,
    path: str,
    types: tuple[str, ...],
    listing: ChannelListing,
) -> str | None:
    """The answer's text; None (with the reason recorded) when there is nothing to read."""
    response = await authed_request(ctx, host, port, path, tls=tls)
    problem = None
    if response is None:
        problem = "no answer"
    elif response.status in (403, 404):
        listing.notes.append(f"{path}: HTTP {response.status} (not offered)")
        return None
    elif response.status != 200:
        problem = f"HTTP {response.status}"
        if response.status == 401:
            basic = offers_only_basic(response) and not ctx.allow_basic
            problem += " (Basic authentication only: not answered)" if basic else " (credentials refused)"
    elif not response.complete:
        problem = f"answer longer than {MAX_READ // 1024} KiB, not read"
    else:
        ctype = (response.header("Content-Type") or "").split(";")[0].strip().lower()
        if ctype and ctype not in types:
            problem = f"answered {ctype!r}, not {' or '.join(types)}"
    if problem or response is None:
        listing.errors.append(f"{path}: {problem}")
        return None
    listing.notes.append(f"{path}: HTTP 200")
    return response.text


Reader = Callable[[ChannelListing, str], None]


def _read_ip_channels(listing: ChannelListing, text: str) -> None:
    listing.channels += parse_input_proxy(text)


def _read_analogue_inputs(listing: ChannelListing, text: str) -> None:
    channels, listing.empty_inputs = parse_video_inputs(text)
    listing.channels[:0] = channels


def _read_remote_devices(listing: ChannelListing, text: str) -> None:
    listing.channels += parse_remote_devices(text)


def _read_remote_limit(listing: ChannelListing, text: str) -> None:
    listing.limit = parse_remote_input_limit(text)


async def _listing(
    ctx: ProbeContext,
    host: str,
    port: int,
    tls: bool,
    api: str,
    calls: tuple[tuple[str, tuple[str, ...], Reader], ...],
) -> ChannelListing:
    """Ask each path at once, then read each answer in turn; an answer that cannot be read is an error."""
    listing = ChannelListing(api, port)
    texts = await asyncio.gather(
        *(_answer(ctx, host, port, tls, path, types, listing) for path, types, _ in calls)
    )
    for (path, _, read), text in zip(calls, texts, strict=True):
        if text is None:
            continue
        try:
            read(listing, text)
        except ChannelListError as exc:
            listing.errors.append(f"{path}: {exc}")
    return listing


async def hikvision_channels(ctx: ProbeContext, host: str, port: int, tls: bool) -> ChannelListing:
    calls = (
        (HIK_IP_CHANNELS, XML_TYPES, _read_ip_channels),
        (HIK_ANALOGUE_INPUTS, XML_TYPES, _read_analogue_inputs),
    )
    return await _listing(ctx, host, port, tls, "isapi", calls)


async def dahua_channels(ctx: ProbeContext, host: str, port: int, tls: bool) -> ChannelListing:
    calls = (
        (DAHUA_REMOTE_DEVICES, TEXT_TYPES, _read_remote_devices),
        (DAHUA_REMOTE_LIMIT, TEXT_TYPES, _read_remote_limit),
    )
    listing = await _listing(ctx, host, port, tls, "dahua-cgi", calls)
    if listing.limit is not None and len(listing.channels) > listing.limit:
        listing.notes.append(
            f"lists {len(listing.channels)} IP channels but says it takes {listing.limit}; the list is kept"
        )
    return listing


#: The channel calls of each recorder maker, by the vendor the device's answers named.
CHANNEL_LISTS: dict[str, Callable[[ProbeContext, str, int, bool], Awaitable[ChannelListing]]] = {
    "Hikvision": hikvision_channels,
    "Dahua": dahua_channels,
}
