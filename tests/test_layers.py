"""The library's import graph: each layer imports only layers below it, and no module imports itself back."""

from __future__ import annotations

import ast
from pathlib import Path

import presslens

LIB = Path(presslens.__file__).parent

#: Layers from the bottom: word lists and helpers, the story, then the analyses in the order they
#: may build on each other, the report, and the entry points (the package API, the CLI, old paths).
LAYERS = [
    ("presslens.errors", "presslens.paths", "presslens.lexicons", "presslens.charts"),
    ("presslens.corpus",),
    ("presslens.casualties",),
    ("presslens.compare",),
    ("presslens.framing",),
    ("presslens.report",),
    ("presslens.__main__", "presslens.story", "presslens.quotes", "presslens"),
]


def layer_of(module: str) -> int:
    """The layer of a presslens module (the longest matching prefix wins)."""
    best, rank = -1, -1
    for i, prefixes in enumerate(LAYERS):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > best:
                best, rank = len(p), i
    assert rank >= 0, f"{module} is in no layer"
    return rank


def module_name(path: Path) -> str:
    parts = list(path.relative_to(LIB.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> set[str]:
    """presslens modules imported anywhere in a file (function-level imports included)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("presslens")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("presslens"):
            out.add(node.module)
    return out


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports(p) for p in LIB.rglob("*.py")}


def test_no_module_imports_a_higher_layer() -> None:
    bad = [f"{m} (layer {layer_of(m)}) imports {i} (layer {layer_of(i)})"
           for m, deps in graph().items() for i in deps if layer_of(i) > layer_of(m)]
    assert not bad, "\n".join(bad)


def test_import_graph_has_no_cycle() -> None:
    g = graph()
    state: dict[str, int] = {}

    def visit(m: str, stack: list[str]) -> None:
        state[m] = 1
        for d in sorted(g.get(m, ())):
            if d == m or d not in g:
                continue
            assert state.get(d) != 1, "import cycle: " + " -> ".join([*stack, m, d])
            if d not in state:
                visit(d, [*stack, m])
        state[m] = 2

    for m in sorted(g):
        if m not in state:
            visit(m, [])


def test_layer_rule_catches_an_upward_import() -> None:
    assert layer_of("presslens.report.render") > layer_of("presslens.framing.tone") > layer_of("presslens.corpus.story")
    assert layer_of("presslens.lexicons.casualties") == 0 and layer_of("presslens.casualties.tables") == 2
