"""Two survey rounds compared, in the web app: ``GET /api/compare`` answers the document `camcensus compare
--json` prints (`camcensus.analysis.compare.compare_rounds`, the one computation behind it and the report's
"Change since" section) and the page ``/compare`` lays the same document out as the report does
(`camcensus.reports.change.change_view`). The public sees published rounds only; a round under embargo is, to
it, a round that does not exist."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import HTTPException
from sqlalchemy.orm import Session

from camcensus.analysis.compare import compare_rounds
from camcensus.analysis.rounds import in_order, sent_between
from camcensus.analysis.stats import DIMENSIONS, check_dimensions
from camcensus.reports.change import change_view
from camcensus.web.viewer import Viewer


def rounds(session: Session, viewer: Viewer) -> list[dict[str, Any]]:
    """The rounds this viewer may compare, in the order they went out: name, first day sent, synthetic."""
    found = []
    for campaign in in_order(session, include_embargoed=not viewer.public, today=viewer.today):
        first, _ = sent_between(session, campaign)
        found.append(
            {
                "name": campaign.name,
                "sent": first.isoformat() if first else None,
                "synthetic": campaign.synthetic,
            }
        )
    return found


def _chosen(names: list[str], a: str | None, b: str | None) -> tuple[str, str]:
    """The rounds to compare: ``a`` and ``b``, or the two latest; 404 for a round this viewer cannot see or
    while there are fewer than two, 422 for one named without the other or the same named twice."""
    if (a is None) != (b is None):
        raise HTTPException(
            status_code=422, detail="name both rounds (a and b), or neither for the two latest"
        )
    if a is None or b is None:
        if len(names) < 2:
            have = f"{len(names)} {'round' if len(names) == 1 else 'rounds'}"
            raise HTTPException(
                status_code=404, detail=f"comparing needs two survey rounds; there are {have}"
            )
        return names[-2], names[-1]
    for name in (a, b):
        if name not in names:
            raise HTTPException(status_code=404, detail=f"no survey round named {name!r}")
    if a == b:
        raise HTTPException(status_code=422, detail="choose two different rounds")
    return a, b


def comparison(
    session: Session, viewer: Viewer, a: str | None, b: str | None, by: str = ",".join(DIMENSIONS)
) -> dict[str, Any]:
    """The `compare --json` document of rounds ``a`` and ``b`` (default the two latest) for this viewer."""
    parts = tuple(p.strip() for p in by.split(",") if p.strip())
    try:
        check_dimensions(parts)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    earlier, later = _chosen([r["name"] for r in rounds(session, viewer)], a, b)
    return compare_rounds(
        session, earlier, later, by=parts, include_embargoed=not viewer.public, today=viewer.today
    )


def page(session: Session, viewer: Viewer, a: str | None, b: str | None) -> dict[str, Any]:
    """The comparison page's values: the rounds to choose from and, with two, the comparison laid out."""
    choices = rounds(session, viewer)
    if len(choices) < 2 and a is None and b is None:
        return {"rounds": choices, "view": None, "query": ""}
    document = comparison(session, viewer, a, b)
    view = change_view(document)
    return {
        "rounds": choices,
        "view": view,
        "query": urlencode({"a": view["a"]["campaign"], "b": view["b"]["campaign"]}),
    }
