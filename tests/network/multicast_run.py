"""Run inside a network namespace the test created: the fleet answers on the discovery multicast groups and
discovery sends there (`--multicast`), with every TCP port closed except the devices' own. Prints JSON."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import sys

from tests.network.fleet import Fleet, sample_estate

from camcensus.network.discover import DiscoverOptions, discover_addresses


async def main() -> None:
    specs = sample_estate("127.0.0")[:9]  # the video devices only
    fleet = Fleet(specs, multicast=True)
    await fleet.start()
    options = DiscoverOptions(ports=(9,), multicast=True, timeout=1.0, arp_path=None)
    reports = await discover_addresses([ipaddress.ip_address(s.address) for s in specs], options)
    await fleet.stop()
    print(json.dumps([r.as_dict() for r in reports]))


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
