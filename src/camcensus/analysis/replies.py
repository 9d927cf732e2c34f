"""The replies waiting for review, chosen in SQL: each reply's tree of documents, whether it is in the queue,
and for each of its fields the reading it comes from (camcensus.analysis.queue builds the items).

A reply is a document with no parent together with every document under it (``Document.parent_id``). It is
waiting while any of its documents has evidence still as the machine read it (status ``machine``) and one
of them has a decided reading (the latest outcome row with ``detail["decided"]``). Each field (one per
vendor of concern, outcome, camera_count, exemptions) comes from the most informative reading of the tree:
a known value before "unknown" or none, then the highest confidence, then the reading that knows the most
fields, then the lowest document id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Select,
    Subquery,
    case,
    exists,
    func,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import aliased

from camcensus.enums import EvidenceKind
from camcensus.knowledge.vendors import concern_keys, concern_vendors, fact_key
from camcensus.store.models import Document, Evidence

K = EvidenceKind
PENDING = "machine"
REJECTED = "rejected"
OTHER_FIELDS = ("outcome", "camera_count", "exemptions")


def reply_trees(root_ids: Iterable[int] | None = None) -> CTE:
    """``(document_id, root_id)``: every document with the root of its reply (itself when it has no parent);
    only the documents under ``root_ids`` when given."""
    top = select(Document.id.label("document_id"), Document.id.label("root_id"))
    top = top.where(Document.parent_id.is_(None) if root_ids is None else Document.id.in_(list(root_ids)))
    trees = top.cte("reply_trees", recursive=True)
    child = aliased(Document, name="child")
    return trees.union_all(select(child.id, trees.c.root_id).where(child.parent_id == trees.c.document_id))


def _found(conditions: Callable[[Any], tuple[ColumnElement[bool], ...]]) -> ColumnElement[int]:
    """1 when the decided row's document has evidence (not rejected) meeting ``conditions``, else 0."""
    other = aliased(Evidence, name="other")
    kept = (other.document_id == Evidence.document_id, other.status != REJECTED)
    return case((exists(select(other.id).where(*kept, *conditions(other))), 1), else_=0)


def queue_fields() -> tuple[str, ...]:
    """The fields of a reply in the queue: one per vendor of concern, then outcome, count and exemptions."""
    return (*concern_keys(), *OTHER_FIELDS)


def _vendor(name: str) -> Callable[[Any], tuple[ColumnElement[bool], ...]]:
    return lambda e: (
        e.kind == K.VENDOR_STATUS,
        e.detail["vendor"].as_string() == name,
        func.coalesce(e.detail["status"].as_string(), "unknown") != "unknown",
    )


def _known() -> dict[str, ColumnElement[int]]:
    """Per field, 1 when a decided row's reading found a value for it (not unknown, none or no exemption)."""
    return {
        **{fact_key(name): _found(_vendor(name)) for name in concern_vendors()},
        "outcome": case(((Evidence.status != REJECTED) & (Evidence.value != "unknown"), 1), else_=0),
        "camera_count": _found(
            lambda e: (e.kind == K.CAMERA_COUNT, e.detail["counted"].as_boolean().is_(True))
        ),
        "exemptions": _found(lambda e: (e.kind == K.EXEMPTION,)),
    }


def _weak() -> dict[str, ColumnElement[int]]:
    """Per field, 1 when a decided row's review gives a reason about that field (it was read on a weak
    basis), else 0."""
    reasons = func.coalesce(Evidence.detail[("review", "reasons")].as_string(), "")
    return {f: case((reasons.like(f'%"{weak_reason(f)}%'), 1), else_=0) for f in queue_fields()}


def _whole_reasons(weak: dict[str, ColumnElement[int]]) -> ColumnElement[int]:
    """1 when a decided row's review gives a reason about the whole reading (not one field), or it has no
    review detail; else 0."""
    given = func.coalesce(func.json_array_length(Evidence.detail[("review", "reasons")]), 0)
    return case(
        (Evidence.detail["review"].as_string().is_(None), 1),
        (given > sum(weak.values(), literal_column("0")), 1),
        else_=0,
    )


def weak_reason(name: str) -> str:
    """How a review reason about one field begins (camcensus.evidence.confidence.review_reasons)."""
    return f"{name} read on a weak basis"


