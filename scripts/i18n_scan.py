"""List user-visible strings that do not go through translation.

    python scripts/i18n_scan.py [FILE_OR_FOLDER ...]     (default: consular/)

Reads the sources with ``ast`` (nothing is imported) and reports every string literal with a
letter in it, f-string, ``"literal".format(...)`` or ``"a" + b`` that is passed straight to a
place people read it:
- a Qt widget's text (``setText``, ``setToolTip``, ``setWindowTitle``, ``addTab``,
  ``QLabel("…")``, ``QMessageBox.warning(parent, "…", "…")`` and the like);
- the message of a user error (``ValidationError(field, "…")``, ``UserError("…")``…);
- argparse's ``help``, ``description`` and ``epilog``;
- ``print()`` and a reportlab ``Paragraph``.

Text passed through ``tr()``, ``translate()``, ``QCoreApplication.translate()`` or a variable
is not reported. A line that must stay as it is (a file-format name, a sample value) says so
with a trailing ``# i18n: <why>`` comment. tests/test_i18n_catalogues.py runs this scan on
the whole package and fails on any finding.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Methods whose argument at the given positions is shown to people.
METHOD_TEXT_ARGS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setPlainText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setWindowTitle": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setLabelText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setSpecialValueText": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "setButtonText": (1,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "showMessage": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "addAction": (0, 1),
    "addMenu": (0, 1),
    "addButton": (0,),
    "addRow": (0,),
    "addSection": (0,),
    "setNameFilter": (0,),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getExistingDirectory": (1,),
}

# Constructors (and our own widget factories) whose first arguments are shown.
CALL_TEXT_ARGS: dict[str, tuple[int, ...]] = {
    "QLabel": (0,),
    "QPushButton": (0, 1),
    "QToolButton": (),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QToolBar": (0,),
    "QCommandLinkButton": (0, 1),
    "QListWidgetItem": (0, 1),
    "QTreeWidgetItem": (0,),
    "QStandardItem": (0, 1),
    "QMessageBox": (1, 2),
    "QProgressDialog": (0, 1),
    "heading": (0,),
    "restricted_badge": (0,),
    "warning_banner": (0,),
    "Paragraph": (0,),
    "print": (0,),
}

# Keyword arguments that are always text for people.
TEXT_KEYWORDS = {"help", "description", "epilog", "toolTip", "text", "title", "placeholder", "tooltip"}

# The user errors of consular.domain.errors (and the services' aliases): their message is shown.
ERROR_TYPES = {
    "UserError",
    "ValidationError",
    "NotFoundError",
    "ConflictError",
    "PermissionDeniedError",
    "DatabaseLockedError",
    "DiskFullError",
    "NotConsularDatabaseError",
    "SchemaTooNewError",
    "CommandError",  # consular.cli.common: a mistake on the command line
}

TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "days_text", "plural"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _literal_text(node: ast.expr) -> str | None:
    """The visible literal text in ``node`` if it is a bare literal, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_letters(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return parts if _has_letters(parts) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _literal_text(node.left) or (_literal_text(node.right) if isinstance(node.op, ast.Add) else None)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) or _literal_text(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            found = _literal_text(element)
            if found:
                return found
        return None
    if isinstance(node, ast.Call):
        name = _name(node.func)
        if name in TRANSLATING:
            return None
        if name == "format" and isinstance(node.func, ast.Attribute):
            return _literal_text(node.func.value)
        if name == "join" and isinstance(node.func, ast.Attribute) and node.args:
            return _literal_text(node.args[0])
    return None


def _findings(tree: ast.AST) -> Iterator[tuple[int, str, str]]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name is None:
            continue
        positions: tuple[int, ...] = ()
        if isinstance(node.func, ast.Attribute) and name in METHOD_TEXT_ARGS:
            positions = METHOD_TEXT_ARGS[name]
        elif name in CALL_TEXT_ARGS:
            positions = CALL_TEXT_ARGS[name]
        elif name in ERROR_TYPES:
            positions = (len(node.args) - 1,) if node.args else ()
        for position in positions:
            if position < len(node.args):
                text = _literal_text(node.args[position])
                if text:
                    yield node.args[position].lineno, name, text
        if (
            name in CALL_TEXT_ARGS
            or name in METHOD_TEXT_ARGS
            or name in ERROR_TYPES
            or name
            in (
                "add_argument",
                "add_parser",
                "ArgumentParser",
                "add_argument_group",
                "add_mutually_exclusive_group",
            )
        ):
            for keyword in node.keywords:
                if keyword.arg in TEXT_KEYWORDS:
                    text = _literal_text(keyword.value)
                    if text:
                        yield keyword.value.lineno, f"{name}({keyword.arg}=)", text


def scan_file(path: Path) -> list[tuple[Path, int, str, str]]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for lineno, where, text in _findings(ast.parse(source, filename=str(path))):
        line = lines[lineno - 1] if lineno <= len(lines) else ""
        if "# i18n:" in line:
            continue
        found.append((path, lineno, where, text))
    return sorted(set(found), key=lambda f: (str(f[0]), f[1]))


def scan(targets: list[Path]) -> list[tuple[Path, int, str, str]]:
    files: list[Path] = []
    for target in targets:
        files.extend(sorted(target.rglob("*.py")) if target.is_dir() else [target])
    found = []
    for path in files:
        found.extend(scan_file(path))
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    targets = [Path(a) for a in args] or [ROOT / "consular"]
    found = scan(targets)
    for path, lineno, where, text in found:
        try:
            shown = path.resolve().relative_to(ROOT)
        except ValueError:
            shown = path
        print(f"{shown}:{lineno}: {where}: {text[:70]!r}")  # i18n: a developer tool's report
    print(f"{len(found)} untranslated string(s)", file=sys.stderr)  # i18n: a developer tool's report
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
