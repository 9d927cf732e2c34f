"""The documents a newcomer reads stay true: the README's commands, the CI script, the command reference."""

from __future__ import annotations

import re
from pathlib import Path

from camcensus.docs_cli import command_paths, render

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _opening_commands() -> list[str]:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block, "README must open with a sh block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_exactly_two_commands() -> None:
    first_block = README.index("```sh")
    assert README[:first_block].strip() == "# camcensus", (
        "nothing but the title comes before the two commands"
    )
    demo, tests = _opening_commands()
    assert demo.endswith("camcensus demo") and "pip install ." in demo
    assert "pytest" in tests and "pip install -e '.[dev]'" in tests


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line.strip() for line in ci.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert lines[-1] == _opening_commands()[1]


def test_command_reference_is_current() -> None:
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == render(), "docs/cli.md is out of date: run `make docs`"


def test_every_command_is_in_the_readme_tour() -> None:
    tour = README.split("## How the parts fit", 1)[1]
    paths = command_paths()
    leaves = [p for p in paths[1:] if not any(q.startswith(p + " ") for q in paths)]
    assert len(leaves) > 10
    missing = [p for p in leaves if f"`{p}" not in tour]
    assert not missing, f"commands missing from the README tour: {missing}"


def test_bundled_data_ships_its_attribution() -> None:
    attribution = (ROOT / "src" / "camcensus" / "registry" / "data" / "ATTRIBUTION.md").read_text(
        encoding="utf-8"
    )
    assert "mySociety" in attribution and "MIT" in attribution
    assert "Open Government Licence" in attribution
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
