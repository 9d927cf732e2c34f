"""FOI throughput: statutory due dates and reply matching, each against a baseline measured in the same run.

    python benchmarks/foi.py [--requests N]

Deadlines: ``statutory_due_date`` (weekends, every UK nation's holidays, named skipped days) against a bare
weekday count. Matching: ``match_messages`` over N stored replies (a third threaded, a third carrying the
reference, a third known only by the sender's domain) against just reading each reply's text, the least any
matcher must do.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import tempfile
import time
from pathlib import Path

from camcensus.enums import BodyType, Nation, RequestState
from camcensus.foi.campaigns import create_campaign
from camcensus.foi.deadlines import statutory_due_date
from camcensus.foi.inbox import match_messages
from camcensus.foi.matching import email_text
from camcensus.store import Store
from camcensus.store.models import Body, Document, Message, Request, Segment


def _weekdays_only(received: dt.date, days: int) -> dt.date:
    day, n = received, 0
    while n < days:
        day += dt.timedelta(days=1)
        n += day.weekday() < 5
    return day


def bench_deadlines(count: int) -> None:
    rng = random.Random(1)
    dates = [dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365)) for _ in range(count)]
    laws = ["foia", "foisa", "eir", "schools"]
    start = time.perf_counter()
    for d in dates:
        _weekdays_only(d, 20)
    base = time.perf_counter() - start
    start = time.perf_counter()
    for i, d in enumerate(dates):
        statutory_due_date(laws[i % 4], d)
    ours = time.perf_counter() - start
    print(
        f"deadlines: {count} due dates in {ours:.3f} s ({count / ours:,.0f}/s); weekday-only baseline "
        f"{base:.3f} s; ratio {ours / base:.1f}x"
    )


def bench_matching(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.from_url(f"sqlite:///{Path(tmp) / 'bench.db'}")
        store.upgrade()
        with store.session() as session:
            for i in range(count):
                session.add(
                    Body(
                        code=f"b:{i}",
                        name=f"Body Number {i} Council",
                        body_type=BodyType.COUNCIL,
                        nation=Nation.ENGLAND,
                        email=f"foi@body{i}.gov.uk",
                        source="bench",
                        extra={},
                    )
                )
            session.flush()
            create_campaign(session, "bench")
            for req in session.query(Request):
                req.state, req.message_id = RequestState.SENT, f"<{req.reference}@camcensus.example>"
                req.sent_at, req.received_on = dt.datetime(2026, 11, 2, 9), dt.date(2026, 11, 2)
            session.flush()
            for i, req in enumerate(session.query(Request).order_by(Request.id)):
                kind = i % 3
                text = f"Dear Requester,\n\nWe operate {i % 90 + 10} CCTV cameras made by Axis.\n"
                if kind == 1:
                    text += f"Your reference {req.reference}.\n"
                raw = text.encode() + str(i).encode()
                doc = Document(
                    sha256=hashlib.sha256(raw).hexdigest(),
                    filename=f"r{i}.eml",
                    format="eml",
                    size=len(raw),
                    content=raw,
                    email_message_id=f"<r{i}@body{i}.gov.uk>",
                )
                session.add(doc)
                session.flush()
                session.add(Segment(document_id=doc.id, seq=0, location="e-mail body", text=text))
                session.add(
                    Message(
                        direction="in",
                        message_id=f"<r{i}@body{i}.gov.uk>",
                        document_id=doc.id,
                        sender=f"foi@body{i}.gov.uk",
                        subject="Your request",
                        in_reply_to=req.message_id if kind == 0 else None,
                    )
                )
        with store.session() as session:
            start = time.perf_counter()
            for msg in session.query(Message):
                email_text(session, msg)
            base = time.perf_counter() - start
        with store.session() as session:
            start = time.perf_counter()
            summary = match_messages(session)
            ours = time.perf_counter() - start
        store.dispose()
    print(
        f"matching: {count} replies in {ours:.3f} s ({count / ours:,.0f}/s; {summary.as_dict()['by']}, "
        f"unmatched {summary.unmatched}); reading their text alone {base:.3f} s; ratio {ours / base:.1f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--deadlines", type=int, default=20_000)
    args = parser.parse_args()
    bench_deadlines(args.deadlines)
    bench_matching(args.requests)


if __name__ == "__main__":
    main()
