"""The charts as people read them, in Chromium at a desktop (1280 px) and a phone (390 px): on the dashboard
and in the report, the layout that fits the screen is the one shown, every word of it is drawn at a size a
person can read, and none is cut off at the chart's edge. Screenshots of each are kept
(CAMCENSUS_SCREENSHOTS)."""

from __future__ import annotations

from pathlib import Path

from test_browser import _serving, _shots
from test_browser_people import WIDTHS, _page, browser, demo_store  # noqa: F401 - fixtures

from camcensus.reports.charts import CSS, NARROW_BELOW

#: The smallest text, in CSS pixels as drawn, that a chart may show (its axis ticks are 11 px at full size);
#: and how far the page may shrink a chart's text below its own size.
SMALLEST_PX = 9.5
SHRINK = 0.8

MEASURE = """() => {
  const shown = [...document.querySelectorAll('svg.chart')]
    .filter(svg => svg.getBoundingClientRect().width > 0);
  return shown.map(svg => {
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll('text')].map(t => {
      const r = t.getBoundingClientRect();
      const own = parseFloat(t.closest('[font-size]').getAttribute('font-size'));
      return {own, drawn: own * scale, left: r.left - box.left, right: box.right - r.right,
              text: t.textContent};
    });
    return {layout: svg.getAttribute('class'), width: box.width, texts};
  });
}"""


def _check_charts(page, width: int, where: str) -> int:
    """Every chart shown is in the layout for this width, its text readable and uncut; how many are shown."""
    charts = page.evaluate(MEASURE)
    assert charts, where
    layout = "chart chart-narrow" if width < NARROW_BELOW else "chart chart-wide"
    for chart in charts:
        assert chart["layout"] == layout, (where, width, chart["layout"])
        assert chart["width"] <= width
        for text in chart["texts"]:
            label = f"{where} at {width} px: {text['text']!r}"
            assert text["drawn"] >= max(SMALLEST_PX, text["own"] * SHRINK), (label, text["drawn"])
            assert text["left"] >= -1 and text["right"] >= -1, (label, "cut off at the chart's edge")
    return len(charts)


def test_charts_are_legible_on_a_desktop_and_a_phone(demo_store, demo_survey, browser, tmp_path) -> None:  # noqa: F811
    shots = _shots(tmp_path)
    report = demo_survey / "report" / "index.html"
    with _serving(demo_store) as base:
        for width in WIDTHS:
            page = _page(browser, width, [])
            page.goto(base + "/")
            page.wait_for_load_state("networkidle")
            assert _check_charts(page, width, "dashboard") == 1
            page.locator("svg.chart:visible").first.screenshot(path=shots / f"chart-dashboard-{width}.png")
            page.goto(report.as_uri())
            shown = _check_charts(page, width, "report")
            assert shown == page.locator("svg.chart-wide").count() > 5  # each chart once, in one layout
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            for section in ("sectors", "replies"):
                page.locator(f"#{section}").screenshot(path=shots / f"report-{section}-{width}.png")
            assert (shots / f"report-sectors-{width}.png").stat().st_size > 5000


def test_the_web_style_sheet_has_the_charts_rule() -> None:
    """The web app's style sheet holds the rule the report's charts module writes into the report."""
    css = Path(__file__).parents[2] / "src" / "camcensus" / "web" / "static" / "app.css"
    assert CSS in css.read_text(encoding="utf-8")
