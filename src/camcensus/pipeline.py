"""The pipeline composed in one place: documents are read (``camcensus.documents``) and their evidence
extracted (``camcensus.evidence``) in the same worker, then stored together. Neither package imports the
other's stage: reading knows nothing of evidence, and evidence reads only the parsed text.

``ingest_paths(store, paths)`` is the ingest stage of docs/ARCHITECTURE.md; body facts are resolved by
whoever places the documents (``camcensus.foi.inbox.import_inbox``, the CLI's ``ingest --request``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from camcensus.documents import ingest as documents
from camcensus.documents.ingest import IngestSummary
from camcensus.documents.limits import DEFAULT_LIMITS, Limits
from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import Reading, read_segments
from camcensus.evidence.service import evidence_rows
from camcensus.store import Store


@dataclass(frozen=True)
class EvidenceExtractor:
    """The evidence stage as ingest runs it (``camcensus.documents.storage.Extractor``): each document read
    beside the ``request`` it answers when that is known (the text of the request)."""

    request: str | None = None

    def read(self, segments: list[TextSegment], path: str, attachments_read: bool = False) -> Reading:
        return read_segments(segments, path=path, request=self.request, attachments_read=attachments_read)

    def rows(self, document_id: int, reading: Reading, now: dt.datetime) -> list[dict[str, Any]]:
        return evidence_rows(document_id, None, reading, now)


EVIDENCE = EvidenceExtractor()


def ingest_paths(
    store: Store,
    paths: Sequence[str | Path],
    executor: str = "local",
    workers: int | None = None,
    progress: bool = False,
    extract: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    follow_links: bool = False,
    request: str | None = None,
) -> IngestSummary:
    """Read and store every regular file under ``paths``, with its evidence unless not ``extract``; given
    the text of the ``request`` the files answer, each is read beside its questions in the workers (so
    placing them on that request, ``camcensus.foi.assign.place_documents(..., read=False)``, need not read
    them again)."""
    extractor = (EvidenceExtractor(request) if request and request.strip() else EVIDENCE) if extract else None
    return documents.ingest_paths(
        store,
        paths,
        executor=executor,
        workers=workers,
        progress=progress,
        extractor=extractor,
        limits=limits,
        follow_links=follow_links,
    )
