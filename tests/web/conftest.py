from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

warnings.filterwarnings("ignore", message=".*httpx2.*")

from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from webdata import HOSTILE_REPLY, Seeded, seed  # noqa: E402

from camcensus.evidence.service import extract_document  # noqa: E402
from camcensus.foi.assign import place_documents  # noqa: E402
from camcensus.pipeline import ingest_paths  # noqa: E402
from camcensus.store import Store  # noqa: E402
from camcensus.store.models import Document  # noqa: E402
from camcensus.web import create_app  # noqa: E402
from evidence.replies import render_case  # noqa: E402
from read_replies import read_into  # noqa: E402


@pytest.fixture
def seeded(sqlite_store: Store) -> Seeded:
    return seed(sqlite_store)


@pytest.fixture
def client(sqlite_store: Store, seeded: Seeded) -> Iterator[TestClient]:
    with TestClient(create_app(sqlite_store, secret_key="test-secret")) as c:
        yield c


@pytest.fixture
def replies(sqlite_store: Store, seeded: Seeded, reply_corpus, tmp_path: Path) -> dict[str, int]:
    """The corpus's replies read by the pipeline, one with hostile text and one whose answer is attached to a
    covering e-mail, both placed on the council."""
    placed = read_into(sqlite_store, reply_corpus)
    hostile = tmp_path / "hostile-reply.txt"
    hostile.write_text(HOSTILE_REPLY, encoding="utf-8")
    case = next(c for c in reply_corpus.cases if c.format == "eml" and c.labels["camera_count"])
    attached = render_case(replace(case, id=f"attached-{case.id}", format="eml+txt"), tmp_path)
    with sqlite_store.session() as session:
        before = session.scalar(select(func.max(Document.id))) or 0
    ingest_paths(sqlite_store, [hostile, attached], extract=False, workers=1)
    with sqlite_store.session() as session:
        new = session.execute(
            select(Document.id, Document.filename, Document.parent_id).where(Document.id > before)
        )
        roots = {}
        for doc_id, filename, parent_id in new.all():
            extract_document(session, doc_id)  # only these: the seeded replies keep their evidence as it is
            if parent_id is None:
                roots[filename] = doc_id
        place_documents(session, list(roots.values()), None, seeded.council)
    return {**placed, "hostile": roots[hostile.name], "attached": roots[attached.name]}


@pytest.fixture
def require_chromium(request: pytest.FixtureRequest) -> str:
    """Chromium's path via the suite's require_tool (skips locally without it, fails in CI)."""
    for plugin in request.config.pluginmanager.get_plugins():
        require_tool = getattr(plugin, "require_tool", None)
        if callable(require_tool) and getattr(plugin, "__file__", "").endswith("tests/conftest.py"):
            return str(require_tool("chromium"))
    raise LookupError("tests/conftest.py with require_tool not loaded")
