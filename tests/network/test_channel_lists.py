"""Recorder channel lists, read from answers shaped like real devices' (fixtures/recorders/README.md), and
the hostile answers a broken or malicious recorder could give: each refused with a reason, none counted."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.network import fleet, recorders

from camcensus.network.identify import DeviceReport
from camcensus.network.probes.base import Observation
from camcensus.network.probes.channel_lists import (
    MAX_CHANNELS,
    Channel,
    ChannelListError,
    parse_input_proxy,
    parse_remote_devices,
    parse_remote_input_limit,
    parse_video_inputs,
)
from camcensus.network.probes.discovery import parse_dhdiscover, parse_sadp
from camcensus.network.recorders import attach_channels, link_channels, resolve_channel

FIXTURES = Path(__file__).parent / "fixtures" / "recorders"


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_hikvision_ip_channels_from_a_recorder_dump():
    channels = parse_input_proxy(_read("hik_inputproxy_nvr.xml"))
    assert [c.channel for c in channels] == [1, 2, 3, 4]
    first = channels[0]
    assert (first.input, first.address, first.port, first.model, first.protocol, first.enabled) == (
        "ip",
        "192.168.254.2",
        8000,
        "DS-2CD2386G2-IU",
        "HIKVISION",
        True,
    )
    assert first.serial == "DS-2CD2386G2-IU20230112AAWRK12345671"
    assert first.firmware == "V5.7.15 build 240201"
    assert channels[2].model is None, "'IPC' names a class of device, not a model"
    assert channels[3].protocol == "ONVIF" and channels[3].model is None and channels[3].serial is None
    assert parse_input_proxy(_read("hik_inputproxy_empty.xml")) == []


def test_hikvision_analogue_inputs_leave_out_inputs_with_no_video():
    channels, empty = parse_video_inputs(_read("hik_video_inputs_dvr.xml"))
    assert [(c.channel, c.input, c.enabled) for c in channels] == [
        (1, "analogue", True),
        (3, "analogue", True),
    ]
    assert empty == 2


def test_dahua_remote_devices_in_both_spellings_and_never_the_passwords():
    channels = parse_remote_devices(_read("dahua_remote_device.txt"))
    assert [(c.channel, c.address, c.model, c.protocol, c.enabled) for c in channels] == [
        (1, "192.168.1.108", "IPC-HDW5421S", "Private", True),
        (2, "192.168.1.109", None, "Private", True),  # "IP Camera" is no model
        (3, "192.168.1.110", None, "Onvif", True),
        (4, "192.168.1.111", "IPC-HFW2431S-S-S2", "Private", False),
    ], "unused slots (192.168.0.0) are left out"
    assert all(c.port in (37777, 80) for c in channels)
    assert "admin123" not in repr(channels) and "s3cret" not in repr(channels)
    brackets = parse_remote_devices(_read("dahua_remote_device_brackets.txt"))
    assert [(c.channel, c.address, c.model) for c in brackets] == [
        (1, "192.168.1.108", "IPC-HDW5421S"),
        (2, "192.168.1.109", None),
        (3, "192.168.1.110", None),
    ]


def test_dahua_remote_input_limit():
    assert parse_remote_input_limit("table.MaxRemoteInputChannels=16\r\n") == 16
    for bad, reason in [
        ("table.MaxRemoteInputChannels=10000\r\n", "more than a recorder has"),
        ("Error\r\nBad Request!\r\n", "no MaxRemoteInputChannels"),
        ("table.MaxRemoteInputChannels=lots\r\n", "no MaxRemoteInputChannels"),
    ]:
        with pytest.raises(ChannelListError, match=reason):
            parse_remote_input_limit(bad)


def test_emulated_recorders_answer_in_the_formats_the_dumps_show():
    """The fleet's answers read back as the channels it was given (so end-to-end tests test the parsers)."""
    prefix = "127.0.0"
    specs = fleet.sample_estate(prefix)
    hik = next(s for s in specs if s.family == "hik_nvr")
    lorex = next(s for s in specs if s.family == "dahua_nvr")
    dvr = next(s for s in specs if s.family == "hik_dvr")
    got = parse_input_proxy(recorders.hik_input_proxy(hik.channels, recorders.ISAPI_NS))
    assert [(c.channel, c.address, c.serial) for c in got] == [
        (c["channel"], c["address"], c["serial"]) for c in hik.channels
    ]
    assert recorders.hik_video_inputs(hik.channels) is None
    text = recorders.dahua_remote_devices(lorex.channels, 8)
    assert [c.address for c in parse_remote_devices(text)] == [c["address"] for c in lorex.channels]
    assert recorders.CAMERA_PASSWORD in text
    analogue, empty = parse_video_inputs(recorders.hik_video_inputs(dvr.channels) or "")
    assert (len(analogue), empty) == (3, 5)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("laughs", "XML refused"),
        ("broken", "not well-formed"),
        ("many", "lists 600 channels, more than a recorder has"),
    ],
)
def test_hostile_xml_is_refused_with_a_reason(name, reason):
    _, _, body = recorders.HOSTILE[name]
    with pytest.raises(ChannelListError, match=reason):
        parse_input_proxy(body.decode())


