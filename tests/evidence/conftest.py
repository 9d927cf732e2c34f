"""The reply corpus, rendered once per test session into a temporary folder and read once.

Reading a scanned letter means OCR, the slow part: ``camcensus eval`` scores the same folder in a
subprocess of its own while the files are read here.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import camcensus
from camcensus.evidence.files import UnreadableFile, read_file

from .replies import Case, load_cases, render_corpus

SRC = str(Path(camcensus.__file__).resolve().parents[1])


def reader_available() -> bool:
    return importlib.util.find_spec("camcensus.documents.reader") is not None


@dataclass
class RenderedCorpus:
    folder: Path
    cases: list[Case]  # the cases rendered and read
    left_out: dict[str, str]  # case id -> why it could not be rendered here
    readings: dict[str, dict[str, Any]] = field(default_factory=dict)  # case id -> extract --json object
    eval_run: subprocess.Popen[str] | None = None  # `camcensus eval FOLDER`, started beside the reading

    def eval_output(self) -> str:
        assert self.eval_run is not None
        out, err = self.eval_run.communicate(timeout=600)
        assert self.eval_run.returncode == 0, err
        return out


def _why_left_out(case: Case) -> str | None:
    if case.needs_reader and not reader_available():
        return f"{case.format} needs camcensus.documents.reader"
    if case.needs_ocr and not shutil.which("tesseract"):
        return "scanned letters need tesseract"
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        return read_file(path).as_dict()
    except UnreadableFile as exc:
        return {"error": str(exc)}


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RenderedCorpus]:
    cases = load_cases()
    left_out = {c.id: why for c in cases if (why := _why_left_out(c))}
    usable = [c for c in cases if c.id not in left_out]
    folder = tmp_path_factory.mktemp("reply-corpus")
    render_corpus(folder, usable)
    rendered = RenderedCorpus(folder, usable, left_out)
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("CAMCENSUS_DB", None)
    rendered.eval_run = subprocess.Popen(
        [sys.executable, "-m", "camcensus", "eval", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=folder,
    )
    try:
        rendered.readings = {c.id: _read(folder / c.filename) for c in usable}
        yield rendered
    finally:
        if rendered.eval_run.poll() is None:
            rendered.eval_run.kill()
        rendered.eval_run.communicate()
