"""The layers hold: no import cycles, faces above services, and no Qt outside consular.gui.

The import graph of consular/ is built from the source (every import, lazy ones included)
and must have no cycle; the faces (cli/, gui/) never import repositories/ or db/, and driver
errors are put into words in one place.

Everything outside consular.gui, and consular.gui.forms inside it, must import without PySide6.

The CLI, the services and the report writers run on servers and in scripts where Qt
is absent or unwanted, and a stray Qt import in a service is the first step to the
GUI owning business logic. Every module outside consular.gui is imported in a fresh
interpreter in which importing PySide6 is refused; every attempt is reported with the
chain of consular modules that led to it, under the top-level subpackage being imported
when it happened. One interpreter serves all the subpackages (one each cost a second per
subpackage): a refused import fails its module, so the next module that needs it imports
it again and is refused again; nothing slips through by having been imported earlier.
Modules are discovered when the tests run, so a new module is covered without touching
this file.
"""

import ast
import json
import os
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import consular

QT_PACKAGE = "PySide6"
# The one layer allowed to use Qt.
EXEMPT = ("consular.gui",)
# Parts of it that must not: form state and drafts, which tests drive without Qt.
QT_FREE_IN_GUI = ("consular.gui.forms",)

_CHECK = textwrap.dedent(
    """
    import importlib
    import json
    import os
    import pkgutil
    import sys
    import traceback

    separator = sys.argv.index("--exempt")
    groups, exempt = sys.argv[1:separator], tuple(sys.argv[separator + 1:])
    reports = {}
    attempts, errors, imported = [], {}, []


    class RefuseQt:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith("PySide6."):
                chain = [
                    f"{os.path.relpath(frame.filename, root)}:{frame.lineno}"
                    for frame in traceback.extract_stack()
                    if frame.filename.startswith(root + os.sep)
                ]
                attempts.append({"module": name, "chain": chain})
                raise ImportError(f"{name} is refused outside consular.gui")
            return None


    import consular

    root = os.path.dirname(os.path.dirname(os.path.abspath(consular.__file__)))
    sys.meta_path.insert(0, RefuseQt())


    def wanted(name, group):
        leaf = name.rsplit(".", 1)[-1]
        inside_group = group != "consular" and (name == group or name.startswith(group + "."))
        return leaf != "__main__" and (inside_group or not any(
            name == e or name.startswith(e + ".") for e in exempt
        ))


    def record_error(name):
        errors[name] = traceback.format_exc(limit=8)


    def check(group):
        if group == "consular":
            names = ["consular"] + [
                f"consular.{info.name}"
                for info in pkgutil.iter_modules(consular.__path__)
                if not info.ispkg
            ]
        else:
            names = [group]
            try:
                package = importlib.import_module(group)
                names += [
                    info.name
                    for info in pkgutil.walk_packages(
                        package.__path__, group + ".", onerror=record_error
                    )
                ]
            except Exception:
                record_error(group)

        for name in (n for n in names if wanted(n, group)):
            if name in errors:
                continue
            try:
                importlib.import_module(name)
                imported.append(name)
            except Exception:
                record_error(name)


    for group in groups:
        attempts, errors, imported = [], {}, []
        check(group)
        reports[group] = {
            "imported": imported,
            "attempts": attempts,
            "errors": errors,
            "qt_loaded": "PySide6" in sys.modules,
        }
    print(json.dumps(reports))
    """
)


def _groups() -> list[str]:
    groups = ["consular"]
    for info in pkgutil.iter_modules(consular.__path__):
        name = f"consular.{info.name}"
        if info.ispkg and name not in EXEMPT:
            groups.append(name)
    return groups + list(QT_FREE_IN_GUI)


