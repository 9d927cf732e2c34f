"""The open data tables: what each holds, its columns with types and meanings, and its rows.

Only campaigns not under embargo are published. No reply is published whole: the evidence table carries each
item's quote, and every piece of free text (quotes, values, file names, addresses) passes through
:func:`camcensus.redaction.redact` (file names :func:`camcensus.redaction.public_filename`). Request letters
are not published (they carry the requester's name).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from camcensus.analysis.figures import figures_for
from camcensus.analysis.population import SurveyedBody
from camcensus.knowledge.vendors import ANY_CONCERN, concern_keys, concern_label
from camcensus.redaction import public_filename, redact
from camcensus.safetext import display_text
from camcensus.store.diligence_models import BodyDeclaration
from camcensus.store.models import Campaign, Document, Evidence, Request


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Frictionless type: string, integer, number, boolean, date, datetime
    description: str


@dataclass(frozen=True)
class TableSpec:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()


@dataclass
class Survey:
    """The published slice of the store: public campaigns and the bodies asked in them."""

    session: Session
    campaigns: list[Campaign]
    bodies: list[SurveyedBody]


def _c(name: str, kind: str, description: str) -> Column:
    return Column(name, kind, description)


def tables() -> tuple[TableSpec, ...]:
    """Every published table; the bodies table has a column per vendor of concern."""
    return (
        TableSpec(
            "campaigns",
            "Campaigns",
            "Each survey campaign published (none under embargo).",
            (
                _c("name", "string", "Campaign name"),
                _c("template", "string", "Request template used"),
                _c(
                    "synthetic",
                    "boolean",
                    "True when built from generated demonstration data (SYNTHETIC DEMO DATA)",
                ),
                _c("requests", "integer", "Requests in the campaign"),
            ),
            ("name",),
        ),
        TableSpec(
            "bodies",
            "Public bodies",
            "Every body asked in a published campaign, with its sector and place.",
            (
                _c("code", "string", "Stable body code (la:…, nhs:…, police:…, school:…)"),
                _c("name", "string", "Name"),
                _c(
                    "body_type",
                    "string",
                    "council, nhs_trust, nhs_health_board, hsc_trust, police, school, other",
                ),
                _c("subtype", "string", "Council type, school phase or force kind"),
                _c("sector", "string", "Sector used in the statistics"),
                _c("nation", "string", "Nation"),
                _c("lat", "number", "Latitude (WGS84)"),
                _c("lon", "number", "Longitude (WGS84)"),
                _c("easting", "number", "British National Grid easting (m)"),
                _c("northing", "number", "British National Grid northing (m)"),
                _c("responded", "boolean", "A reply was received"),
                *(
                    _c(key, "string", f"Uses {concern_label(key)} (with OEM/sub-brands): yes, no or unknown")
                    for key in concern_keys()
                ),
                _c("outcome", "string", "answered, partially_answered, refused, not_held or unknown"),
                _c("camera_count", "integer", "Cameras the body reported, when it gave a number"),
                _c("dpia", "string", "Has a DPIA for its cameras, as its reply says: yes, no or unknown"),
                _c(
                    "code_compliance",
                    "string",
                    "Complies with the Surveillance Camera Code, as its reply says: yes, no or unknown",
                ),
                _c(
                    "code_self_assessment",
                    "string",
                    "Its declared self-assessment against the Code's principles, as JSON "
                    "{principle: answer}; its declared DPIA status is under dpia_declared",
                ),
                _c("dpia_declared", "string", "DPIA status the body declared (empty when none)"),
                _c("register_source", "string", "Where the body's record came from"),
            ),
            ("code",),
        ),
        TableSpec(
            "requests",
            "FOI requests",
            "One row per request sent (the letter itself is not published).",
            (
                _c("reference", "string", "Request reference"),
                _c("campaign", "string", "Campaign name"),
                _c("body_code", "string", "Body asked"),
                _c("law", "string", "foia, foisa, eir or schools"),
                _c("state", "string", "Request state"),
                _c("sent_at", "datetime", "When it was sent (UTC)"),
                _c("received_on", "date", "Date of receipt for the statutory clock"),
                _c("due_on", "date", "Statutory due date"),
                _c("to_address", "string", "Address written to (redacted)"),
            ),
            ("reference",),
        ),
        TableSpec(
            "facts",
            "Body facts",
            "Body-level conclusions and the evidence ids behind each.",
            (
                _c("body_code", "string", "Body"),
                _c("key", "string", f"Fact key ({', '.join(concern_keys())}, outcome, …)"),
                _c("value", "string", "Value (lists as JSON)"),
                _c("source", "string", "machine or review"),
                _c("evidence_ids", "string", "JSON list of evidence ids (see the evidence table)"),
            ),
            ("body_code", "key"),
        ),
        TableSpec(
            "evidence",
            "Evidence",
            "What each reply shows, with its quote and place (personal data redacted).",
            (
                _c("id", "integer", "Evidence id"),
                _c("body_code", "string", "Body"),
                _c("kind", "string", "manufacturer, model, camera_count, capability, outcome, exemption, …"),
                _c("value", "string", "What was found"),
                _c("quote", "string", "The words behind it, redacted"),
                _c("document", "string", "File it came from (name redacted)"),
                _c("location", "string", "Place in the file (page, sheet, row)"),
                _c("status", "string", "machine, accepted or corrected"),
                _c("confidence", "number", "0 to 1"),
            ),
            ("id",),
        ),
        TableSpec(
            "statistics",
            "Statistics",
            "Share using each vendor by sector and nation, with intervals and bounds; rows that pool several "
            "sectors also give the estimate weighted to the register's bodies per sector. The same rows as "
            "`camcensus stats --json`.",
            (
                _c("sector", "string", "Sector (all = every sector, pooled)"),
                _c("nation", "string", "Nation (all = UK)"),
                _c("vendor", "string", f"{', '.join(concern_keys())} or {ANY_CONCERN}"),
                _c("asked", "integer", "Bodies asked"),
                _c("responded", "integer", "Bodies that replied"),
                _c("disclosed", "integer", "Bodies that said whether they use the vendor (n)"),
                _c("k", "integer", "Bodies using the vendor"),
                _c("n", "integer", "Bodies that disclosed"),
                _c("share", "number", "k / n (empty when n is 0)"),
                _c("ci95_low", "number", "Wilson 95% interval, low"),
                _c("ci95_high", "number", "Wilson 95% interval, high"),
                _c("bounds_low", "number", "Share of asked if every non-discloser were a no"),
                _c("bounds_high", "number", "Share of asked if every non-discloser were a yes"),
                _c(
                    "weighted_share",
                    "number",
                    "Rows pooling several sectors: each sector's k/n weighted by its bodies in the register",
                ),
                _c("weighted_ci95_low", "number", "95% interval of the weighted share, low"),
                _c("weighted_ci95_high", "number", "95% interval of the weighted share, high"),
                _c("weighted_covered", "integer", "Register bodies in the sectors the weighted share covers"),
                _c("weighted_frame", "integer", "Register bodies in the row's sectors"),
                _c("synthetic", "boolean", "True when built from generated demonstration data"),
            ),
            ("sector", "nation", "vendor"),
        ),
    )


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
    from camcensus.store.models import Body

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
    from camcensus.store.models import BodyFact

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


ROWS: dict[str, Callable[[Survey], Iterator[dict[str, Any]]]] = {
    "campaigns": campaign_rows,
    "bodies": body_rows,
    "requests": request_rows,
    "facts": fact_rows,
    "evidence": evidence_rows,
    "statistics": statistic_rows,
}
