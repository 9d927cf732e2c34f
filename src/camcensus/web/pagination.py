"""Pages of results: the same shape for every list in the API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_PER_PAGE = 200


@dataclass(frozen=True)
class PageRequest:
    page: int = 1
    per_page: int = 50

    @classmethod
    def of(cls, page: int | None, per_page: int | None, default: int = 50) -> PageRequest:
        return cls(max(1, page or 1), min(MAX_PER_PAGE, max(1, per_page or default)))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


@dataclass
class Page:
    items: list[dict[str, Any]]
    total: int
    request: PageRequest

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.request.per_page))

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "total": self.total,
            "page": self.request.page,
            "per_page": self.request.per_page,
            "pages": self.pages,
        }
