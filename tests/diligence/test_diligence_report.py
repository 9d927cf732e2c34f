"""The four due-diligence sections of the HTML/PDF report on the crafted survey (figures in
diligence_survey.py), and the rights and compliance figures behind them."""

from __future__ import annotations

import datetime as dt
import re

import pypdfium2
import pytest
from diligence_survey import HOSTILE_NOTE, SECRET_COUNT, build_survey

from camcensus.diligence.overview import overview
from camcensus.diligence.rights import body_rights
from camcensus.reports.html import render_report, write_pdf, write_report
from camcensus.store import Store

TODAY = dt.date.today()


@pytest.fixture
def survey(sqlite_store: Store):
    with sqlite_store.session() as session:
        built = build_survey(session, TODAY)
    return sqlite_store, built


def _section(html: str, title: str) -> str:
    start = html.index(f"<h2>{title}</h2>")
    end = html.index("</section>", start)
    return " ".join(re.sub(r"<[^>]+>", " ", html[start:end]).split())


def _row(html: str, css_class: str, first_cell: str) -> str:
    table = re.search(rf'<table class="{css_class}">(.*?)</table>', html, re.S)
    assert table, css_class
    for row in re.findall(r"<tr>(.*?)</tr>", table.group(1), re.S):
        cells = [
            " ".join(re.sub(r"<[^>]+>", " ", c).split())
            for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)
        ]
        if cells and cells[0] == first_cell:
            return " | ".join(cells)
    raise AssertionError(f"no row {first_cell!r} in {css_class}")


def test_overview_figures_with_their_denominators(survey) -> None:
    store, built = survey
    ids = [built.ids[k] for k in "ABCDE"]
    with store.session() as session:
        values = overview(session, ids, today=TODAY)
    x = values["exposure"]
    assert x["using_restricted"] == {"k": 4, "n": 5, "share": 0.8}
    assert x["sensitive_using"]["k"] == 2 and x["sensitive_using"]["n"] == 2
    assert x["count_basis"] == {"reply": 2, "itemised": 2, "none": 1}
    assert values["replacement"]["using_priced"] == {"k": 3, "n": 4, "share": 0.75}
    ndaa = next(r for r in values["restrictions"] if r["name"].startswith("NDAA FY2019 s.889(a)(1)(A)"))
    assert ndaa["vendors"] == ["Dahua", "Hikvision"] and ndaa["date"] == "2018-08-13"
    assert ndaa["effective_date"] == "2019-08-13" and ndaa["sources"][0]["kind"] == "primary"
    assert ndaa["bodies"]["k"] == 4 and ndaa["cameras"] == [16, 56] and ndaa["bodies_without_count"] == 1
    rights = values["rights"]
    assert rights["dpia"]["yes"] == {"k": 2, "n": 3, "share": pytest.approx(2 / 3, abs=1e-6)}
    assert (
        rights["dpia"]["from_replies"],
        rights["dpia"]["from_declarations"],
        rights["dpia"]["unknown"],
    ) == (2, 1, 2)
    assert rights["code_statement"]["yes"]["k"] == 2 and rights["code_statement"]["yes"]["n"] == 3
    assert rights["code_statement"]["relevant_authorities"] == {"k": 1, "n": 2, "share": 0.5}
    assessment = rights["self_assessment"]
    assert assessment["bodies"]["k"] == 2 and assessment["complete"] == 1
    assert assessment["relevant_authorities"] == {"k": 2, "n": 3, "share": pytest.approx(2 / 3, abs=1e-6)}
    p = {row["number"]: row for row in assessment["principles"]}
    assert (p[1]["met"]["k"], p[1]["met"]["n"]) == (1, 1)
    assert (p[2]["met"]["k"], p[2]["met"]["n"], p[2]["no"]) == (1, 2, 1)
    assert (p[11]["partly"], p[11]["met"]["k"], p[11]["met"]["n"]) == (1, 0, 1)
    assert (p[12]["not_applicable"], p[12]["met"]["n"]) == (1, 0)
    q = values["questionnaires"]
    assert (q["sent"], q["answered"]["k"], q["flagged"]["k"], q["awaiting"]) == (3, 1, 1, 1)
    assert q["flagged_suppliers"] == [
        {"supplier": "Beta Security", "vendor": "Hikvision", "questionnaires": 1}
    ]


def test_body_rights_prefer_the_declaration_and_keep_the_reply(survey) -> None:
    store, built = survey
    with store.session() as session:
        a = body_rights(session, built.ids["A"]).as_dict()
        c = body_rights(session, built.ids["C"]).as_dict()
    assert a["dpia"]["status"] == "yes" and a["dpia"]["basis"] == "declared by the body"
    assert a["dpia"]["declared_in"] == "a-self-assessment.csv"
    assert a["self_assessment"]["principles_assessed"] == 12 and a["self_assessment"]["principles_met"] == 10
    assert c["dpia"] == {**c["dpia"], "status": "yes", "basis": "FOI reply", "reply_evidence_ids": [41]}
    assert c["relevant_authority"] and c["code_statement"]["reply"] == "no"


