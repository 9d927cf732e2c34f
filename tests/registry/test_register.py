from __future__ import annotations

import collections
import csv
import io
from pathlib import Path

from camcensus.enums import BodyType, Nation
from camcensus.registry import bundled, service
from camcensus.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_bundled_register_counts() -> None:
    councils = list(bundled.local_authorities())
    assert len(councils) == 397
    by_nation = collections.Counter(c.nation for c in councils)
    assert by_nation == {
        Nation.ENGLAND: 332,
        Nation.SCOTLAND: 32,
        Nation.WALES: 22,
        Nation.NORTHERN_IRELAND: 11,
    }
    police = list(bundled.police_forces())
    assert len(police) == 48 and sum(p.subtype == "territorial" for p in police) == 45
    nhs = list(bundled.nhs_bodies())
    assert len({n.code for n in nhs}) == len(nhs)
    kinds = collections.Counter((n.body_type, n.nation) for n in nhs)
    assert kinds[(BodyType.NHS_HEALTH_BOARD, Nation.SCOTLAND)] == 14
    assert kinds[(BodyType.NHS_HEALTH_BOARD, Nation.WALES)] == 7
    assert kinds[(BodyType.HSC_TRUST, Nation.NORTHERN_IRELAND)] == 6
    powys = [n for n in nhs if n.code == "nhs:7A7"]
    assert powys[0].nation is Nation.WALES and powys[0].body_type is BodyType.NHS_HEALTH_BOARD


def test_bundled_councils_have_coordinates_and_wdtk_ids() -> None:
    councils = list(bundled.local_authorities())
    assert all(
        c.lat and c.lon and c.easting and c.northing for c in councils if c.subtype != "Combined authority"
    )
    aberdeen = next(c for c in councils if c.code == "la:ABE")
    assert (
        aberdeen.name == "Aberdeen City Council"
        and aberdeen.wdtk_id == "aberdeen_city_council"
        or aberdeen.wdtk_id
    )


def test_import_bundled_is_idempotent(any_store: Store) -> None:
    with any_store.session() as session:
        first = service.import_bundled(session)
    with any_store.session() as session:
        second = service.import_bundled(session)
    assert first.added == 397 + 48 + len(list(bundled.nhs_bodies()))
    assert (second.added, second.updated) == (0, 0) and second.unchanged == first.added


def test_gias_import_keeps_open_schools_and_reports_bad_rows(any_store: Store) -> None:
    with any_store.session() as session:
        result = service.import_file(session, FIXTURES / "gias_sample.csv")
    assert [(e.line, "URN" in e.reason) for e in result.errors] == [(6, True)]
    with any_store.session() as session:
        schools = service.list_bodies(session, body_type=BodyType.SCHOOL)
        secondary = service.list_bodies(session, body_type=BodyType.SCHOOL, subtype="secondary")
        assert len(schools) == 4  # the closed school is left out, the bad row is skipped
        assert {s.name for s in secondary} == {"Ysgol Gyfun Glantaf", "Kingsbridge Academy"}
        welsh = next(s for s in schools if s.name == "Ysgol Gyfun Glantaf")
        assert welsh.nation is Nation.WALES and welsh.code == "urn:401234"
        assert welsh.easting == 317000.0 and welsh.extra["la"] == "Cardiff"
    with any_store.session() as session:
        again = service.import_file(session, FIXTURES / "gias_sample.csv")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)


def test_plain_csv_import_keeps_extra_columns_and_reports_bad_lines(any_store: Store) -> None:
    with any_store.session() as session:
        result = service.import_file(session, FIXTURES / "bodies_plain.csv", "csv")
    assert [(e.line, e.reason.split(" ")[0]) for e in result.errors] == [(4, "unknown"), (5, "not")]
    assert result.added == 3
    with any_store.session() as session:
        bodies = {b.name: b for b in service.list_bodies(session)}
    harbour = bodies["Harbour Authority of Example"]
    assert harbour.body_type is BodyType.OTHER and harbour.extra == {"website": "https://harbour.example"}
    assert bodies["Test Borough Council"].email == "foi@test-borough.example"


