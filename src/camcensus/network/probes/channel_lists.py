"""A recorder's channels as its vendor's API lists them (pure parsers; the calls are in ``recorder``).

Formats, as checked against public client code and device dumps:

- Hikvision ISAPI ``GET /ISAPI/ContentMgmt/InputProxy/channels``: ``<InputProxyChannelList>`` of
  ``<InputProxyChannel>`` with ``id``, ``name`` and ``sourceInputPortDescriptor`` (``proxyProtocol``,
  ``addressingFormatType``, ``ipAddress``, ``managePortNo``, ``srcInputPort``, ``userName``, and on newer
  firmware ``model``, ``serialNumber``, ``firmwareVersion``); the namespace is
  ``http://www.hikvision.com/ver20/XMLSchema`` or ``http://www.isapi.org/ver20/XMLSchema``, and a recorder
  with no IP cameras answers an empty list. Checked against maciej-or/hikvision_next ``isapi/isapi.py`` (its
  ``get_cameras``) and the recorder dumps in its ``tests/fixtures/devices`` (DS-7616NI-K2, DS-7608NXI-I2,
  iDS-7204HUHI-M1; commit f6dac0d).
- Hikvision ``GET /ISAPI/System/Video/inputs/channels``: ``<VideoInputChannelList>`` of
  ``<VideoInputChannel>`` with ``id``, ``inputPort``, ``videoInputEnabled``, ``name`` and ``resDesc`` (the
  signal's resolution, or ``NO VIDEO`` on an input with no camera); recorders without analogue inputs answer
  403 (same sources).
- Dahua ``GET /cgi-bin/configManager.cgi?action=getConfig&name=RemoteDevice``: ``key=value`` lines
  ``table.RemoteDevice.<uuid>.<Field>=`` (``uuid:System_CONFIG_NETCAMERA_INFO_<n>``, slot n is channel n+1) or
  ``table.RemoteDevice[<n>].<Field>=``, fields ``Address``, ``DeviceType``, ``Enable``, ``HttpPort``, ``Mac``,
  ``Name``, ``Port``, ``ProtocolType``, ``Vendor``, ``UserName``, ``Password``, ``VideoInputs[..]``; unused
  slots carry ``Address=192.168.0.0`` and ``Enable=false``. Checked against rroller/dahua's
  ``remote_device_model`` (measured on a DHI-NVR5464-16P-EI and a Lorex N843A8: generic ``DeviceType`` values
  such as ``IP Camera`` and ``IPC`` name no model) and public dumps of the table quoted in client code.
- Dahua ``GET /cgi-bin/magicBox.cgi?action=getProductDefinition&name=MaxRemoteInputChannels``:
  ``table.MaxRemoteInputChannels=<n>`` (tchellomello/python-amcrest ``video.py``
  ``video_max_remote_input_channels``; the Amcrest HTTP API 2.13 lists "Get max remote input channels", added
  in its version 2.01).

Only the fields named in ``Channel`` are kept: the RemoteDevice table also holds each camera's user name and
password, which are never read into a value, stored or shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

#: No recorder takes more: the largest listed take 256 IP channels (Hikvision DS-96256NI-I24); twice that is
#: a claim no real device makes, so a list or an announcement beyond it is refused, not counted.
MAX_CHANNELS = 512
#: ``DeviceType``/``model`` values that name a class of device rather than a model (rroller/dahua
#: ``GENERIC_DEVICE_TYPES``; Hikvision recorders answer ``IPC`` for some third-party cameras).
GENERIC_MODELS = frozenset({"", "ip camera", "ipc", "camera", "ip dome", "unknown", "onvif", "nvr"})
#: Addresses Dahua firmware writes in an unused RemoteDevice slot.
EMPTY_SLOT_ADDRESSES = frozenset({"", "0.0.0.0", "192.168.0.0"})  # noqa: S104 - data, nothing binds


class ChannelListError(ValueError):
    """An answer that cannot be read as a channel list; the message says why, for the scan's record."""


@dataclass(frozen=True)
class Channel:
    """One camera a recorder records: on an IP channel (with the address the recorder reaches it at) or an
    analogue input."""

    channel: int
    input: str  # ip | analogue
    address: str | None = None
    port: int | None = None
    model: str | None = None
    serial: str | None = None
    firmware: str | None = None
    protocol: str | None = None  # how the recorder talks to it: HIKVISION, ONVIF, Private, Dahua2 ...
    enabled: bool | None = None
    vendor: str | None = None  # resolved from the model or protocol (``camcensus.network.recorders``)
    brand: str | None = None
    seen_at: str | None = None  # the address of the same camera where the scan found it directly

    def as_dict(self) -> dict[str, Any]:
        """The channel as ``discover --json`` writes it."""
        return {
            "channel": self.channel,
            "input": self.input,
            "address": self.address,
            "port": self.port,
            "model": self.model,
            "vendor": self.vendor,
            "brand": self.brand,
            "serial": self.serial,
            "firmware": self.firmware,
            "protocol": self.protocol,
            "enabled": self.enabled,
            "seen_at": self.seen_at,
        }


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: Element, name: str) -> Element | None:
    return next((c for c in element if _local(c.tag) == name), None)


def _text(element: Element | None, name: str) -> str | None:
    found = _child(element, name) if element is not None else None
    value = (found.text or "").strip() if found is not None else ""
    return value or None


def _int(text: str | None) -> int | None:
    return int(text) if text and text.strip().isdigit() else None


def _bool(text: str | None) -> bool | None:
    value = (text or "").strip().lower()
    return True if value == "true" else False if value == "false" else None


