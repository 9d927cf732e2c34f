"""The open data tables: what each holds, its columns with types and meanings, and its rows.

Only campaigns not under embargo are published. No reply is published whole: the evidence table carries each
item's quote, and every piece of free text (quotes, values, file names, addresses) passes through
:func:`camcensus.redaction.redact` (file names :func:`camcensus.redaction.public_filename`). Request letters
are not published (they carry the requester's name). Devices are published as
:mod:`camcensus.network.estates` shows them to the public: their IP and MAC addresses only where the body
opted in, never a serial number, user name or credential.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from camcensus.analysis.compare import compare_rounds
from camcensus.analysis.figures import figures_for
from camcensus.analysis.population import SurveyedBody
from camcensus.analysis.rounds import started_on
from camcensus.knowledge.vendors import concern_keys
from camcensus.network.estates import public_devices
from camcensus.network.risk import LIKELY_AFFECTED
from camcensus.redaction import public_filename, redact
from camcensus.safetext import display_text
from camcensus.store.diligence_models import BodyDeclaration
from camcensus.store.models import Body, BodyFact, Campaign, Document, Evidence, Request


@dataclass
class Survey:
    """The published slice of the store: public campaigns and the bodies asked in them."""

    session: Session
    campaigns: list[Campaign]
    bodies: list[SurveyedBody]


def campaign_rows(survey: Survey) -> Iterator[dict[str, Any]]:
    for campaign in survey.campaigns:
        count = survey.session.scalar(select(func.count()).where(Request.campaign_id == campaign.id))
        yield {
            "name": campaign.name,
            "template": campaign.template,
            "synthetic": bool(campaign.synthetic),
            "requests": count or 0,
        }


def _declarations(survey: Survey) -> dict[int, dict[str, str]]:
    """What each body declared about itself (Code principles, DPIA), by key."""
    ids = [b.body_id for b in survey.bodies]
    found: dict[int, dict[str, str]] = {}
    for start in range(0, len(ids), 500):
        query = select(BodyDeclaration.body_id, BodyDeclaration.key, BodyDeclaration.value).where(
            BodyDeclaration.body_id.in_(ids[start : start + 500])
        )
        for body_id, key, value in survey.session.execute(query):
            found.setdefault(body_id, {})[key] = value
    return found


def body_rows(survey: Survey) -> Iterator[dict[str, Any]]:
    sources = _body_sources(survey)
    declared = _declarations(survey)
    for b in survey.bodies:
        yield {
            "code": b.code,
            "name": b.name,
            "body_type": b.body_type,
            "subtype": b.subtype,
            "sector": b.sector,
            "nation": b.nation,
            "lat": b.lat,
            "lon": b.lon,
            "easting": b.easting,
            "northing": b.northing,
            "responded": b.responded,
            **{key: b.vendor_status(key) for key in concern_keys()},
            "outcome": b.outcome,
            "camera_count": b.camera_count,
            "dpia": b.tri_fact("dpia"),
            "code_compliance": b.tri_fact("code_compliance"),
            "code_self_assessment": json.dumps(
                {k: v for k, v in declared.get(b.body_id, {}).items() if k.startswith("principle_")}
            ),
            "dpia_declared": declared.get(b.body_id, {}).get("dpia", ""),
            "register_source": sources.get(b.body_id, ""),
        }


def _body_sources(survey: Survey) -> dict[int, str]:
    ids = [b.body_id for b in survey.bodies]
    found: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        query = select(Body.id, Body.source).where(Body.id.in_(ids[start : start + 500]))
        found.update({body_id: source for body_id, source in survey.session.execute(query)})
    return found


def request_rows(survey: Survey) -> Iterator[dict[str, Any]]:
    codes = {b.body_id: b.code for b in survey.bodies}
    names = {c.id: c.name for c in survey.campaigns}
    query = select(Request).where(Request.campaign_id.in_(list(names) or [-1])).order_by(Request.reference)
    for request in survey.session.scalars(query):
        if request.body_id not in codes:
            continue  # drafts and withdrawn requests were never asked
        yield {
            "reference": request.reference,
            "campaign": names[request.campaign_id],
            "body_code": codes[request.body_id],
            "law": request.law,
            "state": str(getattr(request.state, "value", request.state)),
            "sent_at": request.sent_at,
            "received_on": request.received_on,
            "due_on": request.due_on,
            "to_address": redact(request.to_address or ""),
        }


def fact_rows(survey: Survey) -> Iterator[dict[str, Any]]:
    codes = {b.body_id: b.code for b in survey.bodies}
    ids = sorted(codes)
    for start in range(0, len(ids), 500):
        query = select(BodyFact).where(BodyFact.body_id.in_(ids[start : start + 500]))
        for fact in survey.session.scalars(query.order_by(BodyFact.body_id, BodyFact.key)):
            yield {
                "body_code": codes[fact.body_id],
                "key": fact.key,
                "value": fact.value,
                "source": fact.source,
                "evidence_ids": json.dumps(list(fact.evidence_ids or [])),
            }


def published_evidence(session: Session, body_ids: list[int]) -> Iterator[tuple[Evidence, str, int]]:
    """The evidence open data carries for these bodies (all but the rejected), with the name of the file it
    came from and the body's id, in id order."""
    owner = func.coalesce(Evidence.body_id, Document.body_id)
    ids = sorted(body_ids)
    for start in range(0, len(ids), 500):
        query = (
            select(Evidence, Document.filename, owner)
            .outerjoin(Document, Evidence.document_id == Document.id)
            .where(owner.in_(ids[start : start + 500]), Evidence.status != "rejected")
            .order_by(Evidence.id)
        )
        for item, filename, body_id in session.execute(query):
            yield item, filename or "", body_id


