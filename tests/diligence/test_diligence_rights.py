"""What bodies declare about themselves (Code self-assessment, DPIA, sensitive sites): import on both
backends, the commands, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from diligence_estates import build_estates
from sqlalchemy import select

from camcensus.diligence.rights import DeclarationError, import_declarations, normalise, principles, rights_of
from camcensus.diligence.sensitive import sensitive_flags
from camcensus.store import Store
from camcensus.store.models import Body

CSV = """body,key,value,note
test:A,principle_1,Yes,
test:A,2,partial,reviewed each year
test:A,P3,N/A,
test:A,dpia,in progress,
test:D,sensitive_site,yes,control room
"""


def test_the_twelve_principles_have_sources() -> None:
    found = principles()
    assert [p.number for p in found] == list(range(1, 13))
    assert all(p.source.startswith("https://") and p.text for p in found)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("Principle 4", "met", ("principle_4", "yes")),
        ("12", "not applicable", ("principle_12", "not_applicable")),
        ("dpia", "Under-way", ("dpia", "in_progress")),
        ("sensitive_site", "N", ("sensitive_site", "no")),
    ],
)
def test_keys_and_answers_are_normalised(key: str, value: str, expected: tuple[str, str]) -> None:
    assert normalise(key, value) == expected


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("principle_13", "yes", "principle 13 does not exist"),
        ("1", "maybe", "answer 'maybe' is not one of"),
        ("dpia", "perhaps", "dpia: value 'perhaps'"),
        ("colour", "red", "unknown key 'colour'"),
    ],
)
def test_bad_declarations_are_refused(key: str, value: str, message: str) -> None:
    with pytest.raises(DeclarationError, match=message):
        normalise(key, value)


def test_import_is_idempotent_and_feeds_rights_and_sensitive_flags(any_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "declarations.csv"
    path.write_text(CSV)
    with any_store.session() as session:
        ids = {k: b.id for k, b in build_estates(session).items()}
    with any_store.session() as session:
        first = import_declarations(session, path).as_dict()
    with any_store.session() as session:
        again = import_declarations(session, path).as_dict()
    assert first == {"created": 5, "updated": 0, "unchanged": 0, "bodies": 2}
    assert again == {"created": 0, "updated": 0, "unchanged": 5, "bodies": 2}
    with any_store.session() as session:
        [a] = rights_of(session, [ids["A"]])
        d = session.get(Body, ids["D"])
        assert sensitive_flags(session, d)["sensitive"]
    data = a.as_dict()
    assert data["dpia"]["status"] == "in_progress" and data["dpia"]["declared_in"] == "declarations.csv"
    answers = [p["answer"] for p in data["self_assessment"]["principles"]]
    assert answers[:4] == ["yes", "partly", "not_applicable", None]
    assert data["self_assessment"]["principles"][1]["note"] == "reviewed each year"


def test_one_bad_line_records_nothing(any_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(CSV + "test:Z,principle_1,yes,\n")
    with any_store.session() as session:
        build_estates(session)
    with any_store.session() as session, pytest.raises(DeclarationError, match=r"bad.csv line 7: no body"):
        import_declarations(session, path)
    with any_store.session() as session:
        ids = list(session.scalars(select(Body.id)))
        assert ids and all(not r.assessed and r.dpia["declared"] is None for r in rights_of(session, ids))


def test_code_assessment_commands(cli, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'rights.db'}"
    store = Store.from_url(db)
    store.upgrade()
    with store.session() as session:
        build_estates(session)
    store.dispose()
    path = tmp_path / "declarations.csv"
    path.write_text(CSV)
    imported = json.loads(cli("diligence", "code-assessment", "import", str(path), "--json", db=db).stdout)
    assert imported["created"] == 5
    assert (
        "principle_5 = no"
        in cli("diligence", "code-assessment", "set", "--body", "test:A", "5", "no", db=db).stdout
    )
    rows = [
        json.loads(line)
        for line in cli("diligence", "code-assessment", "show", "--json", db=db).stdout.splitlines()
    ]
    assert rows[-1]["kind"] == "national" and rows[-1]["self_assessment"]["bodies"] == {
        "k": 1,
        "n": 5,
        "share": 0.2,
    }
    a = next(r for r in rows if r["kind"] == "body" and r["body"]["code"] == "test:A")
    assert a["self_assessment"]["principles_assessed"] == 4 and a["self_assessment"]["principles_met"] == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("body,key\ntest:A,dpia\n")
    failed = cli("diligence", "code-assessment", "import", str(bad), db=db, check=False)
    assert failed.returncode == 1 and "missing column(s) value" in failed.stderr
    assert "Traceback" not in failed.stderr
