"""The report people read: one self-contained HTML file (inline CSS and SVG), and the same as PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from camcensus.analysis.population import survey
from camcensus.reports import content
from camcensus.reports.sections import ReportContext, render_sections
from camcensus.store import Store


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("camcensus.reports", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_report(store: Store, today: dt.date | None = None) -> str:
    """The report's HTML, from the public (non-embargoed) campaigns."""
    with store.session() as session:
        campaigns, bodies = survey(session, today=today)
        values = content.build(session, campaigns, bodies, today)
        context = ReportContext(session, campaigns, bodies, values["synthetic"], today or dt.date.today())
        values["sections"] = render_sections(context)
    return _environment().get_template("report.html.j2").render(**values)


def write_report(store: Store, out_dir: Path | str, pdf: bool = False, today: dt.date | None = None) -> Path:
    """Write ``out_dir/index.html`` (and ``out_dir/report.pdf`` with ``pdf``); returns the HTML path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    html = render_report(store, today)
    index = out / "index.html"
    index.write_text(html, encoding="utf-8")
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