def evidence_rows(survey: Survey) -> Iterator[dict[str, Any]]:
    codes = {b.body_id: b.code for b in survey.bodies}
    for item, filename, body_id in published_evidence(survey.session, list(codes)):
        yield {
            "id": item.id,
            "body_code": codes[body_id],
            "kind": str(getattr(item.kind, "value", item.kind)),
            "value": redact(item.value),
            "quote": redact(item.quote),
            "document": public_filename(filename),
            "location": display_text(item.location),
            "status": item.status,
            "confidence": item.confidence,
        }


def statistic_rows(survey: Survey) -> Iterator[dict[str, Any]]:
    """The rows of `camcensus stats --json` (`camcensus.analysis.figures`), flat."""
    for row in figures_for(survey.session, survey.campaigns, survey.bodies).rows():
        d = row.as_dict()
        w = d["weighted"] or {}
        yield {
            key: d[key]
            for key in ("sector", "nation", "vendor", "asked", "responded", "disclosed", "k", "n", "share")
        } | {
            "ci95_low": d["ci95"][0],
            "ci95_high": d["ci95"][1],
            "bounds_low": d["bounds"][0],
            "bounds_high": d["bounds"][1],
            "weighted_share": w.get("share"),
            "weighted_ci95_low": w["ci95"][0] if w else None,
            "weighted_ci95_high": w["ci95"][1] if w else None,
            "weighted_covered": w.get("covered"),
            "weighted_frame": w.get("frame"),
            "synthetic": d["synthetic"],
        }


def comparison_rows(survey: Survey) -> Iterator[dict[str, Any]]:
    """The two published rounds sent most recently, compared (``camcensus.analysis.compare``)."""
    ordered = sorted(survey.campaigns, key=lambda c: (started_on(survey.session, c), c.id))[-2:]
    if len(ordered) < 2:
        return
    document = compare_rounds(survey.session, ordered[0].name, ordered[1].name, include_embargoed=True)
    for row in document["rows"]:  # the compare --json document's rows, one source for every output
        interval = row["difference_ci95"] or [None, None]
        yield (
            {"sector": row["sector"], "nation": row["nation"], "vendor": row["vendor"]}
            | {f"{key}_{side}": row[side][key] for side in ("a", "b") for key in ("k", "n", "share")}
            | {
                "campaign_a": ordered[0].name,
                "campaign_b": ordered[1].name,
                "difference": row["difference"],
                "difference_ci95_low": interval[0],
                "difference_ci95_high": interval[1],
            }
        )


def _when(iso: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(iso) if iso else None


def device_rows(survey: Survey) -> Iterator[dict[str, Any]]:
    """Each device of a surveyed body as ``camcensus.network.estates`` shows it to the public: each camera
    once (a recorder's channels are the rows of its cameras, ``recorder_id``), addresses only where the body
    opted in, never a serial number, location or user name."""
    codes = {b.body_id: b.code for b in survey.bodies}
    for body_id, found in sorted(public_devices(survey.session, list(codes)).items()):
        for d in found.items:
            yield {
                "id": d.id,
                "body_code": codes[body_id],
                "source": d.source,
                "kind": d.kind,
                "vendor": d.vendor,
                "brand": d.brand,
                "model": d.model,
                "firmware": d.firmware,
                "advisories": json.dumps([a["id"] for a in d.advisories]),
                "likely_affected": json.dumps(
                    [a["id"] for a in d.advisories if a["verdict"] == LIKELY_AFFECTED]
                ),
                "recorder_id": d.recorder_id,
                "channel": d.channel,
                "input": d.input,
                "behind_only": d.behind_only,
                "channels": sum(c.enabled is not False for c in d.channels) if d.kind == "recorder" else None,
                "channels_listed": d.channels_listed,
                "channel_limit": d.channel_limit,
                "first_seen": _when(d.first_seen),
                "last_seen": _when(d.last_seen),
                "address": d.address,
                "port": d.port,
                "mac": d.mac,
            }


ROWS: dict[str, Callable[[Survey], Iterator[dict[str, Any]]]] = {
    "campaigns": campaign_rows,
    "bodies": body_rows,
    "requests": request_rows,
    "facts": fact_rows,
    "evidence": evidence_rows,
    "statistics": statistic_rows,
    "comparison": comparison_rows,
    "devices": device_rows,
}
