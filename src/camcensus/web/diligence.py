"""Due diligence in the web app: the national picture (the report's four sections) and one body's exposure,
replacement cost, DPIA and Code self-assessment. Anonymous visitors see published bodies only, with free text
redacted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Integer, bindparam, select
from sqlalchemy.orm import Session

from camcensus.diligence.one_body import exposure_and_rights
from camcensus.diligence.overview import body_row, diligence_body_ids, overview
from camcensus.diligence.report import render_sections
from camcensus.redaction import redact
from camcensus.store.diligence_models import Questionnaire, QuestionnaireState
from camcensus.web.bodies import embargoed_ids
from camcensus.web.body_page import body_row_for, shown_text
from camcensus.web.viewer import Viewer


def _clean_rights(rights: dict[str, Any], text: Any) -> None:
    rights["dpia"]["note"] = text(rights["dpia"]["note"])
    for p in rights["self_assessment"]["principles"]:
        p["note"] = text(p["note"])


def national(session: Session, viewer: Viewer) -> dict[str, Any]:
    """The figures of every body this viewer may see, and the four sections as HTML."""
    ids = diligence_body_ids(session)
    hidden = embargoed_ids(session, viewer, ids)
    values = overview(session, [i for i in ids if i not in hidden], today=viewer.today)
    if viewer.public:
        text = redact
        for row in values["bodies"]:
            _clean_rights(row["rights"], text)
        for s in values["questionnaires"]["flagged_suppliers"]:
            s["supplier"] = text(s["supplier"])
    values["generated_at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    values["withheld_bodies"] = len(hidden)
    return values


def sections_html(values: dict[str, Any]) -> list[tuple[str, str]]:
    return render_sections(values)


_QUESTIONNAIRES = (
    select(
        Questionnaire.reference,
        Questionnaire.supplier,
        Questionnaire.vendor,
        Questionnaire.sent_on,
        Questionnaire.due_on,
        Questionnaire.answered_on,
        Questionnaire.state,
    )
    .where(Questionnaire.body_id == bindparam("body_id", type_=Integer))
    .order_by(Questionnaire.id)
)


def _questionnaires(session: Session, body_id: int, today: dt.date, text: Any) -> list[dict[str, Any]]:
    rows = []
    for q in session.connection().execute(_QUESTIONNAIRES, {"body_id": body_id}):
        flagged = q.state == QuestionnaireState.NO_ANSWER or (
            q.state == QuestionnaireState.SENT and q.due_on < today
        )
        rows.append(
            {
                "reference": q.reference,
                "supplier": text(q.supplier),
                "vendor": q.vendor,
                "sent_on": q.sent_on.isoformat(),
                "due_on": q.due_on.isoformat(),
                "answered_on": q.answered_on.isoformat() if q.answered_on else None,
                "state": "no_answer" if flagged else q.state.value,
                "flagged": flagged,
                "late": bool(q.answered_on and q.answered_on > q.due_on),
            }
        )
    return rows


def body_diligence(
    session: Session,
    viewer: Viewer,
    body_id: int,
    embargoed: bool | None = None,
    body: Any | None = None,
    facts: Iterable[Any] | None = None,
) -> dict[str, Any] | None:
    """One body's due diligence; None when there is no such body. When the caller has read the body already:
    ``embargoed``, whether its facts are under embargo for this viewer; ``body``, its row; ``facts``, all its
    body facts (see `camcensus.diligence.one_body`)."""
    if embargoed is None:
        body = body_row_for(session, viewer, body_id)
        if body is None:
            return None
        embargoed = bool(body.hidden)
    if embargoed:
        return {"embargoed": True}
    found = exposure_and_rights(session, body_id, body, facts)
    if found is None:
        return None
    exposure, rights = found
    text = shown_text(viewer)
    row = body_row(exposure, rights)
    _clean_rights(row["rights"], text)
    data = exposure.as_dict()
    row.update(
        embargoed=False,
        vendors=data["vendors"],
        restriction_lines=data["restrictions"],
        replacement_cost=data["replacement_cost"],
        questionnaires=_questionnaires(session, body_id, viewer.today, text)
        if getattr(body, "has_questionnaires", True)  # body_page's row says whether it has any
        else [],
    )
    return row
