"""`camcensus demo` end to end, as a newcomer runs it: the real stages on the embedded store."""

from __future__ import annotations

import json
import re
import shlex
import sqlite3
from pathlib import Path


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed table names
            for t in ("bodies", "campaigns", "requests", "messages", "documents", "evidence", "body_facts")
        }


def test_demo_runs_every_stage_and_reports_the_figures(tmp_path: Path, run_cli) -> None:
    out = tmp_path / "demo"
    result = json.loads(run_cli("demo", "--out", str(out), "--json").stdout)
    assert result["synthetic"] is True
    steps = result["steps"]
    assert [*steps] == [
        "Register",
        "Campaign",
        "Send",
        "Replies",
        "Ingest and match",
        "Facts",
        "Check",
        "Report",
    ]

    requests = steps["Campaign"]["requests"]
    assert requests >= 40, "the campaign reaches a sample across sectors and nations"
    assert steps["Send"]["sent"] == requests, "every request went through the loopback SMTP server"
    outbox = list((out / "outbox").glob("*.eml"))
    assert len(outbox) == requests

    replies = steps["Replies"]["replies"]
    inbox = steps["Ingest and match"]
    assert inbox["matched"] == replies and inbox["unmatched"] == 0, inbox

    # The machine's reading agrees with the corpus's labels on nearly every reply.
    for field in ("hikvision", "dahua", "outcome"):
        right, total = map(int, re.match(r"(\d+)/(\d+) correct", steps["Check"][field]).groups())
        assert total == replies and right >= 0.9 * total, (field, steps["Check"][field])

    report = Path(result["report"]).read_text(encoding="utf-8")
    assert "SYNTHETIC DEMO DATA" in report
    for sector in ("Councils", "NHS", "Police", "Schools"):
        assert sector in report, sector
    figures = re.findall(r"(\d+) of (\d+) \(\d+%; 95% interval \d+%–\d+%\)", report)
    assert figures and all(int(k) <= int(n) for k, n in figures)

    counts = _counts(out / "camcensus.db")
    assert counts["documents"] > replies, "attachments are stored as child documents"
    assert counts["evidence"] > replies and counts["body_facts"] > 0

    # Rerunning on the same directory adds nothing and sends nothing twice.
    again = run_cli("demo", "--out", str(out))
    assert "sent 0," in again.stderr
    assert _counts(out / "camcensus.db") == counts
    assert len(list((out / "outbox").glob("*.eml"))) == requests

    # It ends with the commands to run next, each naming its database; they work as printed.
    listed = again.stdout.split("next, on this database:", 1)[1]
    commands = [line.strip() for line in listed.splitlines() if line.strip()]
    assert commands == result["next"]
    assert [c.split()[3] for c in commands] == ["stats", "report", "publish", "serve"]
    for command in commands[:3]:
        argv = shlex.split(command)
        assert argv[:3] == ["camcensus", "--db", str(out / "camcensus.db")]
        run_cli(*argv[3:], db=argv[2])
    assert (out / "open-data" / "datapackage.json").exists()
