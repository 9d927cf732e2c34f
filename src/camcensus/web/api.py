"""The JSON API under /api: every list and page of the web app, documented at /openapi.json."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from camcensus.analysis.queue import MAX_LIMIT, reply_queue
from camcensus.enums import EvidenceKind, RequestState, ReviewAction
from camcensus.web import (
    actions,
    bodies,
    campaigns,
    compare,
    compare_schema,
    diligence,
    published,
    review,
    schemas,
    stats_schema,
    unmatched,
)
from camcensus.web.body_page import body_detail
from camcensus.web.cache import share_publicly
from camcensus.web.dashboard import dashboard
from camcensus.web.deps import (
    ADMINS,
    REVIEWERS,
    AfterKey,
    BeforeKey,
    ItemId,
    PageNumber,
    RoundName,
    Who,
    body_filters,
    check_csrf,
    db_session,
    in_session,
    listed_bodies,
    perform,
    public_view,
    require_signed_in,
)
from camcensus.web.login import new_password, sign_in, sign_out
from camcensus.web.pagination import PageRequest
from camcensus.web.security import csrf_token
from camcensus.web.viewer import Viewer

router = APIRouter(prefix="/api", tags=["api"])
DB = Annotated[Session, Depends(db_session)]
Csrf = Annotated[str | None, Header(alias="X-CSRF-Token", description="the token from GET /api/session")]
PageNo = PageNumber
PerPage = Annotated[int, Query(ge=1, le=200, description="items per page")]


class Credentials(BaseModel):
    name: str = Field(max_length=100)
    password: str = Field(max_length=1000)


class PasswordChange(BaseModel):
    current: str = Field(max_length=1000)
    new: str = Field(max_length=1000)


class Decision(BaseModel):
    action: ReviewAction = Field(description="accept, correct or reject")
    fact_key: str | None = Field(None, description="for a correction: the body fact to set")
    new_value: str | None = Field(None, description="for a correction: its new value")
    note: str | None = Field(None, max_length=2000)


class Assignment(BaseModel):
    reference: str = Field(description="the reference of the request this reply answers")
    checked_sender: bool = Field(
        False, description="the reviewer checked a sender the trust checks do not admit for that request"
    )


class StateChange(BaseModel):
    state: str = Field(description="the request's new state")
    note: str | None = Field(None, max_length=2000)


def _found(item: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if item is None:
        raise HTTPException(status_code=404, detail=f"no such {what}")
    return item


@router.get(
    "/session",
    summary="Who is signed in, and the CSRF token for state-changing calls",
    response_model=schemas.SessionInfo,
)
def get_session(request: Request, viewer: Who) -> dict[str, Any]:
    return {
        "user": viewer.name,
        "role": viewer.role.value if viewer.role else None,
        "csrf_token": csrf_token(request.session),
    }


@router.post(
    "/login",
    summary="Sign in (rate limited); needs the X-CSRF-Token from GET /api/session",
    response_model=schemas.SessionInfo,
)
def login(request: Request, creds: Credentials, session: DB, x_csrf_token: Csrf = None) -> dict[str, Any]:
    check_csrf(request, x_csrf_token)
    viewer = sign_in(request, session, creds.name, creds.password)
    return {
        "user": viewer.name,
        "role": viewer.role.value if viewer.role else None,
        "csrf_token": csrf_token(request.session),
    }


@router.post("/logout", summary="Sign out")
def logout(request: Request, x_csrf_token: Csrf = None) -> dict[str, Any]:
    check_csrf(request, x_csrf_token)
    sign_out(request)
    return {"user": None}


@router.post(
    "/account/password",
    summary="Change your password: every other session of yours ends (needs the X-CSRF-Token)",
)
def change_password(
    request: Request, change: PasswordChange, session: DB, viewer: Who, x_csrf_token: Csrf = None
) -> dict[str, Any]:
    check_csrf(request, x_csrf_token)
    if viewer.public:
        raise HTTPException(status_code=401, detail="sign in first")
    new_password(request, session, viewer, change.current, change.new)
    return {"user": viewer.name, "csrf_token": csrf_token(request.session)}


@router.get(
    "/stats",
    summary="National statistics: k of n with 95% intervals and non-response bounds",
    response_model=stats_schema.Stats,
)
def stats(request: Request, viewer: Who) -> JSONResponse:
    state = request.app.state
    data = dashboard(state.store, state.figures, viewer, state.versions.get())
    keys = ("rows", "bodies", "asked", "facts_review", "generated_at")
    if viewer.public:
        share_publicly(request)
    return JSONResponse({key: data[key] for key in keys})


@router.get(
    "/compare",
    summary="Two survey rounds compared (default the two latest): what `camcensus compare --json` prints",
    response_model=compare_schema.Comparison,
)
def get_compare(
    request: Request,
    session: DB,
    viewer: Who,
    a: RoundName = None,
    b: RoundName = None,
    by: Annotated[str, Query(max_length=40, description="sector, nation, both, or empty")] = "sector,nation",
) -> JSONResponse:
    document = compare.comparison(session, viewer, a or None, b or None, by)
    if viewer.public:
        share_publicly(request)
    return JSONResponse(document)


@router.get(
    "/bodies",
    summary="Bodies, filtered and paginated, with their headline facts",
    response_model=schemas.BodyPage,
)
async def list_bodies(
    request: Request,
    viewer: Who,
    filters: Annotated[bodies.BodyFilters, Depends(body_filters)],
    page: PageNo = 1,
    per_page: PerPage = 50,
    after: AfterKey = None,
    before: BeforeKey = None,
) -> JSONResponse:
    pager = PageRequest.of(page, per_page, after=after, before=before)
    found = await in_session(request, lambda session: listed_bodies(request, session, viewer, filters, pager))
    result = found.as_dict()
    result["filters"] = filters.as_dict()
    if viewer.public:
        share_publicly(request)
    return JSONResponse(result)


@router.get("/facets", summary="The values each bodies filter accepts")
def facets(session: DB) -> dict[str, list[str]]:
    return bodies.facet_values(session)


@router.get(
    "/bodies/{body_id}",
    summary="One body: facts with their evidence, requests, documents",
    response_model=schemas.BodyDetail,
)
async def get_body(body_id: ItemId, request: Request, viewer: Who) -> JSONResponse:
    def build(session: Session) -> dict[str, Any] | None:
        return public_view(
            request, session, viewer, ("body", body_id), lambda: body_detail(session, viewer, body_id)
        )

    found = _found(await in_session(request, build), "body")
    if viewer.public:
        share_publicly(request)
    return JSONResponse(found)


@router.get(
    "/bodies/{body_id}/diligence",
    summary="One body: exposure to restricted vendors, replacement "
    "cost, capabilities, DPIA and Surveillance Camera Code self-assessment, supplier questionnaires",
)
def get_body_diligence(body_id: ItemId, session: DB, viewer: Who) -> dict[str, Any]:
    return _found(diligence.body_diligence(session, viewer, body_id), "body")


@router.get(
    "/diligence",
    summary="Due diligence over all bodies: exposure, replacement cost, capabilities, "
    "DPIA, Surveillance Camera Code; each figure as k of n, with sources",
)
def get_diligence(request: Request, viewer: Who) -> dict[str, Any]:
    from camcensus.web.pages import diligence_figures

    return diligence_figures(request, viewer)


@router.get("/campaigns", summary="Campaigns with their request states", response_model=schemas.CampaignPage)
def list_campaigns(session: DB, viewer: Who, page: PageNo = 1, per_page: PerPage = 50) -> JSONResponse:
    return JSONResponse(campaigns.list_campaigns(session, viewer, PageRequest.of(page, per_page)).as_dict())


@router.get(
    "/campaigns/{name}",
    summary="One campaign: states, due and overdue requests, its requests",
    response_model=schemas.CampaignDetail,
)
def get_campaign(
    name: str,
    session: DB,
    viewer: Who,
    state: Annotated[RequestState | None, Query(description="list only the requests in this state")] = None,
    page: PageNo = 1,
    per_page: PerPage = 50,
    after: AfterKey = None,
    before: BeforeKey = None,
) -> JSONResponse:
    pager = PageRequest.of(page, per_page, after=after, before=before)
    detail = campaigns.campaign_detail(session, viewer, name, pager, state.value if state else None)
    return JSONResponse(_found(detail, "campaign"))


@router.post(
    "/campaigns/{name}/requests/{reference}/state",
    summary="Move a request to a new state by the FOI lifecycle's rules (admin)",
    response_model=schemas.StateChangeResult,
    responses={409: {"description": "the request's present state does not allow the move"}},
)
def change_state(
    name: str, reference: str, change: StateChange, request: Request, session: DB, x_csrf_token: Csrf = None
) -> dict[str, Any]:
    return perform(
        request,
        session,
        ADMINS,
        x_csrf_token,
        lambda actor: actions.set_request_state(
            session, actor, reference, change.state, change.note, campaign=name
        ),
    )


@router.get("/review", summary="The review queue, in order (reviewers)", response_model=schemas.EvidencePage)
def review_queue(
    session: DB,
    _: Annotated[Viewer, Depends(require_signed_in)],
    kind: Annotated[EvidenceKind | None, Query(description="only evidence of this kind")] = None,
    page: PageNo = 1,
    per_page: PerPage = 50,
) -> JSONResponse:
    return JSONResponse(review.queue_page(session, PageRequest.of(page, per_page), kind).as_dict())


@router.get(
    "/review/replies",
    summary="The review queue of replies (reviewers): one item per reply with evidence still to review, "
    "flagged replies first, then the most uncertain; each with its fields (value, confidence, quote), "
    "review reasons and pending evidence ids",
    response_model=schemas.ReplyQueue,
)
def review_replies(
    session: DB,
    _: Annotated[Viewer, Depends(require_signed_in)],
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="how many replies")] = 50,
    offset: Annotated[int, Query(ge=0, description="how many replies to skip")] = 0,
) -> JSONResponse:
    return JSONResponse(reply_queue(session, limit, offset).as_dict())


@router.get(
    "/review/published/{body_id}",
    summary="What will be published of a body: its evidence as the public sees it, what redaction removes",
)
def review_published(
    body_id: int, session: DB, viewer: Annotated[Viewer, Depends(require_signed_in)]
) -> dict[str, Any]:
    return _found(published.published_view(session, viewer, body_id), "body")


@router.get(
    "/review/next",
    summary="The next evidence item to review, with its quote in context",
    response_model=schemas.ReviewNext,
)
def review_next(session: DB, _: Annotated[Viewer, Depends(require_signed_in)]) -> JSONResponse:
    return JSONResponse(review.next_item(session) or {"pending": 0, "evidence": None})


@router.get(
    "/review/{evidence_id}",
    summary="One evidence item with its quote in context",
    response_model=schemas.ReviewItem,
)
def review_get(
    evidence_id: ItemId, session: DB, _: Annotated[Viewer, Depends(require_signed_in)]
) -> JSONResponse:
    return JSONResponse(_found(review.review_item(session, evidence_id), "evidence"))


@router.post(
    "/review/{evidence_id}",
    summary="Accept, correct or reject an evidence item (reviewers)",
    response_model=schemas.DecisionResult,
)
def review_post(
    evidence_id: ItemId, decision: Decision, request: Request, session: DB, x_csrf_token: Csrf = None
) -> dict[str, Any]:
    d = decision
    return perform(
        request,
        session,
        REVIEWERS,
        x_csrf_token,
        lambda actor: actions.decide(session, actor, evidence_id, d.action, d.fact_key, d.new_value, d.note),
    )


@router.get(
    "/unmatched",
    summary="Replies not yet matched to a request (reviewers)",
    response_model=schemas.UnmatchedPage,
)
def list_unmatched(
    session: DB,
    _: Annotated[Viewer, Depends(require_signed_in)],
    page: PageNo = 1,
    per_page: PerPage = 50,
    q: Annotated[
        str | None, Query(max_length=100, description="a body's name or a request's reference")
    ] = None,
    message: Annotated[int | None, Query(ge=1, description="the reply to search requests for")] = None,
) -> JSONResponse:
    listed = unmatched.list_unmatched(session, PageRequest.of(page, per_page), q, message)
    return JSONResponse(listed.as_dict())


@router.post(
    "/unmatched/{message_id}",
    summary="Assign an unmatched reply to its request (reviewers)",
    response_model=schemas.AssignmentResult,
)
def assign(
    message_id: ItemId, assignment: Assignment, request: Request, session: DB, x_csrf_token: Csrf = None
) -> dict[str, Any]:
    return perform(
        request,
        session,
        REVIEWERS,
        x_csrf_token,
        lambda actor: actions.assign(
            session, actor, message_id, assignment.reference, assignment.checked_sender
        ),
    )
