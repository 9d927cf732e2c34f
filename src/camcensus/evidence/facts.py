"""Body facts: all of a body's documents (an e-mail and its attachments) and devices, combined, with
citations.

A body asked in more than one survey round has its facts from the latest round whose replies say something
of each key ("no" in 2026 stands over "yes" in 2024); a key the latest round leaves unknown keeps the
earlier round's value, with that round's evidence cited. Documents of no request form one round, dated by
when they were stored.

Per key (see docs/ARCHITECTURE.md), within a round: ``hikvision``/``dahua`` are yes when any document or
device shows the vendor in use, no when a document says it is not (and none says it is), else unknown;
``outcome`` combines the documents' answers, refusals and not-held statements; ``camera_count`` is the
largest count a document gives.
A review decision (``review_events``: correct or set_fact with a fact key) overrides the machine's value.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from camcensus.enums import EvidenceKind, ReviewAction
from camcensus.evidence import outcome as outcome_rules
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.summary import capability_sets
from camcensus.knowledge.vendors import (
    STATUS_THRESHOLD,
    concern_keys,
    concern_vendors,
    fact_key,
    match_model,
    resolve_brand,
)
from camcensus.store.models import BodyFact, Device, Document, Evidence, Request, ReviewEvent

K = EvidenceKind
#: the facts a body has besides one per vendor of concern
OTHER_FACT_KEYS = (
    "outcome",
    "camera_count",
    "capabilities",
    "capabilities_absent",
    "exemptions",
    "manufacturers",
    "dpia",
    "code_compliance",
)


def fact_keys() -> tuple[str, ...]:
    """Every body fact's key: one per vendor of concern (from the vendor register), then the others."""
    return (*concern_keys(), *OTHER_FACT_KEYS)


@dataclass
class _Fact:
    value: str
    evidence_ids: list[int] = field(default_factory=list)


def _item(row: Evidence) -> EvidenceItem:
    confidence = 1.0 if row.status in ("accepted", "corrected") else row.confidence
    return EvidenceItem(
        kind=K(row.kind),
        value=row.value,
        quote=row.quote,
        location=row.location,
        segment_seq=row.segment_seq,
        char_start=row.char_start,
        char_end=row.char_end,
        confidence=confidence,
        detail=dict(row.detail or {}),
    )


def _body_evidence(session: Session, body_id: int) -> list[Evidence]:
    doc_ids = select(Document.id).where(Document.body_id == body_id)
    query = (
        select(Evidence)
        .where(
            or_(Evidence.body_id == body_id, Evidence.document_id.in_(doc_ids)), Evidence.status != "rejected"
        )
        .order_by(Evidence.id)
    )
    return list(session.scalars(query))


def _device_vendor(device: Device) -> str | None:
    if device.vendor:
        match = resolve_brand(device.vendor)
        return match.vendor if match else device.vendor
    if device.brand:
        match = resolve_brand(device.brand)
        if match and match.confidence >= STATUS_THRESHOLD:
            return match.vendor
    found = match_model(device.model or "")
    return found[0].vendor if found and found[0].confidence >= STATUS_THRESHOLD else None


def _vendor_fact(rows: list[Evidence], devices: Sequence[Device], name: str) -> _Fact:
    statuses = [r for r in rows if r.kind == K.VENDOR_STATUS and (r.detail or {}).get("vendor") == name]
    yes = [r.id for r in statuses if (r.detail or {}).get("status") == "yes"]
    yes += [r.id for r in rows if r.kind == K.DEVICE and r.value == name]
    if yes or any(_device_vendor(d) == name for d in devices):
        return _Fact("yes", yes)
    no = [r.id for r in statuses if (r.detail or {}).get("status") == "no"]
    return _Fact("no", no) if no else _Fact("unknown", [])


def _outcome_fact(rows: list[Evidence]) -> _Fact:
    decided = [r for r in rows if r.kind == K.OUTCOME and (r.detail or {}).get("decided")]
    if not decided:
        return _Fact("unknown", [])
    flags = {
        key: any((r.detail or {}).get(key) for r in decided) for key in ("substantive", "refusal", "not_held")
    }
    value = outcome_rules.decide(flags["substantive"], flags["refusal"], flags["not_held"], False)
    if value == "unknown" and any(r.value != "unknown" for r in decided):
        value = next(r.value for r in decided if r.value != "unknown")
    return _Fact(value, [r.id for r in decided if r.value != "unknown"])


def _count_fact(rows: list[Evidence]) -> _Fact:
    per_doc: dict[int | None, list[Evidence]] = {}
    for r in rows:
        if r.kind == K.CAMERA_COUNT and (r.detail or {}).get("counted"):
            per_doc.setdefault(r.document_id, []).append(r)
    if not per_doc:
        return _Fact("", [])
    best = max(per_doc.values(), key=lambda group: sum(_int(r.value) for r in group))
    return _Fact(str(sum(_int(r.value) for r in best)), [r.id for r in best])


def _int(text: str) -> int:
    return int(text) if text.isdigit() else 0


def _list_fact(values: Iterable[tuple[str, int]]) -> _Fact:
    found: dict[str, list[int]] = {}
    for value, row_id in values:
        found.setdefault(value, []).append(row_id)
    ids = [i for group in found.values() for i in group]
    return _Fact(json.dumps(sorted(found)), ids)


