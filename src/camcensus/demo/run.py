"""`camcensus demo`: the whole pipeline on the embedded store, on a clearly synthetic reply corpus.

register -> campaign -> send (to a loopback SMTP server) -> replies -> ingest + match -> evidence -> facts
-> statistics -> report, for two rounds of the same survey (`camcensus.demo.rounds`): an earlier one dated two
years back and the current one, so that `camcensus compare` has changes to find. Each step calls the real
stage; rerunning on the same directory adds nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from camcensus.analysis.compare import compare_rounds
from camcensus.analysis.population import SurveyedBody
from camcensus.analysis.rounds import load_round
from camcensus.demo import register, rounds
from camcensus.demo.corpus import RequestInfo, write_corpus
from camcensus.demo.rounds import CURRENT
from camcensus.demo.sink import LoopbackSink
from camcensus.evidence.facts import resolve_body_facts
from camcensus.foi.campaigns import create_campaign
from camcensus.foi.inbox import import_inbox
from camcensus.foi.outbox import send_campaign
from camcensus.knowledge.vendors import ANY_CONCERN, concern_keys
from camcensus.network.imports import import_devices
from camcensus.reports.html import write_report
from camcensus.store import Store
from camcensus.store.models import Body, Campaign, Request

SENDER = "survey@camcensus.example"
SEED = 2022
CAMPAIGN = CURRENT


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


def _create(store: Store, name: str) -> dict[str, Any]:
    with store.session() as session:
        codes = [b.code for b in register.sample_bodies(session, SEED)]
        bodies = list(session.scalars(select(Body).where(Body.code.in_(codes))))
        campaign = create_campaign(session, name, template="cctv", bodies=bodies, synthetic=True)
        return {"campaign": campaign.name, "requests": len(campaign.requests)}


def _send_round(store: Store, out: Path, name: str, ago: dt.timedelta) -> dict[str, Any]:
    with LoopbackSink(out / "outbox") as smtp:
        summary = send_campaign(store, name, smtp=smtp, sender=SENDER, clock=rounds.clock(ago))
    return _plain(summary)


def _write_replies(
    store: Store, name: str, folder: Path, changes: dict[str, tuple[str, ...]] | None = None
) -> dict[str, Any]:
    """The round's reply corpus (kept when a run before wrote it: nothing is made twice)."""
    if (folder / "labels.jsonl").exists():
        return {"replies": sum(1 for _ in (folder / "labels.jsonl").open()), "reused": True}
    with store.session() as session:
        rows = session.execute(
            select(Request, Body)
            .join(Body, Request.body_id == Body.id)
            .join(Campaign)
            .where(Campaign.name == name)
            .order_by(Request.reference)
        ).all()
        infos = [_request_info(r, b) for r, b in rows]
    labels = write_corpus(infos, folder, seed=SEED, changes=changes)
    return {"replies": len(labels), "no_reply": len(infos) - len(labels)}


def _request_info(request: Request, body: Body) -> RequestInfo:
    return RequestInfo(
        reference=request.reference,
        body_name=body.name,
        body_email=body.email or "",
        body_type=body.body_type.value,
        nation=body.nation.value,
        law=request.law,
        subject=request.subject,
        text=request.text,
        message_id=request.message_id,
        sent_on=_sent_on(request),
    )


def _earlier_round(store: Store, out: Path) -> dict[str, Any]:
    """The same bodies asked two years before, through the same stages, some answering differently."""
    made = _create(store, rounds.EARLIER)
    sent = _send_round(store, out, rounds.EARLIER, rounds.EARLIER_AGO)
    replies = _write_replies(store, rounds.EARLIER, out / REPLIES[rounds.EARLIER], rounds.earlier_replies())
    with store.session() as session:
        first = session.scalar(
            select(func.min(Request.sent_at)).join(Campaign).where(Campaign.name == rounds.EARLIER)
        )
    return {
        **made,
        "sent": sent["sent"],
        "sent_on": first.date().isoformat() if first else None,
        **replies,
    }


def _campaign(store: Store, out: Path) -> dict[str, Any]:
    return _create(store, CAMPAIGN)


