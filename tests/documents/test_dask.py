"""The Dask executor on a real local cluster (a scheduler and worker processes on loopback), from the API and
from the command line: the same stored results as local workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.documents import files, hostile
from tests.documents.snapshot import snapshot

from camcensus.documents.ingest import ingest_paths
from camcensus.store import Store


def _corpus(folder: Path) -> None:
    files.write_corpus(folder)
    for name in ("encrypted.pdf", "bomb.zip", "truncated.pdf"):
        (folder / name).write_bytes(hostile.hostile_set_cache()[name])


def _store(path: Path) -> Store:
    store = Store.from_url(str(path))
    store.upgrade()
    return store


def test_dask_cluster_gives_the_same_documents_as_local_workers(run_cli, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    _corpus(tmp_path / "in")
    local = _store(tmp_path / "local.db")
    expected = ingest_paths(local, [tmp_path / "in"], workers=2).as_dict()
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        remote = _store(tmp_path / "dask.db")
        got = ingest_paths(remote, [tmp_path / "in"], executor=address).as_dict()
        again = ingest_paths(remote, [tmp_path / "in"], executor=address).as_dict()
        one = tmp_path / "one"
        one.mkdir()
        (one / "reply.eml").write_bytes(files.reply_with_everything())
        cli = json.loads(
            run_cli("ingest", str(one), "--json", "--executor", address, db=str(tmp_path / "c.db")).stdout
        )
    assert (cli["ingested"], cli["failed"], cli["pages"]) == (1, [], 1)
    for key in ("ingested", "duplicates", "pages", "ocr_pages"):
        assert got[key] == expected[key]
    assert sorted(got["failed"], key=str) == sorted(expected["failed"], key=str) and len(got["failed"]) == 3
    assert (again["ingested"], again["duplicates"]) == (0, expected["ingested"] + 3)
    assert snapshot(remote) == snapshot(local)
