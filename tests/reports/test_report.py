"""The HTML/PDF report on the crafted survey: figures as k of n, charts and map, no personal data, embargo."""

from __future__ import annotations

import json
import re

import pypdfium2
import pytest

from camcensus.reports import sections
from camcensus.reports.html import write_report
from crafted_survey import ROLE_ADDRESS, SEEDED, build_survey


@pytest.fixture
def crafted(sqlite_store):
    with sqlite_store.session() as session:
        build_survey(session, synthetic=True)
    return sqlite_store


def test_report_states_figures_as_k_of_n(crafted, tmp_path):
    html = write_report(crafted, tmp_path).read_text()
    assert "SYNTHETIC DEMO DATA" in html
    assert "<strong>4 of 6</strong> (67%) use Hikvision or Dahua" in html
    assert "95% interval 30% to 90%" in html
    assert "2 of 3 (67%; 95% interval 21%–94%)" in html  # councils
    assert "We asked 10 bodies; 8 replied and 6 disclosed" in html
    assert "3 of 5" in html and "2 of 5" in html  # Hikvision, Dahua overall
    assert "472" in html  # cameras in total


def test_report_is_self_contained_with_charts_and_map(crafted, tmp_path):
    html = write_report(crafted, tmp_path).read_text()
    assert html.count('class="chart chart-wide"') >= 8  # each chart in its wide layout and its narrow one
    assert html.count('class="chart chart-wide"') == html.count('class="chart chart-narrow"')
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg" class="map"') == 1
    assert len(re.findall(r"<circle cx=", html)) >= 7  # 7 placed bodies + legend dots
    assert "3 without a location" in html and "in the register (not drawn)" in html
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\(", html, re.I)
    assert not re.search(r"(src|href)\s*=\s*[\"']?https?:", html, re.I)


def test_no_personal_data_and_embargo_respected(crafted, tmp_path):
    html = write_report(crafted, tmp_path).read_text()
    for personal in SEEDED:
        assert personal not in html, personal
    assert ROLE_ADDRESS in html
    assert "We use Hikvision cameras (DS-2CD2143G0-I)." in html  # the quote behind the fact
    assert "E1 Secret Council" not in html and "999" not in html


def test_not_synthetic_says_nothing_of_it(sqlite_store, tmp_path):
    with sqlite_store.session() as session:
        build_survey(session, synthetic=False)
    assert "SYNTHETIC" not in write_report(sqlite_store, tmp_path).read_text()
    figures = json.loads((tmp_path / "figures.json").read_text())
    assert figures["synthetic"] is False and not any(row["synthetic"] for row in figures["stats"])


def test_empty_store_still_reports(sqlite_store, tmp_path):
    html = write_report(sqlite_store, tmp_path).read_text()
    assert "None of the 0 bodies asked" in html


def test_section_providers_extend_the_report(crafted, tmp_path):
    def exposure(context: sections.ReportContext) -> tuple[str, str]:
        return ("Due diligence", f"<p>{len(context.bodies)} bodies considered</p>")

    def broken(context: sections.ReportContext) -> tuple[str, str]:
        raise RuntimeError("no cost data")

    sections.register(exposure)
    sections.register(broken)
    try:
        html = write_report(crafted, tmp_path).read_text()
    finally:
        sections.unregister(exposure)
        sections.unregister(broken)
    assert "<h2>Due diligence</h2>" in html and "10 bodies considered" in html
    assert "could not be built: no cost data" in html


def test_pdf_has_the_same_figures(crafted, tmp_path):
    write_report(crafted, tmp_path, pdf=True)
    pdf = tmp_path / "report.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    document = pypdfium2.PdfDocument(str(pdf))
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    assert len(document) >= 3
    assert "SYNTHETIC DEMO DATA" in text and "4 of 6" in text
    pages = [page.get_textpage().get_text_range() for page in document]
    assert all("SYNTHETIC DEMO DATA" in page for page in pages)  # a footer on every page
    flat = " ".join(text.split())
    for personal in SEEDED:
        assert personal not in flat, personal


def test_report_command(crafted, run_cli, tmp_path):
    db = crafted.url.split("///", 1)[1]
    out = tmp_path / "out"
    proc = run_cli("report", "--out", str(out), db=db)
    assert (out / "index.html").exists() and "index.html" in proc.stdout
