"""The shapes of the JSON API's answers, as pydantic models: /openapi.json describes every field with them.

The routes write their JSON themselves (the same bytes the pages and caches use); these models describe it,
and ``tests/web/test_api_schemas.py`` holds every answer to its schema, with no field left undescribed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, create_model

from camcensus.knowledge.vendors import concern_keys, concern_names
from camcensus.web.device_schema import BodyDevices

# --- shared pieces ------------------------------------------------------------------------------------------


class PageCounts(BaseModel):
    total: int = Field(description="how many items match, on all pages")
    per_page: int = Field(description="items per page")
    pages: int = Field(description="how many pages there are (at least 1)")


class PageInfo(PageCounts):
    page: int = Field(description="this page's number, from 1")


class BodyRef(BaseModel):
    id: int
    name: str
    code: str = Field(description="the body's natural key: la:…, ods:…, urn:…, police:…")


class DocumentRef(BaseModel):
    id: int
    filename: str = Field(description="the file's name, as it may be shown")
    format: str | None = Field(description="pdf, docx, xlsx, eml, …")


class Piece(BaseModel):
    text: str
    evidence_id: int | None = Field(description="the evidence item this piece is the span of, if any")
    kind: str | None = Field(description="that evidence item's kind")


class EvidenceItem(BaseModel):
    id: int
    kind: str = Field(description="manufacturer, model, camera_count, capability, outcome, exemption, …")
    value: str = Field(description="what was read (redacted for the public)")
    quote: str = Field(description="the words it was read from (redacted for the public)")
    location: str = Field(description="where in the document: page, sheet and row, e-mail body")
    document_id: int | None
    device_id: int | None
    segment_seq: int = Field(description="the segment of the document's text; -1 when none")
    char_start: int = Field(description="where the quote starts in the segment; -1 when not known")
    char_end: int
    confidence: float = Field(description="the reader's confidence, 0 to 1")
    extractor: str
    status: str = Field(description="machine (not yet reviewed), accepted, corrected or rejected")


# --- statistics ---------------------------------------------------------------------------------------------


# --- bodies -------------------------------------------------------------------------------------------------


class BodySummary(BaseModel):
    id: int
    code: str
    name: str
    body_type: str
    subtype: str | None
    nation: str
    region: str | None


class BodyListItem(BodySummary):
    facts: dict[str, str] = Field(
        description=f"{', '.join(concern_keys())}, outcome, camera_count; empty under embargo for the public"
    )


class KeyedPageInfo(PageCounts):
    page: int | None = Field(
        description="this page's number, from 1; null for a page asked by key (after, before)"
    )
    next_after: int | None = Field(description="the next page is ?after=this (null on the last page)")
    previous_before: int | None = Field(
        description="the previous page is ?before=this (null on the first page)"
    )


class BodyPage(KeyedPageInfo):
    items: list[BodyListItem]
    filters: dict[str, str] = Field(description="the filters applied")


class FactReview(BaseModel):
    at: str
    action: str
    actor: str | None = Field(description="who decided; null for the public")


class BodyFact(BaseModel):
    key: str
    value: str
    source: str = Field(description="machine or review")
    updated_at: str
    evidence: list[EvidenceItem] = Field(description="the evidence behind the fact")
    reviewed: FactReview | None = Field(description="the latest review decision, for a reviewed fact")


class RequestEventItem(BaseModel):
    at: str
    kind: str
    from_state: str | None
    to_state: str | None
    actor: str | None = Field(description="who made it; null for the public")


class BodyRequest(BaseModel):
    id: int
    reference: str
    campaign: str
    law: str
    state: str
    sent_at: str | None
    due_on: str | None
    events: list[RequestEventItem] = Field(description="the request's timeline")


class TextSegment(BaseModel):
    seq: int
    location: str
    ocr: bool
    highlighted: bool = Field(description="whether any evidence is marked in it")
    pieces: list[Piece]


class BodyDocument(BaseModel):
    id: int
    filename: str
    format: str | None
    media_type: str | None
    parent_id: int | None = Field(description="the document it came in (an e-mail's attachment)")
    request_id: int | None
    status: str
    error: str | None
    pages: int
    synthetic: bool
    evidence_ids: list[int]
    segments: list[TextSegment] = Field(description="its text with the evidence marked: reviewers only")


class BodyDetail(BodySummary):
    email: str | None = Field(description="the FOI address: signed-in users only")
    lat: float | None
    lon: float | None
    source: str
    facts: list[BodyFact]
    facts_embargoed: bool = Field(description="facts, documents and evidence withheld while under embargo")
    requests: list[BodyRequest]
    documents: list[BodyDocument]
    evidence: list[EvidenceItem]
    devices: BodyDevices | None = Field(
        description="devices found by scans and imports (serial numbers never); null under embargo"
    )


# --- review -------------------------------------------------------------------------------------------------


class EvidencePage(PageInfo):
    items: list[EvidenceItem] = Field(description="pending evidence, in review order")


class ReplyDocument(DocumentRef):
    parent_id: int | None


class ReplyField(BaseModel):
    value: str | int | list[str] | None = Field(description="the field's reading")
    confidence: float | None
    basis: str | None = Field(description="why it was read so")
    quote: str
    evidence_ids: list[int]
    document_id: int | None = Field(description="the document it was read in")


# one field per vendor of concern (from the vendor catalogue), then the reply's own fields
if TYPE_CHECKING:
    ReplyFields = BaseModel
else:
    ReplyFields = create_model(
        "ReplyFields",
        **{key: (ReplyField, ...) for key in concern_keys()},
        outcome=(ReplyField, ...),
        camera_count=(ReplyField, ...),
        exemptions=(ReplyField, ...),
    )


class ReplyItem(BaseModel):
    document: ReplyDocument = Field(description="the reply's root document")
    body: BodyRef | None
    reference: str | None = Field(description="the request it answers")
    documents: list[DocumentRef] = Field(description="root first, then what came with it")
    fields: ReplyFields
    needs_review: bool
    reasons: list[str]
    uncertainty: float = Field(description="1 - the least confidence of its fields")
    pending_evidence: list[int] = Field(description="evidence ids still to review")


class ReplyQueue(BaseModel):
    items: list[ReplyItem]
    total: int
    limit: int
    offset: int


# --- unmatched replies --------------------------------------------------------------------------------------


class RequestRef(BaseModel):
    reference: str
    body: str = Field(description="the body's name")
    trusted: bool = Field(description="whether the trust checks admit the reply's sender for this request")
    doubt: str | None = Field(description="why they do not (the reviewer must check the sender to place it)")


class FoundRequest(RequestRef):
    campaign: str
    state: str


class UnmatchedReply(BaseModel):
    id: int = Field(description="the message id to assign")
    subject: str
    sender: str
    message_id: str | None
    sent_at: str | None
    document_id: int | None
    preview: str = Field(description="the start of its text")
    held: str | None = Field(description="why it was held rather than matched")
    suggested: RequestRef | None = Field(description="the request matching suggested")
    candidates: list[RequestRef] = Field(description="requests sent to the sender's domain")
    found: list[FoundRequest] | None = Field(
        description="requests whose reference or body's name holds the search (`q`), for the reply searched"
    )


class UnmatchedPage(PageInfo):
    items: list[UnmatchedReply]


class ReviewContext(BaseModel):
    location: str
    offset: int = Field(description="where the window starts in the segment's text")
    truncated_before: bool
    truncated_after: bool
    pieces: list[Piece] = Field(description="the text around the quote, the evidence marked")


class ReviewItem(BaseModel):
    evidence: EvidenceItem
    document: DocumentRef | None
    body: BodyRef | None
    context: ReviewContext
    decides: list[str] = Field(description=f"the {concern_names('/')} facts this evidence supports")
    suggested_fact: str | None = Field(description="the body fact a correction would most likely set")
    facts: dict[str, str] = Field(description="the body's facts now")


class ReviewNext(BaseModel):
    """The next item to review with how many are pending; only ``pending`` (0) and ``evidence`` (null) when
    none is left."""

    evidence: EvidenceItem | None
    document: DocumentRef | None = None
    body: BodyRef | None = None
    context: ReviewContext | None = None
    decides: list[str] = Field(default_factory=list)
    suggested_fact: str | None = None
    facts: dict[str, str] = Field(default_factory=dict)
    pending: int = Field(description="evidence items still to review")


# --- campaigns ----------------------------------------------------------------------------------------------


class CampaignSummary(BaseModel):
    id: int
    name: str
    template: str
    description: str | None
    synthetic: bool
    embargo_until: str | None = Field(description="nothing of its replies is public before this date")
    created_at: str
    requests: int = Field(description="how many requests it holds")
    states: dict[str, int] = Field(description="requests per state")


class CampaignPage(PageInfo):
    items: list[CampaignSummary]


class CampaignRequest(BaseModel):
    id: int
    reference: str
    state: str
    law: str
    body: BodyRef
    sent_at: str | None
    due_on: str | None
    days_overdue: int = Field(description="calendar days past due; 0 when not overdue")
    undelivered: str | None = Field(
        None, description="the address the request bounced from (state delivery_failed), when it did"
    )


class CampaignRequestPage(KeyedPageInfo):
    items: list[CampaignRequest]


class CampaignDetail(CampaignSummary):
    overdue: list[CampaignRequest] = Field(
        description="open requests past their due date, most overdue first"
    )
    due: list[CampaignRequest] = Field(description="open requests not yet due, soonest first")
    request_list: CampaignRequestPage = Field(description="its requests (in the state asked for), a page")


# --- session and writes -------------------------------------------------------------------------------------


class SessionInfo(BaseModel):
    user: str | None = Field(description="who is signed in; null for the public")
    role: str | None = Field(description="admin or reviewer")
    csrf_token: str = Field(description="send it as X-CSRF-Token with every state-changing call")


class DecisionResult(BaseModel):
    evidence_id: int
    status: str = Field(description="the evidence item's status after the decision")
    action: str
    actor: str


class AssignmentResult(BaseModel):
    message_id: int
    request_id: int
    reference: str
    actor: str
    sender_trusted: bool = Field(description="whether the trust checks admitted the sender for the request")


class StateChangeResult(BaseModel):
    reference: str
    from_state: str
    to_state: str
    actor: str
