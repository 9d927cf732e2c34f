"""Synthetic data, marked wherever it can travel: the sentence that says so, and whether a store holds any.

The demo's campaign and documents are flagged (`Campaign.synthetic`, `Document.synthetic`); every output that
shows figures or findings from such a store carries SYNTHETIC_NOTE (web pages as a banner, CLI outputs as a
line, published folders as a README or a column)."""

from __future__ import annotations

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from camcensus.store.models import Campaign, Document

SYNTHETIC_NOTE = (
    "SYNTHETIC DEMO DATA: built from generated demonstration replies; these are not real findings."
)


def holds_synthetic(session: Session) -> bool:
    """Whether any campaign or document in the store is synthetic demo data."""
    query = select(
        or_(exists().where(Campaign.synthetic.is_(True)), exists().where(Document.synthetic.is_(True)))
    )
    return bool(session.scalar(query))
