"""Request dependencies: a store session, who is asking, and the guards every write goes through."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from typing import Annotated, Any, TypeVar

from fastapi import Depends, HTTPException, Path, Query, Request
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from camcensus.enums import Role
from camcensus.store import Store
from camcensus.store.models import User
from camcensus.web.bodies import BodyFilters, count_bodies, list_bodies
from camcensus.web.cache import ViewCache
from camcensus.web.pagination import Page, PageRequest
from camcensus.web.security import csrf_ok
from camcensus.web.sessions import SESSION_KEY, resolve
from camcensus.web.viewer import Viewer

T = TypeVar("T")
# Ids and page numbers in URLs stay within what both stores hold (a 64-bit integer): a larger one is a 422,
# not a database overflow and a 500.
MAX_ID = 2**63 - 1
ItemId = Annotated[int, Path(ge=-MAX_ID, le=MAX_ID)]
PageNumber = Annotated[int, Query(ge=1, le=1_000_000, description="page number, from 1")]
AfterKey = Annotated[
    int | None,
    Query(
        ge=-MAX_ID, le=MAX_ID, description="the page after this item (its id): the previous page's next_after"
    ),
]
BeforeKey = Annotated[
    int | None,
    Query(ge=-MAX_ID, le=MAX_ID, description="the page before this item (its id): previous_before"),
]
RoundName = Annotated[str | None, Query(max_length=200, description="a survey round (campaign) by name")]


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def db_session(request: Request) -> Iterator[Session]:
    with store_of(request).session() as session:
        yield session


def current_viewer(request: Request) -> Viewer:
    """Who is asking: the user of the session the cookie names while that session lasts in the store
    (``camcensus.web.sessions``), else an anonymous visitor. Looked up once per request."""
    known = getattr(request.state, "viewer", None)
    if isinstance(known, Viewer):
        return known
    token = request.session.get(SESSION_KEY)
    viewer = Viewer()
    if isinstance(token, str):
        with store_of(request).session() as session:
            viewer = resolve(session, token) or Viewer()
        if viewer.public:  # ended (signed out elsewhere, a new password, the user removed) or expired
            request.session.pop(SESSION_KEY, None)
    request.state.viewer = viewer
    return viewer


async def viewer_of(request: Request) -> Viewer:
    """`current_viewer` as a dependency: anonymous visitors cost no I/O and stay on the event loop; a
    session is looked up in a worker thread."""
    if SESSION_KEY not in request.session:
        return Viewer()
    return await run_in_threadpool(current_viewer, request)


Who = Annotated[Viewer, Depends(viewer_of)]


async def in_session(request: Request, work: Callable[[Session], T]) -> T:
    """``work(session)`` with a store session, in one worker thread: all of a request's database work (and
    whatever else blocks, such as rendering its page) in a single hop off the event loop, where a sync route
    with sync dependencies takes one hop for each of them and two for the session."""

    def run() -> T:
        with store_of(request).session() as session:
            return work(session)

    return await run_in_threadpool(run)


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def check_csrf(request: Request, supplied: str | None) -> None:
    if not csrf_ok(request.session, supplied):
        raise HTTPException(status_code=403, detail="missing or wrong CSRF token")


def require_role(request: Request, session: Session, roles: tuple[Role, ...], csrf: str | None) -> Viewer:
    """The signed-in viewer when their account (still) holds one of ``roles`` and the CSRF token matches."""
    viewer = current_viewer(request)
    if viewer.public:
        raise HTTPException(status_code=401, detail="sign in first")
    check_csrf(request, csrf)
    role = session.scalar(select(User.role).where(User.name == viewer.name))
    if role is None:
        request.session.pop(SESSION_KEY, None)
        raise HTTPException(status_code=401, detail="sign in first")
    if role not in roles:
        raise HTTPException(status_code=403, detail=f"needs the {' or '.join(r.value for r in roles)} role")
    return Viewer(name=viewer.name, role=role)


REVIEWERS = (Role.REVIEWER, Role.ADMIN)
ADMINS = (Role.ADMIN,)


async def require_signed_in(request: Request) -> Viewer:
    viewer = current_viewer(request)
    if viewer.public:
        raise HTTPException(status_code=401, detail="sign in first")
    return viewer


def perform(
    request: Request,
    session: Session,
    roles: tuple[Role, ...],
    csrf: str | None,
    write: Callable[[str], dict[str, Any]],
) -> dict[str, Any]:
    """One guarded write: role and CSRF checked, ``write(actor)`` run (refusals: 422, or 409 where the item's
    present state forbids it) and committed, then every cache of this process refreshed (other workers notice
    within their version ttl)."""
    from camcensus.web.actions import ActionError

    viewer = require_role(request, session, roles, csrf)
    try:
        result = write(viewer.name or "")
    except ActionError as exc:
        raise HTTPException(status_code=exc.status_code, detail=str(exc)) from None
    session.commit()  # before the caches let go, so that no request rebuilds them from what was before
    request.app.state.versions.expire()
    request.app.state.responses.clear()
    request.app.state.figures.invalidate()
    request.app.state.diligence_figures.invalidate()
    request.app.state.views.clear()
    return result


def public_view(
    request: Request, session: Session, viewer: Viewer, key: Hashable, build: Callable[[], T]
) -> T:
    """``build()``, kept per data version for anonymous visitors (camcensus.web.cache; kept frozen, so
    ``build`` must give plain, picklable data); fresh for users."""
    if not viewer.public:
        return build()
    cache: ViewCache = request.app.state.views
    return cache.get((key, viewer.today), request.app.state.versions.get(), build, frozen=True)


def listed_bodies(
    request: Request, session: Session, viewer: Viewer, filters: BodyFilters, pager: PageRequest
) -> Page:
    """A page of the bodies list; for the public, kept per data version, with the count of matching bodies
    kept once for all the pages of the same filters."""
    total = public_view(
        request, session, viewer, ("bodies-total", filters), lambda: count_bodies(session, viewer, filters)
    )
    return public_view(
        request,
        session,
        viewer,
        ("bodies", filters, pager),
        lambda: list_bodies(session, viewer, filters, pager, total=total),
    )


async def body_filters(
    sector: Annotated[
        str | None,
        Query(description="a sector or body type: council, school, nhs, police ... (GET /api/facets)"),
    ] = None,
    nation: Annotated[
        str | None, Query(description="england, scotland, wales, northern_ireland or uk")
    ] = None,
    answer: Annotated[
        str | None,
        Query(description="the body's outcome: answered, partially_answered, refused, not_held or unknown"),
    ] = None,
    vendor: Annotated[
        str | None,
        Query(
            description="bodies using this vendor: a vendor of concern (GET /api/facets) "
            "or any manufacturer's name"
        ),
    ] = None,
    q: Annotated[str | None, Query(max_length=200, description="words in the body's name or code")] = None,
) -> BodyFilters:
    """The bodies list filters from the query string (empty values mean no filter)."""
    return BodyFilters(sector or None, nation or None, answer or None, vendor or None, q or None)