def _manufacturers(rows: list[Evidence], devices: Sequence[Device]) -> _Fact:
    pairs = []
    for r in rows:
        d = r.detail or {}
        if (
            r.kind in (K.MANUFACTURER, K.MODEL)
            and d.get("status") == "in_use"
            and r.confidence >= STATUS_THRESHOLD
        ):
            pairs.append((str(d.get("vendor") if r.kind == K.MODEL else r.value), r.id))
    fact = _list_fact(pairs)
    named = set(json.loads(fact.value)) | {v for v in (_device_vendor(d) for d in devices) if v}
    return _Fact(json.dumps(sorted(named)), fact.evidence_ids)


def _tri(rows: list[Evidence], kind: EvidenceKind) -> _Fact:
    mine = [r for r in rows if r.kind == kind]
    yes = [r.id for r in mine if r.value == "yes"]
    no = [r.id for r in mine if r.value == "no"]
    return _Fact("yes", yes) if yes else (_Fact("no", no) if no else _Fact("unknown", []))


def machine_facts(rows: list[Evidence], devices: Sequence[Device]) -> dict[str, _Fact]:
    facts = {fact_key(name): _vendor_fact(rows, devices, name) for name in concern_vendors()}
    present, absent = capability_sets([_item(r) for r in rows])
    facts.update(
        outcome=_outcome_fact(rows),
        camera_count=_count_fact(rows),
        capabilities=_Fact(
            json.dumps(present), [r.id for r in rows if r.kind == K.CAPABILITY and r.value in present]
        ),
        capabilities_absent=_Fact(
            json.dumps(absent), [r.id for r in rows if r.kind == K.CAPABILITY_ABSENT and r.value in absent]
        ),
        exemptions=_list_fact((r.value, r.id) for r in rows if r.kind == K.EXEMPTION),
        manufacturers=_manufacturers(rows, devices),
        dpia=_tri(rows, K.DPIA),
        code_compliance=_tri(rows, K.CODE_COMPLIANCE),
    )
    return facts


def _overrides(session: Session, body_id: int) -> dict[str, ReviewEvent]:
    events = session.scalars(
        select(ReviewEvent)
        .where(
            ReviewEvent.body_id == body_id,
            ReviewEvent.fact_key.is_not(None),
            ReviewEvent.action.in_([ReviewAction.CORRECT, ReviewAction.SET_FACT]),
        )
        .order_by(ReviewEvent.at, ReviewEvent.id)
    )
    return {str(e.fact_key): e for e in events}


def _bodies_with_material(session: Session) -> list[int]:
    ids = set(session.scalars(select(Document.body_id).where(Document.body_id.is_not(None))))
    ids |= set(session.scalars(select(Device.body_id).where(Device.body_id.is_not(None))))
    ids |= set(session.scalars(select(Evidence.body_id).where(Evidence.body_id.is_not(None))))
    ids |= set(session.scalars(select(ReviewEvent.body_id).where(ReviewEvent.body_id.is_not(None))))
    return sorted(i for i in ids if i is not None)


def resolve_body_facts(session: Session, body_ids: Iterable[int] | None = None) -> int:
    """Recompute the facts of the given bodies (default: every body with documents, devices or reviews)."""
    targets = sorted(set(body_ids)) if body_ids is not None else _bodies_with_material(session)
    for body_id in targets:
        _resolve_one(session, body_id)
    session.flush()
    return len(targets)


_UNSAID = ("", "unknown", "[]")


def _by_round(session: Session, rows: list[Evidence]) -> list[list[Evidence]]:
    """The body's evidence grouped by the survey round (campaign) its documents answer, newest first."""
    doc_ids = {r.document_id for r in rows if r.document_id is not None}
    placed = session.execute(
        select(Document.id, Request.campaign_id, Request.sent_at, Document.created_at)
        .outerjoin(Request, Request.id == Document.request_id)
        .where(Document.id.in_(doc_ids))
    ).all()
    round_of = {d: (campaign, sent or stored) for d, campaign, sent, stored in placed}
    groups: dict[int | None, list[Evidence]] = {}
    newest: dict[int | None, dt.datetime] = {}
    for r in rows:
        campaign, when = round_of.get(r.document_id or -1, (None, None))
        groups.setdefault(campaign, []).append(r)
        if when is not None and (campaign not in newest or when > newest[campaign]):
            newest[campaign] = when
    return [groups[k] for k in sorted(groups, key=lambda k: newest.get(k, dt.datetime.min), reverse=True)]


def latest_facts(rounds: list[list[Evidence]], devices: Sequence[Device]) -> dict[str, _Fact]:
    """Each key from the newest round that says something of it (all rounds unknown: the newest's)."""
    per_round = [machine_facts(rows, devices) for rows in rounds] or [machine_facts([], devices)]
    return {
        key: next((f[key] for f in per_round if f[key].value not in _UNSAID), per_round[0][key])
        for key in per_round[0]
    }


def _resolve_one(session: Session, body_id: int) -> None:
    rows = _body_evidence(session, body_id)
    devices = list(session.scalars(select(Device).where(Device.body_id == body_id)))
    facts = latest_facts(_by_round(session, rows), devices)
    existing = {f.key: f for f in session.scalars(select(BodyFact).where(BodyFact.body_id == body_id))}
    overrides = _overrides(session, body_id)
    for key in fact_keys():
        fact = existing.get(key) or BodyFact(body_id=body_id, key=key, value="")
        if fact.id is None:
            session.add(fact)
        event = overrides.get(key)
        if event is not None:
            fact.value, fact.source = event.new_value or "", "review"
            fact.evidence_ids = [event.evidence_id] if event.evidence_id else []
        else:
            fact.value, fact.source, fact.evidence_ids = facts[key].value, "machine", facts[key].evidence_ids
