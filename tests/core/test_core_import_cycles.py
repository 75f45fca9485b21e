"""No module of ``ailiteracy.core`` is part of an import cycle, and importing the content
package does no work until a name of it is used."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import ailiteracy.core

CORE = Path(ailiteracy.core.__file__).parent
PACKAGE = "ailiteracy.core"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(CORE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([PACKAGE, *parts])


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_time_nodes(body: list[ast.stmt]) -> list[ast.Import | ast.ImportFrom]:
    """Imports that run when the module is imported (not in functions or TYPE_CHECKING)."""
    found: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If) and not _is_type_checking(node):
            found += _import_time_nodes(node.body) + _import_time_nodes(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                found += _import_time_nodes(block)
    return found


def _targets(name: str, is_package: bool, node: ast.Import | ast.ImportFrom, known: set[str]):
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        base = name.split(".") if is_package else name.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        source = ".".join(base + ([node.module] if node.module else []))
    else:
        source = node.module or ""
    # ``from package import submodule`` imports the submodule.
    subs = [f"{source}.{alias.name}" for alias in node.names]
    return [source] + [s for s in subs if s in known]


def import_graph() -> dict[str, set[str]]:
    """Each core module and the core modules importing it loads (parent packages too)."""
    files = {_module_name(p): p for p in CORE.rglob("*.py")}
    known = set(files)
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges: set[str] = set()
        for node in _import_time_nodes(tree.body):
            for target in _targets(name, path.name == "__init__.py", node, known):
                # Importing a.b.c runs a/__init__ and a/b/__init__ first.
                parts = target.split(".")
                edges |= {".".join(parts[:n]) for n in range(1, len(parts) + 1)}
        parent = name.rpartition(".")[0]
        if parent in known:
            edges.add(parent)
        graph[name] = {e for e in edges if e in known and e != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_the_imports_of_the_content_package() -> None:
    graph = import_graph()
    assert f"{PACKAGE}.content.model" in graph[f"{PACKAGE}.cache"]
    assert f"{PACKAGE}.content.catalog" in graph[f"{PACKAGE}.cache"]
    assert f"{PACKAGE}.miniweb" in graph[f"{PACKAGE}.content.modules"]
    assert f"{PACKAGE}.content" in graph[f"{PACKAGE}.content.model"]  # its package runs first


def test_no_core_module_is_part_of_an_import_cycle() -> None:
    assert cycles(import_graph()) == []


def test_importing_the_content_package_loads_nothing_else() -> None:
    code = (
        "import sys, re\n"
        "before = set(sys.modules)\n"
        "import ailiteracy.core.content as content\n"
        "print(sorted(m for m in set(sys.modules) - before if m.startswith('ailiteracy')))\n"
        "from ailiteracy.core.content import Catalog\n"
        "print('tomllib' in sys.modules, 'ailiteracy.core.miniweb' in sys.modules)\n"
        "content.load_catalog\n"
        "print('ailiteracy.core.miniweb' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == [
        "['ailiteracy', 'ailiteracy.core', 'ailiteracy.core.content']",
        "False False",  # the model alone needs no parser
        "True",
    ]


def test_patterns_are_compiled_when_first_used() -> None:
    code = (
        "import re\n"
        "from ailiteracy.core.content import patterns\n"
        "print(patterns.pattern.cache_info().currsize)\n"
        "patterns.ID_RE.match('ok')\n"
        "print(patterns.pattern.cache_info().currsize)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["0", "1"]
