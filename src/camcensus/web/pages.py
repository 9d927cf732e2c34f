"""Server-rendered pages; every form carries the session's CSRF token."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from camcensus.analysis.queue import reply_pending
from camcensus.enums import RequestState, ReviewAction
from camcensus.foi.lifecycle import next_states
from camcensus.web import actions, bodies, campaigns, compare, diligence, published, review, unmatched
from camcensus.web.body_page import BodyRead, read_body
from camcensus.web.cache import share_publicly
from camcensus.web.dashboard import dashboard
from camcensus.web.deps import (
    ADMINS,
    MAX_ID,
    REVIEWERS,
    AfterKey,
    BeforeKey,
    ItemId,
    PageNumber,
    RoundName,
    Who,
    body_filters,
    check_csrf,
    current_viewer,
    db_session,
    in_session,
    listed_bodies,
    perform,
    public_view,
)
from camcensus.web.login import sign_in, sign_out
from camcensus.web.pagination import PageRequest
from camcensus.web.security import CSRF_KEY, csrf_token
from camcensus.web.viewer import Viewer

router = APIRouter(include_in_schema=False)
DB = Annotated[Session, Depends(db_session)]
CsrfField = Annotated[str | None, Form(alias="csrf_token")]
REPLIES_PER_PAGE = 20
# what the campaign page offers an admin per request: the states the FOI lifecycle lets it move to
MOVES = {s.value: [n.value for n in next_states(s)] for s in RequestState}


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    viewer = current_viewer(request)
    # an anonymous visitor can post only the sign-in form: no token (and no session cookie) elsewhere
    wanted = not viewer.public or template == "login.html" or CSRF_KEY in request.session
    context.update(request=request, viewer=viewer, csrf=csrf_token(request.session) if wanted else "")
    context.setdefault("synthetic", synthetic_data(request))
    html = request.app.state.templates.get_template(template).render(context)
    return HTMLResponse(html, status_code=status_code)


def synthetic_data(request: Request) -> bool:
    """Whether the pages carry the synthetic-data banner; none when the store cannot say (an error page)."""
    try:
        return bool(request.app.state.synthetic(request.app.state.store))
    except SQLAlchemyError:
        return False


def _to_login(request: Request) -> RedirectResponse:
    return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)


def _safe_next(target: str | None) -> str:
    return target if target and target.startswith("/") and not target.startswith("//") else "/"


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference page: Swagger UI from the fastapi-offline package, served by this app."""
    return render(request, "api_docs.html")


@router.get("/", response_class=HTMLResponse)
def dashboard_page(request: Request, viewer: Who) -> HTMLResponse:
    state = request.app.state
    data = dashboard(state.store, state.figures, viewer, state.versions.get())
    if not viewer.public or CSRF_KEY in request.session:
        return render(request, "dashboard.html", data=data)
    # every anonymous visitor sees the same page: render it once per set of figures (the entry holds the
    # figures, so their id is not reused while it lives)
    share_publicly(request)
    _, html = request.app.state.views.get(
        ("dashboard.html", viewer.today),
        id(data),
        lambda: (data, render(request, "dashboard.html", data=data).body),
    )
    return HTMLResponse(html)


@router.get("/bodies", response_class=HTMLResponse)
async def bodies_page(
    request: Request,
    viewer: Who,
    filters: Annotated[bodies.BodyFilters, Depends(body_filters)],
    page: PageNumber = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
    after: AfterKey = None,
    before: BeforeKey = None,
) -> HTMLResponse:
    pager = PageRequest.of(page, per_page, after=after, before=before)
    query = urlencode({**filters.as_dict(), "per_page": per_page})
    if viewer.public:
        share_publicly(request)

    def build(session: Session) -> HTMLResponse:
        result = listed_bodies(request, session, viewer, filters, pager)
        facets = request.app.state.facets(session)
        return render(request, "bodies.html", page=result, filters=filters, query=query, facets=facets)

    return await in_session(request, build)


