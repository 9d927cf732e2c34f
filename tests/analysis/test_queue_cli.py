"""`camcensus review queue`, as a user runs it: JSON for scripts, a table for people, pages by offset."""

from __future__ import annotations

import json

import pytest

from camcensus.store import Store
from read_replies import read_into

ITEM_KEYS = {
    "document",
    "documents",
    "body",
    "reference",
    "fields",
    "needs_review",
    "reasons",
    "uncertainty",
    "pending_evidence",
}


@pytest.fixture
def read_db(sqlite_store: Store, reply_corpus) -> str:
    read_into(sqlite_store, reply_corpus)
    return sqlite_store.url


def _queue(run_cli, db: str, *args: str) -> dict:
    return json.loads(run_cli("review", "queue", "--json", *args, db=db).stdout)


def test_json_lists_the_replies_in_order_with_their_fields(run_cli, read_db, reply_corpus) -> None:
    whole = _queue(run_cli, read_db, "--limit", "200")
    assert whole["total"] == len(reply_corpus.cases) == len(whole["items"])
    assert (whole["limit"], whole["offset"]) == (200, 0)
    item = whole["items"][0]
    assert set(item) == ITEM_KEYS
    assert set(item["document"]) == {"id", "filename", "format", "parent_id"}
    assert item["documents"][0] == {k: item["document"][k] for k in ("id", "filename", "format")}
    assert set(item["body"]) == {"id", "name", "code"}
    assert set(item["fields"]) == {"hikvision", "dahua", "outcome", "camera_count", "exemptions"}
    for field in item["fields"].values():
        assert set(field) == {"value", "confidence", "basis", "quote", "evidence_ids", "document_id"}
        assert 0 < field["confidence"] <= 1
    assert item["needs_review"] and item["reasons"] and item["pending_evidence"]
    keys = [(not i["needs_review"], -i["uncertainty"], i["document"]["id"]) for i in whole["items"]]
    assert keys == sorted(keys)

    page = _queue(run_cli, read_db, "--limit", "3", "--offset", "2")
    assert (page["total"], page["limit"], page["offset"]) == (whole["total"], 3, 2)
    assert page["items"] == whole["items"][2:5]
    assert _queue(run_cli, read_db)["items"] == whole["items"][:20]  # 20 by default
    assert _queue(run_cli, read_db, "--offset", "500")["items"] == []


def test_table_for_people_and_for_pipes(run_cli, read_db) -> None:
    first = _queue(run_cli, read_db, "--limit", "1")["items"][0]
    out = run_cli("review", "queue", "--limit", "4", "--format", "table", db=read_db, env={"COLUMNS": "200"})
    assert first["body"]["name"] in out.stdout and f"uncertainty: {first['uncertainty']:.2f} !" in out.stdout
    assert max(len(line) for line in out.stdout.splitlines()) <= 100
    assert f"replies 1-4 of {_queue(run_cli, read_db)['total']} waiting for review" in out.stderr
    piped = run_cli("review", "queue", "--limit", "4", db=read_db).stdout.splitlines()
    assert piped[0].split("\t")[:2] == ["document", "body"] and len(piped) == 5
    assert "; ".join(first["reasons"]) == piped[1].split("\t")[-1]  # whole, not cut


def test_empty_queue_and_bad_options(run_cli, sqlite_store) -> None:
    db = sqlite_store.url
    assert _queue(run_cli, db) == {"items": [], "total": 0, "limit": 20, "offset": 0}
    assert "Nothing to review" in run_cli("review", "queue", db=db).stderr
    for bad in (("--limit", "0"), ("--limit", "201"), ("--offset", "-1")):
        assert run_cli("review", "queue", *bad, db=db, check=False).returncode == 2, bad
