"""Multicast discovery (SADP, DHDiscover, WS-Discovery groups) between two network namespaces the test
creates, joined by a veth pair with a multicast route on each side, so no datagram leaves them: emulated
devices in one answer SADP and DHDiscover to the group and WS-Discovery to the sender, and `camcensus
discover --multicast` runs in the other."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.conftest import IN_CI, require_tool
from tests.network.multicast_fleet import HELLO_MODEL, hello
from typer.testing import CliRunner

from camcensus.cli.app import app
from camcensus.network.probes.discovery import parse_wsd
from camcensus.network.probes.multicast import MulticastError, resolve_interface
from camcensus.store import Store
from camcensus.store.models import Scan

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}


@dataclass
class Link:
    ip: str
    scanner: str  # the scanner's namespace
    interface: str  # its end of the veth pair
    prefix: str  # the devices are prefix.1 to prefix.10


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (network namespaces are required when CI=true)")
    pytest.skip(reason)


def _setup(ip: str, tag: str, prefix: str) -> tuple[str, str]:
    scanner, devices = f"ccs-{tag}", f"ccd-{tag}"
    vs, vd = f"vs{tag}", f"vd{tag}"
    steps = [
        ["netns", "add", scanner],
        ["netns", "add", devices],
        ["link", "add", vs, "netns", scanner, "type", "veth", "peer", "name", vd, "netns", devices],
    ]
    for ns, dev, addresses in ((scanner, vs, [250]), (devices, vd, range(1, 11))):
        steps += [
            ["-n", ns, "link", "set", "lo", "up"],
            *(["-n", ns, "addr", "add", f"{prefix}.{n}/24", "dev", dev] for n in addresses),
            ["-n", ns, "link", "set", dev, "up"],
            ["-n", ns, "route", "add", "224.0.0.0/4", "dev", dev],
        ]
    for step in steps:
        done = subprocess.run([ip, *step], capture_output=True, text=True)
        if done.returncode != 0:
            command = " ".join(step)
            _unavailable(f"cannot build the test's network namespaces: ip {command}: {done.stderr.strip()}")
    return scanner, devices


@pytest.fixture(scope="module")
def link() -> Iterator[Link]:
    ip = require_tool("ip", "iproute2 is not installed (ip netns)")
    if os.geteuid() != 0:
        _unavailable("network namespaces need root")
    tag = uuid.uuid4().hex[:6]
    prefix = f"10.{random.randint(100, 250)}.{random.randint(1, 254)}"
    fleet = None
    try:
        scanner, devices = _setup(ip, tag, prefix)
        fleet = subprocess.Popen(
            [ip, "netns", "exec", devices, sys.executable, "-m", "tests.network.multicast_fleet", prefix],
            cwd=ROOT,
            env=ENV,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert fleet.stdout is not None and fleet.stdout.readline().strip() == "ready"
        yield Link(ip, scanner, f"vs{tag}", prefix)
    finally:
        if fleet is not None:
            assert fleet.stdin is not None
            fleet.stdin.close()
            try:
                fleet.wait(20)
            except subprocess.TimeoutExpired:
                fleet.kill()
        for ns in (f"ccs-{tag}", f"ccd-{tag}"):  # deleting a namespace deletes its end of the veth pair
            subprocess.run([ip, "netns", "del", ns], capture_output=True)


@pytest.fixture(scope="module")
def scanned(link: Link, tmp_path_factory) -> tuple[dict[str, dict], str, Path]:
    """`discover --multicast` over prefix.1-8 and prefix.10 with every TCP port closed: only the groups
    answer; prefix.9 (the Axis camera) answers too but is not a target."""
    db = tmp_path_factory.mktemp("multicast") / "scan.db"
    targets = [f"{link.prefix}.1-8", f"{link.prefix}.10"]
    argv = [sys.executable, "-m", "camcensus", "--db", str(db), "discover", *targets, "--ports", "9"]
    argv += ["--multicast", link.interface, "--timeout", "1.5", "--json"]
    proc = subprocess.run(
        [link.ip, "netns", "exec", link.scanner, *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=ENV,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    reports = {r["address"]: r for r in map(json.loads, proc.stdout.splitlines())}
    return reports, proc.stderr, db


def _evidence(report: dict, probe: str) -> dict:
    return next(e for e in report["evidence"] if e["probe"] == probe)


def test_sadp_answers_to_the_group_are_heard(link: Link, scanned) -> None:
    reports, _, _ = scanned
    nvr, camera = reports[f"{link.prefix}.4"], reports[f"{link.prefix}.1"]
    assert (nvr["vendor"], nvr["model"], nvr["kind"]) == ("Hikvision", "DS-7608NI-K2", "recorder")
    assert nvr["mac"] == "44:19:b6:00:00:04"
    assert nvr["firmware"] == "V5.5.82build190220"
    assert nvr["serial"].startswith("DS-7608NI-K220190101AAWR")
    assert nvr["channel_limit"] == 8 and nvr["channels"] == []  # announced capacity only: no credentials
    assert (camera["model"], camera["kind"]) == ("DS-2CD2142FWD-I", "camera")
    assert camera["mac"] == "44:19:b6:00:00:01"
    sadp = _evidence(nvr, "sadp")
    assert sadp["detail"].endswith(f"[heard on 239.255.255.250:37020 via {link.interface}]")
    assert "udp/37020 sadp (multicast)" in nvr["services"]


def test_dhdiscover_answers_to_the_group_are_heard(link: Link, scanned) -> None:
    reports, _, _ = scanned
    lorex, amcrest = reports[f"{link.prefix}.8"], reports[f"{link.prefix}.6"]
    assert (lorex["vendor"], lorex["brand"], lorex["kind"]) == ("Dahua", "Lorex", "recorder")
    assert lorex["model"] == "DHI-NVR4108HS-8P-4KS2" and lorex["firmware"] == "2.800.0000016.0.R"
    assert lorex["channel_limit"] == 8
    assert (amcrest["vendor"], amcrest["brand"], amcrest["model"]) == ("Dahua", "Amcrest", "IP5M-T1179E")
    assert amcrest["kind"] == "camera"
    detail = _evidence(lorex, "dhdiscover")["detail"]
    assert detail.endswith(f"[heard on 239.255.255.251:37810 via {link.interface}]")


def test_ws_discovery_matches_and_hellos_are_heard(link: Link, scanned) -> None:
    reports, _, _ = scanned
    wsd = _evidence(reports[f"{link.prefix}.1"], "wsd")
    assert wsd["detail"].endswith(f"[answer to the probe sent to 239.255.255.250:3702 via {link.interface}]")
    announced = reports[f"{link.prefix}.10"]  # answers nothing; heard announcing itself
    assert (announced["model"], announced["kind"]) == (HELLO_MODEL, "camera")
    detail = _evidence(announced, "wsd")["detail"]
    assert detail.startswith("WS-Discovery Hello") and "heard on 239.255.255.250:3702" in detail


def test_answers_from_outside_the_targets_are_named_never_scanned(link: Link, scanned) -> None:
    reports, stderr, db = scanned
    outside = f"{link.prefix}.9"
    assert outside not in reports
    assert len(reports) == 9
    assert f"answer(s) from outside the targets, not scanned: {outside}" in stderr
    store = Store.from_url(f"sqlite:///{db}")
    with store.session() as session:
        scan = session.query(Scan).one()
        assert scan.options["multicast"] == link.interface
        assert scan.options["multicast_outside"] == [outside]


def test_an_interface_is_named_by_name_or_address() -> None:
    lo = resolve_interface("lo")
    assert (lo.address, lo.index) == ("127.0.0.1", 1)
    assert resolve_interface("127.0.0.1").address == "127.0.0.1"
    with pytest.raises(MulticastError, match="no network interface named"):
        resolve_interface("nosuch0")
    with pytest.raises(MulticastError, match="not an address of this host"):
        resolve_interface("192.0.2.1")


def test_multicast_needs_an_interface_that_exists(tmp_path) -> None:
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "x.db"), "discover", "127.0.0.1", "--multicast", "nosuch0"]
    )
    assert result.exit_code != 0
    assert "--multicast: no network interface named 'nosuch0'" in result.output
    assert not (tmp_path / "x.db").exists()  # refused before anything was recorded or sent


def test_a_hello_is_read_like_a_probe_match() -> None:
    [seen] = parse_wsd(hello("10.0.0.9"))
    assert (seen.model, seen.brand, seen.device_type) == (HELLO_MODEL, "AXIS", "camera")
    assert seen.detail.startswith("WS-Discovery Hello")
    assert parse_wsd(b"<s:Envelope><s:Body><d:Bye/></s:Body></s:Envelope>") == []
