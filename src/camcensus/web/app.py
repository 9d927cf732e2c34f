"""The FastAPI application: pages, the JSON API, signed session cookies, static files."""

from __future__ import annotations

import gc
import logging
import os
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio.to_thread
import fastapi_offline
import jinja2
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import event
from sqlalchemy.orm import Session
from starlette.middleware.sessions import SessionMiddleware

from camcensus import __version__
from camcensus.analysis.sectors import POOLED, nation_label, sector_label
from camcensus.foi.laws import get_law
from camcensus.knowledge.vendors import concern_keys, concern_label, concern_names, concern_vendors
from camcensus.reports.change import points, points_range
from camcensus.store import Store
from camcensus.synthetic import SYNTHETIC_NOTE, holds_synthetic
from camcensus.web import api, errors, pages
from camcensus.web.bodies import facet_values
from camcensus.web.cache import DataVersion, PublicResponses, ResponseCache, ViewCache
from camcensus.web.dashboard import dashboard
from camcensus.web.figures import FigureCache, data_version
from camcensus.web.highlight import render_pieces
from camcensus.web.secret import session_secret
from camcensus.web.security import LoginLimiter
from camcensus.web.sessions import SESSION_HOURS
from camcensus.web.viewer import Viewer

LOG = logging.getLogger(__name__)
HERE = Path(__file__).parent
# Swagger UI's files as the fastapi-offline package ships them: the API page loads nothing from elsewhere
SWAGGER_UI = Path(fastapi_offline.__file__).parent / "static"
_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Templates(jinja2.Environment):
    def getattr(self, obj: Any, attribute: str) -> Any:
        """``obj.attribute`` in a template. The pages' data are plain dicts, for which Jinja tries the
        attribute first and takes the key after its AttributeError: the same answer, without raising and
        catching an exception on almost every lookup of a page."""
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


def templates() -> jinja2.Environment:
    env = _Templates(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates are package files: no stat() of each one on every request
    )
    env.filters["highlight"] = lambda pieces: render_pieces(_pieces(pieces))
    env.filters["pct"] = lambda v: "–" if v is None else f"{v:.0%}"
    env.filters["sector"] = sector_label
    env.filters["vendor"] = concern_label
    env.filters["nation"] = nation_label
    env.filters["law"] = law_label
    env.filters["label"] = key_label
    env.filters["points"] = points
    env.filters["points_range"] = points_range
    env.globals["version"] = __version__
    env.globals["synthetic_note"] = SYNTHETIC_NOTE
    env.globals["concern_vendors"] = concern_vendors
    env.globals["concern_keys"] = concern_keys
    env.globals["concern_names"] = concern_names
    env.globals["pooled"] = POOLED
    return env


def law_label(key: str) -> str:
    """A law as people name it ('FOIA'), from the laws data; the key itself when unknown."""
    try:
        return get_law(key).short
    except (LookupError, ValueError):
        return key


def key_label(key: str | None) -> str:
    """An internal key ('partially_answered', 'council') as words ('Partially answered', 'Council')."""
    text = (key or "").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _pieces(items: list[dict[str, Any]]) -> list[Any]:
    from camcensus.web.highlight import Piece

    return [Piece(i["text"], i.get("evidence_id"), i.get("kind") or "") for i in items]


SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; "
        b"script-src 'self'; frame-ancestors 'none'",
    ),
]