def test_cli_import_and_list(run_cli, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    out = run_cli("bodies", "import", "--bundled", db=db).stdout
    assert out.startswith("added ")
    rows = run_cli(
        "bodies", "list", "--type", "police", "--nation", "Scotland", "--json", db=db
    ).stdout.splitlines()
    assert len(rows) == 1 and '"Police Scotland"' in rows[0]
    bad = run_cli("bodies", "import", str(tmp_path / "missing.csv"), db=db, check=False)
    assert bad.returncode == 1 and "missing.csv: no such file" in bad.stderr
    partial = run_cli("bodies", "import", str(FIXTURES / "bodies_plain.csv"), db=db)
    assert "bodies_plain.csv:4" in partial.stderr


def test_addresses_and_domains_are_checked_at_import(sqlite_store: Store, tmp_path: Path) -> None:
    """One mailbox per address (a list or a line break would send a letter to a stranger or inject a
    header); a body's own domains come from its address and website, more may be declared."""
    path = tmp_path / "bodies.csv"
    path.write_text(
        "name,body_type,nation,email,website,domains\n"
        "Good Council,council,England,FOI@Good.example,https://www.good-council.example/,goodfoi.example\n"
        '"Two Address Council",council,England,"foi@a.example, victim@b.example",,\n'
        '"Header Council",council,England,"foi@a.example\nBcc: victim@b.example",,\n'
        "Named Council,council,England,Named <foi@named.example>,,\n"
        "Shared Domain Council,council,England,,,gmail.com\n"
        "Free Mail Parish,council,England,clerk.parish@gmail.com,,\n",
        encoding="utf-8",
    )
    with sqlite_store.session() as session:
        result = service.import_file(session, path, "csv")
        assert [e.reason.split(":")[0] for e in result.errors] == [
            "not one e-mail address",
            "not one e-mail address",
            "not one e-mail address",
            "not a domain one body owns",
        ]
        bodies = {b.name: service.body_as_dict(b) for b in service.list_bodies(session)}
    assert bodies["Good Council"]["email"] == "FOI@good.example"
    assert bodies["Good Council"]["domains"] == ["good-council.example", "good.example", "goodfoi.example"]
    assert bodies["Free Mail Parish"]["domains"] == []  # gmail.com is nobody's own


def test_gias_keeps_a_school_whose_address_is_bad(sqlite_store: Store, tmp_path: Path) -> None:
    text = (FIXTURES / "gias_sample.csv").read_text(encoding="utf-8")
    header, first, *rest = text.splitlines()
    cells = next(csv.reader([first]))
    columns = next(csv.reader([header]))
    if "Email" not in columns:
        columns.append("Email")
        cells.append("")
    cells[columns.index("Email")] = "head@school.example, bursar@school.example"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([columns, cells])
    path = tmp_path / "gias.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    with sqlite_store.session() as session:
        result = service.import_file(session, path, "gias")
        assert result.added == 1 and result.errors[0].reason.startswith("address not imported")
        assert service.list_bodies(session)[0].email is None


def test_nhs_ods_format_and_its_deprecated_spelling(run_cli, tmp_path: Path) -> None:
    """``--format nhs-ods`` is the NHS Organisation Data Service layout; ``ods`` (which reads as an
    OpenDocument spreadsheet) still works, with a warning naming the new spelling."""
    nhs = tmp_path / "nhs.csv"
    nhs.write_text("ods_code,name,body_type,nation\nRVV,East Kent Hospitals,nhs_trust,England\n")
    db = str(tmp_path / "cli.db")
    first = run_cli("bodies", "import", str(nhs), "--format", "nhs-ods", db=db)
    assert first.stdout.startswith("added 1") and "deprecated" not in first.stderr
    again = run_cli("bodies", "import", str(nhs), "--format", "ods", db=db)
    assert "unchanged 1" in again.stdout
    assert "'ods' is deprecated: use 'nhs-ods'" in again.stderr
    wrong = run_cli("bodies", "import", str(nhs), "--format", "odt", db=db, check=False)
    assert wrong.returncode == 1 and "unknown format 'odt'" in wrong.stderr and "nhs-ods" in wrong.stderr
    detected = run_cli("bodies", "import", str(nhs), db=db)
    assert "unchanged 1" in detected.stdout and "deprecated" not in detected.stderr
