"""Exemptions are named from one place (knowledge/data/exemptions.toml): the FOI laws read it, and the report
labels each exemption it charts with its name."""

from __future__ import annotations

import json

from sqlalchemy import select

from camcensus.analysis.figures import survey_figures
from camcensus.evidence.outcome import find_exemptions
from camcensus.foi.laws import all_laws
from camcensus.knowledge.exemptions import exemption_label, exemptions
from camcensus.reports.content import reply_charts
from camcensus.store.models import BodyFact
from crafted_survey import build_survey


def test_labels_name_each_exemption_under_its_law() -> None:
    assert exemption_label("s31", "foia") == "s31 (law enforcement)"
    assert exemption_label("s31(1)(a)", "foia") == "s31(1)(a) (law enforcement)"
    assert exemption_label("s17", "foisa") == "s17 (information not held)"
    assert exemption_label("EIR 12(5)(a)", "eir").startswith("EIR 12(5)(a) (international relations")
    assert exemption_label("s99", "foia") == "s99"  # not in the data: the code alone


def test_the_foi_laws_read_the_same_exemptions() -> None:
    for law in ("foia", "foisa", "eir"):
        assert [(e.section, e.name) for e in all_laws()[law].exemptions] == [
            (e.section, e.name) for e in exemptions() if e.law == law
        ]


def test_the_report_charts_exemptions_with_their_names(sqlite_store) -> None:
    with sqlite_store.session() as session:
        build_survey(session)
        for fact in session.scalars(select(BodyFact).where(BodyFact.key == "exemptions")):
            if "s31" in fact.value:
                fact.value = json.dumps(["s31", "s24"])
    with sqlite_store.session() as session:
        charts = reply_charts(survey_figures(session))
    foia = next(svg for law, _, svg in charts["exemptions"] if law == "FOIA")
    assert "s31 (law enforcement)" in foia and "s24 (national security)" in foia


def test_the_reading_rules_take_their_sections_from_the_same_data() -> None:
    assert [e.code for e in find_exemptions("It is exempt under section 22A of the Act.", "foia")] == ["s22A"]
    assert find_exemptions("It is exempt under section 25 of the Act.", "foia") == ()  # FOISA's, not FOIA's
    assert [e.code for e in find_exemptions("It is exempt under section 25 of FOISA.", "foisa")] == ["s25"]
    for law in ("foia", "foisa"):
        named = {e.code for e in exemptions() if e.law == law}
        assert all(exemption_label(code, law) != code for code in named)
