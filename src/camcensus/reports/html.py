"""The report people read: one self-contained HTML file (inline CSS and SVG), and the same as PDF."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from camcensus.analysis.figures import figures_for
from camcensus.analysis.population import survey
from camcensus.reports import content
from camcensus.reports.change import change_section
from camcensus.reports.estates import estates_section
from camcensus.reports.sections import ReportContext, render_sections
from camcensus.reports.templating import environment
from camcensus.store import Store


def build_report(store: Store, today: dt.date | None = None) -> tuple[str, dict[str, Any]]:
    """The report's HTML and the figures it shows (`figures.json`), from the public (non-embargoed)
    campaigns."""
    with store.session() as session:
        campaigns, bodies = survey(session, today=today)
        figures = figures_for(session, campaigns, bodies, today)
        context = ReportContext(session, campaigns, bodies, figures.synthetic, today or dt.date.today())
        sections = render_sections(context, first=(change_section, estates_section))
        figures.extra.update(context.figures)
        values = content.build(session, figures, today, context.body_lines)
        values["sections"] = sections
        shown = figures.as_dict()
    return environment().get_template("report.html.j2").render(**values), shown


def render_report(store: Store, today: dt.date | None = None) -> str:
    """The report's HTML, from the public (non-embargoed) campaigns."""
    return build_report(store, today)[0]


def write_report(store: Store, out_dir: Path | str, pdf: bool = False, today: dt.date | None = None) -> Path:
    """Write ``out_dir/index.html``, the figures it shows as ``out_dir/figures.json`` (its ``stats`` the rows
    of `camcensus stats --json`), and ``out_dir/report.pdf`` with ``pdf``; returns the HTML path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    html, shown = build_report(store, today)
    index = out / "index.html"
    index.write_text(html, encoding="utf-8")
    (out / "figures.json").write_text(json.dumps(shown, indent=1, default=str) + "\n", encoding="utf-8")
    if pdf:
        write_pdf(html, out / "report.pdf")
    return index


def write_pdf(html: str, path: Path) -> Path:
    """Render the same HTML to PDF with WeasyPrint (the ``pdf`` extra)."""
    try:
        from weasyprint import HTML
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise RuntimeError("PDF output needs WeasyPrint: pip install 'camcensus[pdf]'") from exc
    HTML(string=html, base_url=str(path.parent)).write_pdf(str(path))
    return path
