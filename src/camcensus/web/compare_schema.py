"""The shape of ``GET /api/compare``: the document `camcensus compare --json` prints
(``camcensus.analysis.compare.compare_rounds``)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from camcensus.analysis.compare import CHANGE_LABELS
from camcensus.knowledge.vendors import ANY_CONCERN, concern_keys

Pair = list[float]


class Round(BaseModel):
    campaign: str = Field(description="the round's campaign name")
    synthetic: bool = Field(description="a synthetic demonstration campaign")
    asked: int = Field(description="bodies asked in this round")
    sent: list[str | None] = Field(
        min_length=2, max_length=2, description="the days its first and last requests were sent (ISO 8601)"
    )


class Side(BaseModel):
    asked: int = Field(description="bodies of the group asked in this round")
    responded: int = Field(description="of them, bodies that replied")
    disclosed: int = Field(description="bodies whose reply says yes or no (= n)")
    k: int = Field(description="bodies using the vendor")
    n: int
    share: float | None = Field(description="k / n; null when n is 0")
    ci95: Pair | None = Field(None, description="Wilson 95% interval [lo, hi]; absent when none was asked")
    bounds: Pair | None = Field(
        None, description="non-response bounds [k/asked, (k + asked - n)/asked]; absent when none was asked"
    )


class Row(BaseModel):
    sector: str
    nation: str
    vendor: str = Field(description=f"{', '.join(concern_keys())} or {ANY_CONCERN}")
    a: Side = Field(description="the earlier round")
    b: Side = Field(description="the later round")
    difference: float | None = Field(description="b's share less a's; null when either n is 0")
    difference_ci95: Pair | None = Field(
        description="95% interval of the difference (Newcombe's hybrid score)"
    )
    difference_bounds: list[float | None] | None = Field(
        description="b's bounds less a's: [b low - a high, b high - a low]"
    )


class Quotes(BaseModel):
    a: list[str] = Field(description="the earlier round's words behind its answer, redacted")
    b: list[str] = Field(description="the later round's, redacted")


class Transition(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    code: str = Field(description="the body's code")
    body: str = Field(description="the body's name")
    vendor: str = Field(description=f"a vendor ({', '.join(concern_keys())}, {ANY_CONCERN}) or outcome")
    from_: str = Field(alias="from", description="yes, no or unknown (refused, for outcome)")
    to: str
    change: str = Field(description=", ".join(CHANGE_LABELS))
    quotes: Quotes


class Published(BaseModel):
    share: float
    n: int | None
    source: str


class External(BaseModel):
    sector: str
    nation: str
    vendor: str
    external: Published = Field(description="the published figure, marked external")
    b: Side = Field(description="the later round")
    difference: float | None
    difference_ci95: Pair | None


class Comparison(BaseModel):
    a: Round | None = Field(description="the earlier round")
    b: Round = Field(description="the later round")
    rows: list[Row] = Field(description="per group and vendor")
    transitions: list[Transition] = Field(description="per body asked in both rounds, what changed")
    external: list[External] = Field(description="published figures beside the later round (none here)")