def model_name(text: str | None) -> str | None:
    """A model number, or None for a value that only names a class of device."""
    value = (text or "").strip()
    return None if value.lower() in GENERIC_MODELS else value


def read_xml(text: str, root: str) -> Element:
    """The document's root element, which must be ``root``; entity and DTD declarations are refused (the
    billion-laughs and external-entity attacks), as is anything that is not well-formed XML."""
    try:
        element = fromstring(text, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise ChannelListError(f"XML refused: {type(exc).__name__} (DTD or entity declarations)") from exc
    except ParseError as exc:
        raise ChannelListError(f"not well-formed XML: {exc}") from exc
    if _local(element.tag) != root:
        raise ChannelListError(f"XML root is <{_local(element.tag)}>, not <{root}>")
    return element


def _items(root: Element, name: str) -> list[Element]:
    items = [c for c in root if _local(c.tag) == name]
    if len(items) > MAX_CHANNELS:
        raise ChannelListError(f"lists {len(items)} channels, more than a recorder has ({MAX_CHANNELS})")
    return items


def parse_input_proxy(text: str) -> list[Channel]:
    """IP channels from ``/ISAPI/ContentMgmt/InputProxy/channels``."""
    channels = []
    for item in _items(read_xml(text, "InputProxyChannelList"), "InputProxyChannel"):
        number = _int(_text(item, "id"))
        source = _child(item, "sourceInputPortDescriptor")
        if number is None or source is None:
            continue
        channels.append(
            Channel(
                channel=number,
                input="ip",
                address=_text(source, "ipAddress") or _text(source, "hostName"),
                port=_int(_text(source, "managePortNo")),
                model=model_name(_text(source, "model")),
                serial=_text(source, "serialNumber"),
                firmware=_text(source, "firmwareVersion"),
                protocol=_text(source, "proxyProtocol"),
                enabled=True,  # a proxy channel exists only while configured
            )
        )
    return channels


def parse_video_inputs(text: str) -> tuple[list[Channel], int]:
    """Analogue inputs with a camera on them from ``/ISAPI/System/Video/inputs/channels``, and how many inputs
    carry no video (``resDesc`` ``NO VIDEO``: nothing is connected, or it is dead)."""
    channels, empty = [], 0
    for item in _items(read_xml(text, "VideoInputChannelList"), "VideoInputChannel"):
        number = _int(_text(item, "id"))
        if number is None:
            continue
        if (_text(item, "resDesc") or "").upper() == "NO VIDEO":
            empty += 1
            continue
        channels.append(
            Channel(channel=number, input="analogue", enabled=_bool(_text(item, "videoInputEnabled")))
        )
    return channels, empty


_REMOTE_LINE = re.compile(r"^table\.RemoteDevice(?:\[(\d+)\]|\.([^.=\[\]]+))\.([A-Za-z0-9_]+)=(.*)$")
_SLOT_NUMBER = re.compile(r"_(\d+)$")
_KEPT = frozenset({"Address", "DeviceType", "Enable", "Port", "SerialNo", "ProtocolType", "Vendor"})


def _remote_slots(text: str) -> dict[str, dict[str, str]]:
    slots: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        m = _REMOTE_LINE.match(line.strip())
        if not m:
            continue
        slot = m.group(1) if m.group(1) is not None else m.group(2)
        if slot not in slots and len(slots) >= MAX_CHANNELS:
            raise ChannelListError(f"lists more than {MAX_CHANNELS} remote devices, more than a recorder has")
        fields = slots.setdefault(slot, {})
        if m.group(3) in _KEPT:  # never Password or UserName
            fields[m.group(3)] = m.group(4).strip()
    return slots


def _slot_channel(slot: str, order: int) -> int:
    if slot.isdigit():
        return int(slot) + 1
    m = _SLOT_NUMBER.search(slot)
    return int(m.group(1)) + 1 if m else order + 1


def parse_remote_devices(text: str) -> list[Channel]:
    """IP channels from Dahua's RemoteDevice table; unused slots are left out."""
    slots = _remote_slots(text)
    if not slots and text.strip():
        raise ChannelListError("the answer holds no table.RemoteDevice entries")
    channels = []
    for order, (slot, fields) in enumerate(slots.items()):
        address = fields.get("Address", "")
        if address in EMPTY_SLOT_ADDRESSES:
            continue
        channels.append(
            Channel(
                channel=_slot_channel(slot, order),
                input="ip",
                address=address,
                port=_int(fields.get("Port")),
                model=model_name(fields.get("DeviceType")),
                serial=fields.get("SerialNo") or None,
                protocol=fields.get("ProtocolType") or fields.get("Vendor") or None,
                enabled=_bool(fields.get("Enable")),
            )
        )
    return sorted(channels, key=lambda c: c.channel)


def parse_remote_input_limit(text: str) -> int:
    """``table.MaxRemoteInputChannels=<n>`` from magicBox ``getProductDefinition``."""
    for line in text.splitlines():
        key, eq, value = line.strip().partition("=")
        if eq and key.strip().endswith("MaxRemoteInputChannels"):
            number = _int(value.strip())
            if number is None:
                break
            return checked_limit(number, "MaxRemoteInputChannels")
    raise ChannelListError("the answer holds no MaxRemoteInputChannels value")


def checked_limit(number: int, what: str) -> int:
    if number > MAX_CHANNELS:
        raise ChannelListError(f"{what} claims {number} channels, more than a recorder has ({MAX_CHANNELS})")
    return number
