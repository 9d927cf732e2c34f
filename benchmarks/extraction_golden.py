"""Evidence extraction's full output on every reply fixture, for checking that a change leaves it identical.

    python benchmarks/extraction_golden.py OUT.jsonl [--check GOLDEN.jsonl] [--time]

Reads, with the request each reply answers and again without it: every reply of the blind sets
(``tests/evidence/blind/*``, each with its label's ``request_file``), the labelled reply corpus
(``tests/evidence/corpus/cases.yaml`` rendered to its formats, beside its survey request), the one-line
snippets (``tests/evidence/snippets.jsonl``), 300 of the ingest benchmark's letters and a demo corpus of
e-mails with attachments (beside the ``cctv`` template's request). Writes one JSON line per reading: the
Reading's fields and every evidence item's ``as_dict()``, in order. ``--check`` compares the lines with a file
written before the change and names the readings that differ (exit status 1 if any). ``--time`` prints the
CPU time of the readings alone (the files' parsing left out), with and without the request.

A performance change to ``camcensus.evidence`` must leave the output byte-identical: write the golden file
at the commit before the change, then check against it before every commit.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "benchmarks")]

BLIND = ROOT / "tests" / "evidence" / "blind"
Input = tuple[str, list[Any], str | None]  # (name, segments, the request's text)


def _blind() -> list[Input]:
    from camcensus.evidence.files import _parsed, flatten, read_request

    out: list[Input] = []
    for folder in sorted(p for p in BLIND.iterdir() if (p / "labels.jsonl").is_file()):
        for line in (folder / "labels.jsonl").read_text().splitlines():
            if not line.strip():
                continue
            label = json.loads(line)
            request = read_request(folder / label["request_file"]) if label.get("request_file") else None
            segments = flatten(_parsed(folder / label["path"]))
            out.append((f"blind/{folder.name}/{label['path']}", segments, request))
    return out


def _corpus(tmp: Path) -> list[Input]:
    from tests.evidence.replies import ACTS, REQUEST, load_cases, render_corpus

    from camcensus.evidence.files import _parsed, flatten

    cases = load_cases()
    render_corpus(tmp, cases)
    return [
        (f"corpus/{c.id}", flatten(_parsed(tmp / c.filename)), REQUEST.format(act=ACTS[c.law])) for c in cases
    ]


def _snippets() -> list[Input]:
    from camcensus.documents.model import TextSegment

    lines = (ROOT / "tests" / "evidence" / "snippets.jsonl").read_text().splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    return [(f"snippet/{i}", [TextSegment(0, "e-mail body", c["text"])], None) for i, c in enumerate(cases)]


def _generated(tmp: Path) -> list[Input]:
    from ingest_pdfs import reply_text, request_text

    from camcensus.demo.corpus import example_requests, write_corpus
    from camcensus.documents.model import TextSegment
    from camcensus.evidence.files import _parsed, flatten

    request = request_text()
    rng = random.Random(21)
    out: list[Input] = [
        (f"ingest/{n}", [TextSegment(0, "page 1", reply_text(rng, n), page=1)], request) for n in range(300)
    ]
    write_corpus(example_requests(20, "CC-GOLDEN"), tmp / "demo", seed=2022)
    for path in sorted((tmp / "demo").glob("*.eml")):
        out.append((f"demo/{path.name}", flatten(_parsed(path)), request))
    return out


def inputs() -> list[Input]:
    with tempfile.TemporaryDirectory() as tmp:
        return [*_blind(), *_corpus(Path(tmp)), *_snippets(), *_generated(Path(tmp))]


def record(name: str, request: bool, reading: Any) -> str:
    fields = {k: getattr(reading, k) for k in ("path", "law", "questions", "ocr", "attached")}
    items = [item.as_dict() for item in reading.items]
    return json.dumps({"case": name, "request": request, **fields, "items": items}, ensure_ascii=False)


def read_all(cases: list[Input]) -> tuple[list[str], dict[bool, float]]:
    """Every reading, beside the request first and then alone, each pass with the text memos emptied."""
    from camcensus.evidence.reading import read_segments
    from camcensus.memo import clear_text_memos

    lines, cpu = [], {True: 0.0, False: 0.0}
    for asked in (True, False):
        clear_text_memos()
        for name, segments, request in cases:
            if asked and not request:
                continue
            started = time.process_time()
            reading = read_segments(segments, path=name, request=request if asked else None)
            cpu[asked] += time.process_time() - started
            lines.append(record(name, asked, reading))
    return lines, cpu


def check(lines: list[str], golden: Path) -> int:
    old = golden.read_text(encoding="utf-8").splitlines()
    if old == lines:
        print(f"identical: {len(lines)} readings")
        return 0
    key = [json.loads(line)["case"] + (" +request" if json.loads(line)["request"] else "") for line in old]
    differ = [k for k, a, b in zip(key, old, lines, strict=False) if a != b]
    print(f"DIFFERENT: {len(differ)} of {len(old)} readings (now {len(lines)}); first: {differ[:10]}")
    return 1


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="where to write the readings (JSON lines)")
    parser.add_argument("--check", type=Path, help="a file written before the change to compare with")
    parser.add_argument("--time", action="store_true", help="print the readings' CPU time")
    args = parser.parse_args()
    cases = inputs()
    lines, cpu = read_all(cases)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.time:
        asked = sum(1 for _, _, r in cases if r)
        print(f"{len(cases)} replies, {asked} with a request; CPU: beside the request "
              f"{cpu[True] * 1000 / max(1, asked):.2f} ms a reply, alone "
              f"{cpu[False] * 1000 / len(cases):.2f} ms a reply")  # fmt: skip
    if args.check:
        sys.exit(check(lines, args.check))


if __name__ == "__main__":
    main()
