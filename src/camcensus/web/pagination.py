"""Pages of results: the same shape for every list in the API.

A list is paged by number (``?page=N``: an ``OFFSET``, whose cost grows with the depth of the page) or, for
the lists that can be long, by key: ``?after=ID`` is the page that follows the item ``ID`` in the list's
order, ``?before=ID`` the page that ends just before it. A page read by key costs the same at any depth, and
what it shows does not shift when items are added to or removed from earlier pages. Every page of such a
list links to its neighbours by key (``next_after``, ``previous_before``); numbered links keep working.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

MAX_PER_PAGE = 200


@dataclass(frozen=True)
class PageRequest:
    page: int = 1
    per_page: int = 50
    after: int | None = None  # the id of the item just before the page (paging by key)
    before: int | None = None  # the id of the item just after the page

    @classmethod
    def of(
        cls,
        page: int | None,
        per_page: int | None,
        default: int = 50,
        after: int | None = None,
        before: int | None = None,
    ) -> PageRequest:
        size = min(MAX_PER_PAGE, max(1, per_page or default))
        if after is not None:
            return cls(1, size, after=after)
        if before is not None:
            return cls(1, size, before=before)
        return cls(max(1, page or 1), size)

    @property
    def by_key(self) -> bool:
        return self.after is not None or self.before is not None

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


@dataclass(frozen=True)
class Neighbours:
    """The keys that link a page to the next and the previous one (None where there is none)."""

    next_after: int | None = None
    previous_before: int | None = None


@dataclass
class Page:
    items: list[dict[str, Any]]
    total: int
    request: PageRequest
    neighbours: Neighbours | None = field(default=None)  # set for lists paged by key

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.request.per_page))

    @property
    def number(self) -> int | None:
        """The page's number, unknown (None) for a page read by key."""
        return None if self.request.by_key else self.request.page

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "items": self.items,
            "total": self.total,
            "page": self.number if self.neighbours else self.request.page,
            "per_page": self.request.per_page,
            "pages": self.pages,
        }
        if self.neighbours is not None:
            out["next_after"] = self.neighbours.next_after
            out["previous_before"] = self.neighbours.previous_before
        return out


def _row_id(row: Any) -> int:
    return int(row.id)


def keyed_rows(
    rows: list[Any], request: PageRequest, key: Callable[[Any], int] = _row_id
) -> tuple[list[Any], Neighbours]:
    """A page's rows and the keys of its neighbours, from the rows read in the list's order (or, for a page
    ``before`` a key, in the reverse order), one more than the page holds when there is a further page
    (``request.per_page + 1`` asked); ``key`` gives a row's key (its ``id``)."""
    more = len(rows) > request.per_page
    rows = rows[: request.per_page]
    if request.before is not None:
        rows.reverse()
        has_next, has_previous = True, more
    elif request.after is not None:
        has_next, has_previous = more, True
    else:
        has_next, has_previous = more, request.page > 1
    if not rows:
        return rows, Neighbours()
    return rows, Neighbours(
        next_after=key(rows[-1]) if has_next else None,
        previous_before=key(rows[0]) if has_previous else None,
    )
