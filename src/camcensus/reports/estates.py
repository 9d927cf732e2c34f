"""The report's "Scanned estates" section: what scans and device lists of the surveyed bodies' own networks
found, with what a scan can and cannot see.

Its figures are :func:`camcensus.network.estate_figures.estate_figures` over the surveyed bodies (into
``figures.json`` as ``estates``); each body's line in the appendix is its discovery count as
:func:`camcensus.network.scans.camera_count` gives it. No address, MAC, serial number, user name or location
appears: the section names makers, models are not listed, and counts are per vendor.
"""

from __future__ import annotations

from camcensus.network.estate_figures import estate_figures
from camcensus.network.scans import camera_count
from camcensus.reports.sections import ReportContext
from camcensus.reports.templating import environment

TITLE = "Scanned estates"


def estates_section(context: ReportContext) -> tuple[str, str] | None:
    """The section, or None when no body has a device recorded."""
    figures = estate_figures(context.session, [b.body_id for b in context.bodies])
    if not figures.bodies and not figures.outside_survey:
        return None
    shown = figures.as_dict()
    # "1 of the 58 bodies surveyed has devices recorded": the sentence's k and n, from here only
    shown["with_devices"] = {"k": figures.bodies, "n": len(context.bodies)}
    context.figures["estates"] = shown
    for body in context.bodies:
        line = _body_line(context, body.body_id)
        if line:
            context.body_lines.setdefault(body.body_id, []).append(("Scanned estate", line))
    surveyed = shown["with_devices"]["n"]
    html = environment().get_template("estates.html.j2").render(f=figures, surveyed=surveyed)
    return TITLE, html


def _body_line(context: ReportContext, body_id: int) -> str | None:
    count = camera_count(context.session, body_id)
    if not count.cameras and not count.recorders:
        return None
    text = f"{'at least ' if not count.complete else ''}{count.cameras} camera(s) found by scanning"
    if count.recorders:
        text += f", {count.behind} of them named only by the channel lists of {count.recorders} recorder(s)"
    return text
