"""Keep the translation catalogues in step with the sources.

    python scripts/translations.py update
    python scripts/translations.py part NAME FILE_OR_FOLDER...
    python scripts/translations.py merge PART.ts...
    python scripts/translations.py check

``update`` runs ``pyside6-lupdate`` over every ``consular/`` source into
``resources/translations/consular_fr.ts`` and ``consular_hi.ts`` (every message) and, with
``-pluralonly``, ``consular_en.ts`` (English needs only the plural forms), with
``-locations none -no-obsolete`` and English (en_GB) as the source language. Translations
already in a catalogue are kept; messages no longer in the sources are dropped.

``part NAME FILES`` does the same for some files only, into
``resources/translations/parts/NAME_{en,fr,hi}.ts``: an area's share of the work, made the
same way as the catalogues so its messages match theirs exactly.

``merge PART.ts...`` folds such parts (``parts/NAME_<lang>.ts``; the language is read from
the file) into the three catalogues: a finished translation in a part fills a message that
is empty or unfinished in the catalogue, and replaces an older one. Then it runs ``update``,
so the result is exactly what ``update`` writes.

``check`` exits with status 1 and lists what is wrong: a catalogue missing, a message
unfinished or empty (in ours and in ``qtbase_hi.ts``, Qt's own strings in Hindi), a plural
message without one form per plural class, a translation whose
``{placeholders}``, ``%n`` or ``%1`` differ from its source's (a singular form may spell its
number out: "every day"), an ``&`` accelerator lost or added, or a catalogue that differs from
what ``update`` would write (out of date).

Plurals: lupdate's Python reader takes a bare name as the fourth argument of ``translate()``
for Qt 4's old *encoding* argument, and drops calls whose count is an expression
(``len(x)``, ``self.count``) or a keyword (``n=days``); it knows ``self.tr(text, "", n)``.
So lupdate reads a staged copy of the sources in which every ``translate``/``tr`` call with a
count (and every call written with keywords) is written out in the one form it reads
reliably, ``translate("ctx", "text", "", 0)``. Messages, their order and their contexts are
otherwise exactly lupdate's.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "consular"
CATALOGUES = ROOT / "resources" / "translations"
PARTS = CATALOGUES / "parts"
#: Catalogue language → the locale lupdate is told (and Qt's plural rules follow).
TARGETS = {"en": "en_GB", "fr": "fr_FR", "hi": "hi_IN"}
#: How many plural forms Qt expects for each language (French: 0-1 / more; English and
#: Hindi: exactly 1 / other).
PLURAL_FORMS = {"en": 2, "fr": 2, "hi": 2}
SOURCE_LANGUAGE = "en_GB"


# --- lupdate over a staged copy of the sources --------------------------------------------


def lupdate_tool() -> str:
    candidates = [
        shutil.which("pyside6-lupdate"),
        str(Path(sys.executable).with_name("pyside6-lupdate")),
        shutil.which("lupdate"),
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise SystemExit("pyside6-lupdate not found: install PySide6 (pip install -e '.[test]')")


def _python_files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        path = path.resolve()
        if path.is_dir():
            found.extend(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        elif path.suffix == ".py":
            found.append(path)
        else:
            raise SystemExit(f"not a Python source or folder: {path}")
    return sorted(dict.fromkeys(found))


def _byte_offset(line_starts: list[int], lineno: int, col: int) -> int:
    return line_starts[lineno - 1] + col


def _segment(data: bytes, line_starts: list[int], node: ast.AST) -> bytes:
    start = _byte_offset(line_starts, node.lineno, node.col_offset)
    end = _byte_offset(line_starts, node.end_lineno, node.end_col_offset)
    return data[start:end]


def _is_text(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _call_rewrite(call: ast.Call, data: bytes, line_starts: list[int]) -> bytes | None:
    """The call in the form lupdate reads reliably, or None when it reads it as it is."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    if name not in ("translate", "tr"):
        return None
    keywords = {k.arg: k.value for k in call.keywords if k.arg}
    if any(k.arg is None for k in call.keywords):
        return None  # **kwargs: nothing to read
    text_args = 2 if name == "translate" else 1
    args = list(call.args)
    if len(args) < text_args or not all(_is_text(a) for a in args[:text_args]):
        return None
    rest = args[text_args:]
    disambiguation = rest[0] if rest else keywords.get("disambiguation")
    count = rest[1] if len(rest) > 1 else keywords.get("n")
    if len(rest) > 2 or set(keywords) - {"disambiguation", "n"}:
        return None  # not Qt's signature (str.translate, a method of our own)
    if disambiguation is not None and not (
        _is_text(disambiguation) or (isinstance(disambiguation, ast.Constant) and disambiguation.value is None)
    ):
        return None  # a computed disambiguation: nothing a catalogue can hold
    if not keywords and (
        count is None
        or name == "tr"
        or (isinstance(count, ast.Constant) and isinstance(count.value, int) and not isinstance(count.value, bool))
    ):
        return None  # lupdate reads these correctly
    parts = [_segment(data, line_starts, a) for a in args[:text_args]]
    parts.append(_segment(data, line_starts, disambiguation) if _is_text(disambiguation) else b'""')
    if count is not None:
        parts.append(b"0")
    # Keep the line count, so nothing after the call moves.
    newlines = _segment(data, line_starts, call).count(b"\n") - b", ".join(parts).count(b"\n")
    return _segment(data, line_starts, func) + b"(" + b", ".join(parts) + b")" + b"\n" * max(newlines, 0)


