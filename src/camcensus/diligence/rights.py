"""Rights and compliance: each body's DPIA status and its self-assessment against the 12 guiding principles of
the Surveillance Camera Code of Practice, from two sources — what its FOI replies say (body facts ``dpia`` and
``code_compliance``) and what the body itself declares (``body_declarations``, entered with
``camcensus diligence code-assessment``) — and a national summary with its denominators.

A body's own declaration is more specific than a sentence in a reply, so when both give a DPIA status the
declaration is shown as the status and the reply is kept beside it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.knowledge.restrictions import read_rows
from camcensus.store.diligence_models import BodyDeclaration
from camcensus.store.models import Body, BodyFact

PRINCIPLES = 12
ANSWERS = ("yes", "partly", "no", "not_applicable")
_ANSWER_WORDS = {
    "yes": "yes",
    "y": "yes",
    "met": "yes",
    "true": "yes",
    "1": "yes",
    "compliant": "yes",
    "partly": "partly",
    "partial": "partly",
    "partially": "partly",
    "in_part": "partly",
    "no": "no",
    "n": "no",
    "not_met": "no",
    "false": "no",
    "0": "no",
    "not_applicable": "not_applicable",
    "n/a": "not_applicable",
    "na": "not_applicable",
}
DPIA_VALUES = ("yes", "no", "in_progress")
_DPIA_WORDS = {
    "yes": "yes",
    "y": "yes",
    "true": "yes",
    "no": "no",
    "n": "no",
    "false": "no",
    "in_progress": "in_progress",
    "under_way": "in_progress",
    "underway": "in_progress",
    "draft": "in_progress",
}
YES_NO = {
    "yes": "yes",
    "y": "yes",
    "true": "yes",
    "1": "yes",
    "no": "no",
    "n": "no",
    "false": "no",
    "0": "no",
}
# Protection of Freedoms Act 2012 s.33(5): relevant authorities must have regard to the Code.
RELEVANT_AUTHORITY_TYPES = frozenset({"council", "police"})
POFA_SOURCE = "https://legislation.gov.uk/ukpga/2012/9/section/33/5/j"


class DeclarationError(ValueError):
    """A declaration cannot be recorded: unknown body, key or value."""


@dataclass(frozen=True)
class Principle:
    number: int
    text: str
    source: str


@cache
def principles() -> tuple[Principle, ...]:
    """The Code's 12 guiding principles (short form) with their sources, from code_principles.csv."""
    rows = read_rows("code_principles.csv", "camcensus.diligence")
    return tuple(Principle(int(r["number"]), r["principle"], r["source"]) for r in rows)


def normalise(key: str, value: str) -> tuple[str, str]:
    """A declaration's canonical key and value; raises DeclarationError on anything else.

    Keys: ``principle_1`` .. ``principle_12`` (also ``1`` .. ``12`` or ``p1``), ``dpia``, ``sensitive_site``.
    """
    k = key.strip().lower().replace(" ", "_").replace("-", "_")
    v = value.strip().lower().replace("-", "_").replace(" ", "_")
    if k.startswith("principle_"):
        k = k[len("principle_") :]
    elif k.startswith("p") and k[1:].isdigit():
        k = k[1:]
    if k.isdigit():
        if not 1 <= int(k) <= PRINCIPLES:
            raise DeclarationError(f"principle {k} does not exist (the Code has 12)")
        if v not in _ANSWER_WORDS:
            raise DeclarationError(f"principle {k}: answer {value!r} is not one of {', '.join(ANSWERS)}")
        return f"principle_{int(k)}", _ANSWER_WORDS[v]
    if k == "dpia":
        if v not in _DPIA_WORDS:
            raise DeclarationError(f"dpia: value {value!r} is not one of {', '.join(DPIA_VALUES)}")
        return k, _DPIA_WORDS[v]
    if k == "sensitive_site":
        if v not in YES_NO:
            raise DeclarationError(f"sensitive_site: value {value!r} is not yes or no")
        return k, YES_NO[v]
    raise DeclarationError(f"unknown key {key!r}: use principle_1 .. principle_12, dpia or sensitive_site")


def _find_body(session: Session, ref: str) -> Body | None:
    ref = ref.strip()
    body = session.scalar(select(Body).where(Body.code == ref))
    if body is None and ref.isdigit():
        body = session.get(Body, int(ref))
    return body


@dataclass
class DeclarationSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    bodies: set[int] = field(default_factory=set)

    def as_dict(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "bodies": len(self.bodies),
        }


