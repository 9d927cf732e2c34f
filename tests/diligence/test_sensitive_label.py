"""Police forces and NHS bodies count as sensitive sites by this project's own test, not a government rule:
every flag raised by body type carries that label, and a body's own declaration does not."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from camcensus.diligence import sensitive
from camcensus.diligence.sensitive import PROJECT_TEST, sensitive_body_types, sensitive_flags


def _body(body_type: str, body_id: int = 1) -> SimpleNamespace:
    return SimpleNamespace(id=body_id, body_type=SimpleNamespace(value=body_type))


@pytest.mark.parametrize("body_type", ["police", "nhs_trust", "nhs_health_board", "hsc_trust"])
def test_a_body_type_is_sensitive_only_by_the_projects_test(body_type: str) -> None:
    row = sensitive_body_types()[body_type]
    assert row["basis"] == "project_test" and "HCWS386" in row["reason"]
    flags = sensitive_flags(None, _body(body_type), declarations={})  # type: ignore[arg-type]
    assert flags["sensitive"] and flags["project_test"] and flags["label"] == PROJECT_TEST
    assert PROJECT_TEST in flags["reasons"][0]["reason"] and flags["reasons"][0]["basis"] == "project_test"


def test_a_declared_site_is_the_bodys_own_word() -> None:
    declared = SimpleNamespace(value="yes", note="control room", source="https://council.example/dpia")
    flags = sensitive_flags(None, _body("council_district"), declarations={1: declared})  # type: ignore[arg-type]
    assert flags["sensitive"] and not flags["project_test"] and flags["label"] == ""
    assert flags["reasons"] == [
        {"reason": "declared by the body: control room", "source": declared.source, "basis": "declared"}
    ]
    school = sensitive_flags(None, _body("school_secondary"), declarations={})  # type: ignore[arg-type]
    assert school == {"sensitive": False, "reasons": [], "project_test": False, "label": ""}


def test_a_row_with_an_unknown_basis_is_refused(monkeypatch) -> None:
    rows = [
        {"body_type": "police", "basis": "government_rule", "reason": "x", "source": "https://example.org"}
    ]
    monkeypatch.setattr(sensitive, "read_rows", lambda *a, **k: rows)
    sensitive_body_types.cache_clear()
    try:
        with pytest.raises(sensitive.SensitiveDataError, match="basis 'government_rule' for police"):
            sensitive_body_types()
    finally:
        monkeypatch.undo()
        sensitive_body_types.cache_clear()