def staged_source(path: Path) -> bytes:
    """``path``'s bytes with every translation call in the form lupdate reads reliably."""
    data = path.read_bytes()
    try:
        tree = ast.parse(data, filename=str(path))
    except SyntaxError as exc:
        raise SystemExit(f"{path}: {exc}") from exc
    line_starts = [0]
    for line in data.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    edits: list[tuple[int, int, bytes]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            replacement = _call_rewrite(node, data, line_starts)
            if replacement is not None:
                start = _byte_offset(line_starts, node.lineno, node.col_offset)
                end = _byte_offset(line_starts, node.end_lineno, node.end_col_offset)
                edits.append((start, end, replacement))
    edits.sort()
    kept: list[tuple[int, int, bytes]] = []
    for edit in edits:  # a call inside a rewritten call's arguments is rewritten with it
        if not kept or edit[0] >= kept[-1][1]:
            kept.append(edit)
    for start, end, replacement in reversed(kept):
        data = data[:start] + replacement + data[end:]
    return data


def run_lupdate(sources: list[Path], ts: Path, language: str) -> None:
    """lupdate ``sources`` into ``ts`` for ``language`` ("en": plural messages only)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="consular-lupdate-") as tmp:
        staged: list[str] = []
        for index, source in enumerate(sources):
            # One folder per file keeps the order and the names; paths never reach the .ts.
            target = Path(tmp) / f"{index:05d}" / source.name
            target.parent.mkdir()
            target.write_bytes(staged_source(source))
            staged.append(str(target))
        command = [lupdate_tool(), "-silent", "-locations", "none", "-no-obsolete"]
        if language == "en":
            command.append("-pluralonly")
        command += ["-source-language", SOURCE_LANGUAGE, "-target-language", TARGETS[language]]
        command += [*staged, "-ts", str(ts)]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0 or "rror" in done.stderr:
            raise SystemExit(f"lupdate failed on {ts.name}:\n{done.stderr}")


def catalogue(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"consular_{language}.ts"


def update(folder: Path = CATALOGUES, sources: list[Path] | None = None) -> list[Path]:
    files = _python_files([SOURCES]) if sources is None else sources
    written = []
    for language in TARGETS:
        run_lupdate(files, catalogue(language, folder), language)
        written.append(catalogue(language, folder))
    return written


def part(name: str, paths: list[Path], folder: Path = PARTS) -> list[Path]:
    files = _python_files(paths)
    written = []
    for language in TARGETS:
        ts = folder / f"{name}_{language}.ts"
        run_lupdate(files, ts, language)
        written.append(ts)
    return written


# --- reading and writing .ts files --------------------------------------------------------


@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool  # translated and not marked unfinished
    text: str | None  # the translation (not numerus)
    forms: list[str]  # the plural forms (numerus)
    element: ElementTree.Element

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_messages(root: ElementTree.Element) -> Iterator[Message]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            text = translation.text if translation is not None and not numerus else None
            filled = all(forms) and bool(forms) if numerus else bool(text)
            yield Message(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                numerus=numerus,
                finished=kind is None and filled,
                text=text,
                forms=forms,
                element=message,
            )


def ts_language(root: ElementTree.Element, path: Path) -> str:
    found = (root.get("language") or "").split("_")[0]
    if found in TARGETS:
        return found
    stem = path.stem.rsplit("_", 1)[-1]
    if stem in TARGETS:
        return stem
    raise SystemExit(f"{path}: cannot tell its language (language={root.get('language')!r})")


def _set_translation(message: ElementTree.Element, *, text: str | None, forms: list[str], finished: bool) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ElementTree.SubElement(message, "translation")
    for form in list(translation):
        translation.remove(form)
    if message.get("numerus") == "yes":
        translation.text = None
        for value in forms:
            ElementTree.SubElement(translation, "numerusform").text = value
    else:
        translation.text = text
    if finished:
        translation.attrib.pop("type", None)
    else:
        translation.set("type", "unfinished")


def merge(parts: list[Path], folder: Path = CATALOGUES, sources: list[Path] | None = None) -> list[str]:
    """Fold ``parts`` into the catalogues in ``folder``; returns notes for the person merging."""
    notes: list[str] = []
    for path in parts:
        if not path.is_file():
            raise SystemExit(f"no such part file: {path}")
    update(folder, sources)  # every message of the sources is in the catalogues
    offered: dict[str, dict[tuple[str, str, str], tuple[Message, Path]]] = {lang: {} for lang in TARGETS}
    for path in parts:
        root = ElementTree.parse(path).getroot()
        language = ts_language(root, path)
        for message in read_messages(root):
            if not message.finished:
                continue
            earlier = offered[language].get(message.key)
            if earlier is not None and (earlier[0].text, earlier[0].forms) != (message.text, message.forms):
                notes.append(
                    f"{path.name} and {earlier[1].name} translate {message.context}/{message.source!r} differently; "
                    f"{path.name} wins"
                )
            offered[language][message.key] = (message, path)
    for language, found in offered.items():
        if not found:
            continue
        path = catalogue(language, folder)
        tree = ElementTree.parse(path)
        used: set[tuple[str, str, str]] = set()
        for message in read_messages(tree.getroot()):
            match = found.get(message.key)
            if match is None:
                continue
            given = match[0]
            used.add(message.key)
            if message.numerus == given.numerus:
                forms = given.forms
                finished = not message.numerus or len(forms) == PLURAL_FORMS[language]
                _set_translation(message.element, text=given.text, forms=forms, finished=finished)
            elif message.numerus:  # the part was made by lupdate alone and missed the count
                text = given.text or ""
                _set_translation(message.element, text=None, forms=[text] * PLURAL_FORMS[language], finished=False)
                notes.append(f"{language}: {message.context}/{message.source!r} has plural forms now: check them")
            else:
                _set_translation(message.element, text=given.forms[-1], forms=[], finished=False)
                notes.append(f"{language}: {message.context}/{message.source!r} has no plural forms now: check it")
        for key, (given, part_path) in found.items():
            if key not in used and (language != "en" or given.numerus):
                notes.append(f"{part_path.name}: {key[0]}/{key[1]!r} is not in the sources (left out)")
        tree.write(path, encoding="utf-8", xml_declaration=True)
    update(folder, sources)  # lupdate's own layout again
    return notes


# --- checking ------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?n|%L?[1-9]")
_ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def _placeholders(text: str) -> list[str]:
    return sorted(m.group(0).replace("%L", "%") for m in _PLACEHOLDER.finditer(text.replace("&&", "")))


def _has_accelerator(text: str) -> bool:
    return bool(_ACCELERATOR.search(text.replace("&&", "")))


def problems_in(path: Path, language: str) -> list[str]:
    found: list[str] = []
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as exc:
        return [f"{path.name}: not valid XML: {exc}"]
    for message in read_messages(root):
        where = f"{path.name}: {message.context}: {message.source!r}"
        kind = message.element.find("translation")
        if kind is not None and kind.get("type") in ("obsolete", "vanished"):
            found.append(f"{where}: {kind.get('type')} (run update)")
            continue
        if language == "en" and not message.numerus:
            found.append(f"{where}: not a plural message (run update)")
            continue
        if message.numerus:
            if len(message.forms) != PLURAL_FORMS[language]:
                found.append(f"{where}: {len(message.forms)} plural forms, {PLURAL_FORMS[language]} expected")
                continue
            texts = message.forms
        else:
            texts = [message.text or ""]
        if not message.finished:
            found.append(f"{where}: {'empty' if not all(texts) else 'unfinished'}")
            continue
        wanted = _placeholders(message.source)
        for index, text in enumerate(texts):
            have = _placeholders(text)
            # The singular form may say the number in words: "every day", "tous les jours".
            if message.numerus and index == 0 and "%n" not in have and "%n" in wanted:
                have = sorted([*have, "%n"])
            if have != wanted:
                found.append(f"{where}: placeholders {have} in {text!r}, {wanted} expected")
            if _has_accelerator(text) != _has_accelerator(message.source):
                lost = "lost" if _has_accelerator(message.source) else "added"
                found.append(f"{where}: & accelerator {lost} in {text!r}")
    return found


def check(folder: Path = CATALOGUES, sources: list[Path] | None = None) -> list[str]:
    found: list[str] = []
    missing = [language for language in TARGETS if not catalogue(language, folder).is_file()]
    found += [f"{catalogue(language, folder).name}: missing (run update)" for language in missing]
    if missing:
        return found
    for language in TARGETS:
        found += problems_in(catalogue(language, folder), language)
    # Qt's own strings for a language Qt does not translate (Hindi): kept by hand, same rules.
    for qt_catalogue in sorted(folder.glob("qtbase_*.ts")):
        found += problems_in(qt_catalogue, ts_language(ElementTree.parse(qt_catalogue).getroot(), qt_catalogue))
    with tempfile.TemporaryDirectory(prefix="consular-check-") as tmp:
        for language in TARGETS:
            shutil.copy2(catalogue(language, folder), catalogue(language, Path(tmp)))
        update(Path(tmp), sources)
        for language in TARGETS:
            if catalogue(language, Path(tmp)).read_bytes() != catalogue(language, folder).read_bytes():
                found.append(f"{catalogue(language, folder).name}: out of date with the sources (run update)")
    return found


# --- command line ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="lupdate consular/ into resources/translations/consular_{en,fr,hi}.ts")
    making = commands.add_parser("part", help="lupdate some files into resources/translations/parts/NAME_*.ts")
    making.add_argument("name")
    making.add_argument("paths", nargs="+", type=Path)
    folding = commands.add_parser("merge", help="fold part files into the catalogues, then update")
    folding.add_argument("parts", nargs="+", type=Path)
    commands.add_parser("check", help="exit 1 if a catalogue is missing, incomplete, wrong or out of date")
    args = parser.parse_args(argv)
    if args.command == "update":
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
    elif args.command == "part":
        for path in part(args.name, args.paths):
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    elif args.command == "merge":
        for note in merge(args.parts):
            print(note, file=sys.stderr)
        print(f"merged {len(args.parts)} part file(s); run check to see what is left")
    else:
        found = check()
        for problem in found:
            print(problem)
        if found:
            print(f"{len(found)} problem(s) in the catalogues", file=sys.stderr)
            return 1
        print("catalogues complete and up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
