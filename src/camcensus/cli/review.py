"""`camcensus review queue`: the replies waiting for a person, the most uncertain first."""

from __future__ import annotations

from typing import Any

import typer

from camcensus.analysis.queue import MAX_LIMIT, reply_queue
from camcensus.analysis.replies import queue_fields
from camcensus.cli.common import console, print_json, read_store
from camcensus.cli.output import Format, Grid, chosen, format_option, print_grid
from camcensus.synthetic import holds_synthetic

app = typer.Typer(help="Review the machine's reading of the replies.", no_args_is_help=True)


@app.command("queue")
def queue(
    ctx: typer.Context,
    limit: int = typer.Option(20, "--limit", min=1, max=MAX_LIMIT, help="How many replies to list."),
    offset: int = typer.Option(0, "--offset", min=0, help="How many replies to skip (for the next page)."),
    as_json: bool = typer.Option(
        False, "--json", help="One JSON object: items, total, limit, offset (as GET /api/review/replies)."
    ),
    fmt: Format = format_option(),
) -> None:
    """The replies with evidence still to review, one per reply, the most uncertain first.

    A reply is an e-mail with its attachments, or a file. Replies flagged for review come first,
    then the most uncertain; each with its fields (value and confidence, from the document of the
    reply that says most about each), why it was flagged, and how many of its evidence items wait
    (review them in the web app, /review)."""
    with read_store(ctx).session() as session:
        page = reply_queue(session, limit, offset)
        synthetic = holds_synthetic(session)
    if as_json:
        print_json(page.as_dict())
        return
    if not page.total:
        console.print("Nothing to review: every reply read has been reviewed.")
        return
    keys = queue_fields()
    columns = ("document", "body", *(k.replace("camera_count", "cameras") for k in keys), "uncertainty")
    table = Grid(
        (*columns, "pending", "why"),
        numeric=frozenset({"uncertainty", "pending"}),
        cards=("document", "body"),
    )
    for item in page.items:
        fields = item["fields"]
        body = item["body"]["name"] if item["body"] else "(no body)"
        attached = len(item["documents"]) - 1
        table.add(
            f"{item['document']['id']} {item['document']['filename']}"
            + (f" (+{attached} attached)" if attached else ""),
            body + (f" ({item['reference']})" if item["reference"] else ""),
            *(_cell(fields[key]) for key in keys),
            f"{item['uncertainty']:.2f}" + (" !" if item["needs_review"] else ""),
            str(len(item["pending_evidence"])),
            "; ".join(item["reasons"]),
        )
    print_grid(table, chosen(fmt), synthetic)
    shown = f"{offset + 1}-{offset + len(page.items)}" if page.items else "none"
    console.print(
        f"replies {shown} of {page.total} waiting for review (! flagged for review)", highlight=False
    )


def _cell(field: dict[str, Any]) -> str:
    value = field["value"]
    if isinstance(value, list):
        value = ", ".join(value) or "none"
    text = "-" if value is None else str(value)
    return text if field["confidence"] is None else f"{text} ({field['confidence']:.2f})"
