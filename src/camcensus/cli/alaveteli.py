"""`camcensus foi import`: surveys run on WhatDoTheyKnow, from its exports."""

from __future__ import annotations

from pathlib import Path

import typer

from camcensus.cli.common import console, fail, get_store, print_json
from camcensus.cli.foi import foi_app


@foi_app.command("import")
def import_cmd(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(
        ...,
        help="WhatDoTheyKnow exports: a request's zip (correspondence.txt and its attachments), a Pro batch "
        "zip, and optionally each request's JSON (/request/<url_title>.json); or folders holding them.",
    ),
    campaign: str = typer.Option(
        ..., "--campaign", help="The campaign the requests belong to (made if new)."
    ),
    executor: str = typer.Option("local", "--executor", help="local or dask://HOST:PORT for the ingest."),
    as_json: bool = typer.Option(False, "--json", help="JSON summary."),
) -> None:
    """Bring in a survey run on WhatDoTheyKnow: each request to its body in the register (by WhatDoTheyKnow
    id, url name, or name and aliases; an unknown body reported, never guessed), its outgoing text as the
    request's text, each reply read as any other. Importing the same files again adds nothing; a corrupt or
    hostile file is refused with its reason and the rest imported."""
    from camcensus.foi.alaveteli_import import import_exports

    try:
        summary = import_exports(get_store(ctx), list(paths), campaign, executor=executor)
    except ValueError as exc:
        fail(str(exc))
    out = summary.as_dict()
    if as_json:
        print_json(out)
        return
    typer.echo(
        f"{out['files']} files: {len(out['requests'])} requests in {out['campaign']!r}, "
        f"{out['replies_placed']} new replies placed; {len(out['unmatched'])} bodies not in the register, "
        f"{len(out['refused'])} refused"
    )
    for item in out["unmatched"]:
        console.print(f"not matched: {item['name']!r} ({item['url']}): {item['reason']}", highlight=False)
    for item in out["refused"]:
        console.print(f"refused: {item['path']}: {item['reason']}", highlight=False)
