"""/openapi.json describes every field of the JSON API's main answers, and the answers keep to it: each is
validated against its published schema with no property left undescribed."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from webdata import ADMIN, REVIEWER, login

TYPED = {
    "/api/stats": "Stats",
    "/api/bodies": "BodyPage",
    "/api/bodies/{body_id}": "BodyDetail",
    "/api/review": "EvidencePage",
    "/api/review/replies": "ReplyQueue",
    "/api/unmatched": "UnmatchedPage",
    "/api/campaigns": "CampaignPage",
    "/api/campaigns/{name}": "CampaignDetail",
    "/api/review/{evidence_id}": "ReviewItem",
    "/api/review/next": "ReviewNext",
    "/api/session": "SessionInfo",
    "/api/compare": "Comparison",
}
WRITES = {
    "/api/review/{evidence_id}": "DecisionResult",
    "/api/unmatched/{message_id}": "AssignmentResult",
    "/api/campaigns/{name}/requests/{reference}/state": "StateChangeResult",
    "/api/login": "SessionInfo",
}
OPTIONAL = {"ReviewNext": {"evidence", "pending"}}  # all but these are absent when nothing is left to review


def _schema_name(spec: dict[str, Any], path: str, method: str = "get") -> str:
    content = spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    return str(content["schema"]["$ref"]).rsplit("/", 1)[-1]


def _closed(schemas: dict[str, Any]) -> dict[str, Any]:
    """The component schemas with every described object closed: a property the schema does not name fails."""
    closed = copy.deepcopy(schemas)

    def close(node: Any) -> None:
        if isinstance(node, dict):
            if "properties" in node:
                node.setdefault("additionalProperties", False)
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    close(closed)
    return closed


@pytest.fixture
def validate(client):
    spec = client.get("/openapi.json").json()
    components = _closed(spec["components"]["schemas"])

    def check(path: str, answer: Any, name: str | None = None) -> None:
        ref = f"#/components/schemas/{name or TYPED[path]}"
        schema = {"$ref": ref, "components": {"schemas": components}}
        errors = sorted(Draft202012Validator(schema).iter_errors(answer), key=lambda e: list(e.path))
        assert not errors, [f"{path} {list(e.path)}: {e.message}" for e in errors[:5]]

    return check


def test_openapi_describes_every_field_of_the_main_routes(client) -> None:
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    for path, name in TYPED.items():
        assert _schema_name(spec, path) == name, path
        assert schemas[name]["properties"], path
        required = OPTIONAL.get(name, set(schemas[name]["properties"]))
        assert set(schemas[name]["required"]) == required, path
    for path, name in WRITES.items():
        assert _schema_name(spec, path, "post") == name, path
        assert set(schemas[name]["required"]) == set(schemas[name]["properties"]), path
    detail = schemas["BodyDetail"]["properties"]
    assert {"facts", "requests", "documents", "evidence", "facts_embargoed"} <= set(detail)
    assert schemas["StatRow"]["properties"]["ci95"]["description"].startswith("Wilson")
    evidence = schemas["EvidenceItem"]["properties"]
    assert all(field.get("description") for key, field in evidence.items() if key in ("quote", "status"))


def test_public_answers_keep_to_their_schema(client, seeded, replies, validate) -> None:
    validate("/api/stats", client.get("/api/stats").json())
    for query in ("", "?vendor=hikvision", "?per_page=3&page=2"):
        validate("/api/bodies", client.get(f"/api/bodies{query}").json())
    for body in (seeded.council, seeded.trust, seeded.police, seeded.school):  # the school: under embargo
        validate("/api/bodies/{body_id}", client.get(f"/api/bodies/{body}").json())


def test_reviewer_answers_keep_to_their_schema(client, seeded, replies, validate) -> None:
    login(client, *REVIEWER)
    validate("/api/stats", client.get("/api/stats").json())
    validate("/api/bodies", client.get("/api/bodies").json())
    for body in (seeded.council, seeded.trust, seeded.police, seeded.school):
        answer = client.get(f"/api/bodies/{body}").json()
        validate("/api/bodies/{body_id}", answer)
    assert any(d["segments"] for d in client.get(f"/api/bodies/{seeded.council}").json()["documents"])
    review = client.get("/api/review", params={"per_page": 200}).json()
    assert review["items"]
    validate("/api/review", review)
    queue = client.get("/api/review/replies", params={"limit": 200}).json()
    assert len(queue["items"]) > 10
    validate("/api/review/replies", queue)
    unmatched = client.get("/api/unmatched").json()
    assert unmatched["items"]
    validate("/api/unmatched", unmatched)
    validate("/api/compare", client.get("/api/compare").json())  # with the round under embargo


def test_campaign_review_and_write_answers_keep_to_their_schema(client, seeded, validate) -> None:
    validate("/api/session", client.get("/api/session").json())
    validate("/api/campaigns", client.get("/api/campaigns").json())
    validate("/api/campaigns/{name}", client.get(f"/api/campaigns/{seeded.published}").json())
    token = login(client, *ADMIN)
    validate("/api/session", client.get("/api/session").json())
    validate("/api/campaigns", client.get("/api/campaigns").json())
    for name in (seeded.published, seeded.embargoed):
        validate("/api/campaigns/{name}", client.get(f"/api/campaigns/{name}").json())
    for evidence in (seeded.hik_evidence, seeded.count_evidence, seeded.dahua_evidence):
        validate("/api/review/{evidence_id}", client.get(f"/api/review/{evidence}").json())
    validate("/api/review/next", client.get("/api/review/next").json())
    headers = {"X-CSRF-Token": token}
    writes = [
        (
            "/api/unmatched/{message_id}",
            f"/api/unmatched/{seeded.unmatched_message}",
            {"reference": "CC-0001"},
        ),
        (
            "/api/campaigns/{name}/requests/{reference}/state",
            f"/api/campaigns/{seeded.published}/requests/CC-0003/state",
            {"state": "withdrawn"},
        ),
    ]
    pending = [seeded.hik_evidence, seeded.count_evidence, seeded.dahua_evidence, seeded.secret_evidence]
    writes += [("/api/review/{evidence_id}", f"/api/review/{i}", {"action": "accept"}) for i in pending]
    for spec_path, path, body in writes:
        answer = client.post(path, json=body, headers=headers)
        assert answer.status_code == 200, (path, answer.text)
        validate(spec_path, answer.json(), WRITES[spec_path])
    assert client.get("/api/review/next").json() == {"pending": 0, "evidence": None}
    validate("/api/review/next", client.get("/api/review/next").json())
