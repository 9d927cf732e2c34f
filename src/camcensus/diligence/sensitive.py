"""Sensitive-site flags: body types treated as sensitive (data, with the reason and source) and a body's own
declaration that it runs a sensitive site."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.knowledge.restrictions import read_rows
from camcensus.store.diligence_models import BodyDeclaration
from camcensus.store.models import Body

YES = {"yes", "y", "true", "1"}


@cache
def sensitive_body_types() -> dict[str, dict[str, str]]:
    return {row["body_type"]: row for row in read_rows("sensitive_body_types.csv", "camcensus.diligence")}


def declared_sensitive(session: Session, body_ids: list[int]) -> dict[int, BodyDeclaration]:
    """The bodies' own sensitive-site declarations, by body id."""
    found: dict[int, BodyDeclaration] = {}
    for start in range(0, len(body_ids), 500):
        chunk = body_ids[start : start + 500]
        query = select(BodyDeclaration).where(
            BodyDeclaration.body_id.in_(chunk), BodyDeclaration.key == "sensitive_site"
        )
        found.update({d.body_id: d for d in session.scalars(query)})
    return found


def sensitive_flags(
    session: Session, body: Body | Any, declarations: Mapping[int, BodyDeclaration | Any] | None = None
) -> dict[str, Any]:
    """Whether a body (a ``Body`` or a row with its id and body_type) counts as a sensitive site, and every
    reason for it (``declarations``: preloaded with `declared_sensitive`, or rows with the same columns)."""
    reasons = []
    by_type = sensitive_body_types().get(body.body_type.value)
    if by_type:
        reasons.append(
            {"reason": f"body type {body.body_type.value}: {by_type['reason']}", "source": by_type["source"]}
        )
    if declarations is None:
        declarations = declared_sensitive(session, [body.id])
    declared = declarations.get(body.id)
    if declared is not None and declared.value.lower() in YES:
        reasons.append(
            {
                "reason": "declared by the body" + (f": {declared.note}" if declared.note else ""),
                "source": declared.source,
            }
        )
    return {"sensitive": bool(reasons), "reasons": reasons}
