"""The reply corpus, rendered once per test session into a temporary folder and read once."""

from __future__ import annotations

import importlib.util
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from camcensus.evidence.files import UnreadableFile, read_file

from .replies import Case, load_cases, render_corpus


def reader_available() -> bool:
    return importlib.util.find_spec("camcensus.documents.reader") is not None


@dataclass
class RenderedCorpus:
    folder: Path
    cases: list[Case]  # the cases rendered and read
    left_out: dict[str, str]  # case id -> why it could not be rendered here
    readings: dict[str, dict[str, Any]] = field(default_factory=dict)  # case id -> extract --json object


def _why_left_out(case: Case) -> str | None:
    if case.needs_reader and not reader_available():
        return f"{case.format} needs camcensus.documents.reader"
    if case.needs_ocr and not shutil.which("tesseract"):
        return "scanned letters need tesseract"
    return None


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> RenderedCorpus:
    cases = load_cases()
    left_out = {c.id: why for c in cases if (why := _why_left_out(c))}
    usable = [c for c in cases if c.id not in left_out]
    folder = tmp_path_factory.mktemp("reply-corpus")
    render_corpus(folder, usable)
    rendered = RenderedCorpus(folder, usable, left_out)
    for case in usable:
        try:
            rendered.readings[case.id] = read_file(folder / case.filename).as_dict()
        except UnreadableFile as exc:
            rendered.readings[case.id] = {"error": str(exc)}
    return rendered
