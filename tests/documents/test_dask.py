"""The Dask executor on a real local cluster (a scheduler and worker processes on loopback), from the API and
from the command line: the same stored results as local workers, and a file that crashes or hangs its reader
loses only itself there too."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.documents import files, hostile, tasks
from tests.documents.snapshot import snapshot

from camcensus.documents.limits import Limits
from camcensus.parallel import WorkerLost, map_batches
from camcensus.pipeline import ingest_paths
from camcensus.store import Store


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A scheduler and two single-threaded worker processes on loopback; yields its dask:// address."""
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as running:
        yield running.scheduler_address.replace("tcp://", "dask://")


def _corpus(folder: Path) -> None:
    files.write_corpus(folder)
    for name in ("encrypted.pdf", "bomb.zip", "truncated.pdf"):
        (folder / name).write_bytes(hostile.hostile_set_cache()[name])


def _store(path: Path) -> Store:
    store = Store.from_url(str(path))
    store.upgrade()
    return store


def test_dask_cluster_gives_the_same_documents_as_local_workers(
    run_cli, tmp_path: Path, cluster: str
) -> None:
    _corpus(tmp_path / "in")
    local = _store(tmp_path / "local.db")
    expected = ingest_paths(local, [tmp_path / "in"], workers=2).as_dict()
    remote = _store(tmp_path / "dask.db")
    got = ingest_paths(remote, [tmp_path / "in"], executor=cluster).as_dict()
    again = ingest_paths(remote, [tmp_path / "in"], executor=cluster).as_dict()
    one = tmp_path / "one"
    one.mkdir()
    (one / "reply.eml").write_bytes(files.reply_with_everything())
    cli = json.loads(
        run_cli("ingest", str(one), "--json", "--executor", cluster, db=str(tmp_path / "c.db")).stdout
    )
    assert (cli["ingested"], cli["failed"], cli["pages"]) == (1, [], 1)
    for key in ("ingested", "duplicates", "pages", "ocr_pages"):
        assert got[key] == expected[key]
    assert sorted(got["failed"], key=str) == sorted(expected["failed"], key=str) and len(got["failed"]) == 3
    assert (again["ingested"], again["duplicates"]) == (0, expected["ingested"] + 3)
    assert snapshot(remote) == snapshot(local)


def test_on_dask_a_crash_or_a_hang_loses_only_its_item_and_no_worker(cluster: str) -> None:
    from distributed import Client

    batches = [["a", "hang", "b"], ["c", "crash"], ["d"]]
    results = list(
        map_batches(tasks.shout, batches, executor=cluster, batch_timeout=tasks.one_second_per_item)
    )
    done = {item: out[0] for batch, out in results if not isinstance(out, WorkerLost) for item in batch}
    lost = {batch[0]: str(out) for batch, out in results if isinstance(out, WorkerLost)}
    assert done == {"a": "A", "b": "B", "c": "C", "d": "D"}
    assert lost == {
        "hang": "reading took longer than 1 s; stopped",
        "crash": "the worker process died while reading this file",
    }
    with Client(cluster.replace("dask://", "tcp://"), set_as_default=False) as client:
        assert len(client.scheduler_info()["workers"]) == 2  # both Dask workers lived through it


def test_on_dask_a_document_past_its_time_limit_is_recorded_and_the_run_goes_on(
    tmp_path: Path, cluster: str
) -> None:
    """A 549 KB ZIP whose 20 million characters of text take the evidence reader far longer than the
    document's time limit: stopped in the Dask worker's child process, recorded, the others stored."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "many.zip").write_bytes(hostile.many_members_zip(170))
    for n in range(6):
        (folder / f"note-{n}.txt").write_text(f"Note {n}: we use {n} Hikvision cameras.")
    store = _store(tmp_path / "dask.db")
    summary = ingest_paths(store, [folder], executor=cluster, limits=Limits(document_timeout=2)).as_dict()
    assert summary["failed"] == [
        {"path": str(folder / "many.zip"), "reason": "reading took longer than 2 s; stopped"}
    ]
    assert summary["ingested"] == 6


def test_on_dask_a_task_that_never_comes_back_is_given_up_and_the_run_ends(cluster: str, monkeypatch) -> None:
    """Worker threads that never come free (held here by tasks waiting on an event) cannot hang the run: past
    its deadline each batch is tried item by item, then each item is reported lost."""
    from distributed import Client, Event

    from camcensus import parallel

    monkeypatch.setattr(parallel, "DASK_GRACE", 1.0)
    with Client(cluster.replace("dask://", "tcp://"), set_as_default=False) as client:
        release = Event("release-workers", client=client)
        holders = [client.submit(tasks.hold, "release-workers", pure=False) for _ in range(2)]
        try:
            results = list(
                map_batches(
                    tasks.shout,
                    [["a", "b"], ["c"]],
                    executor=cluster,
                    batch_timeout=tasks.one_second_per_item,
                )
            )
        finally:
            release.set()
            client.gather(holders)
    lost = {batch[0]: str(out) for batch, out in results}
    assert lost == dict.fromkeys("abc", "no answer from the cluster in time for this file; stopped")
