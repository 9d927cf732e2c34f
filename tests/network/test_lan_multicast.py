"""SSDP and mDNS on the groups of an interface the user names (``discover --multicast IF --upnp --mdns``),
between two network namespaces the test creates (joined by a veth pair, as in ``test_multicast``): the devices
in one answer only on 239.255.255.250:1900 and 224.0.0.251:5353, by unicast to the sender."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import uuid
from collections.abc import Iterator

import pytest
from tests.conftest import require_tool
from tests.network.lan_devices import AXIS_MAC, HIK_SERIAL
from tests.network.test_multicast import ENV, ROOT, Link, _setup, _unavailable


@pytest.fixture(scope="module")
def link() -> Iterator[Link]:
    ip = require_tool("ip", "iproute2 is not installed (ip netns)")
    if os.geteuid() != 0:
        _unavailable("network namespaces need root")
    tag = uuid.uuid4().hex[:6]
    prefix = f"10.{random.randint(100, 250)}.{random.randint(1, 254)}"
    devices = None
    try:
        scanner, namespace = _setup(ip, tag, prefix)
        devices = subprocess.Popen(
            [ip, "netns", "exec", namespace, sys.executable, "-m", "tests.network.lan_devices", prefix],
            cwd=ROOT,
            env=ENV,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert devices.stdout is not None and devices.stdout.readline().strip() == "ready"
        yield Link(ip, scanner, f"vs{tag}", prefix)
    finally:
        if devices is not None:
            assert devices.stdin is not None
            devices.stdin.close()
            try:
                devices.wait(20)
            except subprocess.TimeoutExpired:
                devices.kill()
        for ns in (f"ccs-{tag}", f"ccd-{tag}"):
            subprocess.run([ip, "netns", "del", ns], capture_output=True)


def _discover(link: Link, *flags: str) -> dict[str, dict]:
    argv = [sys.executable, "-m", "camcensus", "--db", ":memory:", "discover", f"{link.prefix}.1-2"]
    argv += ["--ports", "80", "--multicast", link.interface, "--timeout", "1.5", "--json", *flags]
    proc = subprocess.run(
        [link.ip, "netns", "exec", link.scanner, *argv], capture_output=True, text=True, cwd=ROOT, env=ENV
    )
    assert proc.returncode == 0, proc.stderr
    return {r["address"]: r for r in map(json.loads, proc.stdout.splitlines())}


def test_ssdp_and_mdns_answers_on_the_groups_are_heard(link: Link) -> None:
    reports = _discover(link, "--upnp", "--mdns")
    axis, hik = reports[f"{link.prefix}.1"], reports[f"{link.prefix}.2"]
    assert (axis["vendor"], axis["model"], axis["mac"]) == ("Axis", "M3045-V", "ac:cc:8e:0a:1b:2c")
    assert axis["serial"] == AXIS_MAC  # from the description its group answer's LOCATION names
    heard = [e["detail"] for e in axis["evidence"] if e["probe"] in ("mdns", "ssdp")]
    assert any(f"sent to 224.0.0.251:5353 via {link.interface}" in d for d in heard)
    assert any(f"sent to 239.255.255.250:1900 via {link.interface}" in d for d in heard)
    assert (hik["vendor"], hik["model"], hik["serial"]) == ("Hikvision", "DS-2CD2142FWD-I", HIK_SERIAL)


def test_no_ssdp_or_mdns_on_the_groups_without_opting_in(link: Link) -> None:
    reports = _discover(link, "--all")
    assert set(reports) == {f"{link.prefix}.1", f"{link.prefix}.2"}  # up (port 80), named by nothing
    for report in reports.values():
        assert report["vendor"] is None
        assert not [e for e in report["evidence"] if e["probe"] in ("mdns", "ssdp", "upnp")]
