"""Broken and hostile files are reported, never raised, and refused before they can cost memory or time."""

from __future__ import annotations

import os

import pytest
from tests.documents import hostile

from camcensus.documents.limits import Limits
from camcensus.documents.reader import read_bytes


@pytest.fixture(scope="module")
def hostile_files() -> dict[str, bytes]:
    return hostile.hostile_set_cache()


@pytest.mark.parametrize(
    "name, expected",
    [
        ("truncated.pdf", "damaged PDF"),
        ("random.pdf", "binary data"),
        ("random.bin", "binary data"),
        ("empty.docx", "empty file"),
        ("bomb.zip", "declares 1.0 GiB uncompressed, over the limit of 512.0 MiB (a possible ZIP bomb)"),
        ("laughs.docx", "word/document.xml declares a DTD or entities"),
        ("laughs.odt", "content.xml declares a DTD or entities"),
        ("wide.xlsx", "member xl/worksheets/sheet1.xml expands"),
    ],
)
def test_bad_input_is_an_error_with_a_reason(
    hostile_files: dict[str, bytes], name: str, expected: str
) -> None:
    doc = read_bytes(hostile_files[name], name)
    assert doc.error is not None and expected in doc.error
    assert not doc.encrypted and doc.segments == [] and len(doc.sha256) == 64


@pytest.mark.parametrize(
    "name, what",
    [
        ("encrypted.pdf", "encrypted PDF"),
        ("encrypted.zip", "encrypted ZIP"),
        ("encrypted.docx", "encrypted Office document"),
    ],
)
def test_encrypted_files_say_so(hostile_files: dict[str, bytes], name: str, what: str) -> None:
    doc = read_bytes(hostile_files[name], name)
    assert doc.encrypted and doc.error.startswith(what) and "password" in doc.error


def test_entities_in_a_plain_xml_file_are_never_expanded(hostile_files: dict[str, bytes]) -> None:
    doc = read_bytes(hostile_files["laughs.xml"], "laughs.xml")
    assert doc.error is None and len(doc.text) < 2000 and "&lol9;" in doc.text


def test_nesting_is_limited(hostile_files: dict[str, bytes]) -> None:
    doc = read_bytes(hostile_files["deep.zip"], "deep.zip")
    depth, node = 0, doc
    while node.children:
        node, depth = node.children[0], depth + 1
    assert depth == Limits().max_depth + 1 and node.error == "refused: nested more than 6 levels deep"


def test_limits_can_be_tightened() -> None:
    from tests.documents import files

    from camcensus.demo import render

    small = Limits(max_file_size=1000)
    assert "exceeds the limit of 1000 bytes" in read_bytes(render.pdf_bytes(files.TEXT), "a.pdf", small).error
    pages = read_bytes(render.pdf_bytes("Page one\n" * 200), "long.pdf", Limits(max_pages=1))
    assert pages.pages > 1 and len(pages.segments) == 1
    assert pages.warnings == [f"only the first 1 of {pages.pages} pages were read"]
    archive = files.zip_bytes({"a.csv": b"a,b\n" * 5000, "b.csv": b"c,d\n" * 5000})
    refused = read_bytes(archive, "two.zip", Limits(max_unpacked_size=30_000))
    assert "over the limit of 29.3 KiB" in refused.error
    assert "2 members" in read_bytes(archive, "two.zip", Limits(max_members=1)).error


def test_nested_archives_share_one_budget() -> None:
    from tests.documents import files

    member = b"x" * 20_000
    inner = files.zip_bytes({"a.txt": member})
    outer = files.zip_bytes({"one.zip": inner, "two.zip": inner, "three.zip": inner})
    doc = read_bytes(outer, "outer.zip", Limits(max_unpacked_size=50_000))
    assert doc.error is None
    errors = [c.error for c in doc.children]
    assert errors[:2] == [None, None] and "nested archives declare more than" in (errors[2] or "")


def test_noise_never_raises() -> None:
    import random

    rng = random.Random(7)
    from tests.documents import files

    from camcensus.demo import render

    seeds = [
        render.pdf_bytes(files.TEXT),
        render.docx_bytes(files.TEXT, files.TABLE),
        render.xlsx_bytes(files.TABLE),
        render.odt_bytes(files.TEXT),
        files.reply_with_everything(),
    ]
    for n in range(60):
        data = bytearray(seeds[n % len(seeds)])
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        cut = rng.randint(len(data) // 2, len(data))
        doc = read_bytes(bytes(data[:cut]), f"mangled-{n}")
        assert doc.sha256 and (doc.error is None or isinstance(doc.error, str))


def test_archive_member_names_never_become_paths(sqlite_store, tmp_path) -> None:
    """Zip slip: members named ../../x or /abs/x are read in memory and stored by name; nothing is written."""
    from tests.documents import files

    from camcensus.pipeline import ingest_paths

    folder = tmp_path / "in" / "deep"
    folder.mkdir(parents=True)
    names = ["../../slipped.txt", "/tmp/camcensus-slipped.txt", "..\\..\\slipped-win.txt"]
    (folder / "slip.zip").write_bytes(files.zip_bytes({n: b"We use 2 Hikvision cameras." for n in names}))
    before = set(tmp_path.rglob("*"))
    summary = ingest_paths(sqlite_store, [folder], workers=1).as_dict()
    assert summary["ingested"] == 1 and summary["failed"] == []
    assert all(p.name.startswith("camcensus.db") for p in set(tmp_path.rglob("*")) - before)
    assert not any(tmp_path.rglob("slipped*")) and not os.path.exists("/tmp/camcensus-slipped.txt")


def test_hostile_rich_text_is_an_error_with_a_reason_or_nothing_read() -> None:
    """Rich Text that overflows its escapes, never closes its groups or claims a binary run it lacks is read
    without a crash: an error naming the reader, or no text."""
    overflow = read_bytes(b"{\\rtf1 " + b"\\u99999999999? " * 2000 + b"}", "reply.rtf")
    assert overflow.error is not None and "could not read rtf" in overflow.error and overflow.segments == []
    unclosed = read_bytes(b"{\\rtf1 " + b"{" * 200_000, "reply.rtf")
    assert unclosed.error is None and unclosed.segments == []
    binary = read_bytes(b"{\\rtf1\\bin999999999 abc}", "reply.rtf")
    assert binary.error is None and len(binary.segments) <= 1
