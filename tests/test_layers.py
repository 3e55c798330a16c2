"""The package's layers (docs/architecture.md): every import runs down a layer, none in a circle.

Read from the source with `ast`, imports inside functions included (a lazy import is still a
dependency); imports under `if TYPE_CHECKING:` are left out. The package root (`reformcrawl`) is
the public facade and may import anything lazily.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "reformcrawl"

#: Bottom to top. A module may import its own package, and anything on a lower floor.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("config", "inputs"),
    ("core",),
    ("portals",),
    ("extract", "mirror"),
    ("store",),
    ("monitor",),
    ("crawl", "report"),
    ("spiders", "pipelines", "settings"),
    ("launch",),
    ("distributed",),
    ("schedule", "demo"),
    ("cli",),
    ("__main__",),
)
FLOOR = {room: floor for floor, rooms in enumerate(LAYERS) for room in rooms}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(path: Path, module: str) -> set[tuple[str, str]]:
    """What `module` imports: (module, name) pairs, name empty for `import x`."""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            name = ".".join([*base, node.module] if node.module else base) if node.level else node.module or ""
            found.update((name, alias.name) for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update((alias.name, "") for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {(name, alias) for name, alias in found if name == "reformcrawl" or name.startswith("reformcrawl.")}


def _graph() -> dict[str, set[str]]:
    paths = {(_module_name(p)): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}
    modules = set(paths)
    graph = {}
    for module, path in paths.items():
        targets = set()
        for base, alias in _imports(path, module):
            # "from .x import y": y is a module of x, or a name defined in x
            name = f"{base}.{alias}" if f"{base}.{alias}" in modules else base
            while name not in modules and "." in name:
                name = name.rsplit(".", 1)[0]
            if name in modules and name != module:
                targets.add(name)
        graph[module] = targets
    return graph


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_room_has_a_floor() -> None:
    rooms = {_room(m) for m in _graph()} - {""}
    assert rooms <= set(FLOOR), f"place these in LAYERS: {sorted(rooms - set(FLOOR))}"


def test_imports_only_run_down_the_layers() -> None:
    upward = []
    for module, targets in _graph().items():
        room = _room(module)
        if not room:
            continue  # the package root: a lazy facade
        for target in targets:
            other = _room(target)
            if other and other != room and FLOOR[other] >= FLOOR[room]:
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_no_import_circles() -> None:
    graph = _graph()
    graph.pop("reformcrawl", None)
    state: dict[str, int] = {}
    circles: list[list[str]] = []

    def walk(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                circles.append(path[path.index(target):] + [target])
            elif target not in state:
                walk(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
    assert circles == []
