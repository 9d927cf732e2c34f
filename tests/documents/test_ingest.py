"""Ingest into both real backends: every document once, children under their parent, e-mails as messages,
failures stored and named, evidence extracted; rerunning adds nothing; a dying worker loses one file."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.documents import files, hostile

from camcensus.documents import ingest as ingest_module
from camcensus.documents.limits import Limits
from camcensus.pipeline import ingest_paths
from camcensus.store import Store
from camcensus.store.models import Document, Evidence, Failure, Message, Segment

TOP_LEVEL = 16  # 12 files, 2 messages in the mbox file, 2 in the Maildir (tmp/ is skipped)


def counts(store: Store) -> dict[str, int]:
    with store.session() as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model))
            for model in (Document, Segment, Message, Failure, Evidence)
        }


def test_every_format_stored_once_with_children_messages_and_evidence(
    any_store: Store, tmp_path: Path
) -> None:
    files.write_corpus(tmp_path / "in")
    summary = ingest_paths(any_store, [tmp_path / "in"], workers=2)
    result = summary.as_dict()
    assert result["failed"] == [] and result["duplicates"] == 0
    assert result["ingested"] == TOP_LEVEL and len(summary.document_ids) == TOP_LEVEL
    assert result["pages"] == 2 and result["ocr_pages"] == 0  # reply.pdf and answer.pdf, one page each
    assert set(result) == {"ingested", "duplicates", "failed", "pages", "ocr_pages", "seconds"}
    with any_store.session() as session:
        docs = {d.source_path: d for d in session.scalars(select(Document))}
        top = [d for d in docs.values() if d.parent_id is None]
        assert len(top) == TOP_LEVEL and all(d.synthetic for d in docs.values())
        reply = docs[str(tmp_path / "in" / "everything.eml")]
        children = {d.filename: d for d in docs.values() if d.parent_id == reply.id}
        assert set(children) == {"answer.pdf", "cameras.xlsx", "original.eml", "bundle.zip"}
        assert [d.filename for d in docs.values() if d.parent_id == children["original.eml"].id] == [
            "assets.docx"
        ]
        bundle = [d for d in docs.values() if d.parent_id == children["bundle.zip"].id]
        assert sorted(d.filename for d in bundle) == ["cameras.csv", "more/inner.zip"]
        assert children["answer.pdf"].content.startswith(b"%PDF") and children["answer.pdf"].pages == 1
        assert children["original.eml"].email_message_id == "<fwd-1@council.example>"
        assert docs[str(tmp_path / "in" / "box.mbox#2")].email_message_id == "<mbox-2@police.example>"
        messages = {m.message_id: m for m in session.scalars(select(Message))}
        # the forwarded original inside the reply stays an attachment and becomes a message of its own
        assert set(messages) == {
            "<reply-1@council.example>",
            "<fwd-1@council.example>",
            "<zipped-1@school.example>",
            "<mbox-1@police.example>",
            "<mbox-2@police.example>",
            "<md-1@nhs.example>",
            "<md-2@nhs.example>",
            "<msg-1@trust.example>",
        }
        assert messages["<fwd-1@council.example>"].document_id == children["original.eml"].id
        first = messages["<reply-1@council.example>"]
        assert (first.direction, first.document_id, first.in_reply_to, first.subject) == (
            "in",
            reply.id,
            "<req-1@camcensus.example>",
            "RE: FOI request CC-2026-0001",
        )
        assert (
            first.sender == "foi@council.example.gov.uk"
            and first.sent_at.isoformat() == "2026-10-01T09:30:00"
        )
        sheet = session.scalars(
            select(Segment).where(Segment.document_id == children["cameras.xlsx"].id).order_by(Segment.seq)
        ).all()
        assert [(s.location, s.sheet, s.row, s.text) for s in sheet][1] == (
            "sheet CCTV cameras row 2",
            "CCTV cameras",
            2,
            "Hikvision | DS-2CD2143G2-I | 30",
        )
        pdf = docs[str(tmp_path / "in" / "reply.pdf")]
        assert pdf.extracted_at is not None
        makers = set(
            session.scalars(
                select(Evidence.value).where(Evidence.document_id == pdf.id, Evidence.kind == "manufacturer")
            )
        )
        assert "Hikvision" in makers
        assert all(d.extracted_at is not None for d in docs.values())


def test_rerun_adds_nothing_and_counts_duplicates(any_store: Store, tmp_path: Path) -> None:
    files.write_corpus(tmp_path / "in")
    ingest_paths(any_store, [tmp_path / "in"], workers=2)
    before = counts(any_store)
    again = ingest_paths(any_store, [tmp_path / "in", tmp_path / "in" / "reply.pdf"], workers=2).as_dict()
    assert (again["ingested"], again["duplicates"], again["failed"]) == (0, TOP_LEVEL + 1, [])
    assert counts(any_store) == before


def test_an_email_seen_again_with_other_bytes_is_a_duplicate_by_message_id(
    any_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.eml").write_bytes(
        files.email("RE: FOI", "First copy", message_id="<same@council.example>")
    )
    (tmp_path / "b.eml").write_bytes(
        files.email("RE: FOI", "Copy fetched again later", message_id="<same@council.example>")
    )
    paths = [tmp_path / "a.eml", tmp_path / "b.eml"]
    summary = ingest_paths(any_store, paths, workers=1, progress=True).as_dict()
    assert (summary["ingested"], summary["duplicates"]) == (1, 1)
    assert counts(any_store)["Message"] == 1
    assert "ingest" in capsys.readouterr().err  # the progress bar, on stderr


def test_failures_are_stored_named_and_do_not_stop_the_run(any_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("truncated.pdf", "random.bin", "encrypted.pdf", "encrypted.zip", "laughs.docx"):
        (folder / name).write_bytes(hostile.hostile_set_cache()[name])
    (folder / "good.csv").write_bytes(b"Make,Qty\nHikvision,4\n")
    (folder / "reply.eml").write_bytes(
        files.email(
            "RE: FOI",
            "Attached, encrypted.",
            [("locked.pdf", hostile.hostile_set_cache()["encrypted.pdf"] + b"\n% copy", "application/pdf")],
        )
    )
    summary = ingest_paths(any_store, [folder, tmp_path / "missing.pdf"], workers=2).as_dict()
    reasons = {
        Path(f["path"].split(" > ")[0]).name
        + (" > " + f["path"].split(" > ")[1] if " > " in f["path"] else ""): f["reason"]
        for f in summary["failed"]
    }
    assert set(reasons) == {
        "truncated.pdf",
        "random.bin",
        "encrypted.pdf",
        "encrypted.zip",
        "laughs.docx",
        "reply.eml > locked.pdf",
        "missing.pdf",
    }
    assert reasons["missing.pdf"] == "no such file or folder"
    assert reasons["encrypted.zip"].startswith("encrypted ZIP archive")
    assert summary["ingested"] == 2  # good.csv and the e-mail itself
    with any_store.session() as session:
        stored = {d.filename: d for d in session.scalars(select(Document))}
        assert stored["encrypted.pdf"].status == "encrypted" and stored["locked.pdf"].status == "encrypted"
        assert stored["truncated.pdf"].status == "failed" and stored["good.csv"].status == "ok"
        rows = session.scalars(select(Failure)).all()
        assert {r.stage for r in rows} == {"ingest"} and len(rows) == 7
        assert all(r.reason for r in rows)
    ingest_paths(any_store, [folder, tmp_path / "missing.pdf"], workers=2)
    assert counts(any_store)["Failure"] == 7  # a repeated failure updates its row


def _crash_on(name: str, how: str):
    real = ingest_module.read_bytes

    def reader(data: bytes, filename: str, limits: Limits = Limits()):
        if filename == name and how == "crash":
            os.kill(os.getpid(), signal.SIGKILL)  # as a segfault in a native library would
        if filename == name and how == "hang":
            time.sleep(30)
        return real(data, filename, limits)

    return reader


@pytest.mark.parametrize(
    "how, reason",
    [
        (
            "crash",
            "the worker process died while reading this file (a crash in a reader, or more memory than a "
            "worker may add: 2.0 GiB)",
        ),
        ("hang", "reading took longer than 1 s; stopped"),
    ],
)
def test_a_dying_or_hanging_worker_loses_only_its_file(
    sqlite_store: Store, tmp_path: Path, monkeypatch, how: str, reason: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(12):
        (folder / f"note-{n:02d}.txt").write_text(f"Note {n}: we use {n} cameras.")
    (folder / "poison.txt").write_text("this one kills its reader")
    monkeypatch.setattr(ingest_module, "read_bytes", _crash_on("poison.txt", how))
    summary = ingest_paths(sqlite_store, [folder], workers=2, limits=Limits(document_timeout=1)).as_dict()
    assert summary["failed"] == [{"path": str(folder / "poison.txt"), "reason": reason}]
    assert summary["ingested"] == 12
    with sqlite_store.session() as session:
        assert session.scalars(select(Failure.reason)).all() == [reason]


def test_a_hanging_extraction_loses_only_its_file(sqlite_store: Store, tmp_path: Path, monkeypatch) -> None:
    """Every file of a batch is read before any is extracted; the time limit still holds per document."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(12):
        (folder / f"note-{n:02d}.txt").write_text(f"Note {n}: we use {n} cameras.")
    (folder / "slow.txt").write_text("the evidence of this one is never read to the end")
    real = ingest_module.readings_of

    def readings_of(doc, extractor):
        if doc.filename == "slow.txt":
            time.sleep(30)
        return real(doc, extractor)

    monkeypatch.setattr(ingest_module, "readings_of", readings_of)
    summary = ingest_paths(sqlite_store, [folder], workers=2, limits=Limits(document_timeout=1)).as_dict()
    reason = "reading took longer than 1 s; stopped"
    assert summary["failed"] == [{"path": str(folder / "slow.txt"), "reason": reason}]
    assert summary["ingested"] == 12
    with sqlite_store.session() as session:
        assert session.scalar(select(func.count()).select_from(Evidence)) > 12  # the others' evidence


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the lost first alarm
def test_a_time_limit_holds_when_its_first_alarm_lands_where_exceptions_are_ignored() -> None:
    """Dask installs a garbage-collector callback in its workers; an alarm that lands there raises in a place
    Python ignores exceptions, so the limit must ring again rather than let the document run on."""
    import gc

    from camcensus.documents.ingest import _Overrun, _time_limit

    unlucky = [True]

    def slow_callback(phase: str, _info: dict) -> None:
        if phase == "start" and unlucky[0]:
            unlucky[0] = False
            time.sleep(0.5)  # the alarm at 0.1 s lands here; its exception is ignored

    gc.callbacks.append(slow_callback)
    try:
        with pytest.raises(_Overrun), _time_limit(0.1):
            gc.collect()
            for _ in range(1000):
                time.sleep(0.01)  # 10 s of work the limit must stop
    finally:
        gc.callbacks.remove(slow_callback)
    assert not unlucky[0]
