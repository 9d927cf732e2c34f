"""Only regular files are read: a link in an ingest folder is skipped unless links are to be followed, and
a FIFO, a device or a socket never is; each skip is recorded with its reason and the run goes on."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from camcensus.documents.ingest import parse_source
from camcensus.documents.limits import Limits
from camcensus.documents.reader import read_path
from camcensus.documents.sources import Source, Unreadable, read_regular
from camcensus.pipeline import ingest_paths
from camcensus.store import Store
from camcensus.store.models import Document, Failure

SECRET = "root:x:0:0:root:/root:/bin/bash\n"


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Iterator[Path]:
    """A reply beside a link to a file outside the folder (as /etc/passwd), links to /dev/zero and to a
    folder outside, a FIFO nobody writes to, a Unix socket and a link back up to the folder itself."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "passwd").write_text(SECRET)
    (outside / "notes.txt").write_text("We use 7 Dahua cameras.")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "reply.txt").write_text("We use 3 Hikvision cameras.")
    (folder / "passwd").symlink_to(outside / "passwd")
    (folder / "zero").symlink_to("/dev/zero")
    (folder / "gone").symlink_to(tmp_path / "no-such-file")
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    os.mkfifo(folder / "pipe")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(folder / "sock"))
    try:
        yield folder
    finally:
        listener.close()


def _reasons(summary: dict, folder: Path) -> dict[str, str]:
    return {os.path.relpath(f["path"], folder): f["reason"] for f in summary["failed"]}


@pytest.mark.timeout(60)  # a FIFO read would hang, /dev/zero would fill the memory: neither may happen
def test_links_fifos_devices_and_sockets_are_skipped_with_their_reasons(
    sqlite_store: Store, hostile_folder: Path
) -> None:
    summary = ingest_paths(sqlite_store, [hostile_folder, "/dev/zero"], workers=1).as_dict()
    outside, hint = hostile_folder.parent / "outside", "links are read only with --follow-links"
    assert _reasons(summary, hostile_folder) == {
        "passwd": f"skipped: a symbolic link to {outside / 'passwd'}; {hint}",
        "zero": f"skipped: a symbolic link to /dev/zero; {hint}",
        "gone": f"skipped: a symbolic link to {hostile_folder.parent / 'no-such-file'}; {hint}",
        "elsewhere": f"skipped: a symbolic link to {outside}; {hint}",
        "loop": f"skipped: a symbolic link to {hostile_folder}; {hint}",
        "pipe": "skipped: a named pipe (FIFO), not a regular file",
        "sock": "skipped: a socket, not a regular file",
        os.path.relpath("/dev/zero", hostile_folder): "skipped: a character device, not a regular file",
    }
    assert summary["ingested"] == 1
    with sqlite_store.session() as session:
        stored = session.scalars(select(Document)).all()
        assert [d.filename for d in stored] == ["reply.txt"]
        assert all(SECRET.encode() not in (d.content or b"") for d in stored)
        assert len(session.scalars(select(Failure)).all()) == len(summary["failed"]) == 8


@pytest.mark.timeout(60)
def test_links_are_followed_only_when_asked_and_still_only_to_regular_files(
    sqlite_store: Store, hostile_folder: Path
) -> None:
    summary = ingest_paths(sqlite_store, [hostile_folder], workers=1, follow_links=True).as_dict()
    assert _reasons(summary, hostile_folder) == {
        "zero": "skipped: a character device, not a regular file",
        "gone": f"skipped: a broken symbolic link to {hostile_folder.parent / 'no-such-file'}",
        "loop": "skipped: a link to a folder already read",
        "pipe": "skipped: a named pipe (FIFO), not a regular file",
        "sock": "skipped: a socket, not a regular file",
    }
    with sqlite_store.session() as session:
        names = sorted(session.scalars(select(Document.filename)))
    assert names == ["notes.txt", "passwd", "reply.txt"]  # what the user asked for: links read


def test_the_command_line_skips_links_unless_told(run_cli, hostile_folder: Path, tmp_path: Path) -> None:
    os.unlink(hostile_folder / "pipe")  # the CLI test needs no FIFO: the API tests hold those
    plain = json.loads(run_cli("ingest", str(hostile_folder), "--json", db=str(tmp_path / "a.db")).stdout)
    assert plain["ingested"] == 1 and "passwd" in {Path(f["path"]).name for f in plain["failed"]}
    followed = json.loads(
        run_cli("ingest", str(hostile_folder), "--json", "--follow-links", db=str(tmp_path / "b.db")).stdout
    )
    assert followed["ingested"] == 3


@pytest.mark.timeout(30)
def test_a_file_swapped_for_a_fifo_or_a_link_after_the_walk_is_refused_by_the_worker(tmp_path: Path) -> None:
    fifo, link = tmp_path / "reply.pdf", tmp_path / "answer.pdf"
    os.mkfifo(fifo)  # listed as a regular file, then replaced: the worker opens without blocking, then checks
    link.symlink_to(tmp_path / "elsewhere.pdf")
    (tmp_path / "elsewhere.pdf").write_bytes(b"%PDF-1.4 secret")
    for path, reason in (
        (fifo, "skipped: a named pipe (FIFO), not a regular file"),
        (link, "skipped: a symbolic link; links are read only with --follow-links"),
    ):
        parsed = parse_source(Source(str(path), path.name, 10, "0" * 64), Limits())
        assert (parsed.doc, parsed.problem) == (None, reason)
    with pytest.raises(Unreadable, match="character device"):
        read_regular("/dev/zero", 1024)


@pytest.mark.timeout(30)
def test_reading_one_named_file_refuses_what_is_not_a_regular_file(hostile_folder: Path) -> None:
    assert read_path(hostile_folder / "pipe").error == "skipped: a named pipe (FIFO), not a regular file"
    assert read_path("/dev/zero").error == "skipped: a character device, not a regular file"
    assert read_path(hostile_folder / "zero").error == "skipped: a character device, not a regular file"
    assert read_path(hostile_folder / "passwd").text == SECRET.strip()  # a link named by the caller
    assert "symbolic link" in (read_path(hostile_folder / "passwd", follow_links=False).error or "")


def test_a_maildir_reads_its_messages_and_records_what_else_is_there(tmp_path: Path) -> None:
    box = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    (box / "cur" / "1.eml").write_bytes(b"From: a@b.example\nSubject: hi\n\nWe use 2 cameras.\n")
    (box / "new" / "2.eml").symlink_to("/etc/passwd")
    os.mkfifo(box / "new" / "3.eml")
    doc = read_path(box)
    assert [c.text for c in doc.children] == ["We use 2 cameras."]
    assert dict(doc.skipped) == {
        "new/2.eml": "skipped: a symbolic link to /etc/passwd; links are read only with --follow-links",
        "new/3.eml": "skipped: a named pipe (FIFO), not a regular file",
    }
