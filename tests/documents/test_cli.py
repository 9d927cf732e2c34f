"""`camcensus ingest` as a user runs it: the JSON summary, failures named, a SIGKILL half-way and a rerun."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import SRC
from tests.documents import files
from tests.documents.snapshot import snapshot

from camcensus.demo import render
from camcensus.pipeline import ingest_paths
from camcensus.store import Store


def test_ingest_json_summary_and_failures_named(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    files.write_corpus(folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    db = str(tmp_path / "c.db")
    proc = run_cli("ingest", str(folder), "--json", "--workers", "2", db=db)
    summary = json.loads(proc.stdout)
    assert summary["ingested"] == 16 and summary["duplicates"] == 0
    assert summary["failed"] == [
        {
            "path": str(folder / "broken.pdf"),
            "reason": "could not read pdf: damaged PDF: Failed to load document (PDFium: Data format error).",
        }
    ]
    assert f"{folder / 'broken.pdf'}: could not read pdf: damaged PDF" in proc.stderr
    again = run_cli("ingest", str(folder), db=db)
    assert again.stdout.startswith("ingested 0, duplicates 17, failed 0")


def test_nothing_readable_exits_non_zero(run_cli, tmp_path: Path) -> None:
    proc = run_cli("ingest", str(tmp_path / "nowhere.eml"), db=str(tmp_path / "c.db"), check=False)
    assert proc.returncode == 1 and "nowhere.eml: no such file or folder" in proc.stderr
    assert "Traceback" not in proc.stderr
    bad = run_cli("ingest", str(tmp_path), "--executor", "spark://x", db=str(tmp_path / "c.db"), check=False)
    assert bad.returncode == 1 and "use 'local' or dask://HOST:PORT" in bad.stderr


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents WHERE parent_id IS NULL").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_killed_half_way_then_rerun_gives_exactly_a_clean_runs_documents(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    total = 120
    for n in range(total):
        body = f"Reply {n}. The council operates {n + 3} CCTV cameras made by Hikvision.\nSYNTHETIC DEMO DATA"
        if n % 4 == 0:
            (folder / f"reply-{n:03d}.eml").write_bytes(
                files.email(
                    f"RE: FOI CC-{n:04d}",
                    body,
                    [("table.csv", render.csv_bytes(files.TABLE + [[f"Row {n}", "X", "1"]]), "text/csv")],
                    message_id=f"<r{n}@body.example>",
                )
            )
        else:
            (folder / f"reply-{n:03d}.pdf").write_bytes(render.pdf_bytes(body))
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    Store.from_url(str(killed_db)).upgrade()
    env = {**os.environ, "PYTHONPATH": SRC}
    env.pop("CAMCENSUS_DB", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "camcensus", "--db", str(killed_db), "ingest", str(folder), "--workers", "1"],
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    try:
        while _count(killed_db) < 10 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the ingest command and its worker processes
        proc.wait()
    stored_when_killed = _count(killed_db)
    assert 10 <= stored_when_killed < total, "the run must be killed part-way"
    rerun = ingest_paths(Store.from_url(str(killed_db)), [folder]).as_dict()
    assert rerun["duplicates"] == stored_when_killed and rerun["ingested"] == total - stored_when_killed
    clean_store = Store.from_url(str(clean_db))
    clean_store.upgrade()
    clean = ingest_paths(clean_store, [folder]).as_dict()
    assert clean["ingested"] == total and clean["failed"] == []
    killed, expected = snapshot(Store.from_url(str(killed_db))), snapshot(clean_store)
    assert len(killed["documents"]) == total + total // 4  # each e-mail has one attachment
    assert len(killed["messages"]) == total // 4 and killed["evidence"]
    assert killed == expected
