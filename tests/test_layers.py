"""Everything outside consular.gui, and consular.gui.forms inside it, must import without PySide6.

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

import json
import os
import pkgutil
import subprocess
import sys
import textwrap

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
