"""Extension point: other parts of camcensus add sections to the report.

A section provider is a callable taking a :class:`ReportContext` and returning ``(title, html)`` or ``None``
(nothing to say). The HTML is inserted as is, so a provider escapes what it takes from data and redacts free
text with :func:`camcensus.redaction.redact`. Register with ``register(provider)`` at import time and add
the provider's module to ``PROVIDER_MODULES`` so the report imports it. A provider that raises does not stop
the report: its section says it could not be built, and why.

A provider that shows figures adds them to ``context.figures`` (a name and JSON values), so `figures.json`
holds every number the report shows; it may add (label, value) lines to a body's appendix entry in
``context.body_lines``.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from sqlalchemy.orm import Session

from camcensus.analysis.population import SurveyedBody
from camcensus.store.models import Campaign

# Modules imported (once) before the report is built, each registering its providers.
PROVIDER_MODULES: tuple[str, ...] = ("camcensus.diligence.report",)


@dataclass
class ReportContext:
    """What a section provider can use: the open session, the public campaigns and their surveyed bodies, and
    the date the report is as of (what is overdue, what is still under embargo)."""

    session: Session
    campaigns: list[Campaign]
    bodies: list[SurveyedBody]
    synthetic: bool
    today: dt.date = field(default_factory=dt.date.today)
    figures: dict[str, Any] = field(default_factory=dict)  # what the sections show, for figures.json
    body_lines: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # appendix lines per body


SectionProvider = Callable[[ReportContext], "tuple[str, str] | None"]
_providers: list[SectionProvider] = []


def register(provider: SectionProvider) -> SectionProvider:
    """Add a section provider (usable as a decorator); registering twice keeps one."""
    if provider not in _providers:
        _providers.append(provider)
    return provider


def unregister(provider: SectionProvider) -> None:
    if provider in _providers:
        _providers.remove(provider)


def providers() -> list[SectionProvider]:
    for name in PROVIDER_MODULES:
        importlib.import_module(name)
    return list(_providers)


def render_sections(context: ReportContext, first: Sequence[SectionProvider] = ()) -> list[tuple[str, str]]:
    """The report's own sections (``first``), then every provider's (title, html) in registration order."""
    sections = []
    for provider in [*first, *providers()]:
        try:
            section = provider(context)
        except Exception as exc:  # noqa: BLE001 - one broken section must not lose the report
            name = getattr(provider, "__name__", repr(provider))
            section = (name, f'<p class="error">This section could not be built: {escape(str(exc))}</p>')
        if section is not None:
            sections.append(section)
    return sections