def queued_replies(
    hidden_bodies: Select[Any] | None = None, root_ids: Iterable[int] | None = None
) -> Select[Any]:
    """The replies in the queue, as ``(root_id, needs_review, uncertainty, <field>_from...)``: for each
    field the id of the decided row whose reading it comes from. Leaves out the replies whose root document
    is on one of ``hidden_bodies``; only the replies of ``root_ids`` when given."""
    return _queued(reply_trees(root_ids), hidden_bodies)


def queued_documents(hidden_bodies: Select[Any] | None = None) -> Select[Any]:
    """The ids of every document of the replies in the queue (roots and what is under them)."""
    trees = reply_trees()
    queued = _queued(trees, hidden_bodies).subquery("queued")
    return select(trees.c.document_id).where(trees.c.root_id.in_(select(queued.c.root_id)))


def _queued(trees: CTE, hidden_bodies: Select[Any] | None) -> Select[Any]:
    ranked = _ranked(_per_field(_readings(trees, hidden_bodies)))
    return (
        select(
            ranked.c.root_id,
            (func.max(ranked.c.flagged) > 0).label("needs_review"),
            (1.0 - func.min(ranked.c.confidence)).label("uncertainty"),
            *(
                func.max(case((ranked.c.field == f, ranked.c.reading_id))).label(f"{f}_from")
                for f in queue_fields()
            ),
        )
        .where(ranked.c.rank == 1)
        .group_by(ranked.c.root_id)
    )


def _readings(trees: CTE, hidden_bodies: Select[Any] | None) -> Subquery:
    """The decided rows of the waiting replies, each with its root and, per field, whether it knows it, its
    confidence and whether its review flags it; leaves out the replies on ``hidden_bodies``."""
    latest = (
        select(func.max(Evidence.id))
        .where(
            Evidence.kind == K.OUTCOME,
            Evidence.document_id.is_not(None),
            Evidence.detail["decided"].as_boolean().is_(True),
        )
        .group_by(Evidence.document_id)
    )
    waiting = (
        select(trees.c.root_id)
        .join(Evidence, Evidence.document_id == trees.c.document_id)
        .where(Evidence.status == PENDING)
    )
    known, weak = _known(), _weak()
    readings = (
        select(
            Evidence.id.label("reading_id"),
            Evidence.document_id,
            trees.c.root_id,
            _whole_reasons(weak).label("whole"),
            sum(known.values(), literal_column("0")).label("known_fields"),
            *(known[f].label(f"known_{f}") for f in queue_fields()),
            *(weak[f].label(f"weak_{f}") for f in queue_fields()),
            *(
                func.coalesce(Evidence.detail[("review", "confidence", f)].as_float(), 0.0).label(
                    f"confidence_{f}"
                )
                for f in queue_fields()
            ),
        )
        .join(trees, trees.c.document_id == Evidence.document_id)
        .where(Evidence.id.in_(latest), trees.c.root_id.in_(waiting))
    )
    if hidden_bodies is not None:
        readings = readings.where(
            trees.c.root_id.not_in(select(Document.id).where(Document.body_id.in_(hidden_bodies)))
        )
    return readings.subquery("readings")


def _per_field(read: Subquery) -> Subquery:
    """One row per reading and field: known, confidence and flagged for that field."""
    return union_all(
        *(
            select(
                read.c.root_id,
                read.c.document_id,
                read.c.reading_id,
                read.c.known_fields,
                literal_column(f"'{f}'").label("field"),
                read.c[f"known_{f}"].label("known"),
                read.c[f"confidence_{f}"].label("confidence"),
                (read.c[f"weak_{f}"] + read.c.whole).label("flagged"),
            )
            for f in queue_fields()
        )
    ).subquery("per_field")


def _ranked(per_field: Subquery) -> Subquery:
    """``per_field`` with each reading's rank for its field within its reply (1: the one the field comes
    from)."""
    rank = func.row_number().over(
        partition_by=(per_field.c.root_id, per_field.c.field),
        order_by=(
            per_field.c.known.desc(),
            per_field.c.confidence.desc(),
            per_field.c.known_fields.desc(),
            per_field.c.document_id,
        ),
    )
    return select(per_field, rank.label("rank")).subquery("ranked")
