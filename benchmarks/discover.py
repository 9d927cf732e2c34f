"""Discovery against nmap on an emulated estate: devices, models and recorders' channels found, and speed,
in one run.

    python benchmarks/discover.py [--network 127.77.0.0/23] [--devices 400] [--nmap-range RANGE] [--repeat 3]

Starts a fleet of emulated devices (tests/network/fleet.py: Hikvision and its HiLook/HiWatch units, Dahua and
its Amcrest/Imou/Lorex units, Axis, one device in twenty a Hanwha, Uniview, older Axis, Bosch, Avigilon,
Vivotek, Mobotix or Panasonic camera from tests/network/vendor_fleet.py, and web servers, printers, NAS boxes
and media servers that are not cameras; each recorder records two fleet cameras and two PoE cameras only it
reaches) on loopback addresses,
then runs `camcensus discover` with the owner's credentials (so every recorder's channels are listed) and
without them, `--repeat` times each into a new store, and `nmap -sV -T4` once over the same range and ports.
It prints each tool's accuracy against the fleet's truth, then one summary: video devices, models and
recorders' channels found, the cameras counted once, and the median time of discovery with credentials
against nmap's (the issue's target: at least 50 times faster). Loopback only. `--nmap-range` measures both
tools on a smaller range when nmap on the whole range would take too long (about 13 minutes for the default
/23); the whole range is then also scanned once for accuracy.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.network.fleet import PASSWORD, USERNAME  # noqa: E402

from camcensus.network.nmap import parse_nmap_xml  # noqa: E402

PORTS = "80,554,8000,37777"
TARGET = 50.0  # times faster than nmap -sV (issue 20)


def _plain(model: str | None) -> str:
    return re.sub(r"^DHI?T?-", "", (model or "").upper())


def score(found: dict[str, dict], truth: list[dict], addresses: set[str]) -> dict[str, object]:
    specs = [t for t in truth if t["address"] in addresses]
    concern = [t for t in specs if t["vendor"] in ("Hikvision", "Dahua")]
    video = [t for t in specs if t["video"]]
    others = [t for t in specs if not t["video"]]
    makers = [t for t in video if t["vendor"] not in ("Hikvision", "Dahua")]  # Axis and the rest

    def hit(t: dict, *keys: str) -> bool:
        got = found.get(t["address"])
        return got is not None and all((got.get(k) or None) == t[k] for k in keys)

    return {
        "devices": len(specs),
        "hik_dahua": len(concern),
        "hik_dahua_vendor": sum(hit(t, "vendor") for t in concern) / max(len(concern), 1),
        "hik_dahua_vendor_and_brand": sum(hit(t, "vendor", "brand") for t in concern) / max(len(concern), 1),
        "other_makers": len(makers),
        "other_makers_vendor": sum(hit(t, "vendor") for t in makers) / max(len(makers), 1),
        "cameras": len(video),
        "models_exact": sum(hit(t, "model") for t in video) / max(len(video), 1),
        "models_ignoring_dh_prefix": sum(
            _plain((found.get(t["address"]) or {}).get("model")) == _plain(t["model"]) for t in video
        )
        / max(len(video), 1),
        "non_cameras": len(others),
        "non_cameras_reported_as_cameras": sum(t["address"] in found for t in others),
    }


def channel_score(found: dict[str, dict], truth: list[dict], addresses: set[str]) -> dict[str, object]:
    """Recorders' channels found (by recorder, channel and address), their models, and the estate's cameras
    counted once (direct cameras plus channels not pointing at one) against the truth."""
    specs = [t for t in truth if t["address"] in addresses]
    fleet = {t["address"] for t in specs}
    channels = [(t["address"], c) for t in specs for c in t["channels"] if c["enabled"]]
    modelled = [(a, c) for a, c in channels if c["model"] and c["model"] != "IPC"]

    def listed(address: str, channel: dict) -> dict | None:
        got = (found.get(address) or {}).get("channels") or []
        return next(
            (g for g in got if (g["channel"], g["address"]) == (channel["channel"], channel["address"])), None
        )

    cameras = [t for t in specs if t["video"] and not t["family"].endswith(("nvr", "dvr"))]
    counted = sum(1 for d in found.values() if d.get("kind") != "recorder" and d["address"] in addresses)
    counted += sum(
        1
        for d in found.values()
        for c in d.get("channels") or []
        if c["enabled"] is not False and not c["seen_at"]
    )
    return {
        "recorders": sum(1 for t in specs if t["channels"]),
        "recorders_listed": sum(
            1 for t in specs if t["channels"] and (found.get(t["address"]) or {}).get("channels_listed")
        ),
        "channels": len(channels),
        "channels_found": sum(listed(a, c) is not None for a, c in channels) / max(len(channels), 1),
        "channel_models": sum((listed(a, c) or {}).get("model") == c["model"] for a, c in modelled)
        / max(len(modelled), 1),
        "cameras_truth": len(cameras) + sum(1 for _, c in channels if c["address"] not in fleet),
        "cameras_counted": counted,
    }


def run_discover(target: str, db: Path, credentials: bool) -> tuple[float, dict[str, dict]]:
    argv = [
        sys.executable,
        "-m",
        "camcensus",
        "--db",
        str(db),
        "discover",
        target,
        "--ports",
        PORTS,
        "--json",
        "--rate",
        "5000/s",
        "--timeout",
        "2",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "BENCH_PASSWORD": PASSWORD}
    if credentials:
        argv += ["--username", USERNAME, "--password-env", "BENCH_PASSWORD"]
    start = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, check=True)
    elapsed = time.perf_counter() - start
    found = {}
    for line in proc.stdout.splitlines():
        d = json.loads(line)
        found[d["address"]] = d
    return elapsed, found


def nmap_target(text: str) -> str:
    """nmap's spelling of a range: ``10.0.0.1-10.0.0.40`` is ``10.0.0.1-40`` to nmap (it reads the former as
    no address at all)."""
    first, dash, last = text.partition("-")
    if dash and "." in last and first.rpartition(".")[0] == last.rpartition(".")[0]:
        return f"{first}-{last.rpartition('.')[2]}"
    return text


def run_nmap(target: str, out: Path) -> tuple[float, dict[str, dict]]:
    nmap = shutil.which("nmap")
    if nmap is None:
        raise SystemExit("nmap is not installed (apt-get install nmap)")
    start = time.perf_counter()
    subprocess.run(
        [nmap, "-sV", "-T4", "-p", PORTS, "-oX", str(out), nmap_target(target)],
        capture_output=True,
        check=True,
    )
    elapsed = time.perf_counter() - start
    found = {}
    for record in parse_nmap_xml(out.read_bytes(), out):
        found[str(record.address)] = {"vendor": record.vendor, "brand": record.brand, "model": record.model}
    # nmap also flags webcams it cannot name; count those as "reported as a camera" too.
    text = out.read_text(encoding="utf-8")
    for host in re.findall(r"<host .*?</host>", text, re.S):
        if 'devicetype="webcam"' in host:
            addr = re.search(r'addr="([^"]+)" addrtype="ipv4"', host)
            if addr:
                found.setdefault(addr.group(1), {"vendor": None, "brand": None, "model": None})
    return elapsed, found


def _range_addresses(text: str) -> set[str]:
    if "-" in text:
        first, last = (ipaddress.ip_address(p) for p in text.split("-"))
        return {str(ipaddress.ip_address(i)) for i in range(int(first), int(last) + 1)}
    return {str(a) for a in ipaddress.ip_network(text).hosts()}


def warm_up() -> None:
    """Compile the package's bytecode once, untimed, as an installed package already has it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-m", "camcensus", "--version"], capture_output=True, env=env, check=True)


