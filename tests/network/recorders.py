"""What emulated recorders answer about their channels, in the vendors' formats (as in the device dumps and
client code cited in ``camcensus.network.probes.channel_lists``), and the hostile answers a broken or
malicious device could give instead. Pure: ``tests/network/fleet.py`` wraps these in HTTP and authentication.

A channel is a plain dict (so the fleet's truth file can hold it): ``channel``, ``input`` (ip or analogue),
``address``, ``port``, ``model`` (as the recorder spells it), ``serial``, ``protocol``, ``enabled``,
``vendor`` (the truth: who made the camera, or None when nothing can tell), and for an analogue input
``video`` (False: the input carries no signal).
"""

from __future__ import annotations

HIK_NS = "http://www.hikvision.com/ver20/XMLSchema"
ISAPI_NS = "http://www.isapi.org/ver20/XMLSchema"  # newer recorder firmware (DS-7608NXI-I2)
CAMERA_PASSWORD = "camera-secret-99"  # in the RemoteDevice table as real firmware writes it: must never leak


def ip_channel(n, address, model, serial=None, protocol="HIKVISION", vendor=None, enabled=True, port=8000):
    return {
        "channel": n,
        "input": "ip",
        "address": address,
        "port": port,
        "model": model,
        "serial": serial,
        "protocol": protocol,
        "enabled": enabled,
        "vendor": vendor,
    }


def analogue_channel(n, video=True):
    return {"channel": n, "input": "analogue", "video": video, "enabled": True, "vendor": None}


def hik_input_proxy(channels: list[dict], namespace: str = HIK_NS) -> str:
    """``GET /ISAPI/ContentMgmt/InputProxy/channels``."""
    items = []
    for ch in (c for c in channels if c["input"] == "ip"):
        extra = ""
        if ch["model"] is not None:
            extra += f"<model>{ch['model']}</model>"
        if ch["serial"]:
            extra += f"<serialNumber>{ch['serial']}</serialNumber><firmwareVersion>V5.7.15 build 240201"
            extra += "</firmwareVersion>"
        items.append(
            f'<InputProxyChannel version="2.0" xmlns="{namespace}"><id>{ch["channel"]}</id>'
            f"<name>Camera {ch['channel']:02d}</name><sourceInputPortDescriptor>"
            f"<proxyProtocol>{ch['protocol']}</proxyProtocol><addressingFormatType>ipaddress"
            f"</addressingFormatType><ipAddress>{ch['address']}</ipAddress><managePortNo>{ch['port']}"
            f"</managePortNo><srcInputPort>1</srcInputPort><userName>admin</userName><connMode>plugplay"
            f"</connMode><streamType>auto</streamType>{extra}<deviceID></deviceID>"
            f"</sourceInputPortDescriptor><enableAnr>false</enableAnr><enableTiming>true</enableTiming>"
            f"<devIndex>{ch['channel']:08d}-e306-4229-97b3-a437defc006d</devIndex></InputProxyChannel>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<InputProxyChannelList version="2.0" xmlns="{namespace}" '
        f'size="{len(items)}">\n' + "\n".join(items) + "\n</InputProxyChannelList>\n"
    )


def hik_video_inputs(channels: list[dict]) -> str | None:
    """``GET /ISAPI/System/Video/inputs/channels``; None for a recorder with no analogue inputs (it answers
    403, as the NVR dumps show)."""
    inputs = [c for c in channels if c["input"] == "analogue"]
    if not inputs:
        return None
    items = [
        f'<VideoInputChannel version="1.0" xmlns="{HIK_NS}"><id>{ch["channel"]}</id><inputPort>'
        f"{ch['channel']}</inputPort><videoInputEnabled>true</videoInputEnabled><name>Camera "
        f"{ch['channel']:02d}</name><videoFormat>PAL</videoFormat><resDesc>"
        f"{'2560*1440(4MP)P25' if ch['video'] else 'NO VIDEO'}</resDesc></VideoInputChannel>"
        for ch in inputs
    ]
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<VideoInputChannelList version="1.0" xmlns="{HIK_NS}">\n'
        + "\n".join(items)
        + "\n</VideoInputChannelList>\n"
    )


