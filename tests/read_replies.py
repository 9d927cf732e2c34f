"""Replies of the labelled corpus (tests/evidence/corpus) read by the real pipeline into a store: ingested,
extracted, placed on a body each (the first few on a request, read again beside its questions), with the
body facts resolved.

The confidences come from a calibration measured on the same replies (what ``camcensus eval --calibrate``
writes), so some readings are trusted and others flagged, at several levels of uncertainty. The store's
data/calibration.json may be empty; the measured counts stand in for it while the replies are read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from camcensus.enums import BodyType, Nation, RequestState
from camcensus.evidence import confidence
from camcensus.evidence.facts import resolve_body_facts
from camcensus.evidence.scoring import evaluate
from camcensus.evidence.service import extract_document
from camcensus.foi.assign import place_documents
from camcensus.pipeline import ingest_paths
from camcensus.store import Store
from camcensus.store.models import Body, Campaign, Document, Request
from evidence.replies import ACTS, PLAIN_FORMATS, REQUEST, Case, load_cases, render_corpus

_TYPES = {"council": BodyType.COUNCIL, "nhs": BodyType.NHS_TRUST, "police": BodyType.POLICE}
CAMPAIGN = "queue-test"


@dataclass(frozen=True)
class Corpus:
    folder: Path
    cases: list[Case]
    calibration: dict[str, dict[str, list[int]]]


def render_and_calibrate(folder: Path) -> Corpus:
    """The corpus's replies that need no office readers, written to ``folder`` and scored there."""
    cases = [c for c in load_cases() if c.format in PLAIN_FORMATS]
    render_corpus(folder, cases)
    scored = evaluate(folder)
    counts = confidence.calibration_counts([(f, basis, right) for f, basis, _, right in scored.trust])
    return Corpus(folder, cases, counts)


def read_into(store: Store, corpus: Corpus, on_request: int = 3) -> dict[str, int]:
    """Read every reply into ``store``; returns case id -> its (top-level) document id. The first
    ``on_request`` replies answer a request of the campaign CAMPAIGN (reference Q-000n)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(confidence, "calibration", lambda: corpus.calibration)
        with store.session() as session:
            before = session.scalar(select(func.max(Document.id))) or 0
        ingest_paths(store, [corpus.folder / c.filename for c in corpus.cases], extract=False, workers=1)
        with store.session() as session:
            new = session.scalars(select(Document.id).where(Document.id > before).order_by(Document.id))
            for doc_id in new.all():
                extract_document(session, doc_id)
            documents = {
                filename: doc_id
                for doc_id, filename in session.execute(
                    select(Document.id, Document.filename).where(
                        Document.parent_id.is_(None), Document.id > before
                    )
                )
            }
            campaign = Campaign(name=CAMPAIGN, template="cctv")
            session.add(campaign)
            placed: dict[str, int] = {}
            for n, case in enumerate(corpus.cases):
                body = _body(session, case)
                doc_id = documents[case.filename]
                reference = None
                if n < on_request:
                    reference = f"Q-{n + 1:04d}"
                    session.add(_request(campaign, body, reference, case.law))
                    session.flush()
                place_documents(session, [doc_id], reference, None if reference else body.id, actor="test")
                placed[case.id] = doc_id
            resolve_body_facts(session)
    return placed


def _body(session: Any, case: Case) -> Body:
    kind = _TYPES.get(case.id.split("-", 1)[0], BodyType.OTHER)
    body = Body(
        code=f"test:{case.id}",
        name=case.body,
        body_type=kind,
        nation=Nation.SCOTLAND if case.law == "foisa" else Nation.ENGLAND,
        source="test",
        email=f"foi@{case.id}.example",
    )
    session.add(body)
    session.flush()
    return body


def _request(campaign: Campaign, body: Body, reference: str, law: str) -> Request:
    return Request(
        campaign=campaign,
        body=body,
        reference=reference,
        law=law,
        state=RequestState.AWAITING,
        subject=f"Freedom of Information request - CCTV cameras [{reference}]",
        text=REQUEST.format(act=ACTS[law]),
        to_address=body.email,
        sent_at=dt.datetime(2025, 1, 6, 9, 14),
    )
