"""Amplification: a small file that unpacks, decodes or renders into gigabytes. What a file's whole tree
(zip in e-mail in zip ...) unpacks is counted as it comes out and stops at the file's allowance; a page
whose images are too large is not rendered; text stops at the file's allowance; each part left unread is
recorded with its reason. Hostile reads run in a process with a capped address space."""

from __future__ import annotations

import email.message
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.documents import files, hostile
from tests.documents.capped import run_capped

from camcensus.demo import render
from camcensus.documents.limits import TEXT_CUT, Budget, Limits, MiB
from camcensus.documents.model import ParsedDocument
from camcensus.documents.reader import read_bytes
from camcensus.pipeline import ingest_paths
from camcensus.store import Store
from camcensus.store.models import Document, Failure, Segment

SUMMARY = """
import json
from camcensus.documents.reader import read_path
doc = read_path({path!r})
print(json.dumps({{
    "size": doc.size, "error": doc.error, "skipped": doc.skipped, "ocr_pages": doc.ocr_pages,
    "held": sum(c.size for c in doc.children), "children": len(doc.children),
    "text": sum(len(c.text) for c in doc.children),
}}))
"""


@pytest.fixture(scope="module")
def many_members(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "many.zip"
    path.write_bytes(hostile.many_members_zip(170))  # 549 KB on disk, 170 MiB unpacked
    return path


def test_a_540_kb_zip_of_1_mib_members_unpacks_only_its_allowance(many_members: Path) -> None:
    got = run_capped(SUMMARY.format(path=str(many_members)))
    allowance = Budget(Limits(), got["size"]).allowance  # 32 times its size: 17.6 MB
    assert got["error"] is None and got["size"] < 600_000
    assert got["held"] <= allowance < 20 * MiB
    assert got["children"] + len(got["skipped"]) == 170 and got["children"] >= 16
    part, reason = got["skipped"][0]
    assert part == f"part-{got['children']:04d}.txt"
    assert reason.startswith("not read: its 1.0 MiB would take the file past 16.8 MiB unpacked in all")
    assert "a file may unpack 32 times its size, at least 16.0 MiB, at most 256.0 MiB" in reason


def test_ingest_records_each_part_left_unread_and_stores_nothing_huge(
    sqlite_store: Store, many_members: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "many.zip").write_bytes(many_members.read_bytes())
    (folder / "reply.txt").write_text("We use 3 Hikvision cameras.")
    summary = ingest_paths(sqlite_store, [folder], workers=1, extract=False).as_dict()
    unread = [f for f in summary["failed"] if " > part-" in f["path"]]
    assert summary["ingested"] == 2 and len(unread) == len(summary["failed"]) > 100
    assert all(f["reason"].startswith("not read: its 1.0 MiB would take") for f in unread)
    with sqlite_store.session() as session:
        stored = session.scalar(select(func.sum(func.length(Document.content))))
        text = session.scalar(select(func.sum(func.length(Segment.text))))
        failures = session.scalar(select(func.count()).select_from(Failure))
        zipped = session.scalars(select(Document).where(Document.filename == "many.zip")).one()
    allowance = Budget(Limits(), zipped.size).allowance
    assert stored <= zipped.size + allowance + 100 and text <= allowance
    assert failures == len(unread)
    assert zipped.status == "ok" and "parts not read: part-0" in (zipped.error or "")


def test_zips_in_e_mails_in_zips_share_one_allowance() -> None:
    inner = hostile.many_members_zip(8)  # 8 MiB unpacked
    mails = {
        f"reply-{n}.eml": files.email(
            f"RE: FOI {n}", "Our cameras are attached.", [("cameras.zip", inner, "application/zip")]
        )
        for n in range(2)
    }
    limits = Limits(max_tree_ratio=1, tree_ratio_floor=5 * MiB)
    doc = read_bytes(files.zip_bytes(mails), "outer.zip", limits)
    assert sum(n.size for n in _descendants(doc)) <= 5 * MiB
    first, second = (mail.children[0] for mail in doc.children)
    assert len(first.children) == 4 and len(first.skipped) == 4
    assert second.children == [] and len(second.skipped) == 8  # the file's allowance was spent before
    assert all("past 5.0 MiB unpacked in all" in reason for _part, reason in first.skipped + second.skipped)


def _descendants(doc: ParsedDocument) -> Iterator[ParsedDocument]:
    for child in doc.children:
        yield child
        yield from _descendants(child)


def test_a_member_whose_headers_claim_less_than_it_holds_gives_no_more_than_claimed() -> None:
    doc = read_bytes(hostile.lying_zip(claimed=1024, holds=8 * MiB), "lying.zip")
    assert [c.size for c in doc.children] == [1024] and doc.children[0].content == b"\0" * 1024


def test_a_page_with_a_40000_pixel_square_image_is_not_rendered(tmp_path: Path) -> None:
    """1.9 GB to render before; the image's size is read from its dictionary and the page's OCR skipped.
    Tesseract is made to look installed, so the guard, not its absence, is what stops the render."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(hostile.huge_image_pdf(40_000, 40_000))
    assert path.stat().st_size < 2 * MiB
    code = "from camcensus.documents import ocr\nocr.tesseract = lambda: 'tesseract'\n" + SUMMARY
    got = run_capped(code.format(path=str(path)), memory=1024 * MiB)
    assert got["error"] is None and got["ocr_pages"] == 0
    assert got["skipped"] == [
        [
            "page 1",
            "not OCR'd: it holds an image of 40000x40000 pixels, over the limit of 50000000 "
            "(rendering the page would decode it whole)",
        ]
    ]


def test_ingest_records_the_page_left_unrendered(sqlite_store: Store, tmp_path: Path, monkeypatch) -> None:
    from camcensus.documents import ocr

    monkeypatch.setattr(ocr, "tesseract", lambda: "tesseract")  # the workers fork with it
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(hostile.huge_image_pdf(20_000, 20_000))
    summary = ingest_paths(sqlite_store, [folder], workers=1, extract=False).as_dict()
    assert summary["failed"] == [
        {
            "path": f"{folder / 'scan.pdf'} > page 1",
            "reason": "not OCR'd: it holds an image of 20000x20000 pixels, over the limit of 50000000 "
            "(rendering the page would decode it whole)",
        }
    ]
    assert (summary["ingested"], summary["ocr_pages"]) == (1, 0)


def test_text_stops_at_the_files_allowance_across_its_tree() -> None:
    parts = {f"{n}.txt": (f"Part {n}. " + "x" * 600).encode() for n in range(3)}
    doc = read_bytes(files.zip_bytes(parts), "three.zip", Limits(max_text_chars=1000))
    assert [len(c.text) for c in doc.children] == [608, 392, 0]
    assert [c.warnings for c in doc.children] == [[], [TEXT_CUT], [TEXT_CUT]]
    pages = read_bytes(render.pdf_bytes("Page text\n" * 400), "long.pdf", Limits(max_text_chars=100))
    assert pages.pages > 3 and len(pages.text) == 100
    assert pages.warnings == [f"pages 2-{pages.pages} not read: {TEXT_CUT}", TEXT_CUT]


def test_a_message_nested_in_messages_is_read_to_the_depth_limit_and_recorded(
    sqlite_store: Store, tmp_path: Path
) -> None:
    """200 e-mails each nothing but the next were stored as one "ok" e-mail with no text."""
    doc = read_bytes(hostile.nested_message(200), "deep.eml")
    chain = [doc]
    while chain[-1].children:
        chain.append(chain[-1].children[0])
    assert len(chain) == Limits().max_depth + 2
    assert chain[-1].error == "refused: nested more than 6 levels deep"
    shallow = read_bytes(hostile.nested_message(3), "three.eml")
    assert shallow.children[0].children[0].children[0].text == "We use 4 Hikvision cameras."
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "deep.eml").write_bytes(hostile.nested_message(200))
    summary = ingest_paths(sqlite_store, [folder], workers=1, extract=False).as_dict()
    assert [f["reason"] for f in summary["failed"]] == ["refused: nested more than 6 levels deep"]
    assert summary["failed"][0]["path"].count(" > ") == 7


def test_an_e_mail_whose_whole_body_is_a_file_or_a_group_of_parts_is_read() -> None:
    scan = email.message.EmailMessage()
    scan["From"], scan["Subject"] = "scanner@council.example", "Scan"
    scan.set_content(
        render.csv_bytes(files.TABLE), maintype="application", subtype="octet-stream", filename="cameras.csv"
    )
    alone = read_bytes(scan.as_bytes(), "scan.eml")
    assert [c.format for c in alone.children] == ["csv"] and "Hikvision" in alone.children[0].text
    outer = email.message.EmailMessage()
    outer["From"], outer["Subject"] = "foi@council.example", "RE: FOI"
    outer.set_content("Please see the forwarded answer.")
    group = email.message.EmailMessage()
    group.set_content("We use 9 Dahua cameras.")
    group.add_attachment(b"Make,Qty\nDahua,9\n", maintype="text", subtype="csv", filename="cams.csv")
    outer.make_mixed()
    outer.attach(group)
    doc = read_bytes(outer.as_bytes(), "reply.eml")
    assert doc.text == "Please see the forwarded answer."
    assert [c.filename for c in doc.children] == ["parts.eml"]
    nested = doc.children[0]
    assert nested.text == "We use 9 Dahua cameras." and [c.filename for c in nested.children] == ["cams.csv"]


def test_a_worker_past_its_memory_cap_loses_only_its_file(sqlite_store: Store, tmp_path: Path) -> None:
    """With the file's allowance lifted, the ZIP's members are read until the worker's address space runs
    out: that file is recorded with the reason, the worker and the run carry on."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "many.zip").write_bytes(hostile.many_members_zip(170))
    for n in range(4):
        (folder / f"note-{n}.txt").write_text(f"Note {n}: we use {n} cameras.")
    limits = Limits(max_tree_size=10**12, max_tree_ratio=10**6, worker_memory=64 * MiB)
    summary = ingest_paths(sqlite_store, [folder], workers=1, extract=False, limits=limits).as_dict()
    assert summary["ingested"] == 4
    [failure] = summary["failed"]
    assert failure["path"] == str(folder / "many.zip")
    assert failure["reason"] in (
        "could not read zip: out of memory (MemoryError)",
        "reading it took more memory than a worker may add (64 MiB)",
    )


def test_the_cap_holds_in_a_worker_whatever_the_task() -> None:
    from tests.documents import tasks

    from camcensus.parallel import WorkerLost, map_batches

    results = dict(
        (batch[0], out)
        for batch, out in map_batches(tasks.hoard, [[1, 2, 400]], workers=1, memory_limit=128 * MiB)
    )
    assert results[1] == [1] and results[2] == [2]
    assert isinstance(results[400], WorkerLost)
    assert str(results[400]) == "reading it took more memory than a worker may add (128 MiB)"


def test_a_local_worker_sets_what_it_inherited_aside_from_the_garbage_collector() -> None:
    """Its full collections walk only what it makes itself (and leave the parent's pages shared); the
    parent's own collector is left as it was."""
    import gc

    from tests.documents import tasks

    from camcensus.parallel import map_batches

    before = gc.get_freeze_count()
    results = [out for _batch, out in map_batches(tasks.frozen, [[1, 2]], workers=1)]
    assert len(results) == 1 and isinstance(results[0], list)
    assert min(results[0]) > 1000  # the modules, the readers and everything else imported before the fork
    assert gc.get_freeze_count() == before
