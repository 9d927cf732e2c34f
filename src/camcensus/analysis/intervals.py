"""Interval maths for shares: the Wilson score interval and the non-response bounds."""

from __future__ import annotations

import math


def wilson_share_interval(p: float, n: float, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for a share ``p`` observed over ``n`` trials (``n`` may be an effective,
    non-integer size); (0, 1) when n is 0 (nothing is known)."""
    if n <= 0:
        return (0.0, 1.0)
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(max(p * (1 - p), 0.0) / n + z2 / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def wilson_interval(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials; (0, 1) when n is 0 (nothing is known)."""
    if n < 0 or k < 0 or k > n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    return wilson_share_interval(k / n if n else 0.0, n, z)


def nonresponse_bounds(k: int, n: int, asked: int) -> tuple[float, float]:
    """Share of asked bodies if every non-disclosing body were a no (low) or a yes (high)."""
    if asked == 0:
        return (0.0, 1.0)
    return (k / asked, (k + asked - n) / asked)
