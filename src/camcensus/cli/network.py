"""`camcensus discover TARGETS...` and `camcensus devices import|list`: find and identify cameras on a network
the user owns, and bring in devices from nmap XML and asset inventories."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy import select

from camcensus.cli.common import (
    console,
    fail,
    get_store,
    interactive,
    print_json,
    print_json_lines,
    read_store,
)
from camcensus.cli.output import Format, Grid, chosen, format_option, print_grid
from camcensus.network.discover import DEFAULT_PORTS, DiscoverOptions, discover_addresses
from camcensus.network.estates import set_addresses_published
from camcensus.network.imports import DeviceImportError, import_devices
from camcensus.network.probes.base import Credentials
from camcensus.network.probes.multicast import Heard, MulticastError, resolve_interface
from camcensus.network.record import BodyNotFound, find_body
from camcensus.network.scans import camera_count, finish_scan, start_scan
from camcensus.network.targets import TargetError, parse_targets
from camcensus.store.models import Device, Scan

devices_app = typer.Typer(
    help="Devices from asset inventories, nmap XML and discovery.", no_args_is_help=True
)


def _ports(text: str | None) -> tuple[int, ...]:
    if not text:
        return DEFAULT_PORTS
    ports: list[int] = []
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        low, _, high = part.partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            fail(f"--ports: {part!r} is not a port or a range like 8000-8010")
        first, last = int(low), int(high or low)
        if not 0 < first <= last <= 65535 or last - first > 1024:
            fail(f"--ports: {part!r} is out of range")
        ports.extend(range(first, last + 1))
    return tuple(dict.fromkeys(ports))


def _rate(text: str) -> float:
    try:
        value = float(text.lower().removesuffix("/s"))
    except ValueError:
        fail(f"--rate: {text!r} is not a rate like 500/s")
    if value <= 0:
        fail("--rate must be positive")
    return value


def _credentials(username: str | None, password_env: str | None) -> Credentials | None:
    if not username and not password_env:
        return None
    if not (username and password_env):
        fail(
            "--username and --password-env go together (the password is read from that environment variable)"
        )
    password = os.environ.get(password_env)
    if password is None:
        fail(f"--password-env: environment variable {password_env} is not set")
    return Credentials(username, password)


def _community(variable: str | None) -> str | None:
    """The SNMP community from the environment (kept off the command line, like a password)."""
    if not variable:
        return None
    community = os.environ.get(variable)
    if not community:
        fail(f"--snmp-community-env: environment variable {variable} is not set")
    return community


def discover_command(
    ctx: typer.Context,
    targets: list[str] = typer.Argument(
        ..., help="Addresses, CIDR ranges (10.0.4.0/24), ranges (a-b), or files."
    ),
    ports: str = typer.Option(
        None, "--ports", help=f"TCP ports (default {','.join(map(str, DEFAULT_PORTS))})."
    ),
    username: str = typer.Option(
        None, "--username", help="The owner's device account, for device-info calls and channel lists."
    ),
    password_env: str = typer.Option(
        None, "--password-env", help="Environment variable holding its password."
    ),
    allow_basic: bool = typer.Option(
        False,
        "--allow-basic",
        help="Answer a device that offers only Basic authentication (never sent unasked; over plain HTTP "
        "the password crosses the network readable, and the scan records a warning). Digest otherwise.",
    ),
    rate: str = typer.Option("1000/s", "--rate", help="New connections and datagrams per second, in total."),
    timeout: float = typer.Option(2.0, "--timeout", help="Seconds to wait for each answer."),
    per_host: int = typer.Option(4, "--per-host", help="Concurrent connections to one device at most."),
    body: str = typer.Option(None, "--body", help="Body (id or code) whose estate this is."),
    allow_public: bool = typer.Option(
        False,
        "--allow-public",
        help="Allow addresses outside private, loopback and link-local networks (public or special-purpose) "
        "that you are authorised to scan.",
    ),
    multicast: str = typer.Option(
        None,
        "--multicast",
        metavar="INTERFACE",
        help="Send SADP, DHDiscover and WS-Discovery to their multicast groups on this interface (name or "
        "IPv4 address; local link only) and hear the answers, kept from the TARGETS only.",
    ),
    snmp_community_env: str = typer.Option(
        None,
        "--snmp-community-env",
        metavar="VAR",
        help="Ask each host's SNMP agent (v2c GET of sysDescr.0 and sysObjectID.0) with the community in "
        "this environment variable. Off by default: no community is ever sent unasked.",
    ),
    upnp: bool = typer.Option(
        False, "--upnp", help="Send each host an SSDP M-SEARCH and read the device description it names."
    ),
    mdns: bool = typer.Option(
        False, "--mdns", help="Ask each host's mDNS responder (port 5353) which DNS-SD services it offers."
    ),
    show_all: bool = typer.Option(False, "--all", help="Also list hosts that are not video devices."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per device."),
) -> None:
    """Find and identify cameras and recorders (Hikvision, Dahua, their brands, Axis, ONVIF) on your network.

    Read-only: banners, vendor pages, discovery protocols and, with your credentials, device-info calls;
    SNMP, UPnP and mDNS only when asked (--snmp-community-env, --upnp, --mdns).
    With them, a recorder's channel list names its cameras (their addresses are never contacted).
    Never guesses passwords, sends exploits or changes a device. Records who scanned what and when.
    With --body, stores the body's camera count as evidence, each camera counted once."""
    if allow_basic and not username:
        fail("--allow-basic needs --username and --password-env (it only says how to send them)")
    _check_interface(multicast)
    options = DiscoverOptions(
        ports=_ports(ports),
        credentials=_credentials(username, password_env),
        allow_basic=allow_basic,
        rate=_rate(rate),
        per_host=per_host,
        timeout=timeout,
        multicast=multicast,
        include_other=show_all,
        snmp_community=_community(snmp_community_env),
        upnp=upnp,
        mdns=mdns,
    )
    try:
        addresses = parse_targets(targets, allow_public=allow_public)
    except TargetError as exc:
        fail(str(exc))
    store = get_store(ctx)
    with store.session() as session:
        try:
            found_body = find_body(session, body)
        except BodyNotFound as exc:
            fail(str(exc))
        body_id = found_body.id if found_body else None
        scan = start_scan(session, targets, _settings(options, username, len(addresses)), body_id)
        scan_id = scan.id
    heard: list[Heard] = []
    reports = _run(addresses, options, heard.append)
    with store.session() as session:
        scan = session.get_one(Scan, scan_id)
        if heard and heard[0].outside:
            scan.options = {**(scan.options or {}), "multicast_outside": sorted(heard[0].outside)}
        finish_scan(session, scan, [r for r in reports if r.is_video_device])
        counted = camera_count(session, body_id) if body_id is not None else None
    _warn(reports, heard)
    if as_json:
        print_json_lines([r.as_dict() for r in reports])
        return
    _print_table(reports)
    console.print(f"{len(reports)} device(s) among {len(addresses)} address(es); scan {scan_id} recorded.")
    if counted is not None:
        console.print(counted.quote(), highlight=False)


