"""The report's templates (``camcensus/reports/templates``), autoescaped, with the filters they use."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

from camcensus.analysis.sectors import POOLED, nation_label, sector_label
from camcensus.knowledge.vendors import concern_label
from camcensus.reports.charts import pct


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("camcensus.reports", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        sector_label=sector_label, nation_label=nation_label, vendor_label=concern_label, pct=pct
    )
    env.globals["pooled"] = POOLED
    return env