@pytest.fixture(scope="module")
def import_reports() -> dict[str, dict]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    result = subprocess.run(
        [sys.executable, "-c", _CHECK, *_groups(), "--exempt", *EXEMPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("group", _groups())
def test_package_imports_without_qt(group, import_reports):
    report = import_reports[group]

    problems = [
        f"imports {a['module']} via " + " -> ".join(a["chain"] or ["(outside consular)"]) for a in report["attempts"]
    ]
    problems += [
        f"{name} failed to import:\n{trace}"
        for name, trace in report["errors"].items()
        # A refused Qt import is already reported above with its chain.
        if "is refused outside consular.gui" not in trace
    ]
    assert not problems, f"{group}:\n" + "\n".join(problems)
    assert not report["qt_loaded"]
    assert group in report["imported"]


# --- the import graph ---------------------------------------------------------------------
#
# Built from the source with ast, so it sees every import, including the lazy ones inside
# functions and under TYPE_CHECKING: "no cycles, not even lazy ones" (shared/STYLE.md).

PACKAGE_ROOT = Path(consular.__file__).resolve().parent


def _module_names() -> dict[str, tuple[Path, bool]]:
    """Every module of consular: dotted name -> (file, is a package __init__)."""
    modules = {}
    for path in sorted(PACKAGE_ROOT.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        modules[".".join(parts)] = (path, is_package)
    return modules


def _containing_module(name: str, modules) -> str | None:
    """``name`` if it is a module of ours, else the nearest enclosing one (an attribute of it)."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _imported_modules(module: str, is_package: bool, node: ast.AST, modules) -> set[str]:
    found = set()
    if isinstance(node, ast.Import):
        for alias in node.names:
            if (target := _containing_module(alias.name, modules)) is not None:
                found.add(target)
        return found
    assert isinstance(node, ast.ImportFrom)
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join(package + ([node.module] if node.module else []))
    else:
        base = node.module or ""
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        # `from pkg import module` imports the module; `from module import name` the module.
        target = submodule if submodule in modules else _containing_module(base, modules)
        if target is not None:
            found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the modules of ours it imports. Importing ``a.b.c`` runs ``a/__init__`` and
    ``a/b/__init__`` first, so those are edges too, except the importer's own enclosing
    packages (they are already being imported when it runs)."""
    modules = _module_names()
    graph = {}
    for module, (path, is_package) in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        targets = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                targets |= _imported_modules(module, is_package, node, modules)
        own = {module.rsplit(".", depth)[0] for depth in range(module.count(".") + 1)}
        for target in list(targets):
            parts = target.split(".")
            targets |= {".".join(parts[:i]) for i in range(1, len(parts))}
        graph[module] = targets - own
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle (as a path that ends where it starts) per strongly connected group of
    modules that import each other, found with Tarjan's algorithm (iteratively)."""
    index, low, on_stack, stack, groups = {}, {}, set(), [], []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return [_cycle_in(group, graph) for group in groups]


def _cycle_in(group: list[str], graph: dict[str, set[str]]) -> list[str]:
    """A shortest path from the group's first module back to itself, inside the group."""
    members = set(group)
    start = group[0]
    previous = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child in sorted(graph[node] & members):
            if child == start:
                path = [node]
                while previous[path[-1]] is not None:
                    path.append(previous[path[-1]])
                return [*reversed(path), start]
            if child not in previous:
                previous[child] = node
                queue.append(child)
    raise AssertionError(f"no cycle in {group}")  # pragma: no cover - Tarjan said there is


def test_the_graph_sees_every_kind_of_import():
    """The graph builder itself: lazy, relative and `from package import module` imports
    all count, as do the package __init__ files an import runs."""
    graph = import_graph()
    # Lazy import inside a function (cli/main.py: consular.cli.launch in main()).
    assert "consular.cli.launch" in graph["consular.cli.main"]
    # `from consular.services import database as database_service` is the module, not the package.
    assert "consular.services.database" in graph["consular.cli.cmd_db"]
    # Importing a module in a subpackage runs the subpackage's __init__.
    assert "consular.gui" in graph["consular.cli.launch"]
    # A module's own packages are not edges.
    assert "consular.services" not in graph["consular.services.database"]


def test_find_cycles_reports_the_path():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e2"}, "e2": set()}
    assert find_cycles(graph) == [["a", "b", "c", "a"]]
    assert find_cycles({"x": {"y"}, "y": set()}) == []


def test_no_import_cycles():
    cycles = find_cycles(import_graph())
    assert not cycles, "import cycles (a third module is missing):\n" + "\n".join(" -> ".join(c) for c in cycles)


# --- who may import whom ------------------------------------------------------------------

FACES = ("consular.cli", "consular.gui")


def _inside(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _imports_of(packages: tuple[str, ...], forbidden: str) -> list[str]:
    return sorted(
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        if any(_inside(module, p) for p in packages)
        for target in targets
        if _inside(target, forbidden)
    )


def test_faces_never_import_repositories():
    """The faces get filters, views and everything else from services/ and domain/."""
    assert not _imports_of(FACES, "consular.repositories")


def test_faces_never_import_the_db_layer():
    """Both faces open databases through services.database and run everything else through
    services/; neither touches an engine, a session or a migration."""
    assert not _imports_of(FACES, "consular.db")


def test_driver_errors_are_translated_in_one_place():
    """consular.db.dialect.translate_error is the one map from driver errors to UserErrors and
    consular.services.errors.translated the one caller; the boundaries enter that."""
    callers = []
    for module, (path, _) in _module_names().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            name = getattr(node, "id", None) or getattr(node, "attr", None)
            if name == "translate_error" and module != "consular.db.dialect":
                callers.append(module)
            if name == "translated" and isinstance(getattr(node, "ctx", None), ast.Load):
                callers.append(f"translated in {module}")
    assert sorted(set(callers)) == [
        "consular.services.errors",
        # sign_in and db init's first administrator: entered by the faces before any context exists.
        "translated in consular.services.accounts",
        "translated in consular.services.context",
        "translated in consular.services.database",
    ]
