"""`camcensus demo` end to end, as a newcomer runs it: the real stages on the embedded store."""

from __future__ import annotations

import datetime as dt
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
        "Earlier round",
        "Campaign",
        "Send",
        "Replies",
        "Ingest and match",
        "Scan",
        "Facts",
        "Check",
        "Report",
    ]

    requests = steps["Campaign"]["requests"]
    assert requests >= 40, "the campaign reaches a sample across sectors and nations"
    earlier = steps["Earlier round"]
    assert earlier["campaign"] == "demo-cctv-2024" and earlier["requests"] == requests, earlier
    assert steps["Send"]["sent"] == requests == earlier["sent"], (
        "every request went through the loopback SMTP"
    )
    outbox = list((out / "outbox").glob("*.eml"))
    assert len(outbox) == 2 * requests

    replies = steps["Replies"]["replies"] + earlier["replies"]
    inbox = steps["Ingest and match"]
    assert inbox["matched"] == replies and inbox["unmatched"] == 0, inbox

    # The machine's reading of each round agrees with the corpus's labels on nearly every reply, and compare
    # finds the changes between the rounds.
    check = steps["Check"]
    for field in ("hikvision", "dahua", "outcome"):
        right, total = map(int, re.match(r"(\d+)/(\d+) correct", check[field]).groups())
        assert total == replies and right >= 0.9 * total, (field, check[field])
    found, changes = map(int, re.match(r"(\d+)/(\d+) found by camcensus compare", check["changes"]).groups())
    assert changes >= 8 and found == changes and check["changes not in the corpus"] == 0, check

    report = Path(result["report"]).read_text(encoding="utf-8")
    assert "SYNTHETIC DEMO DATA" in report
    for sector in ("Councils", "NHS", "Police", "Schools"):
        assert sector in report, sector
    figures = re.findall(r"(\d+) of (\d+) \(\d+%; 95% interval \d+%–\d+%\)", report)
    assert figures and all(int(k) <= int(n) for k, n in figures)

    # One body's estate comes from a scan of its own network (a `discover --json` file brought in with
    # `devices import`): its recorder's cameras are counted, and the report shows the scanned estate.
    assert steps["Scan"]["devices"] >= 5, steps["Scan"]
    assert "Scanned estates" in report and "DS-7608NI-K2" not in report, "figures, not devices"
    assert "1 of the" in report.split('id="scanned-estates"', 1)[1][:2000]

    counts = _counts(out / "camcensus.db")
    assert counts["documents"] > replies, "attachments are stored as child documents"
    assert counts["evidence"] > replies and counts["body_facts"] > 0

    # Rerunning on the same directory adds nothing and sends nothing twice.
    again = run_cli("demo", "--out", str(out))
    assert again.stderr.count("sent 0,") == 2
    assert _counts(out / "camcensus.db") == counts
    assert len(list((out / "outbox").glob("*.eml"))) == 2 * requests

    # It ends with the commands to run next, each naming its database; they work as printed.
    listed = again.stdout.split("next, on this database:", 1)[1]
    commands = [line.strip() for line in listed.splitlines() if line.strip()]
    assert commands == result["next"]
    assert [c.split()[3] for c in commands] == ["stats", "compare", "report", "publish", "serve"]
    for command in commands[:4]:
        argv = shlex.split(command)
        assert argv[:3] == ["camcensus", "--db", str(out / "camcensus.db")]
        run_cli(*argv[3:], db=argv[2])
    assert (out / "open-data" / "datapackage.json").exists()


def _scenarios(folder: Path) -> dict[str, str]:
    return {row["body"]: row["scenario"] for row in map(json.loads, (folder / "labels.jsonl").open())}


def test_demo_rounds_are_two_years_apart_and_compare_finds_what_changed(demo_survey: Path, run_cli) -> None:
    db = str(demo_survey / "camcensus.db")
    with sqlite3.connect(db) as conn:
        sent = dict(
            conn.execute(
                "SELECT c.name, min(r.sent_at) FROM campaigns c JOIN requests r ON r.campaign_id = c.id "
                "GROUP BY c.name"
            ).fetchall()
        )
        replied = dict(
            conn.execute(
                "SELECT c.name, max(m.sent_at) FROM campaigns c JOIN requests r ON r.campaign_id = c.id "
                "JOIN messages m ON m.request_id = r.id AND m.direction = 'in' GROUP BY c.name"
            ).fetchall()
        )
    earlier, current = (dt.datetime.fromisoformat(sent[n]) for n in ("demo-cctv-2024", "demo-cctv-2026"))
    assert 700 <= (current - earlier).days <= 760, sent
    assert dt.datetime.fromisoformat(replied["demo-cctv-2024"]) < current, "the earlier replies came before"
    assert dt.datetime.fromisoformat(replied["demo-cctv-2026"]) <= dt.datetime.now(), (
        "no reply from the future"
    )

    document = json.loads(run_cli("compare", "--json", "--by", "", db=db).stdout)
    assert (document["a"]["campaign"], document["b"]["campaign"]) == ("demo-cctv-2024", "demo-cctv-2026")
    changes = {(t["body"], t["vendor"]): t for t in document["transitions"]}
    before = _scenarios(demo_survey / "replies-demo-cctv-2024")
    now = _scenarios(demo_survey / "replies")
    known = {  # (then, now): (vendor, change)
        ("hik_models", "past_hik"): ("hikvision", "yes_to_no"),
        ("axis_denial", "installer_dahua"): ("dahua", "no_to_yes"),
        ("s12_cost", "axis_denial"): ("hikvision", "unknown_to_known"),
        ("ncnd_police", "ncnd_police"): ("outcome", "refused_both"),
    }
    for (then, later), (vendor, change) in known.items():
        bodies = [b for b in now if now[b] == later and before.get(b) == then]
        assert bodies, (then, later)
        for body in bodies:
            assert changes[(body, vendor)]["change"] == change, (body, changes.get((body, vendor)))
            quotes = changes[(body, vendor)]["quotes"]
            assert quotes["a"] and quotes["b"], (body, quotes)  # an unknown quoted by what the reply said
    unchanged = [b for b in now if now[b] == before.get(b) == "hik_models"]
    assert unchanged and not any((b, "hikvision") in changes for b in unchanged)
