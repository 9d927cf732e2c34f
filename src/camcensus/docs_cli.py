"""Generate docs/cli.md from the commands' own --help, so the reference cannot drift from the code.

    python -m camcensus.docs_cli > docs/cli.md
"""

from __future__ import annotations

import click
import typer.main

from camcensus.cli.app import app

HEADER = """# Command reference

Generated from each command's `--help` by `python -m camcensus.docs_cli > docs/cli.md` (`make docs`);
`tests/test_docs.py` fails when this file is out of date.
"""


def _walk(command: click.Command, path: list[str]) -> list[tuple[list[str], click.Command]]:
    found = [(path, command)]
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            found.extend(_walk(command.commands[name], path + [name]))
    return found


def _help(command: click.Command, path: list[str]) -> str:
    ctx = click.Context(command, info_name=" ".join(path), terminal_width=100, max_content_width=100)
    formatter = ctx.make_formatter()
    command.format_help(ctx, formatter)
    return formatter.getvalue().rstrip()


def command_paths() -> list[str]:
    root = typer.main.get_command(app)
    return [" ".join(path) for path, _ in _walk(root, ["camcensus"])]


def render() -> str:
    root = typer.main.get_command(app)
    parts = [HEADER]
    for path, command in _walk(root, ["camcensus"]):
        parts.append(f"## `{' '.join(path)}`\n\n```text\n{_help(command, path)}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
