"""No code names a vendor of concern: the vendor catalogue's ``concern`` column does.

Comments and docstrings may name them (they explain); identifiers and string literals may not, so a third
vendor of concern is one change to ``knowledge/data/vendors.csv``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import camcensus

PACKAGE = Path(camcensus.__file__).parent
NAMES = re.compile(r"hikvision|dahua", re.IGNORECASE)
# data files and templates' copy text
SKIPPED_DIRS = {"data", "templates"}
# Code that names one maker for what it is, not for being of concern:
ALLOWED = {
    # each probe speaks one maker's protocol (SADP, DVRIP, ISAPI, magicBox): it names the maker that answered
    "network/probes",
    # the meaning of the letters after one maker's DH- model prefix
    "knowledge/models.py",
    # the synthetic corpus: replies written about the two vendors, with their labels
    "demo/scenarios.py",
    "demo/corpus.py",
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _words(node: ast.AST, docstrings: set[int]) -> list[str]:
    """The identifiers a node defines or uses and the string literal it is (docstrings aside)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
        return [node.value]
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.Attribute):
        return [node.attr]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, (ast.arg, ast.keyword)):
        return [node.arg or ""]
    if isinstance(node, ast.alias):
        return [node.name, node.asname or ""]
    return []


def _checked_files() -> list[Path]:
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if SKIPPED_DIRS.intersection(relative.parts[:-1]):
            continue
        if any(relative.as_posix() == a or relative.as_posix().startswith(a + "/") for a in ALLOWED):
            continue
        files.append(path)
    return files


def named_in_code(path: Path, root: Path = PACKAGE) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    return [
        f"{path.relative_to(root)}:{getattr(node, 'lineno', '?')}: {word!r}"
        for node in ast.walk(tree)
        for word in _words(node, docstrings)
        if NAMES.search(word)
    ]


def test_no_code_names_a_vendor_of_concern() -> None:
    files = _checked_files()
    assert len(files) > 100  # the scan sees the package
    found = [hit for path in files for hit in named_in_code(path)]
    assert found == []


def test_the_scan_finds_a_name_in_code_but_not_in_a_docstring(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""About Hikvision."""\n\nKEYS = ("dahua",)  # Dahua\n\n\ndef hikvision_share():\n    pass\n'
    )
    assert sorted(named_in_code(sample, tmp_path)) == [
        "sample.py:3: 'dahua'",
        "sample.py:6: 'hikvision_share'",
    ]
