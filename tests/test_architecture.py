"""The house rules, enforced: the tree shows the flow, the core never imports widgets, no import loops.

Flow: ingest → derive → formats / search → store → app / cli. Modules
under ``briefing/ingest``, ``derive``, ``formats``, ``search`` and
``store`` (and the shared root modules) never import Textual, Rich or
``briefing.app``/``briefing.cli``, not even inside a function; each layer
imports only the layers before it; and no two modules import each other.
Imports are read from the source (every ``import`` statement, lazy ones
included), so a violation fails here whether or not it ever runs; a
module's own enclosing packages do not count as what it imports.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"

#: Root modules every layer may use: the model and small shared helpers.
BASE = {
    "briefing",
    "briefing.model",
    "briefing.errors",
    "briefing.sanitize",
    "briefing.ids",
    "briefing.history",
    "briefing.patterns",
}
#: Root modules that join the layers (paths to a briefing): they may use every core layer, never widgets.
JOINS = {"briefing.pipeline", "briefing.workers", "briefing.progress"}
#: What each core layer may import from the package besides BASE.
ALLOWED = {
    "ingest": {"ingest"},
    "derive": {"ingest", "derive"},
    "formats": {"ingest", "derive", "formats"},
    "search": {"derive", "search"},
    "store": {"ingest", "store"},
}
#: Libraries that belong to the reader only.
WIDGET_LIBRARIES = ("textual", "rich")


def module_name(path: Path, root: Path) -> str:
    rel = path.relative_to(root.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, name: str) -> set[str]:
    """Every module ``path`` imports, absolute, at any depth of the file (functions included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            out.add(base)
            out.update(f"{base}.{alias.name}" for alias in node.names)  # "from briefing.app import x" may be a module
    return out


def graph(root: Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports (only those that exist)."""
    files = {module_name(p, root): p for p in root.rglob("*.py") if "__pycache__" not in p.parts}
    return {
        name: {m for m in imports_of(path, name) if m in files and not _ancestor(m, name)}
        for name, path in files.items()
    }


def _ancestor(module: str, of: str) -> bool:
    """``module`` is ``of`` or a package holding it: importing one's own package is no dependency."""
    return of == module or of.startswith(module + ".")


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ALLOWED else None


def violations(root: Path) -> list[str]:
    """Every broken rule in the tree at ``root`` (a ``briefing`` package), one line each."""
    files = {module_name(p, root): p for p in root.rglob("*.py") if "__pycache__" not in p.parts}
    deps = graph(root)
    found: list[str] = []
    for name, path in sorted(files.items()):
        layer = layer_of(name)
        if layer is None and name not in BASE | JOINS:
            continue
        for imported in sorted(imports_of(path, name)):
            if imported.split(".")[0] in WIDGET_LIBRARIES:
                found.append(f"{name} imports {imported} (the core knows nothing of widgets)")
            if imported.startswith(("briefing.app", "briefing.cli")):
                found.append(f"{name} imports {imported} (the core never imports the reader or the CLI)")
        allowed = set(ALLOWED) if name in JOINS else ALLOWED.get(layer or "", set())
        for dep in sorted(deps[name]):
            if dep in BASE or layer_of(dep) in allowed or (name in JOINS and dep in JOINS):
                continue
            found.append(f"{name} imports {dep} (against the flow)")
    for a in sorted(deps):
        for b in sorted(deps[a]):
            if a < b and a in deps.get(b, set()):
                found.append(f"{a} and {b} import each other")
    return found


def test_the_package_keeps_the_house_rules() -> None:
    assert violations(PACKAGE) == []


def test_a_widget_import_in_derivation_is_caught(tmp_path: Path) -> None:
    fake = tmp_path / "briefing"
    (fake / "derive").mkdir(parents=True)
    for f in ("__init__.py", "model.py", "derive/__init__.py"):
        (fake / f).write_text("", encoding="utf-8")
    (fake / "derive" / "people.py").write_text("def f():\n    import textual\n", encoding="utf-8")
    assert violations(fake) == ["briefing.derive.people imports textual (the core knows nothing of widgets)"]


def test_a_backwards_import_and_a_loop_are_caught(tmp_path: Path) -> None:
    fake = tmp_path / "briefing"
    for d in ("ingest", "derive", "app"):
        (fake / d).mkdir(parents=True)
        (fake / d / "__init__.py").write_text("", encoding="utf-8")
    (fake / "__init__.py").write_text("", encoding="utf-8")
    (fake / "ingest" / "reading.py").write_text("from briefing.derive import people\n", encoding="utf-8")
    (fake / "derive" / "people.py").write_text("from briefing.ingest.reading import x\n", encoding="utf-8")
    (fake / "app" / "a.py").write_text("from . import b\n", encoding="utf-8")
    (fake / "app" / "b.py").write_text("from briefing.app.a import y\n", encoding="utf-8")
    found = violations(fake)
    assert "briefing.ingest.reading imports briefing.derive.people (against the flow)" in found
    assert "briefing.app.a and briefing.app.b import each other" in found


@pytest.mark.parametrize("package", ["ingest", "derive", "formats", "search", "store"])
def test_importing_the_core_loads_no_widgets(package: str) -> None:
    """At run time too: importing every module of a core package leaves Textual and Rich unloaded."""
    modules = sorted(module_name(p, PACKAGE) for p in (PACKAGE / package).rglob("*.py") if "__pycache__" not in p.parts)
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules\n"
        "             if m.split('.')[0] in ('textual', 'rich') or m.startswith('briefing.app'))\n"
        "print(', '.join(bad), file=sys.stderr)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


#: One module, one job: past this many lines a module is doing several (split it by job, as names / name_matching).
MAX_MODULE_LINES = 500


def test_every_module_is_one_job_of_at_most_500_lines() -> None:
    long = {
        str(p.relative_to(PACKAGE.parent)): n
        for p in PACKAGE.rglob("*.py")
        if "__pycache__" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}
