"""The store named by --db, as a newcomer meets it: commands that read never make an empty database, and a
store that cannot be used is one clear line with exit status 2, never a traceback."""

from __future__ import annotations

import sqlite3

import pytest

READERS = [
    ("stats",),
    ("report", "--out", "report"),
    ("publish", "--out", "open-data"),
    ("serve", "--port", "1"),
    ("diligence",),
    ("devices", "list"),
    ("foi", "status", "demo-cctv-2026"),
    ("bodies", "list"),
    ("review", "queue"),
    ("db", "current"),
]


@pytest.mark.parametrize("argv", READERS, ids=lambda a: " ".join(a[:2]))
def test_reading_commands_refuse_a_missing_database_and_create_nothing(run_cli, tmp_path, argv) -> None:
    db = tmp_path / "typo" / "camcensus.db"
    done = run_cli(*argv, db=str(db), check=False)
    assert done.returncode == 2, done.stderr
    assert f"no database at {db}" in done.stderr and "bodies import --bundled" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "typo").exists() and not list(tmp_path.rglob("*.db"))


def test_the_default_database_is_named_when_missing(run_cli, tmp_path) -> None:
    done = run_cli("stats", check=False)
    assert done.returncode == 2 and "no database at camcensus.db (the default" in done.stderr
    assert not (tmp_path / "camcensus.db").exists()


def test_reading_commands_do_not_migrate(run_cli, tmp_path) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    done = run_cli("stats", db=str(empty), check=False)
    assert done.returncode == 2 and "has no camcensus tables" in done.stderr
    assert f"camcensus --db {empty} db upgrade" in done.stderr
    with sqlite3.connect(empty) as conn:  # no table was made
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    run_cli("db", "upgrade", db=str(empty))
    assert run_cli("stats", db=str(empty)).stdout.startswith("sector\tnation\t")


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("mysql://user@localhost/camcensus", "unsupported store URL"),
        ("postgresql://nobody@127.0.0.1:9/camcensus", "cannot reach the database postgresql://nobody@"),
    ],
)
@pytest.mark.parametrize("argv", [("stats",), ("bodies", "import", "--bundled")], ids=["reads", "writes"])
def test_unusable_urls_are_one_line_and_status_2(run_cli, url, says, argv) -> None:
    done = run_cli(*argv, db=url, check=False)
    assert done.returncode == 2
    assert says in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