def timed_discover(
    target: str, work: Path, credentials: bool, repeat: int
) -> tuple[list[float], dict[str, dict]]:
    """``repeat`` runs, each into a new store as a first scan would be: their times, and the last run's
    devices."""
    times, found = [], {}
    for n in range(repeat):
        name = f"{'credentials' if credentials else 'anonymous'}-{n}.db"
        elapsed, found = run_discover(target, work / name, credentials=credentials)
        times.append(elapsed)
    return times, found


def _found(found: dict[str, dict], truth: list[dict], addresses: set[str]) -> dict[str, int]:
    video = [t for t in truth if t["address"] in addresses and t["video"]]
    return {
        "video": len(video),
        "devices": sum(t["address"] in found for t in video),
        "models": sum((found.get(t["address"]) or {}).get("model") == t["model"] for t in video),
    }


def print_summary(head: str, truth: list[dict], runs: dict[str, tuple[list[float], dict]]) -> dict:
    """Devices, models and recorders' channels found, and the speed against nmap -sV: one block."""
    addresses = _range_addresses(head)
    (cred_times, cred), (anon_times, _), (nmap_times, nmap) = (
        runs["credentials"],
        runs["anonymous"],
        runs["nmap"],
    )
    ours, theirs = _found(cred, truth, addresses), _found(nmap, truth, addresses)
    channels = channel_score(cred, truth, addresses)
    listed = round(channels["channels_found"] * channels["channels"])
    t_cred, t_anon, t_nmap = (statistics.median(t) for t in (cred_times, anon_times, nmap_times))
    ratio, ratio_anon = t_nmap / t_cred, t_nmap / t_anon
    width = 38
    print(f"\n=== {head}, ports {PORTS}, loopback ===")
    print(f"{'':26}{'camcensus discover (credentials)':{width}}nmap -sV -T4")
    rows = [
        (
            "video devices found",
            f"{ours['devices']} of {ours['video']}",
            f"{theirs['devices']} of {theirs['video']}",
        ),
        ("models found", f"{ours['models']} of {ours['video']}", f"{theirs['models']} of {theirs['video']}"),
        (
            "recorders' channels found",
            f"{listed} of {channels['channels']} ({channels['recorders_listed']} of {channels['recorders']} "
            "recorders)",
            "not read",
        ),
        ("cameras counted once", f"{channels['cameras_counted']} of {channels['cameras_truth']}", "-"),
        ("time", _times(cred_times), _times(nmap_times)),
    ]
    for label, a, b in rows:
        print(f"{label:26}{a:{width}}{b}")
    verdict = "met" if ratio >= TARGET else "NOT met"
    print(
        f"speed: discover with credentials and channels is {ratio:.1f}x faster than nmap -sV (target at "
        f"least {TARGET:.0f}x: {verdict}); without credentials {ratio_anon:.1f}x ({_times(anon_times)})"
    )
    return {
        "range": head,
        "video_devices": ours["video"],
        "devices_found": ours["devices"],
        "models_found": ours["models"],
        "channels": channels["channels"],
        "channels_found": listed,
        "nmap_devices_found": theirs["devices"],
        "nmap_models_found": theirs["models"],
        "seconds_discover_credentials": round(t_cred, 2),
        "seconds_discover_anonymous": round(t_anon, 2),
        "seconds_nmap": round(t_nmap, 2),
        "ratio": round(ratio, 1),
        "ratio_anonymous": round(ratio_anon, 1),
    }


