"""The layout docs/ARCHITECTURE.md states, held by reading every module's syntax tree: which package may
import which (imports inside functions included), no import cycle between modules, and the size of modules
and functions."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import camcensus

SRC = Path(camcensus.__file__).resolve().parent
ARCHITECTURE = SRC.parents[1] / "docs" / "ARCHITECTURE.md"

#: The layers, lowest first. A package may import the packages of the layers below its own, never one of
#: its own layer or above (the first-level name under ``camcensus``: a subpackage or a top-level module).
LAYERS: list[set[str]] = [
    {"enums", "memo", "safetext", "parallel"},
    {"knowledge", "store"},
    {"redaction", "registry", "documents", "synthetic"},
    {"evidence"},
    {"pipeline", "network", "analysis"},
    {"foi", "reports"},
    {"diligence", "demo"},
    {"web"},
    {"cli"},
    {"__main__", "docs_cli"},
]

#: Import cycles between modules that are known and may only go away: (module, module it imports).
KNOWN_CYCLE_EDGES: set[tuple[str, str]] = set()

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
#: Modules over MAX_MODULE_LINES, at their size today: each may shrink, not grow.
KNOWN_LONG_MODULES: dict[str, int] = {}
#: Functions over MAX_FUNCTION_LINES, at their size today: each may shrink, not grow.
KNOWN_LONG_FUNCTIONS: dict[str, int] = {}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the camcensus module (or package) imported
    line: int
    in_function: bool


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC.parent).with_suffix("")
        if "migrations" in relative.parts:  # Alembic loads them by path; they import nothing of ours
            continue
        name = ".".join(relative.parts).removesuffix(".__init__")
        found[name] = path
    return found


MODULES = modules()


def _resolve(name: str, imported: str | None = None) -> str:
    """The module an import names: ``from camcensus.foi import inbox`` is ``camcensus.foi.inbox``."""
    if imported and f"{name}.{imported}" in MODULES:
        return f"{name}.{imported}"
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name


def imports_of(module: str, path: Path) -> Iterator[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            inside.update(id(sub) for sub in ast.walk(node) if sub is not node)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [_resolve(a.name) for a in node.names if a.name.split(".")[0] == "camcensus"]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            if base.split(".")[0] == "camcensus":
                targets = [_resolve(base, a.name) for a in node.names]
        for target in targets:
            if target and target != module:
                yield Import(module, target, node.lineno, id(node) in inside)


ALL_IMPORTS = [imp for name, path in MODULES.items() for imp in imports_of(name, path)]


def package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "camcensus"


def layer_of(package: str) -> int:
    for level, packages in enumerate(LAYERS):
        if package in packages:
            return level
    raise AssertionError(f"camcensus.{package} is in no layer: add it to LAYERS and to docs/ARCHITECTURE.md")


def test_every_package_has_a_layer() -> None:
    for module in MODULES:
        if module != "camcensus":
            layer_of(package_of(module))


def test_packages_import_only_lower_layers() -> None:
    """Imports inside functions count too: a lazy import is still a dependency."""
    wrong = []
    for imp in ALL_IMPORTS:
        source, target = package_of(imp.module), package_of(imp.target)
        if source == target or target == "camcensus":  # the root package holds only the version
            continue
        if layer_of(target) >= layer_of(source):
            where = "inside a function" if imp.in_function else "at module level"
            wrong.append(f"{imp.module}:{imp.line} imports {imp.target} ({where})")
    assert wrong == [], "imports against the layers of docs/ARCHITECTURE.md:\n" + "\n".join(wrong)


def _cycles(edges: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found


def test_no_import_cycles() -> None:
    """No cycle between modules, counting imports inside functions: a function-level import may delay a
    dependency (an optional extra, start-up time) but never hide a cycle."""
    edges: dict[str, set[str]] = {}
    for imp in ALL_IMPORTS:
        if (imp.module, imp.target) not in KNOWN_CYCLE_EDGES:
            edges.setdefault(imp.module, set()).add(imp.target)
    assert _cycles(edges) == []


def test_known_cycles_still_exist() -> None:
    """An exception that no longer applies is removed from the list, so it cannot come back unnoticed."""
    present = {(imp.module, imp.target) for imp in ALL_IMPORTS}
    assert present >= KNOWN_CYCLE_EDGES


def test_core_packages_import_at_module_level() -> None:
    """Below the shells (cli, web and the entry points), every import of a camcensus module is at the top of
    its module, where a reader sees a module's dependencies at once. The shells may import lazily so that
    ``camcensus --help`` starts fast and only ``serve`` needs the web's optional dependencies."""
    shells = {"cli", "web", "__main__", "docs_cli"}
    # `extract FILE` reads any format through the document readers, loaded when a file is first read
    deferred = {("camcensus.evidence.files", "camcensus.documents.reader")}
    lazy = [
        f"{imp.module}:{imp.line} imports {imp.target}"
        for imp in ALL_IMPORTS
        if imp.in_function
        and package_of(imp.module) not in shells
        and (imp.module, imp.target) not in deferred
    ]
    assert lazy == []


