"""The core never imports Qt: checked statically (import-linter) and at run time."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contract_holds():
    exe = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(exe)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_modules_do_not_load_qt():
    core = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in (ROOT / "hrdesk").rglob("*.py")
        if "ui" not in p.relative_to(ROOT).parts and p.name != "__main__.py"
        and "migrations" not in p.parts
    )
    code = (
        "import importlib, sys\n"
        f"for name in {core!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """hrdesk's modules and the hrdesk modules each imports, at module level or inside a
    function (read with ``ast``: nothing is imported)."""
    files = {_module_name(p): p for p in (ROOT / "hrdesk").rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                candidates = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                    base = ".".join(anchor + ([node.module] if node.module else []))
                candidates = [f"{base}.{a.name}" for a in node.names] + [base]
            else:
                continue
            for candidate in candidates:
                while candidate and candidate not in files:
                    candidate = candidate.rpartition(".")[0]
                if candidate and candidate != name:
                    targets.add(candidate)
                    break
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle_between_modules():
    graph = _import_graph()
    assert len(graph) > 100 and "hrdesk.storage.database" in graph["hrdesk.safety.backups"]
    assert _cycles(graph) == []


def test_the_cycle_check_sees_imports_inside_functions():
    graph = _import_graph()
    graph["hrdesk.storage.database"] = graph["hrdesk.storage.database"] | {"hrdesk.safety.backups"}
    assert any("hrdesk.storage.database" in c and "hrdesk.safety.backups" in c for c in _cycles(graph))
    # the graph includes imports inside functions: the lazy GUI import of the entry point
    assert "hrdesk.ui.app" in _import_graph()["hrdesk.__main__"]


def test_imports_inside_functions_say_why():
    """An import inside a function (start-up time, a platform or optional module) carries a
    comment on its line or just above its group of imports; none dodges a cycle."""
    silent = []
    for path in sorted((ROOT / "hrdesk").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        tree = ast.parse("\n".join(lines))
        for func in ast.walk(tree):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(func):
                if not isinstance(node, (ast.Import, ast.ImportFrom)):
                    continue
                i = node.lineno - 1
                while i > 0 and lines[i - 1].strip().startswith(("import ", "from ")) and "#" not in lines[i]:
                    i -= 1  # the first import of the group
                if "#" not in lines[i] and not lines[i - 1].strip().startswith("#"):
                    silent.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert silent == []


def test_layers_contract_catches_an_upward_import(tmp_path):
    """The layers contract is live: storage importing services breaks it."""
    import shutil

    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "hrdesk", copy / "hrdesk", ignore=shutil.ignore_patterns("__pycache__", "resources"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    base = copy / "hrdesk" / "storage" / "base.py"
    base.write_text(base.read_text(encoding="utf-8") + "\nfrom hrdesk.services import settings  # noqa\n",
                    encoding="utf-8")
    exe = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(exe)], cwd=copy, capture_output=True, text=True,
                            env={**__import__("os").environ, "PYTHONPATH": str(copy)})
    assert result.returncode != 0 and "Layers BROKEN" in result.stdout, result.stdout + result.stderr