def _times(times: list[float]) -> str:
    if len(times) == 1:
        return f"{times[0]:.1f} s"
    return f"{statistics.median(times):.1f} s (median of {len(times)}, {min(times):.1f}-{max(times):.1f})"


def start_fleet(network: str, devices: int, truth_path: Path) -> subprocess.Popen:
    fleet = subprocess.Popen(
        [sys.executable, "-m", "tests.network.fleet", network, str(devices), str(truth_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"},
    )
    assert fleet.stdout is not None
    if fleet.stdout.readline().strip() != "ready":
        raise SystemExit("the emulated fleet did not start")
    return fleet


def measure(args: argparse.Namespace, work: Path, truth: list[dict]) -> dict:
    head = args.nmap_range or args.network
    addresses, everything = _range_addresses(head), _range_addresses(args.network)
    warm_up()
    runs = {
        "credentials": timed_discover(head, work, True, args.repeat),
        "anonymous": timed_discover(head, work, False, args.repeat),
    }
    t_nmap, found_nmap = run_nmap(head, work / "nmap.xml")
    runs["nmap"] = ([t_nmap], found_nmap)
    details = {
        f"discover (credentials) on {head}": (runs["credentials"], True),
        f"discover (no credentials) on {head}": (runs["anonymous"], False),
        f"nmap -sV -T4 on {head}": (runs["nmap"], False),
    }
    if head != args.network:  # accuracy on the whole fleet too
        runs["whole"] = timed_discover(args.network, work, True, 1)
        details[f"discover (credentials) on {args.network}"] = (runs["whole"], True)
    figures = {}
    for name, ((times, found), with_channels) in details.items():
        scope = addresses if name.endswith(f"on {head}") else everything
        figures[name] = {"seconds": round(statistics.median(times), 2), **score(found, truth, scope)}
        if with_channels:
            figures[name] |= channel_score(found, truth, scope)
        print(f"\n{name}: {_times(times)}")
        for key, value in figures[name].items():
            if key != "seconds":
                print(f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}")
    return {"tools": figures, "summary": print_summary(head, truth, runs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--network", default="127.77.0.0/23")
    parser.add_argument("--devices", type=int, default=400)
    parser.add_argument("--nmap-range", default=None, help="range for the head-to-head (default: --network)")
    parser.add_argument("--repeat", type=int, default=3, help="discover runs per mode (the median is used)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="camcensus-bench-"))
    truth_path = work / "truth.json"
    load = os.getloadavg()[0]
    fleet = start_fleet(args.network, args.devices, truth_path)
    try:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        families: dict[str, int] = {}
        for t in truth:
            families[t["brand"] or t["family"]] = families.get(t["brand"] or t["family"], 0) + 1
        print(f"fleet: {len(truth)} devices on {args.network}: {families}", flush=True)
        results = measure(args, work, truth)
        print(
            f"load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, on {os.cpu_count()} "
            "CPUs (the fleet and discovery share them; nmap mostly waits)"
        )
        print(json.dumps(results))
    finally:
        if fleet.stdin:
            fleet.stdin.close()
        try:
            fleet.wait(30)
        except subprocess.TimeoutExpired:
            fleet.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
