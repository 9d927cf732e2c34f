"""Generate docs/cli.md from the commands' own --help, so the reference cannot drift from the code.

python -m camcensus.docs_cli > docs/cli.md
"""

from __future__ import annotations

from typing import Any

import typer.main

from camcensus.cli.app import app

HEADER = """# Command reference

Generated from each command's `--help` by `python -m camcensus.docs_cli > docs/cli.md` (`make docs`);
`tests/test_docs.py` fails when this file is out of date.
"""


def _walk(command: Any, path: list[str]) -> list[tuple[list[str], Any]]:
    found = [(path, command)]
    if hasattr(command, "commands"):  # a group (typer may vendor its own click)
        for name in sorted(command.commands):
            found.extend(_walk(command.commands[name], path + [name]))
    return found


def _help(path: list[str]) -> str:
    """The command's --help as a user sees it, at a fixed width and without colour."""
    from typer.testing import CliRunner

    env = {"COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1", "CAMCENSUS_DB": ""}
    result = CliRunner().invoke(app, [*path[1:], "--help"], env=env, prog_name=path[0])
    return "\n".join(line.rstrip() for line in result.output.strip("\n").splitlines())


def command_paths() -> list[str]:
    root = typer.main.get_command(app)
    return [" ".join(path) for path, _ in _walk(root, ["camcensus"])]


def render() -> str:
    root = typer.main.get_command(app)
    parts = [HEADER]
    for path, _command in _walk(root, ["camcensus"]):
        parts.append(f"## `{' '.join(path)}`\n\n```text\n{_help(path)}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