def dahua_remote_devices(channels: list[dict], slots: int) -> str:
    """``GET /cgi-bin/configManager.cgi?action=getConfig&name=RemoteDevice``: every slot, unused ones with the
    placeholder address, each with the camera's user name and password as the firmware writes them."""
    by_slot = {c["channel"] - 1: c for c in channels if c["input"] == "ip"}
    lines = []
    for slot in range(slots):
        ch = by_slot.get(slot)
        key = f"table.RemoteDevice.uuid:System_CONFIG_NETCAMERA_INFO_{slot}."
        fields = {
            "Address": ch["address"] if ch else "192.168.0.0",
            "DeviceType": (ch["model"] or "") if ch else "",
            "Enable": "true" if ch and ch["enabled"] else "false",
            "HttpPort": "80",
            "Mac": "ff:ff:ff:ff:ff:ff",
            "Name": f"IPC{slot + 1}" if ch else "",
            "Password": CAMERA_PASSWORD,
            "Port": str(ch["port"]) if ch else "37777",
            "ProtocolType": ch["protocol"] if ch else "Dahua2",
            "RtspPort": "554",
            "UserName": "admin",
            "Vendor": ch["protocol"] if ch else "Dahua2",
        }
        lines += [f"{key}{name}={value}" for name, value in fields.items()]
        lines.append(f"{key}VideoInputs[0].ServiceType=AUTO")
    return "\r\n".join(lines) + "\r\n"


def compact_remote_devices(count: int) -> str:
    """A RemoteDevice table in the bracket spelling with ``count`` populated slots."""
    return "".join(f"table.RemoteDevice[{i}].Address=10.9.{i // 250}.{i % 250 + 1}\r\n" for i in range(count))


def compact_input_proxy(count: int) -> str:
    items = "".join(
        f"<InputProxyChannel><id>{i}</id><sourceInputPortDescriptor><ipAddress>10.8.{i // 250}.{i % 250}"
        "</ipAddress></sourceInputPortDescriptor></InputProxyChannel>"
        for i in range(1, count + 1)
    )
    return f'<?xml version="1.0"?><InputProxyChannelList xmlns="{HIK_NS}">{items}</InputProxyChannelList>'


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10)
    )
    + ']>\n<InputProxyChannelList xmlns="http://www.hikvision.com/ver20/XMLSchema"><InputProxyChannel><id>1</id>'
    "<name>&lol9;</name></InputProxyChannel></InputProxyChannelList>\n"
)

#: Hostile answers to a recorder's channel list, by name: (status line, content type, body).
HOSTILE = {
    # 2 MiB of well-formed XML, far past what is read of any answer.
    "huge": (
        "200 OK",
        "application/xml",
        (
            f'<?xml version="1.0"?><InputProxyChannelList xmlns="{HIK_NS}">'
            + "<!-- padding -->" * (2 * 1024 * 1024 // 16)
            + "</InputProxyChannelList>"
        ).encode(),
    ),
    "laughs": ("200 OK", "application/xml", BILLION_LAUGHS.encode()),
    "html": (
        "200 OK",
        "text/html",
        b"<!DOCTYPE html><html><head><title>Login</title></head><body><form></form></body></html>",
    ),
    "broken": (
        "200 OK",
        "application/xml",
        b'<?xml version="1.0"?><InputProxyChannelList><InputProxyChannel>',
    ),
    "many": ("200 OK", "application/xml", compact_input_proxy(600).encode()),
    "many_dahua": ("200 OK", "text/plain;charset=utf-8", compact_remote_devices(600).encode()),
    "json_dahua": ("200 OK", "application/json", b'{"result": true, "params": {"table": []}}'),
}