@router.get("/bodies/{body_id}", response_class=HTMLResponse)
async def body_page(body_id: ItemId, request: Request, viewer: Who) -> HTMLResponse:
    response = await in_session(request, lambda session: _body_page(request, session, viewer, body_id))
    if viewer.public:
        share_publicly(request)
    return response


def _body_page(request: Request, session: Session, viewer: Viewer, body_id: int) -> HTMLResponse:
    read: BodyRead | None = None

    def build_detail() -> dict[str, Any] | None:
        nonlocal read
        read = read_body(session, viewer, body_id)
        return read.detail

    detail = public_view(request, session, viewer, ("body", body_id), build_detail)
    if detail is None:
        raise HTTPException(status_code=404, detail="no such body")
    hidden = detail["facts_embargoed"]

    def build_checks() -> dict[str, Any] | None:
        # the body's row and facts just read for the page, when they were (not when its data was kept)
        body, facts = (read.body, read.facts) if read is not None else (None, None)
        return diligence.body_diligence(session, viewer, body_id, hidden, body, facts)

    checks = public_view(request, session, viewer, ("body-diligence", body_id), build_checks)
    return render(request, "body.html", body=detail, diligence=checks)


@router.get("/diligence", response_class=HTMLResponse)
def diligence_page(request: Request, viewer: Who) -> HTMLResponse:
    values = diligence_figures(request, viewer)
    return render(request, "diligence.html", data=values, sections=diligence.sections_html(values))


def diligence_figures(request: Request, viewer: Viewer) -> dict[str, Any]:
    """The national due-diligence figures, cached per audience like the dashboard's."""

    def build() -> dict[str, Any]:
        with request.app.state.store.session() as session:
            return diligence.national(session, viewer)

    version = request.app.state.versions.get()  # so a write through any worker shows here too
    cache = request.app.state.diligence_figures
    result: dict[str, Any] = cache.get(viewer.public, build, version)
    return result


@router.get("/compare", response_class=HTMLResponse)
def compare_page(
    request: Request, session: DB, viewer: Who, a: RoundName = None, b: RoundName = None
) -> HTMLResponse:
    """Two survey rounds side by side (default the two latest), as `camcensus compare` and the report."""
    values = compare.page(session, viewer, a or None, b or None)
    if viewer.public:
        share_publicly(request)
    return render(request, "compare.html", **values)


@router.get("/campaigns", response_class=HTMLResponse)
def campaigns_page(request: Request, session: DB, viewer: Who, page: PageNumber = 1) -> HTMLResponse:
    return render(
        request, "campaigns.html", page=campaigns.list_campaigns(session, viewer, PageRequest.of(page, 50))
    )


@router.get("/campaigns/{name}", response_class=HTMLResponse)
def campaign_page(
    name: str,
    request: Request,
    session: DB,
    viewer: Who,
    state: str | None = None,
    page: PageNumber = 1,
    after: AfterKey = None,
    before: BeforeKey = None,
) -> HTMLResponse:
    pager = PageRequest.of(page, 100, after=after, before=before)
    detail = campaigns.campaign_detail(session, viewer, name, pager, state or None)
    if detail is None:
        raise HTTPException(status_code=404, detail="no such campaign")
    return render(request, "campaign.html", campaign=detail, moves=MOVES, state=state or "")


@router.post("/campaigns/{name}/requests/{reference}/state")
def campaign_action(
    name: str,
    reference: str,
    request: Request,
    session: DB,
    state: Annotated[str, Form()],
    note: Annotated[str | None, Form()] = None,
    csrf: CsrfField = None,
) -> Response:
    perform(
        request,
        session,
        ADMINS,
        csrf,
        lambda actor: actions.set_request_state(
            session, actor, reference, state, note or None, campaign=name
        ),
    )
    return RedirectResponse(f"/campaigns/{quote(name)}", status_code=303)


@router.get("/review", response_class=HTMLResponse)
def review_queue_page(request: Request, session: DB, viewer: Who, page: PageNumber = 1) -> Response:
    """The queue of replies: one card per reply, the most uncertain first."""
    if viewer.public:
        return _to_login(request)
    return render(
        request,
        "review_queue.html",
        page=review.replies_page(session, PageRequest.of(page, REPLIES_PER_PAGE)),
        pending=review.pending_count(session),
        outside=review.pending_outside_replies(session),
    )


