"""The dashboard's figures: national statistics (k of n with intervals) and the map's points, cached.

The statistics come from ``camcensus.analysis.stats.national_stats``, the one computation behind every
published figure. Figures are cached per audience and rebuilt after every review decision, assignment or
request change (made here, by another worker or by the CLI: see ``data_version``), and refreshed in the
background after ``ttl`` for other writes such as a new ingest.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from camcensus.analysis.stats import national_stats
from camcensus.store.models import Body, Campaign, RequestEvent, ReviewEvent
from camcensus.web.viewer import Viewer

LOG = logging.getLogger(__name__)


def national_rows(session: Session, viewer: Viewer) -> list[dict[str, Any]]:
    """The national statistics by sector (``camcensus.analysis.stats``), published campaigns only for the
    public."""
    return [row.as_dict() for row in national_stats(session, by=("sector",), published_only=viewer.public)]


def data_version(session: Session | Connection) -> tuple[int, int, str, str]:
    """Changes whenever a review decision, an assignment or a request change is recorded, by this process or
    any other (the event logs are append-only), or a campaign's embargo is set, moved or lifted, or a body
    opts in or out of publishing its devices' addresses, so every worker's cache notices every write and no
    public page outlives an embargo put back or an address withdrawn."""
    row = session.execute(
        select(
            select(func.max(ReviewEvent.id)).scalar_subquery(),
            select(func.max(RequestEvent.id)).scalar_subquery(),
        )
    ).one()
    embargoes = session.execute(select(Campaign.id, Campaign.embargo_until).order_by(Campaign.id)).all()
    since = Body.device_addresses_public_since
    published = session.execute(select(Body.id, since).where(since.is_not(None)).order_by(Body.id)).all()
    return (
        row[0] or 0,
        row[1] or 0,
        ";".join(f"{i}:{d}" for i, d in embargoes if d is not None),
        ";".join(f"{i}:{d}" for i, d in published),
    )


class FigureCache:
    """Dashboard figures per audience, rebuilt when the data version moves or on ``invalidate``; refreshed
    after ``ttl``.

    One thread builds while the others wait for its result (no stampede of identical builds); when the entry
    has only aged past ``ttl`` with no write seen, it is rebuilt in the background and served meanwhile.
    """

    def __init__(self, ttl: float = 60.0) -> None:
        self.ttl = ttl
        self._lock = threading.Lock()
        self._building = {True: threading.Lock(), False: threading.Lock()}
        self._entries: dict[bool, tuple[float, Any, dict[str, Any]]] = {}
        self._generation = 0

    def invalidate(self) -> None:
        with self._lock:
            self._generation += 1
            self._entries.clear()

    def _fresh(self, public: bool, version: Any, now: float) -> tuple[dict[str, Any] | None, bool]:
        """(the entry for this version if any, whether it is still within its ttl)."""
        with self._lock:
            entry = self._entries.get(public)
        if entry is None or entry[1] != version:
            return None, False
        return entry[2], entry[0] > now

    def get(self, public: bool, build: Callable[[], dict[str, Any]], version: Any = None) -> dict[str, Any]:
        """The figures for this audience at ``version`` (the store's ``data_version``)."""
        with self._lock:
            key = (self._generation, version)
        data, fresh = self._fresh(public, key, time.monotonic())
        if data is not None:
            if not fresh:
                self._refresh_in_background(public, key, build)
            return data
        with self._building[public]:
            data, _ = self._fresh(public, key, time.monotonic())
            return data if data is not None else self._build(public, key, build)

    def _build(
        self, public: bool, key: tuple[int, Any], build: Callable[[], dict[str, Any]]
    ) -> dict[str, Any]:
        data = build()
        with self._lock:
            if self._generation == key[0]:
                self._entries[public] = (time.monotonic() + self.ttl, key, data)
        return data

    def _refresh_in_background(self, public: bool, key: tuple[int, Any], build: Callable[[], Any]) -> None:
        builder = self._building[public]
        if not builder.acquire(blocking=False):
            return  # already being rebuilt

        def refresh() -> None:
            try:
                self._build(public, key, build)
            except Exception:  # noqa: BLE001 - the old figures stay; the next request tries again
                LOG.exception("could not refresh the dashboard figures")
            finally:
                builder.release()

        threading.Thread(target=refresh, name="figures-refresh", daemon=True).start()
