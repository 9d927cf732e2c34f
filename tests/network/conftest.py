"""An emulated estate on a loopback /24 chosen at random (so parallel runs do not collide), and discovery
runs against it with and without the owner's credentials (and with Basic allowed), shared by the module's
tests; and an estate of hostile recorders."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import pytest
from tests.network.fleet import (
    ESTATE_SIZE,
    PASSWORD,
    USERNAME,
    DeviceSpec,
    Fleet,
    FleetThread,
    hostile_estate,
    sample_estate,
)

from camcensus.network.discover import DiscoverOptions, discover
from camcensus.network.identify import DeviceReport
from camcensus.network.probes.base import Credentials


def _serve(make_specs: Callable[[str], list[DeviceSpec]]) -> Iterator[tuple[str, list[DeviceSpec], Fleet]]:
    for _ in range(10):
        prefix = f"127.{random.randint(200, 254)}.{random.randint(1, 254)}"
        specs = make_specs(prefix)
        runner = FleetThread(specs)
        try:
            fleet = runner.__enter__()
        except OSError:
            runner.loop.call_soon_threadsafe(runner.loop.stop)
            continue
        try:
            yield prefix, specs, fleet
        finally:
            runner.__exit__(None, None, None)
        return
    pytest.fail("no free loopback /24 for the emulated estate")


@pytest.fixture(scope="session")
def estate() -> Iterator[tuple[str, list[DeviceSpec], Fleet]]:
    yield from _serve(sample_estate)


@pytest.fixture(scope="session")
def hostile() -> Iterator[tuple[str, list[DeviceSpec], Fleet]]:
    """Recorders that answer their channel list with what ``tests.network.recorders.HOSTILE`` names."""
    yield from _serve(hostile_estate)


def _run(
    prefix: str, creds: Credentials | None, include_other: bool = False, allow_basic: bool = False
) -> dict[str, DeviceReport]:
    options = DiscoverOptions(
        credentials=creds, timeout=1.5, include_other=include_other, arp_path=None, allow_basic=allow_basic
    )
    return {r.address: r for r in discover([f"{prefix}.1-{ESTATE_SIZE}"], options)}


@pytest.fixture(scope="session")
def found_anonymous(estate) -> dict[str, DeviceReport]:
    return _run(estate[0], None)


@pytest.fixture(scope="session")
def found_with_credentials(estate) -> dict[str, DeviceReport]:
    return _run(estate[0], Credentials(USERNAME, PASSWORD))


@pytest.fixture(scope="session")
def found_with_basic(estate) -> dict[str, DeviceReport]:
    """The owner's credentials, and Basic allowed where a device offers nothing else."""
    return _run(estate[0], Credentials(USERNAME, PASSWORD), allow_basic=True)


@pytest.fixture(scope="session")
def found_everything(estate) -> dict[str, DeviceReport]:
    return _run(estate[0], None, include_other=True)
