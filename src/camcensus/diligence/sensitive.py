"""Sensitive-site flags: body types treated as sensitive (data, with the reason and source) and a body's own
declaration that it runs a sensitive site.

Treating police forces and NHS bodies as sensitive is this project's own test, not a government rule: the UK's
sensitive-site rule (the statement of 24 Nov 2022) covers central government sites only. Every flag raised by
body type says so (``PROJECT_TEST``), and so does every page and report that shows one."""

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
#: How a sensitive-site flag raised by body type is labelled wherever it is shown.
PROJECT_TEST = "this project's own test, not a government rule"
BASES = ("project_test",)


class SensitiveDataError(ValueError):
    """A row of sensitive_body_types.csv whose basis is not one the code labels."""


@cache
def sensitive_body_types() -> dict[str, dict[str, str]]:
    rows = read_rows("sensitive_body_types.csv", "camcensus.diligence")
    for row in rows:
        if row["basis"] not in BASES:
            raise SensitiveDataError(
                f"sensitive_body_types.csv: basis {row['basis']!r} for {row['body_type']}"
            )
    return {row["body_type"]: row for row in rows}


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
            {
                "reason": f"body type {body.body_type.value}, by {PROJECT_TEST}: {by_type['reason']}",
                "source": by_type["source"],
                "basis": by_type["basis"],
            }
        )
    if declarations is None:
        declarations = declared_sensitive(session, [body.id])
    declared = declarations.get(body.id)
    if declared is not None and declared.value.lower() in YES:
        reasons.append(
            {
                "reason": "declared by the body" + (f": {declared.note}" if declared.note else ""),
                "source": declared.source,
                "basis": "declared",
            }
        )
    project = any(r["basis"] == "project_test" for r in reasons)
    return {
        "sensitive": bool(reasons),
        "reasons": reasons,
        # true when only this project's test makes the body sensitive: no declaration of its own
        "project_test": project and not any(r["basis"] == "declared" for r in reasons),
        "label": PROJECT_TEST if project else "",
    }