def test_report_has_the_four_sections_with_their_figures(survey, tmp_path) -> None:
    store, _ = survey
    html = write_report(store, tmp_path, today=TODAY).read_text()
    titles = re.findall(r"<h2>([^<]+)</h2>", html)
    dd = ["Due diligence", "Replacement", "Capabilities and rights impact", "Surveillance Camera Code"]
    assert [t for t in titles if t in dd] == dd
    assert "could not be built" not in html
    due = _section(html, "Due diligence")
    assert "Of the 5 bodies covered, 5 said whether they use a restricted vendor" in due
    assert "4 of 5 (80%) use at least one" in due
    assert "Sites treated as sensitive: 2 of 2 (100%)" in due
    # police and NHS bodies count as sensitive by this project's own test, and the report says so
    assert (
        "Treating police forces and NHS bodies as sensitive is this project's own test, not a government rule"
        in due
    )
    # a best estimate beside the range, with its assumption: the replies name no make but restricted ones
    assert "Restricted-vendor cameras: best estimate 56 (range 16–56), counted at 4 bodies (2 exactly" in due
    assert "Assumption of the best estimate:" in due
    assert "1 body uses a restricted vendor but gave no camera count" in due
    assert "1 of 3 (33%) answered" in due and "1 of 3 (33%) had no answer by the due date" in due
    assert "Beta Security (Hikvision equipment): 1 unanswered" in due
    ndaa = _row(html, "restrictions", "NDAA FY2019 s.889(a)(1)(A): federal procurement ban")
    assert ndaa.startswith(
        "NDAA FY2019 s.889(a)(1)(A): federal procurement ban | Dahua, Hikvision | US | 2018-08-13 "
        "| 2019-08-13 | 4 of 5 (80%) | 56 (16–56) (+1 uncounted) | [1]"
    )
    fcc = _row(html, "restrictions", "FCC 22-84: ban on new equipment authorisations for covered equipment")
    assert "| 2022-11-25 | 2023-02-06 |" in fcc
    # a measure that names no maker says so: it applies by description to every vendor it would reach
    debarment = _row(
        html,
        "restrictions",
        "Procurement Act 2023: debarment of suppliers that threaten national security "
        "(names no vendor: applies by description)",
    )
    assert debarment.split(" | ")[1:5] == ["Dahua, Hikvision", "UK", "2023-10-26", "2025-02-24"]
    canada = _row(
        html,
        "restrictions",
        "Canada: order that Hikvision Canada Inc. cease operations, and federal ban on its products",
    )
    assert canada.split(" | ")[1:5] == ["Hikvision", "CA", "2025-06-27", "2025-06-27"]
    assert "https://fcc.gov/node/256146" in due  # every measure's source, as text
    assert "Written ministerial statement HCWS386" in due
    replacement = _section(html, "Replacement")
    assert (
        "would cost about £47,830 (best estimate; range £5,760 to £79,300), for the 3 of 4 (75%) bodies"
        in replacement
    )
    assert "1 more could not be priced" in replacement and "Force C" in replacement
    # an exact count: the best estimate is the middle of the unit costs (£4,700 + £18,800) / 2
    assert _row(html, "by-type", "Councils") == "Councils | 1 of 1 (100%) | 12 | £11,750 (£4,700 to £18,800)"
    assert _row(html, "unit-costs", "fixed camera").startswith("fixed camera | camera | £150 | £600 |")
    rights = _section(html, "Capabilities and rights impact")
    assert "1 of 5 (20%) bodies said which capabilities" in rights
    assert _row(html, "capabilities", "facial recognition") == "facial recognition | 1 of 1 (100%) | 0"
    assert "1 of 4 (25%) bodies using a restricted vendor also use facial recognition or audio" in rights
    assert "2 of 3 (67%) bodies whose DPIA status is known have one" in rights
    assert "FOI replies for 2, the body's own declaration for 1" in rights
    code = _section(html, "Surveillance Camera Code")
    assert "2 of 3 (67%) bodies that said either way stated that they comply" in code
    assert "among relevant authorities, 1 of 2 (50%)" in code
    assert "2 of 5 (40%) bodies entered a self-assessment" in code and "(1 for all 12)" in code
    assert _row(html, "principles", "2").endswith("| 2 | 1 of 2 (50%) | 0 | 1 | 0 | [1]")
    assert "https://legislation.gov.uk/ukpga/2012/9/section/33/5/j" in code


