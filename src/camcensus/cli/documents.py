"""`camcensus ingest PATH...`: read reply files of every format into the store and extract their evidence."""

from __future__ import annotations

from pathlib import Path

import typer

from camcensus.cli.common import console, fail, get_store, interactive, print_json


def ingest(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(
        ...,
        help="Files and folders (recursive): e-mails, mbox, Maildir, PDF, "
        "Word, Excel, ODF, CSV, HTML, images, ZIP.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON summary object."),
    executor: str = typer.Option(
        "local", "--executor", help="'local' (worker processes on this machine) or dask://HOST:PORT."
    ),
    workers: int = typer.Option(
        None, "--workers", min=1, help="Local worker processes (default: all cores)."
    ),
    no_extract: bool = typer.Option(
        False, "--no-extract", help="Store the documents without extracting evidence."
    ),
    follow_links: bool = typer.Option(
        False,
        "--follow-links",
        help="Read what symbolic links point to (otherwise each link is skipped and recorded). "
        "FIFOs, devices and sockets are never read.",
    ),
    request: str = typer.Option(
        None,
        "--request",
        help="Attach the replies to this request (its reference) when their thread or reference "
        "matches none; they are read beside the request's questions.",
    ),
    body: int = typer.Option(None, "--body", help="Attach the replies to this body (its id)."),
) -> None:
    """Store each document once (by SHA-256; e-mails also by Message-ID) with its text per page, sheet row or
    e-mail part, its attachments as child documents, and its evidence. Rerunning adds nothing.

    Only regular files are read; each file or part skipped (a link, a FIFO or a device,
    a part past what the file may unpack) is listed as failed with its reason."""
    from camcensus.foi.assign import InboxError, place_documents, target
    from camcensus.pipeline import ingest_paths

    if executor != "local" and not executor.startswith("dask://"):
        fail(f"--executor {executor}: use 'local' or dask://HOST:PORT")
    store = get_store(ctx)
    asked = None  # the request's text: the replies are read beside it in the workers, and not again
    if request is not None or body is not None:
        with store.session() as session:
            try:
                req, _body = target(session, request, body)  # a wrong reference is named before reading
            except InboxError as exc:
                fail(str(exc))
            asked = req.text if req is not None else None
    try:
        summary = ingest_paths(
            store,
            paths,
            executor=executor,
            workers=workers,
            progress=interactive() and not as_json,
            extract=not no_extract,
            follow_links=follow_links,
            request=asked,
        )
    except OSError as exc:  # e.g. the Dask scheduler cannot be reached
        fail(f"{executor}: {exc}")
    for failure in summary.failed:
        console.print(
            f"[bold red]failed:[/] {failure['path']}: {failure['reason']}", highlight=False, markup=True
        )
    result = summary.as_dict()
    if (request is not None or body is not None) and summary.document_ids:
        with store.session() as session:
            placed = place_documents(session, summary.document_ids, request, body, read=not asked)
        result["placed"] = placed.as_dict()
    if as_json:
        print_json(result)
    else:
        typer.echo(
            f"ingested {result['ingested']}, duplicates {result['duplicates']}, "
            f"failed {len(result['failed'])}, pages {result['pages']} ({result['ocr_pages']} by OCR) "
            f"in {result['seconds']:.1f} s"
        )
    if summary.failed and not summary.ingested and not summary.duplicates:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
