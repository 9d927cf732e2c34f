"""SQLAlchemy models for the whole data flow.

register -> campaign/requests -> messages -> documents -> evidence -> review -> body facts.
Natural keys (body code, request reference, SHA-256, Message-ID) make every stage idempotent.
Enum columns are stored as plain strings (``native_enum=False``) so SQLite and PostgreSQL share one schema.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from camcensus.enums import (
    BodyType,
    DocumentStatus,
    EvidenceKind,
    Nation,
    RequestState,
    ReviewAction,
    Role,
)


def _enum(cls: type) -> Enum:
    return Enum(cls, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e])


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Body(Base):
    """A public body that can be asked for information."""

    __tablename__ = "bodies"
    __table_args__ = (
        Index("ix_bodies_name_id", "name", "id"),
        Index("ix_bodies_type_name_id", "body_type", "name", "id"),
        Index("ix_bodies_nation_name_id", "nation", "name", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)  # natural key, e.g. "la:ABE", "ods:RVV"
    name: Mapped[str] = mapped_column(String(300))
    body_type: Mapped[BodyType] = mapped_column(_enum(BodyType), index=True)
    subtype: Mapped[str | None] = mapped_column(String(100))  # council type, school phase, force kind
    nation: Mapped[Nation] = mapped_column(_enum(Nation), index=True)
    region: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(300))
    # domains the register declares the body's own, beyond those of its address and website
    # (camcensus.registry.service.own_domains gives them all)
    domains: Mapped[list[Any]] = mapped_column(JSON, default=list)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    easting: Mapped[float | None] = mapped_column(Float)
    northing: Mapped[float | None] = mapped_column(Float)
    wdtk_id: Mapped[str | None] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(200))
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # when the body, as the owner of its estate, agreed that its devices' addresses (IP, port, MAC) be
    # published; None (the default) withholds them from every public output (camcensus.network.estates)
    device_addresses_public_since: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class Campaign(Base):
    __tablename__ = "campaigns"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    template: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    embargo_until: Mapped[dt.date | None] = mapped_column(Date)
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    requests: Mapped[list[Request]] = relationship(back_populates="campaign")


class Request(Base):
    """One FOI request to one body in one campaign."""

    __tablename__ = "requests"
    __table_args__ = (UniqueConstraint("campaign_id", "body_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id"), index=True)
    reference: Mapped[str] = mapped_column(String(60), unique=True)
    law: Mapped[str] = mapped_column(String(20))
    state: Mapped[RequestState] = mapped_column(_enum(RequestState), default=RequestState.DRAFT, index=True)
    to_address: Mapped[str | None] = mapped_column(String(300))
    subject: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str | None] = mapped_column(String(300), unique=True)
    send_started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    received_on: Mapped[dt.date | None] = mapped_column(Date)  # date of receipt, for the statutory clock
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    paused_days: Mapped[int] = mapped_column(Integer, default=0)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    campaign: Mapped[Campaign] = relationship(back_populates="requests")
    body: Mapped[Body] = relationship()


class RequestEvent(Base):
    """Append-only log of every change to a request."""

    __tablename__ = "request_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str | None] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(100), default="system")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ChaseLetter(Base):
    """A reminder or review request sent to a body, once per request, kind and stage; claimed before it is
    sent, as a request is (``camcensus.foi.delivery``)."""

    __tablename__ = "chase_letters"
    __table_args__ = (UniqueConstraint("request_id", "kind", "stage"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    stage: Mapped[str] = mapped_column(String(100))
    message_id: Mapped[str] = mapped_column(String(300), unique=True)
    send_started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Message(Base):
    """An e-mail sent or received, parsed before storage; the raw bytes are a Document."""

    __tablename__ = "messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(8))  # "out" | "in"
    message_id: Mapped[str | None] = mapped_column(String(300), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(300))
    references: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(String(1000))
    sender: Mapped[str | None] = mapped_column(String(300))
    recipients: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    matched_by: Mapped[str | None] = mapped_column(String(40))  # in_reply_to, reference, domain, manual
    # the Authentication-Results headers as received, one a line (camcensus.foi.trust)
    authentication: Mapped[str | None] = mapped_column(Text)
    # why a reply waits for a person instead of being placed, and the request it seems to answer
    held_reason: Mapped[str | None] = mapped_column(Text)
    suggested_request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    # reply, auto_reply, bounce or referral (camcensus.foi.mailkind), set when the inbox first reads it
    kind: Mapped[str | None] = mapped_column(String(16))
    # the headers and report fields that say a robot wrote it, one "Name: value" a line, as received
    signals: Mapped[str | None] = mapped_column(Text)
    # an e-mail attached inside this one's container (a forwarded reply, the original in a bounce)
    enclosed_by_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Document(Base):
    """A file exactly as received (bytes kept), and what was read from it."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    email_message_id: Mapped[str | None] = mapped_column(String(300), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("bodies.id"), index=True)
    filename: Mapped[str] = mapped_column(String(500))
    source_path: Mapped[str | None] = mapped_column(Text)
    media_type: Mapped[str | None] = mapped_column(String(120))
    format: Mapped[str | None] = mapped_column(String(20))  # pdf, docx, xlsx, eml, ...
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[DocumentStatus] = mapped_column(_enum(DocumentStatus), default=DocumentStatus.OK)
    error: Mapped[str | None] = mapped_column(Text)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    ocr_pages: Mapped[int] = mapped_column(Integer, default=0)
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    extracted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    segments: Mapped[list[Segment]] = relationship(
        back_populates="document", order_by="Segment.seq", cascade="all, delete-orphan"
    )