def _settings(options: DiscoverOptions, username: str | None, addresses: int) -> dict:
    """What the scan record keeps of the options: never a password or community, only whether given."""
    return {
        "ports": list(options.ports),
        "rate": options.rate,
        "timeout": options.timeout,
        "per_host": options.per_host,
        "username": username,
        "credentials": bool(options.credentials),
        "allow_basic": options.allow_basic,
        "multicast": options.multicast,
        "snmp": bool(options.snmp_community),
        "upnp": options.upnp,
        "mdns": options.mdns,
        "addresses": addresses,
    }


def _check_interface(name: str | None) -> None:
    """Refuse an interface that does not exist before anything is recorded or sent."""
    if name:
        try:
            resolve_interface(name)
        except MulticastError as exc:
            fail(f"--multicast: {exc}")


def _print_table(reports: list) -> None:
    """One row per device; a recorder's channels as listed (of the most it says it takes)."""
    table = Grid(("address", "port", "kind", "vendor", "brand", "model", "firmware", "serial", "channels"))
    for r in reports:
        listed = f"{len(r.channels)}" + (f" of {r.channel_limit}" if r.channel_limit is not None else "")
        table.add(
            r.address, r.port, r.kind, r.vendor, r.brand, r.model, r.firmware, r.serial,
            listed if r.kind == "recorder" else "",
        )  # fmt: skip
    print_grid(table, chosen(None))


def _warn(reports: list, heard: list[Heard]) -> None:
    """Each warning and unread answer on stderr, so a --json run says them too; and who answered on the
    multicast groups from outside the targets (never contacted)."""
    for h in heard:
        for note in h.notes:
            console.print(f"[bold yellow]warning:[/] multicast: {note}", highlight=False)
        if h.outside:
            console.print(
                f"multicast: {len(h.outside)} answer(s) from outside the targets, not scanned: "
                + ", ".join(sorted(h.outside)),
                highlight=False,
            )
    for r in reports:
        for warning in r.warnings:
            console.print(f"[bold yellow]warning:[/] {r.address}: {warning}", highlight=False)
        for error in r.errors:
            console.print(f"{r.address}: {error['probe']}: {error['error']}", highlight=False)


