"""The shape of ``GET /api/stats``: every published figure with its interval, bounds and weighted estimate
(``camcensus.analysis.figures``), and how many of the facts behind them a person has reviewed."""

from __future__ import annotations

from pydantic import BaseModel, Field

from camcensus.knowledge.vendors import ANY_CONCERN, concern_keys


class Stratum(BaseModel):
    sector: str = Field(description="a fine sector the estimate sums")
    sector_label: str
    registered: int = Field(description="bodies of this sector in the register (never fewer than asked)")
    asked: int
    n: int = Field(description="bodies of this sector that disclosed")
    k: int


class Weighted(BaseModel):
    share: float | None = Field(description="sum of each sector's k/n weighted by its bodies in the register")
    ci95: list[float] = Field(min_length=2, max_length=2, description="95% interval [lo, hi]")
    method: str = Field(description="how the estimate is weighted, in words")
    frame: int = Field(description="bodies in the register in the row's sectors")
    covered: int = Field(description="of them, in sectors where some body disclosed")
    sectors_left_out: list[str] = Field(description="sectors where no body disclosed")
    strata: list[Stratum]


class StatRow(BaseModel):
    sector: str
    nation: str
    vendor: str = Field(description=f"{', '.join(concern_keys())} or {ANY_CONCERN}")
    asked: int = Field(description="bodies asked")
    responded: int = Field(description="bodies that replied")
    disclosed: int = Field(description="bodies whose answer says yes or no (= n)")
    k: int = Field(description="bodies using the vendor")
    n: int
    share: float | None = Field(description="k / n; null when n is 0")
    ci95: list[float] = Field(min_length=2, max_length=2, description="Wilson 95% interval [lo, hi]")
    bounds: list[float] = Field(
        min_length=2, max_length=2, description="non-response bounds [k/asked, (k + asked - n)/asked]"
    )
    sector_label: str
    nation_label: str
    weighted: Weighted | None = Field(
        description="for a row that pools several sectors (all, or a group): the estimate post-stratified "
        "by the register's bodies per sector; null for a single sector"
    )
    synthetic: bool = Field(description="built from synthetic demonstration data")


class ReviewTally(BaseModel):
    machine: int = Field(description="facts machine-read and not reviewed")
    reviewed: int
    empty: int
    total: int
    unreviewed_share: float | None = Field(description="machine / (machine + reviewed); null when none")


class RepliesWaiting(BaseModel):
    in_queue: int
    needs_review: int


class ReviewCoverage(BaseModel):
    facts: ReviewTally = Field(description="all body facts")
    by_key: dict[str, ReviewTally] = Field(description="per body-fact key")
    replies: RepliesWaiting


class Stats(BaseModel):
    rows: list[StatRow]
    bodies: int = Field(description="bodies in the register")
    asked: int = Field(description="bodies with a request")
    facts_review: ReviewCoverage
    generated_at: str = Field(description="when the figures were computed (ISO 8601)")
