"""Due-diligence tables: supplier questionnaires (sent and tracked like FOI requests) and what a body declares
about itself (Surveillance Camera Code self-assessment, DPIA status, sensitive sites)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from camcensus.store.models import Base, Body, _enum, _now


class QuestionnaireState(StrEnum):
    SENT = "sent"
    ANSWERED = "answered"
    NO_ANSWER = "no_answer"  # the due date passed without an answer: the supplier is flagged


class Questionnaire(Base):
    """Due-diligence questions one body put to one supplier about one vendor's equipment."""

    __tablename__ = "questionnaires"
    __table_args__ = (UniqueConstraint("body_id", "supplier", "vendor"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(60), unique=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id"), index=True)
    supplier: Mapped[str] = mapped_column(String(300))
    vendor: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    sent_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    answer_text: Mapped[str | None] = mapped_column(Text)
    state: Mapped[QuestionnaireState] = mapped_column(
        _enum(QuestionnaireState), default=QuestionnaireState.SENT
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    body: Mapped[Body] = relationship()


class QuestionnaireEvent(Base):
    """Append-only log of every change to a questionnaire."""

    __tablename__ = "questionnaire_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaires.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str | None] = mapped_column(String(32))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class BodyDeclaration(Base):
    """What a body states about itself: a Code principle self-assessed, its DPIA status, a sensitive site."""

    __tablename__ = "body_declarations"
    __table_args__ = (UniqueConstraint("body_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id"), index=True)
    key: Mapped[str] = mapped_column(String(40))  # principle_1 .. principle_12, dpia, sensitive_site
    value: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(300))  # the imported file's name
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