class Segment(Base):
    """A piece of a document's text with its place: a page, a sheet row, an e-mail part."""

    __tablename__ = "segments"
    __table_args__ = (UniqueConstraint("document_id", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(200))  # "page 2", "sheet Cameras row 4", "body"
    page: Mapped[int | None] = mapped_column(Integer)
    sheet: Mapped[str | None] = mapped_column(String(200))
    row: Mapped[int | None] = mapped_column(Integer)
    ocr: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text)
    document: Mapped[Document] = relationship(back_populates="segments")


class Failure(Base):
    """A file or step that could not be processed, with the reason; never stops a run."""

    __tablename__ = "failures"
    __table_args__ = (UniqueConstraint("stage", "path", "sha256"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    stage: Mapped[str] = mapped_column(String(40))
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Evidence(Base):
    """One thing a document (or a device scan) shows, with the words behind it."""

    __tablename__ = "evidence"
    __table_args__ = (
        UniqueConstraint("document_id", "kind", "value", "char_start", "segment_seq"),
        Index("ix_evidence_body_kind", "body_id", "kind"),
        Index("ix_evidence_status", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    device_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"), index=True)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("bodies.id"))
    kind: Mapped[EvidenceKind] = mapped_column(_enum(EvidenceKind))
    value: Mapped[str] = mapped_column(String(300))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    quote: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    segment_seq: Mapped[int] = mapped_column(Integer, default=-1)
    char_start: Mapped[int] = mapped_column(Integer, default=-1)
    char_end: Mapped[int] = mapped_column(Integer, default=-1)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    extractor: Mapped[str] = mapped_column(String(40), default="rules")
    status: Mapped[str] = mapped_column(
        String(16), default="machine"
    )  # machine, accepted, corrected, rejected
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class ReviewEvent(Base):
    """Append-only record of each human decision on evidence, facts or unmatched replies."""

    __tablename__ = "review_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    action: Mapped[ReviewAction] = mapped_column(_enum(ReviewAction))
    evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id"), index=True)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("bodies.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    fact_key: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class BodyFact(Base):
    """A body-level conclusion (uses Hikvision, camera count, ...) and the evidence behind it."""

    __tablename__ = "body_facts"
    __table_args__ = (UniqueConstraint("body_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id"), index=True)
    key: Mapped[str] = mapped_column(String(60))  # hikvision, dahua, camera_count, outcome, capabilities, ...
    value: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20), default="machine")  # machine | review
    evidence_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class Scan(Base):
    """Who scanned what and when (discovery is always attributable)."""

    __tablename__ = "scans"
    id: Mapped[int] = mapped_column(primary_key=True)
    actor: Mapped[str] = mapped_column(String(100))
    targets: Mapped[str] = mapped_column(Text)
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("bodies.id"))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Device(Base):
    """A device seen on a network, in nmap output or in an asset inventory."""

    __tablename__ = "devices"
    id: Mapped[int] = mapped_column(primary_key=True)
    device_key: Mapped[str] = mapped_column(String(300), unique=True)  # source + serial/mac/address:port
    body_id: Mapped[int | None] = mapped_column(ForeignKey("bodies.id"), index=True)
    scan_id: Mapped[int | None] = mapped_column(ForeignKey("scans.id"))
    source: Mapped[str] = mapped_column(String(20))  # discovery, nmap, inventory
    address: Mapped[str | None] = mapped_column(String(64))
    port: Mapped[int | None] = mapped_column(Integer)
    mac: Mapped[str | None] = mapped_column(String(32))
    vendor: Mapped[str | None] = mapped_column(String(100))
    brand: Mapped[str | None] = mapped_column(String(100))
    model: Mapped[str | None] = mapped_column(String(200))
    device_type: Mapped[str | None] = mapped_column(String(40))  # camera, recorder, intercom, other
    firmware: Mapped[str | None] = mapped_column(String(200))
    serial: Mapped[str | None] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(300))
    installed_on: Mapped[dt.date | None] = mapped_column(Date)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    first_seen: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


def name_key(name: str) -> str:
    """The one form of a user name that sign-in, the login limiter and uniqueness compare: NFKC, surrounding
    and repeated white space dropped, case folded (" Rev", "\trev" and "ｒｅｖ" are all "rev")."""
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()[:100]


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    name_key: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[Role] = mapped_column(_enum(Role))
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    @validates("name")
    def _keep_key(self, _key: str, name: str) -> str:
        self.name_key = name_key(name)
        return name


class WebSession(Base):
    """A signed-in session of the web app: the cookie holds a random token, this row its SHA-256, so a
    session ends for every copy of the cookie when the row goes (sign-out, a new password, the user
    removed)."""

    __tablename__ = "web_sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the cookie's token
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)


class LoginFailure(Base):
    """A failed sign-in, by the name's key or the client: the limit every web worker shares."""

    __tablename__ = "login_failures"
    __table_args__ = (Index("ix_login_failures_key_at", "key", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200))  # "name:<name key>" or "client:<address>"
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)


class Setting(Base):
    """Small key/value data the system keeps (e.g. ad hoc holidays, last run times)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
