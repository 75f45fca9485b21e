"""No two modules of ailiteracy import each other, directly or through others.

Imports inside functions count (they make a cycle as soon as both run); imports
under ``if TYPE_CHECKING:`` do not (they never run). A package does not count as
importing its own submodules' parent: ``ui/mainwindow/menus.py`` may import
``ui/mainwindow/base.py`` while ``ui/mainwindow/__init__.py`` imports ``window.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import ailiteracy

ROOT = Path(ailiteracy.__file__).parent

# Known cycles, left for their owners to break; a new cycle fails the test.
KNOWN: set[frozenset[str]] = set()


def _modules(root: Path) -> dict[str, tuple[Path, bool]]:
    modules = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        modules[".".join(parts)] = (path, is_package)
    return modules


def _type_checking_nodes(tree: ast.Module) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for inner in ast.walk(node))
    return skipped


def _targets(module: str, is_package: bool, node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = module.split(".") if is_package else module.split(".")[:-1]
    if node.level == 0:
        base = []
    elif node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    target = ".".join([*base, node.module] if node.module else base)
    # "from . import x" may name a submodule; "from .x import y" names module x
    return [f"{target}.{alias.name}" if target else alias.name for alias in node.names] + [target]


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the modules of the same package tree it imports."""
    modules = _modules(root)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, (path, is_package) in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_nodes(tree)
        for node in ast.walk(tree):
            if id(node) in skipped or not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for target in _targets(name, is_package, node):
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and not name.startswith(target + "."):
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The groups of modules that import each other (strongly connected, more than one)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        order[node] = low[node] = len(order)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in order:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], order[nxt])
        if low[node] == order[node]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(frozenset(group))

    for node in sorted(graph):
        if node not in order:
            visit(node)
    return found


def test_the_checker_finds_a_cycle_through_a_function_level_import(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "ui").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "ui" / "__init__.py").write_text("")
    (package / "ui" / "app.py").write_text("def run():\n    from .controller import C\n")
    (package / "ui" / "controller.py").write_text("from .app import run\nclass C: pass\n")
    (package / "ui" / "window.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import app\n"
    )
    (package / "ui" / "menus.py").write_text("from ..ui import window\n")
    assert cycles(import_graph(package)) == [frozenset({"pkg.ui.app", "pkg.ui.controller"})]


def test_no_new_import_cycles_in_the_package() -> None:
    graph = import_graph(ROOT)
    assert "ailiteracy.ui.language" in graph["ailiteracy.ui.controller"]  # the graph is real
    new = [sorted(group) for group in cycles(graph) if group not in KNOWN]
    assert new == []