def test_report_leaves_out_embargoed_bodies_and_stays_self_contained(survey, tmp_path) -> None:
    store, _ = survey
    html = render_report(store, TODAY)
    assert "Council F" not in html and "Secret Supplier" not in html and f"{SECRET_COUNT}" not in html
    assert HOSTILE_NOTE not in html and "Jane Smith" not in html
    assert not re.search(r"(src|href)\s*=\s*[\"']?https?:", html, re.I)


def test_report_pdf_builds_with_the_sections(survey, tmp_path) -> None:
    """The sections, with the report's own head and styles, through WeasyPrint (the whole report's PDF is
    built in tests/reports, with these sections in it)."""
    store, _ = survey
    html = render_report(store, TODAY)
    start = html.index('<section class="extra" id="due-diligence"><h2>Due diligence</h2>')
    end = html.index("</section>", html.index("<h2>Surveillance Camera Code</h2>")) + len("</section>")
    write_pdf(html[: html.index("<body>") + 6] + html[start:end] + "</body></html>", tmp_path / "report.pdf")
    document = pypdfium2.PdfDocument(str(tmp_path / "report.pdf"))
    text = " ".join(" ".join(page.get_textpage().get_text_range() for page in document).split())
    assert "Surveillance Camera Code" in text and "Capabilities and rights impact" in text
    assert "4 of 5 (80%) use at least one" in text
    assert "£5,760 to £79,300" in text


def test_empty_survey_has_no_due_diligence_sections(sqlite_store, tmp_path) -> None:
    html = write_report(sqlite_store, tmp_path).read_text()
    assert "<h2>Due diligence</h2>" not in html and "could not be built" not in html


def test_sections_are_as_of_the_report_date(survey) -> None:
    """A report made as of a later date reads the same rows as of that date: E's questionnaire, not yet due
    today, is overdue and flagged two months on (so a rerun as of a given date gives the same report)."""
    store, _ = survey

    def questionnaires(html: str) -> str:
        found = re.search(r'id="dd-questionnaires">(.*?)</p>', html, re.S)
        assert found
        return " ".join(re.sub(r"<[^>]+>", " ", found.group(1)).split())

    now = questionnaires(render_report(store, TODAY))
    later = questionnaires(render_report(store, TODAY + dt.timedelta(days=60)))
    assert "1 not yet due" in now and "1 of 3 (33%) had no answer" in now
    assert "0 not yet due" in later and "2 of 3 (67%) had no answer" in later


def _listed_kinds(html: str, section: str) -> list[tuple[int, str]]:
    """The numbered sources a section lists, in order: (number, kind)."""
    start = html.index(f"<h2>{section}</h2>")
    end = html.index("</section>", start)
    found = re.findall(r'<li value="(\d+)" class="source-(\w+)">', html[start:end])
    return [(int(n), kind) for n, kind in found]


def test_sources_are_listed_primary_first(survey, tmp_path) -> None:
    """Each measure's cell cites its primary source first, and the list under the table gives every primary
    source before any official account, and those before the press; unit costs end with the assumptions."""
    store, _ = survey
    html = write_report(store, tmp_path, today=TODAY).read_text()
    listed = _listed_kinds(html, "Due diligence")
    order = ["primary", "official", "secondary", "assumption"]
    assert [n for n, _ in listed] == list(range(1, len(listed) + 1))
    assert [order.index(k) for _, k in listed] == sorted(order.index(k) for _, k in listed)
    kinds = dict(listed)
    table = re.search(r'<table class="restrictions">(.*?)</table>', html, re.S)
    assert table
    for row in re.findall(r"<tr>(.*?)</tr>", table.group(1), re.S)[1:]:
        cited = [int(n) for n in re.findall(r"\[(\d+)\]", row)]
        assert cited and kinds[cited[0]] == "primary", row
    due = _section(html, "Due diligence")
    assert due.index("Primary. Written ministerial statement HCWS386") < due.index("Secondary. Daily Mail")
    costs = _listed_kinds(html, "Replacement")
    assert costs[-1][1] == "assumption" and costs[0][1] == "primary"
    assert [order.index(k) for _, k in costs] == sorted(order.index(k) for _, k in costs)
    replacement = _section(html, "Replacement")
    assert "Every unit cost below is an assumption of this model" in replacement
    where = [replacement.index(word) for word in ("Rotherham", "coovision.cn", "Assumption (weakest)")]
    assert where == sorted(where)
    fixed = re.findall(r"\[(\d+)\]", _row(html, "unit-costs", "fixed camera").rpartition("|")[2])
    assert [dict(costs)[int(n)] for n in fixed] == ["assumption"]  # no source found: the assumption alone