class SecurityHeaders:
    """Adds the security headers to every HTTP response (plain ASGI: no per-request task overhead)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _App(FastAPI):
    """FastAPI with the security headers outside everything, so the 500 page that Starlette's outermost
    error middleware writes for an unhandled exception carries them too."""

    def build_middleware_stack(self) -> Any:
        return SecurityHeaders(super().build_middleware_stack())


class SyntheticFlag:
    """Whether the store holds synthetic demo data, asked again at most every ``ttl`` seconds: every page
    shows a banner while it does."""

    def __init__(self, ttl: float = 5.0) -> None:
        self.ttl, self._until, self._value = ttl, 0.0, False

    def __call__(self, store: Store) -> bool:
        if time.monotonic() > self._until:
            with store.session() as session:
                self._value, self._until = holds_synthetic(session), time.monotonic() + self.ttl
        return self._value


class FacetCache:
    def __init__(self, ttl: float = 60.0) -> None:
        self.ttl, self._until = ttl, 0.0
        self._value: dict[str, list[str]] | None = None

    def __call__(self, session: Session) -> dict[str, list[str]]:
        if self._value is None or time.monotonic() > self._until:
            self._value, self._until = facet_values(session), time.monotonic() + self.ttl
        return self._value


@asynccontextmanager
async def _serving(app: FastAPI) -> AsyncIterator[None]:
    """As a server starts: as many request threads as the store keeps connections (a thread beyond them
    opens and closes a connection per request), and the public figures built in the background so the first
    visitors need not wait for them; then what was made at startup is frozen out of garbage collection."""
    pool = app.state.store.engine.pool
    size = pool.size() if hasattr(pool, "size") else None
    if isinstance(size, int) and size > 0:
        anyio.to_thread.current_default_thread_limiter().total_tokens = size

    def build() -> None:
        try:
            dashboard(app.state.store, app.state.figures, Viewer())
        except Exception:  # noqa: BLE001 - the first request builds them instead
            LOG.exception("could not build the dashboard figures at startup")
        # What is alive now (modules, templates, the mapped classes, the figures) lives as long as the server:
        # set it aside from the garbage collector, whose full collections would otherwise walk all of it, a
        # pause of tens of milliseconds for every request in flight.
        gc.collect()
        gc.freeze()

    threading.Thread(target=build, name="figures-warm", daemon=True).start()
    yield


def create_app(
    store: Store,
    *,
    secret_key: str | None = None,
    https_only: bool = False,
    limiter: LoginLimiter | None = None,
    figures_ttl: float = 300.0,
    version_ttl: float = 1.0,
    warm: bool = False,
) -> FastAPI:
    """The web app over ``store``; ``https_only`` marks the session cookie Secure (serve behind TLS);
    ``warm`` (for a server) fits the request threads to the store's connections and builds the public
    dashboard figures in the background at startup. A write through another process (a worker, the CLI)
    shows on public pages within ``version_ttl`` seconds; one through this app at once."""
    app = _App(
        lifespan=_serving if warm else None,
        title="camcensus",
        version=__version__,
        docs_url=None,  # served by pages.api_docs from the package's own Swagger UI files
        redoc_url=None,
        description="Who uses which surveillance cameras across the UK public sector: national "
        "statistics, bodies and their evidence, FOI campaigns, review.",
    )
    app.state.store = store
    if store.engine.dialect.name == "postgresql":
        _no_jit(store)
    app.state.figures = FigureCache(ttl=figures_ttl)
    app.state.diligence_figures = FigureCache(ttl=figures_ttl)
    app.state.facets = FacetCache()
    app.state.synthetic = SyntheticFlag()
    app.state.views = ViewCache(ttl=figures_ttl)
    app.state.responses = ResponseCache(ttl=figures_ttl)
    app.state.versions = DataVersion(lambda: _read_version(store), ttl=version_ttl)
    app.state.limiter = limiter or LoginLimiter()
    app.state.templates = templates()
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key or session_secret(store),
        session_cookie="camcensus_session",
        max_age=SESSION_HOURS * 3600,
        same_site="lax",
        https_only=https_only,
    )
    app.mount("/static/swagger", StaticFiles(directory=SWAGGER_UI), name="swagger")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    errors.register(app)
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> PlainTextResponse:
        return PlainTextResponse("ok")

    # a response kept for anonymous visitors is kept with the security headers (added outside: _App)
    app.add_middleware(PublicResponses, cache=app.state.responses, versions=app.state.versions)
    return app


def _no_jit(store: Store) -> None:
    """PostgreSQL's JIT compiles any query its planner costs above jit_above_cost, such as a deep page of the
    bodies list (an OFFSET of thousands of rows in name order): about 7 ms of compiling for a query that runs
    in 12. The web app's queries are all short, so its connections run without it (connections already open
    are let go, so that every one does)."""
    if not event.contains(store.engine, "connect", _jit_off):
        event.listen(store.engine, "connect", _jit_off)
    store.engine.dispose()


def _jit_off(dbapi_connection: Any, _record: Any) -> None:
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET jit = off")
    dbapi_connection.commit()  # a SET in a transaction that the pool rolls back would be undone


def _read_version(store: Store) -> tuple[int, int, str, str]:
    with store.engine.connect() as conn:
        return data_version(conn)


DB_ENV = "CAMCENSUS_WEB_DB"
HTTPS_ENV = "CAMCENSUS_WEB_HTTPS_ONLY"


def app_from_environment() -> FastAPI:
    """The app factory each ``camcensus serve --workers N`` process calls (store URL and options in env)."""
    return create_app(
        Store.from_url(os.environ[DB_ENV]), https_only=os.environ.get(HTTPS_ENV) == "1", warm=True
    )