def _send(store: Store, out: Path) -> dict[str, Any]:
    return _send_round(store, out, CAMPAIGN, rounds.CURRENT_AGO)


def _replies(store: Store, out: Path) -> dict[str, Any]:
    return _write_replies(store, CAMPAIGN, out / REPLIES[CAMPAIGN])


def _inbox(store: Store, out: Path) -> dict[str, Any]:
    return _plain(import_inbox(store, [out / folder for folder in REPLIES.values()]))


def _scan(store: Store, out: Path) -> dict[str, Any]:
    """One body's estate, as a scan of its own network wrote it (`discover --json`, shipped in the demo's
    data: documentation addresses, no serials), stored through `camcensus devices import`: a body whose
    reply says it uses the first vendor of concern, the maker of the scan's recorder, so its scan and its
    reply tell one story."""
    labels = _labels(out, CAMPAIGN)
    first = concern_keys()[0]
    reference = next(label["reference"] for label in labels if label.get(first) == "yes")
    with store.session() as session, resources.as_file(_SCAN) as path:
        body_id = session.scalar(select(Request.body_id).where(Request.reference == reference))
        summary = import_devices(session, path, body_id)
        code = session.scalar(select(Body.code).where(Body.id == body_id))
    return {"body": code, "devices": summary.devices}


_SCAN = resources.files("camcensus.demo").joinpath("data", "scan.jsonl")


def _facts(store: Store, out: Path) -> dict[str, Any]:
    with store.session() as session:
        return {"bodies": resolve_body_facts(session)}


def _sent_on(request: Request) -> dt.date:
    when = request.sent_at or request.send_started_at
    return when.date() if when else dt.date.today()


def _labels(out: Path, name: str) -> list[dict[str, Any]]:
    with (out / REPLIES[name] / "labels.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _reading(body: SurveyedBody | None, key: str) -> str:
    if body is None:
        return "unknown"
    return body.outcome if key == "outcome" else body.tri_fact(key)


def _check(store: Store, out: Path) -> dict[str, Any]:
    """How the machine's reading of each round compares with the corpus labels (the demo knows the truth), and
    how many of the changes between the rounds `camcensus compare` finds."""
    scores: dict[str, list[bool]] = {key: [] for key in (*concern_keys(), "outcome")}
    with store.session() as session:
        requests = {r.reference: r.body_id for r in session.scalars(select(Request))}
        codes = {b.id: b.code for b in session.scalars(select(Body).where(Body.id.in_(requests.values())))}
        for name in REPLIES:
            read = {b.body_id: b for b in load_round(session, name).bodies}
            for label in _labels(out, name):
                body = read.get(requests[label["reference"]])
                for key, hits in scores.items():
                    if key in label:  # the corpus labels the vendors its replies were written about
                        hits.append(_reading(body, key) == label[key])
        document = compare_rounds(session, rounds.EARLIER, CAMPAIGN, by=())
    body_of = {ref: codes[body_id] for ref, body_id in requests.items()}
    expected = rounds.expected_changes(_labels(out, rounds.EARLIER), _labels(out, CAMPAIGN), body_of)
    found = {(t["code"], t["vendor"], t["change"]) for t in document["transitions"]}
    found = {f for f in found if f[1] != ANY_CONCERN}
    return {
        **{key: f"{sum(h)}/{len(h)} correct" for key, h in scores.items()},
        "changes": f"{len(expected & found)}/{len(expected)} found by camcensus compare",
        "changes not in the corpus": len(found - expected),
    }


def _report(store: Store, out: Path) -> dict[str, Any]:
    return {"report": str(write_report(store, out / "report"))}


# each round's replies, by campaign
REPLIES = {rounds.EARLIER: f"replies-{rounds.EARLIER}", CAMPAIGN: "replies"}
STEPS: list[Step] = [
    ("Register", _register),
    ("Earlier round", _earlier_round),
    ("Campaign", _campaign),
    ("Send", _send),
    ("Replies", _replies),
    ("Ingest and match", _inbox),
    ("Scan", _scan),
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
