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
from camcensus.evidence.reading import read_segments
from camcensus.evidence.service import evidence_rows
from camcensus.store import Store

#: The columns of an evidence row read in a worker (``EvidenceExtractor.read``); the rest are set on storing.
_FIELDS = ("kind", "value", "detail", "quote", "location", "segment_seq", "char_start", "char_end",
           "confidence", "extractor", "status")  # fmt: skip
_READ_AT = dt.datetime(2000, 1, 1)  # a placeholder: the rows' time is set when they are stored


@dataclass(frozen=True)
class EvidenceExtractor:
    """The evidence stage as ingest runs it (``camcensus.documents.storage.Extractor``): each document read
    beside the ``request`` it answers when that is known (the text of the request).

    ``read`` runs in the worker and returns the document's evidence rows already made, as tuples of plain
    values (``_FIELDS``): what travels back to the main process is small and quick to unpickle (a Reading's
    objects took longer to unpickle there than the rows take to store), and ``rows`` only adds the
    document's id and the time."""

    request: str | None = None

    def read(
        self, segments: list[TextSegment], path: str, attachments_read: bool = False
    ) -> tuple[tuple[Any, ...], ...]:
        reading = read_segments(segments, path=path, request=self.request, attachments_read=attachments_read)
        rows = evidence_rows(0, None, reading, _READ_AT)
        return tuple(tuple(str(r[f]) if f == "kind" else r[f] for f in _FIELDS) for r in rows)

    def rows(
        self, document_id: int, reading: tuple[tuple[Any, ...], ...], now: dt.datetime
    ) -> list[dict[str, Any]]:
        return [
            {
                "document_id": document_id,
                "body_id": None,
                "created_at": now,
                **dict(zip(_FIELDS, row, strict=True)),
            }
            for row in reading
        ]


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