def _run(addresses: list, options: DiscoverOptions, heard: Callable[[Heard], None]) -> list:
    import asyncio

    if not interactive():
        return asyncio.run(discover_addresses(addresses, options, heard=heard))
    columns = (TextColumn("discover"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("hosts", total=len(addresses))
        return asyncio.run(
            discover_addresses(
                addresses, options, lambda done, total: progress.update(task, completed=done), heard
            )
        )


@devices_app.command("import")
def import_command(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(
        ..., help="nmap XML (-oX), asset inventories (.csv, .xlsx), or `discover --json` output."
    ),
    body: str = typer.Option(None, "--body", help="Body (id or code) the devices belong to."),
    as_json: bool = typer.Option(False, "--json", help="One JSON summary per file."),
) -> None:
    """Import devices; with --body they become evidence for that body's facts. A `discover --json` file
    (a scan run where the store cannot be reached) is stored as that scan, once."""
    store = get_store(ctx)
    failures = 0
    for path in files:
        try:
            with store.session() as session:
                summary = import_devices(session, path, body)
        except (DeviceImportError, BodyNotFound) as exc:
            failures += 1
            console.print(f"[bold red]error:[/] {exc}", highlight=False)
            continue
        if as_json:
            print_json(summary.as_dict())
        else:
            cols = ", ".join(f"{k}={v!r}" for k, v in summary.columns.items())
            console.print(
                f"{path}: {summary.devices} device(s) from {summary.format}"
                + (f" (columns: {cols})" if cols else ""),
                highlight=False,
            )
    if failures:
        raise typer.Exit(1)


@devices_app.command("list")
def list_command(
    ctx: typer.Context,
    body: str = typer.Option(None, "--body", help="Only this body's devices (id or code)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per device."),
    fmt: Format = format_option(),
) -> None:
    """List stored devices."""
    with read_store(ctx).session() as session:
        query = select(Device).order_by(Device.id)
        if body:
            try:
                found = find_body(session, body)
            except BodyNotFound as exc:
                fail(str(exc))
            if found is not None:
                query = query.where(Device.body_id == found.id)
        rows = [
            {
                "id": d.id,
                "source": d.source,
                "body_id": d.body_id,
                "address": d.address,
                "port": d.port,
                "mac": d.mac,
                "vendor": d.vendor,
                "brand": d.brand,
                "model": d.model,
                "device_type": d.device_type,
                "firmware": d.firmware,
                "serial": d.serial,
                "location": d.location,
                "installed_on": d.installed_on.isoformat() if d.installed_on else None,
                "confidence": d.confidence,
            }
            for d in session.scalars(query)
        ]
    if as_json:
        print_json_lines(rows)
        return
    table = Grid(("id", "source", "body", "vendor", "brand", "model", "serial", "location"))
    for r in rows:
        table.add(
            *(r[k] for k in ("id", "source", "body_id", "vendor", "brand", "model", "serial", "location"))
        )
    print_grid(table, chosen(fmt))


@devices_app.command("addresses")
def addresses_command(
    ctx: typer.Context,
    body: str = typer.Argument(..., help="Body (id or code) whose estate this is."),
    publish: bool = typer.Option(
        None,
        "--publish/--withhold",
        help="Record the body's choice: publish its devices' IP, port and MAC addresses on public pages, in "
        "the API and in open data, or withhold them (the default). Without either, show the choice.",
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object."),
) -> None:
    """Whether a body, as the owner of its estate, has agreed to publish its devices' addresses.

    Off unless the body opts in. Serial numbers, user names and credentials are never published."""
    store = get_store(ctx) if publish is not None else read_store(ctx)
    with store.session() as session:
        try:
            found = find_body(session, body)
        except BodyNotFound as exc:
            fail(str(exc))
        if found is None:
            fail("name a body by its id or code")
        since = (
            set_addresses_published(session, found.id, publish)
            if publish is not None
            else found.device_addresses_public_since
        )
        code, name = found.code, found.name
    if as_json:
        print_json({"body": code, "addresses_published": since is not None, "since": since})
    elif since is None:
        typer.echo(f"{name} ({code}): device addresses withheld from public pages and open data.")
    else:
        typer.echo(f"{name} ({code}): device addresses published since {since:%Y-%m-%d %H:%M} UTC.")


def register(app: typer.Typer) -> None:
    app.command("discover")(discover_command)
    app.add_typer(devices_app, name="devices")
