"""`camcensus demo`: the whole pipeline on the embedded store, on a clearly synthetic reply corpus.

register -> campaign -> send (to a loopback SMTP server) -> replies -> ingest + match -> evidence -> facts
-> statistics -> report. Each step calls the real stage; rerunning on the same directory adds nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from camcensus.demo import register
from camcensus.demo.corpus import RequestInfo, write_corpus
from camcensus.demo.sink import LoopbackSink
from camcensus.evidence.facts import resolve_body_facts
from camcensus.foi.campaigns import create_campaign
from camcensus.foi.inbox import import_inbox
from camcensus.foi.outbox import send_campaign
from camcensus.knowledge.vendors import concern_keys
from camcensus.reports.html import write_report
from camcensus.store import Store
from camcensus.store.models import Body, BodyFact, Campaign, Request

CAMPAIGN = "demo-cctv-2026"
SENDER = "survey@camcensus.example"
SEED = 2022


@dataclass
class DemoResult:
    out_dir: Path
    database: Path
    report: Path
    steps: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "database": str(self.database),
            "report": str(self.report),
            "steps": self.steps,
            "seconds": round(self.seconds, 2),
            "synthetic": True,
        }


Step = tuple[str, Callable[[Store, Path], Any]]


def _register(store: Store, out: Path) -> dict[str, Any]:
    with store.session() as session:
        counts = register.build_register(session, out / "register")
        bodies = register.sample_bodies(session, SEED)
        counts["sampled"] = len(bodies)
    return counts


def _campaign(store: Store, out: Path) -> dict[str, Any]:
    with store.session() as session:
        codes = [b.code for b in register.sample_bodies(session, SEED)]
        bodies = list(session.scalars(select(Body).where(Body.code.in_(codes))))
        campaign = create_campaign(session, CAMPAIGN, template="cctv", bodies=bodies, synthetic=True)
        return {"campaign": campaign.name, "requests": len(campaign.requests)}


def _send(store: Store, out: Path) -> dict[str, Any]:
    with LoopbackSink(out / "outbox") as smtp:
        summary = send_campaign(store, CAMPAIGN, smtp=smtp, sender=SENDER)
    return _plain(summary)


def _replies(store: Store, out: Path) -> dict[str, Any]:
    replies = out / "replies"
    if (replies / "labels.jsonl").exists():  # keep the corpus a rerun already wrote: nothing is made twice
        return {"replies": sum(1 for _ in (replies / "labels.jsonl").open()), "reused": True}
    with store.session() as session:
        rows = session.execute(
            select(Request, Body)
            .join(Body, Request.body_id == Body.id)
            .join(Campaign)
            .where(Campaign.name == CAMPAIGN)
            .order_by(Request.reference)
        ).all()
        infos = [
            RequestInfo(
                reference=r.reference,
                body_name=b.name,
                body_email=b.email or "",
                body_type=b.body_type.value,
                nation=b.nation.value,
                law=r.law,
                subject=r.subject,
                text=r.text,
                message_id=r.message_id,
                sent_on=_sent_on(r),
            )
            for r, b in rows
        ]
    labels = write_corpus(infos, replies, seed=SEED)
    return {"replies": len(labels), "no_reply": len(infos) - len(labels)}


def _inbox(store: Store, out: Path) -> dict[str, Any]:
    return _plain(import_inbox(store, [out / "replies"]))


def _facts(store: Store, out: Path) -> dict[str, Any]:
    with store.session() as session:
        return {"bodies": resolve_body_facts(session)}


def _sent_on(request: Request) -> dt.date:
    when = request.sent_at or request.send_started_at
    return when.date() if when else dt.date.today()


def _check(store: Store, out: Path) -> dict[str, Any]:
    """How the machine's reading compares with the corpus labels (the demo knows the truth)."""
    labels = [json.loads(line) for line in (out / "replies" / "labels.jsonl").open()]
    with store.session() as session:
        refs = {r.reference: r.body_id for r in session.scalars(select(Request))}
        facts = {(f.body_id, f.key): f.value for f in session.scalars(select(BodyFact))}
    scores: dict[str, list[bool]] = {key: [] for key in (*concern_keys(), "outcome")}
    for label in labels:
        body_id = refs.get(label["reference"], -1)
        for key, hits in scores.items():
            if key in label:  # the corpus labels the vendors its replies were written about
                hits.append(facts.get((body_id, key), "unknown") == label[key])
    return {key: f"{sum(h)}/{len(h)} correct" for key, h in scores.items()}


def _report(store: Store, out: Path) -> dict[str, Any]:
    return {"report": str(write_report(store, out / "report"))}


STEPS: list[Step] = [
    ("Register", _register),
    ("Campaign", _campaign),
    ("Send", _send),
    ("Replies", _replies),
    ("Ingest and match", _inbox),
    ("Facts", _facts),
    ("Check", _check),
    ("Report", _report),
]


def _plain(summary: Any) -> Any:
    return summary.as_dict() if hasattr(summary, "as_dict") else summary


def run_demo(out_dir: Path, on_step: Callable[[str, Any], None] | None = None) -> DemoResult:
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    database = out_dir / "camcensus.db"
    store = Store.from_url(f"sqlite:///{database}")
    store.upgrade()
    result = DemoResult(out_dir=out_dir, database=database, report=out_dir / "report" / "index.html")
    try:
        for name, step in STEPS:
            result.steps[name] = step(store, out_dir)
            if on_step:
                on_step(name, result.steps[name])
    finally:
        store.dispose()
    result.seconds = time.perf_counter() - started
    return result
