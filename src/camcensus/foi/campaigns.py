"""Campaigns: one drafted request per body with an address, each with a unique reference in its subject.

Idempotent: running ``create_campaign`` again with the same name adds requests only for bodies not yet in the
campaign, and changes none that exist.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, TemplateNotFound, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.enums import BodyType, Nation, RequestState
from camcensus.foi.laws import get_law, law_for
from camcensus.knowledge.vendors import concern_vendors, vendor
from camcensus.registry.importers import read_plain_csv
from camcensus.registry.records import BodyRecord, RowError
from camcensus.registry.service import list_bodies, upsert_bodies
from camcensus.store.models import Body, Campaign, Request, RequestEvent

REFERENCE_PREFIX = "CCN"
REFERENCE_RE = re.compile(rf"\b{REFERENCE_PREFIX}(\d+)-(\d+)\b", re.IGNORECASE)
REQUESTER = "The camcensus survey team"
BRAND_RELATIONSHIPS = ("self", "sub-brand", "subsidiary", "oem")
ENVIRONMENTAL_TEMPLATES: frozenset[str] = frozenset()  # templates asking for environmental information (EIR)


class CampaignError(ValueError):
    """A campaign cannot be drafted as asked (unknown template, empty selection, unknown body codes)."""


def reference_for(campaign_id: int, body_id: int) -> str:
    return f"{REFERENCE_PREFIX}{campaign_id}-{body_id}"


def find_references(text: str) -> list[str]:
    """Every request reference written in ``text``, normalised, in order of appearance."""
    return [f"{REFERENCE_PREFIX}{m.group(1)}-{m.group(2)}" for m in REFERENCE_RE.finditer(text or "")]


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("camcensus.foi", "templates"),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        keep_trailing_newline=True,
    )


def concern_brands() -> list[tuple[str, list[str]]]:
    """The brands under which each vendor of concern's equipment is sold (own, sub-brands, OEM relabels)."""
    out = []
    for name in concern_vendors():
        entry = vendor(name)
        brands = [b.name for b in entry.brands if b.relationship in BRAND_RELATIONSHIPS] if entry else []
        out.append((name, list(dict.fromkeys([name] + brands))))
    return out


def render_request(
    template: str, body: Body, reference: str, law: str, synthetic: bool = False, requester: str = REQUESTER
) -> tuple[str, str]:
    """The subject and text of one request from a Jinja2 template whose first line is ``Subject: ...``."""
    try:
        tpl = _environment().get_template(f"{template}.txt.j2")
    except TemplateNotFound:
        raise CampaignError(
            f"unknown template {template!r} (expected one of {', '.join(templates())})"
        ) from None
    rendered = tpl.render(
        body_name=body.name,
        reference=reference,
        law=get_law(law),
        synthetic=synthetic,
        concern_brands=concern_brands(),
        requester=requester,
        body_type=body.body_type.value,
        nation=body.nation.value,
    )
    first, _, text = rendered.partition("\n")
    if not first.startswith("Subject:"):
        raise CampaignError(f"template {template!r} must start with a 'Subject:' line")
    subject = first.removeprefix("Subject:").strip()
    if reference not in subject:
        raise CampaignError(f"template {template!r}: the subject must carry the reference")
    return subject, text.lstrip("\n")


def templates() -> list[str]:
    return sorted(
        n.removesuffix(".txt.j2")
        for n in _environment().list_templates()
        if n.endswith(".txt.j2") and not n.startswith("letters/")
    )


def read_bodies_file(session: Session, path: Path) -> list[Body]:
    """Bodies named in a CSV by a ``code`` column (registered bodies). Rows that also give ``name``,
    ``body_type`` and ``nation`` are added to the register first."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CampaignError(f"{path}: cannot read ({exc.strerror or exc})") from None
    reader = csv.DictReader(io.StringIO(text))
    fields = set(reader.fieldnames or [])
    if "code" not in fields and not {"name", "body_type", "nation"} <= fields:
        raise CampaignError(f"{path}: expected a 'code' column (or name, body_type, nation and email)")
    if {"name", "body_type", "nation"} <= fields:
        items = list(read_plain_csv(path))
        errors = [i for i in items if isinstance(i, RowError)]
        if errors:
            raise CampaignError(str(errors[0]))
        upsert_bodies(session, items)
        codes = [i.code for i in items if isinstance(i, BodyRecord)]
    else:
        codes = [c for c in ((row.get("code") or "").strip() for row in reader) if c]
    found = {b.code: b for b in session.scalars(select(Body).where(Body.code.in_(codes)))}
    missing = [c for c in codes if c not in found]
    if missing:
        raise CampaignError(f"{path}: unknown body code(s): {', '.join(missing[:10])}")
    return [found[c] for c in dict.fromkeys(codes)]


def select_bodies(
    session: Session,
    body_type: BodyType | str | None = None,
    nation: Nation | str | None = None,
    bodies: Sequence[Body] | None = None,
) -> list[Body]:
    """The bodies a campaign is drafted for: those given, else the register's of that type and nation."""
    if bodies is not None:
        return list(bodies)
    kind = BodyType(body_type) if body_type else None
    return list_bodies(session, kind, Nation.parse(nation) if isinstance(nation, str) else nation)


def has_address(body: Body) -> bool:
    """Whether a request can be sent to the body: it has an FOI address."""
    return bool((body.email or "").strip())


def create_campaign(
    session: Session,
    name: str,
    template: str = "cctv",
    body_type: BodyType | str | None = None,
    nation: Nation | str | None = None,
    bodies: Sequence[Body] | None = None,
    synthetic: bool = False,
) -> Campaign:
    """Draft one request per body that has an address. Re-running adds nothing already drafted."""
    name = name.strip()
    if not name:
        raise CampaignError("a campaign needs a name")
    if template not in templates():
        raise CampaignError(f"unknown template {template!r} (expected one of {', '.join(templates())})")
    campaign = session.scalar(select(Campaign).where(Campaign.name == name))
    if campaign is None:
        campaign = Campaign(name=name, template=template, synthetic=synthetic)
        session.add(campaign)
        session.flush()
    elif campaign.template != template:
        raise CampaignError(
            f"campaign {name!r} already uses template {campaign.template!r}, not {template!r}"
        )
    chosen = select_bodies(session, body_type, nation, bodies)
    have = set(session.scalars(select(Request.body_id).where(Request.campaign_id == campaign.id)))
    environmental = template in ENVIRONMENTAL_TEMPLATES
    for body in chosen:
        if body.id in have or not has_address(body):
            continue
        reference = reference_for(campaign.id, body.id)
        law = law_for(body.body_type, body.nation, environmental)
        subject, text = render_request(template, body, reference, law, synthetic=campaign.synthetic)
        req = Request(
            campaign_id=campaign.id,
            body_id=body.id,
            reference=reference,
            law=law,
            state=RequestState.DRAFT,
            to_address=(body.email or "").strip(),
            subject=subject,
            text=text,
            paused_days=0,
            extra={},
        )
        session.add(req)
        session.flush()
        session.add(
            RequestEvent(
                request_id=req.id,
                kind="drafted",
                to_state=RequestState.DRAFT.value,
                detail={"template": template, "law": law},
            )
        )
        have.add(body.id)
    session.flush()
    session.refresh(campaign)
    return campaign


def get_campaign(session: Session, name: str) -> Campaign:
    campaign = session.scalar(select(Campaign).where(Campaign.name == name.strip()))
    if campaign is None:
        raise CampaignError(f"no campaign named {name!r}")
    return campaign
