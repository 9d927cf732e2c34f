"""`camcensus serve` (the web app and its JSON API) and `camcensus users add` (accounts)."""

from __future__ import annotations

import os
from typing import Any

import typer

from camcensus.cli.common import fail, get_store, interactive, read_store
from camcensus.enums import Role

users_app = typer.Typer(help="Accounts for the web app (reviewers and admins).", no_args_is_help=True)
PASSWORD_ENV = "CAMCENSUS_PASSWORD"  # noqa: S105 - the name of the variable, not a password


def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    workers: int = typer.Option(
        1, "--workers", min=1, help="Worker processes; one per CPU core serves the most requests."
    ),
    https: bool = typer.Option(
        False,
        "--https-cookies",
        help="Mark the session cookie Secure (when served over HTTPS, e.g. behind a proxy).",
    ),
    access_log: bool = typer.Option(True, "--access-log/--no-access-log", help="Log every request."),
) -> None:
    """Serve the web app (dashboard, bodies, campaigns, review) with its JSON API under /api."""
    try:
        import uvicorn

        from camcensus.web import app as web
    except ImportError as exc:
        fail(f"the web app needs its extra: pip install 'camcensus[web]' ({exc})")
    store = read_store(ctx)
    from camcensus.web.secret import SecretError

    try:
        secret = web.session_secret(store)
    except SecretError as exc:
        fail(str(exc))
    typer.echo(f"camcensus web app on http://{host}:{port}/ (API at /api, spec at /openapi.json)", err=True)
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "log_level": "info",
        "access_log": access_log,
        "proxy_headers": https,
        "forwarded_allow_ips": "127.0.0.1" if https else None,
    }
    if workers == 1:
        uvicorn.run(web.create_app(store, secret_key=secret, https_only=https, warm=True), **options)
        return
    # Worker processes build their own app from the environment; the session secret is settled here first
    # so that every worker signs cookies with the same key.
    os.environ.setdefault("CAMCENSUS_SECRET", secret)
    os.environ[web.DB_ENV] = store.url
    os.environ[web.HTTPS_ENV] = "1" if https else ""
    store.dispose()
    from camcensus.web.workers import run_workers

    raise typer.Exit(run_workers(workers, options))


def _password(name: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not interactive():
        fail(f"no password: set {PASSWORD_ENV} or run in a terminal to be asked")
    return str(typer.prompt(f"password for {name}", hide_input=True, confirmation_prompt=True))


@users_app.command("add")
def users_add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The user name to sign in with."),
    role: Role = typer.Option(
        ..., "--role", help="admin (everything) or reviewer (review and assign replies)."
    ),
    replace: bool = typer.Option(False, "--replace", help="Reset the password and role of an existing user."),
) -> None:
    """Add a user; the password is asked for (or read from CAMCENSUS_PASSWORD), never given as an argument.
    With --replace, a new password ends every session the user holds."""
    from camcensus.web.users import UserError, add_user

    password = _password(name)
    try:
        with get_store(ctx).session() as session:
            user = add_user(session, name, role, password, replace=replace)
            typer.echo(f"user {user.name} ({user.role.value}) saved")
    except UserError as exc:
        fail(str(exc))


@users_app.command("remove")
def users_remove(ctx: typer.Context, name: str = typer.Argument(..., help="The user to remove.")) -> None:
    """Remove a user and end every session they hold; their review decisions stay on record."""
    from camcensus.web.users import UserError, remove_user

    try:
        with get_store(ctx).session() as session:
            user = remove_user(session, name)
            typer.echo(f"user {user.name} removed; their sessions are ended")
    except UserError as exc:
        fail(str(exc))


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.add_typer(users_app, name="users")