def test_external_entities_and_wrong_roots_are_refused():
    external = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        "<InputProxyChannelList><InputProxyChannel><id>1</id><name>&e;</name></InputProxyChannel>"
        "</InputProxyChannelList>"
    )
    with pytest.raises(ChannelListError, match="XML refused"):
        parse_input_proxy(external)
    with pytest.raises(ChannelListError, match="not <InputProxyChannelList>"):
        parse_input_proxy('<?xml version="1.0"?><ResponseStatus><statusCode>4</statusCode></ResponseStatus>')


def test_ten_thousand_channels_are_refused_not_counted():
    with pytest.raises(ChannelListError, match="more than a recorder has"):
        parse_input_proxy(recorders.compact_input_proxy(10_000))
    with pytest.raises(ChannelListError, match=f"more than {MAX_CHANNELS} remote devices"):
        parse_remote_devices(recorders.compact_remote_devices(10_000))
    assert len(parse_remote_devices(recorders.compact_remote_devices(MAX_CHANNELS))) == MAX_CHANNELS
    with pytest.raises(ChannelListError, match="no table.RemoteDevice"):
        parse_remote_devices("<html><body>login</body></html>")


def test_discovery_replies_announce_channel_counts():
    specs = fleet.sample_estate("127.0.0")
    hik = next(s for s in specs if s.family == "hik_nvr")
    dvr = next(s for s in specs if s.family == "hik_dvr")
    lorex = next(s for s in specs if s.family == "dahua_nvr")
    camera = next(s for s in specs if s.family == "hik_ipc")
    assert parse_sadp(fleet.sadp_reply(hik))[0].channels_announced == 8
    assert parse_sadp(fleet.sadp_reply(dvr))[0].channels_announced == 10  # 8 analogue + 2 IP
    assert parse_sadp(fleet.sadp_reply(camera))[0].channels_announced == 1
    assert parse_dhdiscover(fleet.dhdiscover_reply(lorex))[0].channels_announced == 8


def test_channel_makers_from_model_or_protocol():
    assert resolve_channel(Channel(1, "ip", model="DS-2CD2386G2-IU"), "Hikvision").vendor == "Hikvision"
    hilook = resolve_channel(Channel(1, "ip", model="IPC-B140H", protocol="ONVIF"), "Hikvision")
    assert (hilook.vendor, hilook.brand) == ("Hikvision", "HiLook")
    assert resolve_channel(Channel(1, "ip", protocol="HIKVISION"), "Hikvision").vendor == "Hikvision"
    assert resolve_channel(Channel(1, "ip", protocol="Private"), "Dahua").vendor == "Dahua"
    assert resolve_channel(Channel(1, "ip", protocol="Private"), "Hikvision").vendor is None
    assert resolve_channel(Channel(1, "ip", protocol="ONVIF"), "Hikvision").vendor is None
    assert resolve_channel(Channel(1, "analogue"), "Hikvision").vendor is None


def test_an_announced_ten_thousand_is_recorded_and_not_a_bound():
    report = DeviceReport("10.0.0.4", vendor="Hikvision", device_type="recorder")
    sadp = Observation("sadp", 37020, "", 0.95, channels_announced=10_000)
    attach_channels(report, [sadp], None)
    assert report.channel_limit is None and report.channels == []
    assert "announces 10000 channels" in report.errors[0]["error"]
    assert report.as_dict()["channels"] == [] and report.as_dict()["channels_listed"] is False


def test_a_camera_behind_a_recorder_is_counted_once():
    camera = DeviceReport("10.0.0.5", vendor="Hikvision", device_type="camera", serial="ds-2cd1 abc")
    other = DeviceReport("10.0.0.6", vendor="Dahua", device_type="camera")
    recorder = DeviceReport("10.0.0.4", vendor="Hikvision", device_type="recorder")
    recorder.channels = [
        Channel(1, "ip", address="192.168.254.9", serial="DS-2CD1 ABC"),  # the same camera, by serial
        Channel(2, "ip", address="10.0.0.6"),  # by address
        Channel(3, "ip", address="192.168.254.2"),  # only the recorder reaches it
    ]
    link_channels([camera, other, recorder])
    assert [c.seen_at for c in recorder.channels] == ["10.0.0.5", "10.0.0.6", None]
    assert any("channel 1 of the recorder at 10.0.0.4" in e["detail"] for e in camera.evidence)
