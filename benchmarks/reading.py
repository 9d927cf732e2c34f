"""How well replies nobody here wrote are read: accuracy per labelled set, with and without the request.

    python benchmarks/reading.py [--before REF] [--json] [SET_DIR ...]

Each set is a folder of replies with ``labels.jsonl`` (see ``camcensus eval``); by default every folder under
``tests/evidence/blind``. Each set is scored twice: with the request each label names (as the pipeline reads a
reply) and without it. Then the pooled scores and the reliability table: of the fields read with a stated
confidence in each bin, how many were right.

``--before REF`` also scores the same sets with the extractor as it was at git ``REF`` (checked out into a
temporary worktree, run in a child process) and prints before and after side by side: a round of rule changes
reports its effect this way, on the sets it was measured against before the change.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "evidence" / "blind"
FIELDS = ("vendor", "outcome", "exemptions", "camera_count")


def _sets(paths: list[str]) -> list[Path]:
    if paths:
        return [Path(p).resolve() for p in paths]
    return sorted(p for p in BLIND.iterdir() if (p / "labels.jsonl").is_file())


def measure(sets: list[Path]) -> dict[str, Any]:
    """Scores per set (with and without requests), pooled, and the pooled reliability table."""
    from camcensus.evidence.scoring import Evaluation, evaluate

    out: dict[str, Any] = {"sets": {}}
    pooled = {True: Evaluation(), False: Evaluation()}
    for folder in sets:
        row = {}
        for requests in (True, False):
            one = evaluate(folder, requests=requests)
            evaluate(folder, requests=requests, into=pooled[requests])
            row["with" if requests else "without"] = {"files": one.files, **one.as_dict()["accuracy"]}
        out["sets"][folder.name] = row
    out["pooled"] = {
        "with": {"files": pooled[True].files, **pooled[True].as_dict()["accuracy"]},
        "without": {"files": pooled[False].files, **pooled[False].as_dict()["accuracy"]},
    }
    out["reliability"] = pooled[True].reliability()
    out["calibration_error"] = pooled[True].calibration_error()
    flagged, wrong = pooled[True].needs_review, pooled[True].flagged_wrong
    out["needs_review"] = {"flagged": flagged.correct, "files": flagged.total}
    out["misread_flagged"] = {"flagged": wrong.correct, "misread": wrong.total}
    return out


def _before(ref: str, sets: list[Path]) -> dict[str, Any]:
    """The same measure with the source as it was at ``ref``."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), ref], check=True
        )
        try:
            code = (
                "import json, sys; sys.path[:0] = [sys.argv[1] + '/src', sys.argv[2]];"
                "from reading import measure; from pathlib import Path;"
                "print(json.dumps(measure([Path(p) for p in sys.argv[3:]])))"
            )
            done = subprocess.run(
                [sys.executable, "-c", code, str(tree), str(ROOT / "benchmarks"), *map(str, sets)],
                check=True,
                capture_output=True,
                text=True,
            )
            return dict(json.loads(done.stdout))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def _cell(value: Any) -> str:
    return "-" if value is None else f"{value:.2f}"


def show(now: dict[str, Any], before: dict[str, Any] | None) -> None:
    head = f"{'set':<22} {'request':<8} {'files':>5} " + " ".join(f"{f:>13}" for f in FIELDS)
    print(head + ("   (before -> now)" if before else ""))
    rows = [(name, row) for name, row in now["sets"].items()] + [("ALL", now["pooled"])]
    for name, row in rows:
        for mode in ("with", "without"):
            scores = row[mode]
            old = (before["pooled"] if name == "ALL" else before["sets"].get(name, {})) if before else {}
            cells = []
            for f in FIELDS:
                was = old.get(mode, {}).get(f) if old else None
                cells.append(f"{_cell(was) + '->' if before else ''}{_cell(scores[f])}".rjust(13))
            print(f"{name:<22} {mode:<8} {scores['files']:>5} " + " ".join(cells))
    print("reliability (with requests, every scored field):")
    print(f"  {'bin':<11} {'fields':>6} {'stated':>7} {'right':>7}")
    for r in now["reliability"]:
        print(
            f"  {r['bin'][0]:.2f}-{r['bin'][1]:.2f}  {r['fields']:>6} "
            f"{r['confidence']:>7.3f} {r['accuracy']:>7.3f}"
        )
    print(f"  calibration error {now['calibration_error']}")
    nr, mf = now["needs_review"], now["misread_flagged"]
    print(
        f"needs review: {nr['flagged']} of {nr['files']} replies; "
        f"{mf['flagged']} of the {mf['misread']} replies with a misread field among them"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sets", nargs="*", help="labelled folders (default: tests/evidence/blind/*)")
    parser.add_argument("--before", help="a git ref to score the same sets with, for before/after")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    sys.path[:0] = [str(ROOT / "src")]
    sets = _sets(args.sets)
    now = measure(sets)
    before = _before(args.before, sets) if args.before else None
    if args.json:
        print(json.dumps({"now": now, "before": before}, indent=1))
    else:
        show(now, before)


if __name__ == "__main__":
    main()
