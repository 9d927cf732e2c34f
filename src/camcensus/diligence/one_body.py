"""One body's exposure and rights read with a few column queries, for pages that show one body at a time.

The same figures as `body_exposure` and `body_rights` (the same `exposure_of` and `rights_from` over the same
data), but read without ORM entities, with statements built once, and reusing the body's row and facts when
the caller has read them already: its devices and its declarations are then all that is read, and only
when the row says the body has any (``HAS_COLUMNS``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Integer, bindparam, exists, select
from sqlalchemy.orm import Session

from camcensus.diligence.costs import UnitCost
from camcensus.diligence.estate import DEVICE_COLUMNS, BodyEstate, device_row, fact_of
from camcensus.diligence.exposure import BodyExposure, exposure_of
from camcensus.diligence.rights import BodyRights, rights_from
from camcensus.store.diligence_models import BodyDeclaration, Questionnaire
from camcensus.store.models import Body, BodyFact, Device

BODY_ID = bindparam("body_id", type_=Integer)
BODY_COLUMNS = (Body.id, Body.code, Body.name, Body.body_type, Body.nation)
FACT_COLUMNS = (BodyFact.key, BodyFact.value, BodyFact.source, BodyFact.evidence_ids)
_BODY = select(*BODY_COLUMNS).where(Body.id == BODY_ID)
_FACTS = select(*FACT_COLUMNS).where(BodyFact.body_id == BODY_ID)
_DEVICES = select(*DEVICE_COLUMNS).where(Device.body_id == BODY_ID).order_by(Device.id)
_DECLARATIONS = select(
    BodyDeclaration.key, BodyDeclaration.value, BodyDeclaration.note, BodyDeclaration.source
).where(BodyDeclaration.body_id == BODY_ID)

# A body's row can say what it has: with these columns (``has_devices``...) false, exposure_and_rights, the
# body page and its due-diligence section skip the statement (most bodies have none of them).
HAS_COLUMNS = tuple(
    exists(select(model.id).where(model.body_id == Body.id)).label(f"has_{name}")
    for name, model in (
        ("devices", Device),
        ("declarations", BodyDeclaration),
        ("questionnaires", Questionnaire),
    )
)


def _may_have(body: Any, what: str) -> bool:
    """False only when the body's row says it has none of ``what`` (a ``has_<what>`` column)."""
    return bool(getattr(body, f"has_{what}", True))


def exposure_and_rights(
    session: Session,
    body_id: int,
    body: Any | None = None,
    facts: Iterable[Any] | None = None,
    costs: dict[str, UnitCost] | None = None,
) -> tuple[BodyExposure, BodyRights] | None:
    """One body's exposure and rights; None when there is no such body.

    ``body``: its row when the caller has it (the columns of ``BODY_COLUMNS``, or more: with ``has_devices``
    or ``has_declarations`` false, those are not asked for); ``facts``: all its body facts when the caller has
    them (rows with the columns of ``FACT_COLUMNS``, or more)."""
    conn = session.connection()
    params = {"body_id": body_id}
    if body is None:
        body = conn.execute(_BODY, params).first()
        if body is None:
            return None
    rows: Iterable[Any] = conn.execute(_FACTS, params) if facts is None else facts
    estate = BodyEstate(
        body_id=body_id,
        facts={f.key: fact_of(f) for f in rows},
        devices=[device_row(d) for d in conn.execute(_DEVICES, params)] if _may_have(body, "devices") else [],
    )
    declared = (
        {d.key: d for d in conn.execute(_DECLARATIONS, params)} if _may_have(body, "declarations") else {}
    )
    sensitive = {body_id: declared["sensitive_site"]} if "sensitive_site" in declared else {}
    exposure = exposure_of(session, body, estate, costs, sensitive)
    return exposure, rights_from(body, estate.facts, declared)
