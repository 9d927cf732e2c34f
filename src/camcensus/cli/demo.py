"""`camcensus demo`: the main job, end to end, on the embedded SQLite store."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from camcensus.cli.common import console, print_json


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo(
        out: Path = typer.Option(
            Path("camcensus-demo"), "--out", help="Directory for the database and report."
        ),
        as_json: bool = typer.Option(False, "--json", help="Print a JSON summary."),
    ) -> None:
        """Run the whole pipeline on a synthetic survey of real UK bodies: register, campaign, send, replies,
        ingest, evidence, facts, statistics and report, for two rounds of the survey two years apart (some
        bodies answer differently: see `camcensus compare`). Writes OUT/camcensus.db and
        OUT/report/index.html."""
        from camcensus.demo.run import STEPS, run_demo  # the whole pipeline: loaded only when it runs

        columns = (
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed}/{task.total}"),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console, transient=not console.is_terminal) as progress:
            task = progress.add_task("SYNTHETIC demo survey", total=len(STEPS))

            def advance(name: str, detail: Any) -> None:
                progress.console.print(f"[green]✓[/] {name}: {_short(detail)}", highlight=False)
                progress.advance(task)

            result = run_demo(out, on_step=advance)
        if as_json:
            print_json({**result.as_dict(), "next": next_commands(result.database, out)})
            return
        console.print(f"\nSYNTHETIC DEMO DATA — finished in {result.seconds:.1f} s", highlight=False)
        typer.echo(f"database: {result.database}")
        typer.echo(f"report:   {result.report}")
        typer.echo("\nnext, on this database:")
        for command in next_commands(result.database, out):
            typer.echo(f"  {command}")


def next_commands(database: Path, out: Path) -> list[str]:
    """What to run after the demo, each command naming its database: --db comes before the command."""
    db = f"camcensus --db {shlex.quote(str(database))}"
    return [
        f"{db} stats",
        f"{db} compare",
        f"{db} report --out {shlex.quote(str(out / 'report'))}",
        f"{db} publish --out {shlex.quote(str(out / 'open-data'))}",
        f"{db} serve",
    ]


def _short(detail: Any) -> str:
    if isinstance(detail, dict):
        return ", ".join(f"{k} {v}" for k, v in detail.items() if not isinstance(v, (list, dict)))
    return str(detail)