def test_the_layers_are_documented() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    for packages in LAYERS:
        for package in packages:
            assert f"`{package}`" in text, f"camcensus.{package} is not named in docs/ARCHITECTURE.md"


def _relative(path: Path) -> str:
    return path.relative_to(SRC).as_posix()


def test_modules_are_at_most_400_lines() -> None:
    long = {}
    for path in MODULES.values():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        limit = KNOWN_LONG_MODULES.get(_relative(path), MAX_MODULE_LINES)
        if lines > limit:
            long[_relative(path)] = lines
    assert long == {}, f"split these modules (at most {MAX_MODULE_LINES} lines) where a second concept lives"


def function_lengths() -> Iterator[tuple[str, int]]:
    """Each function's body in lines, docstring included; the signature is not counted (a command's
    signature declares its options)."""
    for path in MODULES.values():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                yield f"{_relative(path)}:{node.name}", node.end_lineno - node.body[0].lineno + 1


def test_functions_are_at_most_60_lines() -> None:
    long = {
        name: lines
        for name, lines in function_lengths()
        if lines > KNOWN_LONG_FUNCTIONS.get(name, MAX_FUNCTION_LINES)
    }
    assert long == {}, f"split these functions (at most {MAX_FUNCTION_LINES} lines in their body)"


def test_known_long_ones_are_still_long() -> None:
    """An entry of the lists above that is no longer needed is removed, so the limit holds it from then on."""
    modules = {_relative(p): len(p.read_text(encoding="utf-8").splitlines()) for p in MODULES.values()}
    assert {m for m in KNOWN_LONG_MODULES if modules.get(m, 0) <= MAX_MODULE_LINES} == set()
    functions = dict(function_lengths())
    assert {f for f in KNOWN_LONG_FUNCTIONS if functions.get(f, 0) <= MAX_FUNCTION_LINES} == set()


#: the evidence modules that may hold a strength or confidence number: where they are named and measured
NUMBERS_NAMED_IN = {"strength.py", "confidence.py", "scoring.py"}


def test_evidence_strengths_are_named_in_one_place() -> None:
    """A reading rule gives its evidence a named strength (evidence/strength.py), never a number of its own:
    a float between 0 and 1 passed to a call anywhere else in the evidence package fails."""
    found = []
    for path in sorted((SRC / "evidence").glob("*.py")):
        if path.name in NUMBERS_NAMED_IN:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            values = [*node.args, *(k.value for k in node.keywords)]
            for arg in values:
                for part in ast.walk(arg):
                    number = isinstance(part, ast.Constant) and isinstance(part.value, float)
                    if number and 0 < part.value < 1 and not isinstance(arg, ast.BinOp | ast.Compare):
                        found.append(f"{path.name}:{part.lineno} {part.value}")
    assert found == []
