"""Score the extractor against a labelled folder: files plus ``labels.jsonl`` (one object per file).

Each label has ``path`` (relative to the folder) and any of ``hikvision``, ``dahua``, ``outcome``,
``exemptions``, ``camera_count``; a field absent from a label is not scored for that file. A label's
``request_file``, when given, is the request the reply answers (read beside it, as the pipeline reads a
reply with its request's text). A label's ``format`` (eml, pdf, scan, xlsx ...), when given, also scores
the files of each format apart.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from camcensus.evidence.confidence import calibration_counts
from camcensus.evidence.files import UnreadableFile, read_file, read_request
from camcensus.knowledge.vendors import concern_keys

VENDOR_FIELDS = concern_keys()  # one per vendor of concern, as labelled
FIELDS = (*VENDOR_FIELDS, "outcome", "exemptions", "camera_count")
#: the reliability table's bins of stated confidence (lower edges)
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return round(self.correct / self.total, 4) if self.total else None


def _fresh() -> dict[str, FieldScore]:
    return {f: FieldScore() for f in FIELDS}


def _vendor(fields: dict[str, FieldScore]) -> FieldScore:
    scores = [fields[key] for key in VENDOR_FIELDS]
    return FieldScore(sum(s.correct for s in scores), sum(s.total for s in scores))


@dataclass
class Evaluation:
    fields: dict[str, FieldScore] = field(default_factory=_fresh)
    misses: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    files: int = 0
    by_format: dict[str, dict[str, FieldScore]] = field(default_factory=dict)
    format_files: dict[str, int] = field(default_factory=dict)
    # (field, basis, stated confidence, right) of every scored field: the reliability table and calibration
    trust: list[tuple[str, str, float, bool]] = field(default_factory=list)
    needs_review: FieldScore = field(default_factory=FieldScore)  # files flagged / files
    flagged_wrong: FieldScore = field(default_factory=FieldScore)  # files with a miss that were flagged

    def reliability(self) -> list[dict[str, Any]]:
        """Per bin of stated confidence: how many fields, their mean confidence, and how many were right."""
        rows = []
        for low, high in zip(BINS, (*BINS[1:], 1.01), strict=True):
            inside = [(c, r) for _, _, c, r in self.trust if low <= c < high]
            if inside:
                rows.append(
                    {
                        "bin": [low, min(high, 1.0)],
                        "fields": len(inside),
                        "confidence": round(sum(c for c, _ in inside) / len(inside), 3),
                        "accuracy": round(sum(r for _, r in inside) / len(inside), 3),
                    }
                )
        return rows

    def calibration_error(self) -> float | None:
        """Expected calibration error: the gap between stated confidence and accuracy, weighted by bin."""
        total = len(self.trust)
        if not total:
            return None
        return round(
            sum(r["fields"] * abs(r["confidence"] - r["accuracy"]) for r in self.reliability()) / total, 3
        )

    @property
    def vendor(self) -> FieldScore:
        return _vendor(self.fields)

    def format_accuracy(self) -> dict[str, dict[str, Any]]:
        """Per format: its file count and the accuracy of each field (vendor = Hikvision and Dahua)."""
        return {
            fmt: {
                "files": self.format_files[fmt],
                **{name: s.accuracy for name, s in scores.items()},
                "vendor": _vendor(scores).accuracy,
            }
            for fmt, scores in sorted(self.by_format.items())
        }

    def as_dict(self) -> dict[str, Any]:
        acc = {name: s.accuracy for name, s in self.fields.items()}
        return {
            "files": self.files,
            "accuracy": {**acc, "vendor": self.vendor.accuracy},
            "counts": {name: [s.correct, s.total] for name, s in self.fields.items()},
            "by_format": self.format_accuracy(),
            "reliability": self.reliability(),
            "calibration_error": self.calibration_error(),
            "needs_review": [self.needs_review.correct, self.needs_review.total],
            "misread_flagged": [self.flagged_wrong.correct, self.flagged_wrong.total],
            "misses": self.misses,
            "failed": self.failed,
        }


def load_labels(folder: Path) -> list[dict[str, Any]]:
    path = folder / "labels.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no labels file (one JSON object per line, with a 'path')")
    labels = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                labels.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from exc
    return labels


def same(name: str, got: Any, want: Any) -> bool:
    if name == "exemptions":
        return sorted(got or []) == sorted(want or [])
    return got == want


def _read(folder: Path, label: dict[str, Any], reader: Callable[..., Any] | None) -> dict[str, Any]:
    if reader is not None:
        return dict(reader(folder / label["path"]).as_dict())
    request = read_request(folder / label["request_file"]) if label.get("request_file") else None
    return dict(read_file(folder / label["path"], request=request).as_dict())


def evaluate(
    folder: Path,
    reader: Callable[..., Any] | None = None,
    into: Evaluation | None = None,
    requests: bool = True,
) -> Evaluation:
    """Read every labelled file (with its request, where the label names one, unless ``requests`` is off)
    and compare field by field. ``reader``: a stand-in for reading a file, given its path; ``into``: an
    evaluation of other folders to add this one's scores to."""
    result = into if into is not None else Evaluation()
    for label in load_labels(folder):
        if not requests:
            label = {k: v for k, v in label.items() if k != "request_file"}
        result.files += 1
        fmt = label.get("format")
        if fmt:
            result.format_files[fmt] = result.format_files.get(fmt, 0) + 1
        try:
            got = _read(folder, label, reader)
        except UnreadableFile as exc:
            result.failed.append({"path": label["path"], "reason": str(exc)})
            got = {}
        missed = False
        for name in FIELDS:
            if name not in label:
                continue
            scores = [result.fields[name]]
            if fmt:
                scores.append(result.by_format.setdefault(fmt, _fresh())[name])
            right = same(name, got.get(name), label[name])
            missed = missed or not right
            for score in scores:
                score.total += 1
                score.correct += right
            if name in got.get("confidence", {}):
                result.trust.append((name, got["confidence_basis"][name], got["confidence"][name], right))
            if not right:
                result.misses.append(
                    {"path": label["path"], "field": name, "expected": label[name], "got": got.get(name)}
                )
        flagged = bool(got.get("needs_review", True))
        result.needs_review.total += 1
        result.needs_review.correct += flagged
        if missed:
            result.flagged_wrong.total += 1
            result.flagged_wrong.correct += flagged
    return result


def write_calibration(path: Path, result: Evaluation, folders: list[Path]) -> None:
    """How often each reading basis was right on these labelled folders: ``data/calibration.json``'s form."""
    counts = calibration_counts([(f, basis, right) for f, basis, _, right in result.trust])
    document = {"sources": [str(f) for f in folders], "files": result.files, "counts": counts}
    path.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n", encoding="utf-8")
