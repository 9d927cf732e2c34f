"""`camcensus extract FILE...` and `camcensus eval DIR`: the evidence extractor on files, and its score."""

from __future__ import annotations

from pathlib import Path

import typer

from camcensus.cli.common import console, fail, print_json
from camcensus.evidence.files import UnreadableFile, read_file, read_request
from camcensus.evidence.scoring import Evaluation, evaluate, write_calibration
from camcensus.knowledge.vendors import concern_keys


def extract(
    files: list[Path] = typer.Argument(
        ..., help="Reply files: e-mails (with attachments), PDF, Word, RTF, Excel, ..."
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per file."),
    request_file: Path = typer.Option(
        None,
        "--request",
        help="The request the files answer (plain text, .eml or any format the readers know): its "
        "questions are aligned with the answers and shown under 'questions'.",
    ),
) -> None:
    """Read replies and print what they show: outcome, exemptions, makers in use, counts, capabilities."""
    request = None
    if request_file is not None:
        try:
            request = read_request(request_file)
        except UnreadableFile as exc:
            fail(f"--request {exc}")
    failures = 0
    for path in files:
        try:
            reading = read_file(path, request=request)
        except UnreadableFile as exc:
            failures += 1
            console.print(f"[bold red]error:[/] {exc}", highlight=False)
            if as_json:
                print_json({"path": str(path), "error": str(exc)})
            continue
        document = reading.as_dict()
        if as_json:
            print_json(document)
        else:
            _print_reading(document)
    if failures == len(files):
        raise typer.Exit(1)


def _print_reading(d: dict[str, object]) -> None:
    typer.echo(f"{d['path']}")
    for key in (
        "outcome",
        *concern_keys(),
        "camera_count",
        "exemptions",
        "capabilities",
        "capabilities_absent",
    ):
        typer.echo(f"  {key}: {d.get(key, 'unknown')}")
    for m in d["manufacturers"]:  # type: ignore[attr-defined]
        typer.echo(f'  maker {m["name"]} ({m["vendor"]}): {m["status"]} — "{m["quote"]}"')
    for q in d.get("questions") or []:  # type: ignore[attr-defined]
        see = f" (see {q['see']})" if q.get("see") else ""
        exemptions = f" {', '.join(q['exemptions'])}" if q["exemptions"] else ""
        label = str(q["label"] or "")
        name = label.rstrip(" .:") if label[:1].isalpha() else f"Q{label.strip(' .:') or q['n']}"
        typer.echo(f"  {name} [{', '.join(q['asks'])}] {q['text'][:70]}")
        typer.echo(f"      {q['outcome']}{exemptions}{see}: {q['answer_quote'][:90]}")


def eval_command(
    folders: list[Path] = typer.Argument(..., help="Folders of reply files, each with labels.jsonl."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON document."),
    show_misses: bool = typer.Option(False, "--misses", help="List every wrong field."),
    no_requests: bool = typer.Option(
        False, "--no-requests", help="Read each reply alone, without the request its label names."
    ),
    calibrate: Path = typer.Option(
        None, "--calibrate", help="Write how often each reading basis was right (a calibration file)."
    ),
) -> None:
    """Score the extractor against labelled folders (with the request of each reply where the label names
    a request_file); prints accuracy per field and the reliability table of the stated confidences."""
    result = Evaluation()
    try:
        for folder in folders:
            evaluate(folder, into=result, requests=not no_requests)
    except (FileNotFoundError, ValueError, UnreadableFile) as exc:
        fail(str(exc))
    if calibrate is not None:
        write_calibration(calibrate, result, folders)
    document = result.as_dict()
    if as_json:
        print_json(document)
        return
    _print_scores(result)
    for miss in result.misses if show_misses else []:
        typer.echo(
            f"  miss {miss['path']} {miss['field']}: expected {miss['expected']!r}, got {miss['got']!r}"
        )
    for failed in result.failed:
        console.print(f"[bold red]error:[/] {failed['reason']}", highlight=False)


def _print_scores(result: Evaluation) -> None:
    typer.echo(f"{result.files} files")
    for name, score in result.fields.items():
        typer.echo(
            f"  {name:<13} {score.accuracy if score.accuracy is not None else '-'} "
            f"({score.correct}/{score.total})"
        )
    typer.echo(f"  {'vendor':<13} {result.vendor.accuracy} ({result.vendor.correct}/{result.vendor.total})")
    by_format = result.format_accuracy()
    if by_format:
        names = ("vendor", "outcome", "exemptions", "camera_count")
        typer.echo(f"  {'format':<10} {'files':>5} " + " ".join(f"{n:>12}" for n in names))
        for fmt, row in by_format.items():
            cells = " ".join(f"{'-' if row[n] is None else row[n]:>12}" for n in names)
            typer.echo(f"  {fmt:<10} {row['files']:>5} {cells}")
    typer.echo("  reliability (stated confidence against accuracy, all fields):")
    typer.echo(f"    {'bin':<11} {'fields':>6} {'stated':>7} {'right':>7}")
    for row in result.reliability():
        low, high = row["bin"]
        typer.echo(
            f"    {low:.2f}-{high:.2f}  {row['fields']:>6} {row['confidence']:>7.3f} {row['accuracy']:>7.3f}"
        )
    typer.echo(f"    calibration error {result.calibration_error()}")
    flagged, wrong = result.needs_review, result.flagged_wrong
    typer.echo(
        f"  needs review: {flagged.correct} of {flagged.total} files; "
        f"{wrong.correct} of the {wrong.total} files with a misread field among them"
    )


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("eval")(eval_command)
