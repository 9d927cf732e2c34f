"""How redaction's time grows with hostile, repeated input: each ratio against the same text at a quarter
of its length, measured in this run.

    python benchmarks/redaction.py [--scale 4]

Text from outside is adversarial (a reply may repeat "Dear Ms " thousands of times); no rule may take time
growing with the square of the length. For each hostile text in tests/redaction/corpus.py (HOSTILE), the
best of three runs at n repeats and at ``scale`` x n: a ratio near ``scale`` is linear, near ``scale``
squared is quadratic. The suite only checks that each finishes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.redaction.corpus import HOSTILE  # noqa: E402

from camcensus.redaction import redaction  # noqa: E402


def _best(text: str) -> float:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        redaction.__wrapped__(text)  # type: ignore[attr-defined]
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=4)
    args = parser.parse_args()
    print(f"{'unit':<34} {'n':>6} {'seconds':>9} {'x' + str(args.scale):>9} {'ratio':>7}")
    worst = 0.0
    for unit, times, tail in HOSTILE:
        small = _best(unit * times + tail)
        large = _best(unit * times * args.scale + tail)
        ratio = large / small if small else 0.0
        worst = max(worst, ratio)
        print(f"{unit.strip()[:34]!r:<34} {times:>6} {small:>9.4f} {large:>9.4f} {ratio:>7.2f}")
    linear, square = args.scale, args.scale**2
    print(f"worst growth ratio {worst:.2f} for {args.scale}x the text (linear {linear}, quadratic {square})")


if __name__ == "__main__":
    main()
