"""Every published figure, computed once from the body facts: the one source the CLI (`stats --json`), the
web (`/api/stats`, the dashboard), the report (and its `figures.json`) and the open data read.

`survey_figures` chooses the campaigns (embargoed ones left out), the surveyed bodies and the register, and
returns `Figures`: the statistics rows of `camcensus.analysis.stats` (k of n, share, Wilson interval,
non-response bounds, and for rows that pool sectors the estimate weighted to the register), outcomes,
exemptions per law, camera counts and capabilities (`camcensus.analysis.tables`), and how the survey was done
(`camcensus.analysis.method`). Due-diligence figures (exposure, replacement cost) are computed over the same
bodies by `camcensus.diligence.overview`, which adds them to the report's figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from camcensus.analysis import tables
from camcensus.analysis.method import OUTCOME_RULES, method
from camcensus.analysis.population import SurveyedBody, survey
from camcensus.analysis.stats import DIMENSIONS, StatRow, stats_for
from camcensus.analysis.weighting import register_counts
from camcensus.store.models import Campaign


@dataclass
class Figures:
    """The published figures of one choice of campaigns; ``rows(by)`` are the `stats --json` rows."""

    campaigns: list[Campaign]
    bodies: list[SurveyedBody]
    synthetic: bool
    stats: dict[tuple[str, ...], list[StatRow]]
    outcomes: list[dict[str, Any]]
    exemptions: list[dict[str, Any]]
    cameras: list[dict[str, Any]]
    capabilities: list[dict[str, Any]]
    assessments: list[dict[str, Any]]
    method: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)  # figures other areas add (due diligence)

    def rows(self, by: Sequence[str] = DIMENSIONS) -> list[StatRow]:
        return self.stats[tuple(by)]

    def as_dict(self) -> dict[str, Any]:
        """What `figures.json` holds: ``stats`` are the rows of `camcensus stats --json` (by sector and
        nation), the other keys the report's other figures."""
        return {
            "synthetic": self.synthetic,
            "campaigns": [c.name for c in self.campaigns],
            "stats": [r.as_dict() for r in self.rows()],
            "by_sector": [r.as_dict() for r in self.rows(("sector",))],
            "by_nation": [r.as_dict() for r in self.rows(("nation",))],
            "outcomes": self.outcomes,
            "exemptions": self.exemptions,
            "cameras": self.cameras,
            "capabilities": self.capabilities,
            "assessments": self.assessments,
            "method": self.method,
            **self.extra,
        }


BREAKDOWNS: tuple[tuple[str, ...], ...] = (DIMENSIONS, ("sector",), ("nation",), ())


def figures_for(
    session: Session, campaigns: list[Campaign], bodies: list[SurveyedBody], today: dt.date | None = None
) -> Figures:
    """The figures of an already chosen population."""
    register = register_counts(session)
    synthetic = any(c.synthetic for c in campaigns)
    outcomes = [
        {**r, "rule": OUTCOME_RULES.get(r["outcome"], "")} for r in tables.outcome_rates(bodies, by=())
    ]
    return Figures(
        campaigns=campaigns,
        bodies=bodies,
        synthetic=synthetic,
        stats={by: stats_for(bodies, by, register, synthetic) for by in BREAKDOWNS},
        outcomes=outcomes,
        exemptions=tables.exemption_rates(bodies, by=()),
        cameras=tables.camera_counts(bodies, ("sector",)),
        capabilities=tables.capability_prevalence(bodies, by=()),
        assessments=tables.assessment_rates(bodies),
        method=method(session, campaigns, bodies, register, today),
    )


def survey_figures(
    session: Session,
    campaign: str | None = None,
    include_embargoed: bool = False,
    today: dt.date | None = None,
) -> Figures:
    """The published figures: the campaigns chosen (default all), embargoed ones left out unless asked."""
    campaigns, bodies = survey(session, campaign, include_embargoed, today)
    return figures_for(session, campaigns, bodies, today)
