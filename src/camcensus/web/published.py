"""What will be published of a body, for its reviewers: each evidence item as the public pages and open data
carry it, with what redaction removed from its quote marked, and the body's devices as its public page lists
them (addresses only when the body opted in). Shown before publication (a body under embargo included), so a
reviewer can see that nothing personal goes out."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from camcensus.redaction import public_filename, redact, redaction
from camcensus.reports.opendata import published_evidence
from camcensus.safetext import display_text
from camcensus.store.models import Body
from camcensus.web.body_page import body_row_for, devices_for
from camcensus.web.viewer import Viewer


def _item(ev: Any, filename: str) -> dict[str, Any]:
    found = redaction(ev.quote or "")
    return {
        "id": ev.id,
        "kind": str(getattr(ev.kind, "value", ev.kind)),
        "value": redact(ev.value),
        "document_id": ev.document_id,
        "document": public_filename(filename),
        "location": display_text(ev.location),
        "status": ev.status,
        "quote": found.text,
        "pieces": [{"text": text, "removed": kind} for text, kind in found.pieces()],
        "removed": [{"kind": r.kind, "text": found.source[r.start : r.end]} for r in found.removals],
    }


def published_view(session: Session, viewer: Viewer, body_id: int) -> dict[str, Any] | None:
    """The body's evidence as it will be published, or None when there is no such body."""
    body = session.get(Body, body_id)
    if body is None:
        return None
    anonymous = Viewer(today=viewer.today)
    public = body_row_for(session, anonymous, body_id)  # as an anonymous visitor sees it
    items = [_item(ev, filename) for ev, filename, _ in published_evidence(session, [body_id])]
    return {
        "body": {"id": body.id, "name": body.name, "code": body.code},
        "embargoed": bool(public is not None and public.hidden),
        "evidence": items,
        "removed": sum(len(i["removed"]) for i in items),
        # as the public page lists them once published: an embargo withholds them until then
        "devices": devices_for(session, anonymous, public) if public is not None else None,
    }
