"""``python -m tests.network.multicast_fleet PREFIX``: run inside the devices' network namespace a test made.
The sample estate's video devices on ``PREFIX.1`` to ``PREFIX.9`` answer on the discovery groups (SADP and
DHDiscover to the group, WS-Discovery to the sender) and on their own ports, and an ONVIF camera on
``PREFIX.10`` that answers nothing announces itself with a WS-Discovery ``Hello`` to the group every quarter
of a second (as a camera joining the network does, WS-Discovery 1.0 section 4.1); prints ``ready``, then
serves until stdin closes."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sys
import uuid

from tests.network.fleet import Fleet, sample_estate

HELLO_MODEL = "P3245-LVE"


def hello(address: str) -> bytes:
    """A WS-Discovery Hello as an ONVIF camera sends it (WS-Discovery 1.0 section 4.1; ONVIF Core section
    7.3.2.2: scopes name the type, hardware and name)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
        'xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" '
        'xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery" '
        'xmlns:dn="http://www.onvif.org/ver10/network/wsdl"><s:Header>'
        "<a:Action>http://schemas.xmlsoap.org/ws/2005/04/discovery/Hello</a:Action>"
        f"<a:MessageID>uuid:{uuid.uuid4()}</a:MessageID>"
        "<a:To>urn:schemas-xmlsoap-org:ws:2005:04:discovery</a:To>"
        '<d:AppSequence InstanceId="1" MessageNumber="1"/></s:Header><s:Body><d:Hello>'
        f"<a:EndpointReference><a:Address>urn:uuid:{uuid.uuid4()}</a:Address></a:EndpointReference>"
        "<d:Types>dn:NetworkVideoTransmitter</d:Types>"
        "<d:Scopes>onvif://www.onvif.org/type/video_encoder onvif://www.onvif.org/Profile/Streaming "
        f"onvif://www.onvif.org/hardware/{HELLO_MODEL} onvif://www.onvif.org/name/AXIS</d:Scopes>"
        f"<d:XAddrs>http://{address}/onvif/device_service</d:XAddrs>"
        "<d:MetadataVersion>1</d:MetadataVersion></d:Hello></s:Body></s:Envelope>"
    ).encode()


async def announce(address: str) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 0)
    sock.bind((address, 0))
    try:
        while True:
            with contextlib.suppress(OSError):
                sock.sendto(hello(address), ("239.255.255.250", 3702))
            await asyncio.sleep(0.25)
    finally:
        sock.close()


async def serve(prefix: str) -> None:
    fleet = Fleet(sample_estate(prefix)[:9], multicast=True)
    await fleet.start()
    announcing = asyncio.create_task(announce(f"{prefix}.10"))
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    announcing.cancel()
    await fleet.stop()


if __name__ == "__main__":
    asyncio.run(serve(sys.argv[1]))
