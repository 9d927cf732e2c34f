"""Run a hostile read in a fresh Python process whose address space is capped, so that an attack that gets
through fails that process (and the test) instead of taking the machine's memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from tests.conftest import SRC

GiB = 1024 * 1024 * 1024


def run_capped(code: str, memory: int = GiB, timeout: float = 120) -> Any:
    """Run ``code`` (it prints one JSON value as its last line) under RLIMIT_AS = ``memory``; its value."""
    cap = f"import resource\nresource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))\n"
    root = str(Path(SRC).parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, root, os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run(
        [sys.executable, "-c", cap + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, f"the capped read failed ({proc.returncode}):\n{proc.stderr[-3000:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])
