"""pyproject.toml declares what the code imports: every third-party module the package imports comes from a
runtime dependency or an extra, every runtime dependency is imported by the package (or named below with
why), and the libraries only tests use are in the dev extra."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import camcensus

SRC = Path(camcensus.__file__).resolve().parent
ROOT = SRC.parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

#: Dependencies the package uses without importing them by name, with how it uses them.
USED_WITHOUT_IMPORT = {
    "lxml": "BeautifulSoup's parser, named as 'lxml' (documents/text.py)",
    "psycopg": "SQLAlchemy's PostgreSQL driver, chosen by the store's URL",
    "python-multipart": "FastAPI's form parser for the web's POST forms",
}


def _name(requirement: str) -> str:
    return re.split(r"[\[<>=!~ ;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


DISTRIBUTIONS = packages_distributions()  # module -> the installed distributions that provide it


def _distributions(module: str) -> set[str]:
    return {d.lower().replace("_", "-") for d in DISTRIBUTIONS.get(module, [])}


def _imports(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m != "camcensus"}


RUNTIME = {_name(r) for r in PROJECT["dependencies"]}
EXTRAS = {extra: {_name(r) for r in needs} for extra, needs in PROJECT["optional-dependencies"].items()}
OPTIONAL = set().union(*(names for extra, names in EXTRAS.items() if extra not in ("dev", "all")))


def test_every_import_of_the_package_is_declared() -> None:
    undeclared = {m for m in _imports(SRC) if not _distributions(m) & (RUNTIME | OPTIONAL)}
    assert undeclared == set(), "add these to pyproject's dependencies (or an extra)"


def test_every_runtime_dependency_is_used() -> None:
    imported = set().union(*(_distributions(m) for m in _imports(SRC)))
    unused = (RUNTIME | OPTIONAL) - imported - set(USED_WITHOUT_IMPORT)
    assert unused == set(), "remove these from pyproject, or say in USED_WITHOUT_IMPORT how they are used"


def test_test_only_libraries_are_in_the_dev_extra() -> None:
    package = set().union(*(_distributions(m) for m in _imports(SRC)))
    tests_only = set().union(*(_distributions(m) for m in _imports(ROOT / "tests"))) - package
    tests_only -= {"camcensus"}
    assert tests_only - EXTRAS["dev"] - OPTIONAL == set()  # dev installs every extra
    assert tests_only & RUNTIME == set(), "a library only tests import is no runtime dependency"
