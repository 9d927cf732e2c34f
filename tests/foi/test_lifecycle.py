"""Every door that moves a request (CLI, web, inbox matching, chasers, deadlines) goes through
``camcensus.foi.lifecycle.transition``: the one place that checks the move and logs it as an event."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from foi_helpers import add_bodies
from sqlalchemy import select

import camcensus
from camcensus.enums import RequestState as S
from camcensus.foi import lifecycle
from camcensus.foi.campaigns import create_campaign
from camcensus.store.models import RequestEvent

SRC = Path(camcensus.__file__).parent
LIFECYCLE = SRC / "foi" / "lifecycle.py"
# other rows with a state of their own (a supplier questionnaire), not a request's
OWN_STATE_MACHINES = {SRC / "diligence" / "questionnaires.py"}


def _state_writes(tree: ast.AST) -> list[int]:
    """Lines that assign an attribute named ``state`` or pass ``state=`` to an UPDATE's ``values``."""
    lines = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = [t for target in node.targets for t in getattr(target, "elts", [target])]
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        if any(isinstance(t, ast.Attribute) and t.attr == "state" for t in targets):
            lines.append(node.lineno)
        updates = isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "values"
        if updates and any(k.arg == "state" for k in node.keywords):
            lines.append(node.lineno)
    return lines


def test_only_the_lifecycle_changes_a_request_state() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path == LIFECYCLE or path in OWN_STATE_MACHINES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(SRC)}:{line}" for line in _state_writes(tree)]
    assert found == [], "set a request's state with camcensus.foi.lifecycle.transition"


def test_transition_checks_the_move_and_logs_who_made_it(sqlite_store) -> None:
    add_bodies(sqlite_store)
    with sqlite_store.session() as session:
        req = create_campaign(session, "doors").requests[0]
        with pytest.raises(lifecycle.TransitionError, match="cannot move from draft to answered"):
            lifecycle.transition(session, req, S.ANSWERED, actor="someone")
        assert req.state == S.DRAFT
        assert lifecycle.transition(session, req, S.WITHDRAWN, actor="someone", note="duplicate") is True
        assert lifecycle.transition(session, req, S.WITHDRAWN, actor="someone") is False  # already there
        session.flush()
        events = session.scalars(select(RequestEvent).where(RequestEvent.request_id == req.id)).all()
        assert [(e.kind, e.from_state, e.to_state, e.actor) for e in events] == [
            ("drafted", None, "draft", "system"),
            ("state_changed", "draft", "withdrawn", "someone"),
        ]
        assert events[-1].detail == {"note": "duplicate"}
        assert lifecycle.next_states(S.WITHDRAWN) == []
        assert lifecycle.next_states(S.DRAFT) == [S.SENT, S.WITHDRAWN]