@router.get("/review/published/{body_id}", response_class=HTMLResponse)
def published_page(body_id: int, request: Request, session: DB, viewer: Who) -> Response:
    """What the public pages and open data will carry of a body, with what redaction removes marked."""
    if viewer.public:
        return _to_login(request)
    view = published.published_view(session, viewer, body_id)
    if view is None:
        raise HTTPException(status_code=404, detail="no such body")
    return render(request, "review_published.html", view=view)


@router.get("/review/{evidence_id}", response_class=HTMLResponse)
@router.get("/review/next", response_class=HTMLResponse)  # registered first: "next" is not an id
def review_page(request: Request, session: DB, viewer: Who, evidence_id: int | None = None) -> Response:
    """One evidence item to decide: the one asked for, or the next of all pending evidence."""
    if viewer.public:
        return _to_login(request)
    if evidence_id is not None and abs(evidence_id) > MAX_ID:
        raise HTTPException(status_code=404, detail="no such evidence")
    item = review.next_item(session) if evidence_id is None else review.review_item(session, evidence_id)
    if evidence_id is not None and item is None:
        raise HTTPException(status_code=404, detail="no such evidence")
    reply = item["document"] if item and item["document"] else None
    return render(
        request,
        "review.html",
        item=item,
        pending=review.pending_count(session),
        in_reply=len(reply_pending(session, reply["id"])) if reply else 0,
        walk="all" if evidence_id is None else "reply",
        fact_choices=review.fact_choices(),
    )


@router.post("/review/{evidence_id}")
def review_decide(
    evidence_id: ItemId,
    request: Request,
    session: DB,
    action: Annotated[ReviewAction, Form()],
    fact_key: Annotated[str | None, Form()] = None,
    new_value: Annotated[str | None, Form()] = None,
    note: Annotated[str | None, Form()] = None,
    walk: Annotated[str | None, Form(description="all: on to the next of all pending evidence")] = None,
    csrf: CsrfField = None,
) -> Response:
    perform(
        request,
        session,
        REVIEWERS,
        csrf,
        lambda actor: actions.decide(
            session, actor, evidence_id, action, fact_key or None, new_value, note or None
        ),
    )
    following = "/review/next" if walk == "all" else review.after_decision(session, evidence_id)
    return RedirectResponse(following, status_code=303)


@router.get("/unmatched", response_class=HTMLResponse)
def unmatched_page(
    request: Request,
    session: DB,
    viewer: Who,
    page: PageNumber = 1,
    q: Annotated[str | None, Query(max_length=100)] = None,
    message: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
) -> Response:
    if viewer.public:
        return _to_login(request)
    listed = unmatched.list_unmatched(session, PageRequest.of(page, 20), q, message)
    return render(request, "unmatched.html", page=listed, query=q or "", searched=message)


@router.post("/unmatched/{message_id}")
def unmatched_assign(
    message_id: ItemId,
    request: Request,
    session: DB,
    reference: Annotated[str, Form(max_length=60)],
    checked_sender: Annotated[bool, Form()] = False,
    csrf: CsrfField = None,
) -> Response:
    perform(
        request,
        session,
        REVIEWERS,
        csrf,
        lambda actor: actions.assign(session, actor, message_id, reference, checked_sender),
    )
    return RedirectResponse("/unmatched", status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str | None = None) -> HTMLResponse:
    return render(request, "login.html", next=_safe_next(next), error=None)


@router.post("/login")
def login_submit(
    request: Request,
    session: DB,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    next: Annotated[str, Form()] = "/",
    csrf: CsrfField = None,
) -> Response:
    check_csrf(request, csrf)
    try:
        sign_in(request, session, name, password)
    except HTTPException as exc:
        return render(
            request, "login.html", status_code=exc.status_code, next=_safe_next(next), error=exc.detail
        )
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout_submit(request: Request, csrf: CsrfField = None) -> Response:
    check_csrf(request, csrf)
    sign_out(request)
    return RedirectResponse("/", status_code=303)