def set_declaration(
    session: Session,
    body: Body,
    key: str,
    value: str,
    note: str = "",
    source: str = "entered",
    summary: DeclarationSummary | None = None,
) -> BodyDeclaration:
    """Record (or replace) one thing a body declares about itself; idempotent by (body, key)."""
    key, value = normalise(key, value)
    summary = summary if summary is not None else DeclarationSummary()
    summary.bodies.add(body.id)
    row = session.scalar(
        select(BodyDeclaration).where(BodyDeclaration.body_id == body.id, BodyDeclaration.key == key)
    )
    if row is None:
        row = BodyDeclaration(body_id=body.id, key=key, value=value, note=note.strip(), source=source)
        session.add(row)
        summary.created += 1
    elif (row.value, row.note, row.source) != (value, note.strip(), source):
        row.value, row.note, row.source = value, note.strip(), source
        summary.updated += 1
    else:
        summary.unchanged += 1
    return row


def import_declarations(session: Session, path: Path) -> DeclarationSummary:
    """Import a CSV with columns ``body`` (code or id), ``key``, ``value`` and optionally ``note``.

    Every line is checked before anything is written: one bad line and nothing is recorded."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise DeclarationError(f"{path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DeclarationError(f"{path}: not UTF-8 text") from exc
    reader = csv.DictReader(io.StringIO(text))
    missing = {"body", "key", "value"} - {(f or "").strip().lower() for f in reader.fieldnames or []}
    if missing:
        raise DeclarationError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    checked: list[tuple[Body, str, str, str]] = []
    for number, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "") for k, v in raw.items()}
        if not any(value.strip() for value in row.values()):
            continue
        body = _find_body(session, row["body"])
        if body is None:
            raise DeclarationError(f"{path} line {number}: no body with code or id {row['body'].strip()!r}")
        try:
            key, value = normalise(row["key"], row["value"])
        except DeclarationError as exc:
            raise DeclarationError(f"{path} line {number}: {exc}") from None
        checked.append((body, key, value, row.get("note", "")))
    summary = DeclarationSummary()
    for body, key, value, note in checked:
        set_declaration(session, body, key, value, note, Path(path).name, summary)
    session.flush()
    return summary


@dataclass
class BodyRights:
    body: dict[str, Any]
    relevant_authority: bool
    dpia: dict[str, Any]
    code_statement: dict[str, Any]
    assessment: list[dict[str, Any]]

    @property
    def assessed(self) -> int:
        return sum(1 for p in self.assessment if p["answer"])

    @property
    def met(self) -> int:
        return sum(1 for p in self.assessment if p["answer"] == "yes")

    def as_dict(self) -> dict[str, Any]:
        return {
            "body": self.body,
            "relevant_authority": self.relevant_authority,
            "dpia": self.dpia,
            "code_statement": self.code_statement,
            "self_assessment": {
                "principles_assessed": self.assessed,
                "principles_met": self.met,
                "principles": self.assessment,
            },
        }


def _tri(value: str | None) -> str:
    v = (value or "").strip().lower()
    return v if v in ("yes", "no") else "unknown"


def rights_from(
    body: Body | Any, facts: Mapping[str, BodyFact | Any], declared: Mapping[str, BodyDeclaration | Any]
) -> BodyRights:
    """A body's rights and compliance from its facts and declarations by key (ORM objects, or rows and
    estate facts with the same attributes)."""
    reply_dpia, decl_dpia = facts.get("dpia"), declared.get("dpia")
    if decl_dpia is not None:
        status, basis = decl_dpia.value, "declared by the body"
    elif reply_dpia is not None and _tri(reply_dpia.value) != "unknown":
        status, basis = _tri(reply_dpia.value), "FOI reply"
    else:
        status, basis = "unknown", "no reply or declaration says"
    code = facts.get("code_compliance")
    assessment = []
    for p in principles():
        row = declared.get(f"principle_{p.number}")
        assessment.append(
            {
                "number": p.number,
                "principle": p.text,
                "source": p.source,
                "answer": row.value if row else None,
                "note": row.note if row else "",
                "declared_in": row.source if row else None,
            }
        )
    body_type = str(getattr(body.body_type, "value", body.body_type))
    return BodyRights(
        body={
            "id": body.id,
            "code": body.code,
            "name": body.name,
            "body_type": body_type,
            "nation": str(getattr(body.nation, "value", body.nation)),
        },
        relevant_authority=body_type in RELEVANT_AUTHORITY_TYPES,
        dpia={
            "status": status,
            "basis": basis,
            "reply": _tri(reply_dpia.value) if reply_dpia else "unknown",
            "reply_evidence_ids": [int(i) for i in (reply_dpia.evidence_ids or [])] if reply_dpia else [],
            "declared": decl_dpia.value if decl_dpia else None,
            "declared_in": decl_dpia.source if decl_dpia else None,
            "note": decl_dpia.note if decl_dpia else "",
        },
        code_statement={
            "reply": _tri(code.value) if code else "unknown",
            "evidence_ids": [int(i) for i in (code.evidence_ids or [])] if code else [],
        },
        assessment=assessment,
    )


def rights_of(session: Session, body_ids: list[int]) -> list[BodyRights]:
    """Rights and compliance of each of these bodies, in the order given."""
    facts: dict[int, dict[str, BodyFact]] = {i: {} for i in body_ids}
    declared: dict[int, dict[str, BodyDeclaration]] = {i: {} for i in body_ids}
    bodies: dict[int, Body] = {}
    for start in range(0, len(body_ids), 500):
        chunk = body_ids[start : start + 500]
        bodies.update({b.id: b for b in session.scalars(select(Body).where(Body.id.in_(chunk)))})
        for fact in session.scalars(
            select(BodyFact).where(BodyFact.body_id.in_(chunk), BodyFact.key.in_(("dpia", "code_compliance")))
        ):
            facts[fact.body_id][fact.key] = fact
        for row in session.scalars(select(BodyDeclaration).where(BodyDeclaration.body_id.in_(chunk))):
            declared[row.body_id][row.key] = row
    return [rights_from(bodies[i], facts[i], declared[i]) for i in body_ids if i in bodies]


def body_rights(session: Session, body_id: int) -> BodyRights:
    found = rights_of(session, [body_id])
    if not found:
        raise LookupError(f"no body with id {body_id}")
    return found[0]


def _kn(k: int, n: int) -> dict[str, Any]:
    return {"k": k, "n": n, "share": round(k / n, 6) if n else None}


def national_rights(rights: list[BodyRights]) -> dict[str, Any]:
    """DPIA, Code statements and self-assessments over these bodies, each figure as k of n."""
    dpia_known = [r for r in rights if r.dpia["status"] != "unknown"]
    code_known = [r for r in rights if r.code_statement["reply"] != "unknown"]
    assessed = [r for r in rights if r.assessed]
    relevant = [r for r in rights if r.relevant_authority]
    per_principle = []
    for index, p in enumerate(principles()):
        answers = [r.assessment[index]["answer"] for r in assessed if r.assessment[index]["answer"]]
        counts = {a: answers.count(a) for a in ANSWERS}
        applicable = len(answers) - counts["not_applicable"]
        per_principle.append(
            {
                "number": p.number,
                "principle": p.text,
                "source": p.source,
                "assessed": len(answers),
                **counts,
                "met": _kn(counts["yes"], applicable),
            }
        )
    return {
        "bodies": len(rights),
        "dpia": {
            "yes": _kn(sum(1 for r in dpia_known if r.dpia["status"] == "yes"), len(dpia_known)),
            "in_progress": sum(1 for r in dpia_known if r.dpia["status"] == "in_progress"),
            "no": sum(1 for r in dpia_known if r.dpia["status"] == "no"),
            "unknown": len(rights) - len(dpia_known),
            "from_replies": sum(1 for r in dpia_known if r.dpia["basis"] == "FOI reply"),
            "from_declarations": sum(1 for r in dpia_known if r.dpia["declared"]),
        },
        "code_statement": {
            "yes": _kn(sum(1 for r in code_known if r.code_statement["reply"] == "yes"), len(code_known)),
            "unknown": len(rights) - len(code_known),
            "relevant_authorities": _kn(
                sum(1 for r in relevant if r.code_statement["reply"] == "yes"),
                sum(1 for r in relevant if r.code_statement["reply"] != "unknown"),
            ),
        },
        "self_assessment": {
            "bodies": _kn(len(assessed), len(rights)),
            "complete": sum(1 for r in assessed if r.assessed == PRINCIPLES),
            "relevant_authorities": _kn(sum(1 for r in relevant if r.assessed), len(relevant)),
            "principles": per_principle,
        },
        "relevant_authorities": len(relevant),
        "sources": {
            "replies": "body facts dpia and code_compliance, read from FOI replies (with their evidence)",
            "declarations": "what bodies entered about themselves (camcensus diligence code-assessment)",
            "relevant_authorities": POFA_SOURCE,
        },
    }
