"""Every user-visible string is marked, and the catalogues are complete and up to date.

The first two tests are the gate of issue 15: scripts/i18n_scan.py finds no literal passed
straight to a widget, a user error, argparse or print anywhere in consular/, and
``scripts/translations.py check`` finds every catalogue complete and exactly what lupdate
makes of the sources. The rest hold the tool itself to what it promises, on small sources
written here.
"""

from __future__ import annotations

import importlib.util
import struct
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("consular_translations_tool", ROOT / "scripts" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = translations  # dataclasses look their module up
_spec.loader.exec_module(translations)


# --- the gate ------------------------------------------------------------------------------------


def test_no_user_visible_string_escapes_translation():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n_scan.py"), str(ROOT / "consular")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    findings = done.stdout.strip().splitlines()
    assert done.returncode == 0 and not findings, "\n".join(["Not marked for translation:", *findings])


def test_catalogues_are_complete_and_up_to_date():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_qtbase_hi_translates_strings_qt_really_has():
    """Each (context, source) of qtbase_hi.ts is one Qt translates for French (the wheel's
    qtbase_fr.qm), so none is a typo that Qt never looks up; and it is complete."""
    qtcore = pytest.importorskip("PySide6.QtCore")
    wheel = Path(qtcore.QLibraryInfo.path(qtcore.QLibraryInfo.LibraryPath.TranslationsPath))
    known = _qm_messages(wheel / "qtbase_fr.qm")
    ours = ROOT / "resources" / "translations" / "qtbase_hi.ts"
    root = ElementTree.parse(ours).getroot()
    messages = [(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")]
    assert len(messages) > 100
    assert [m for m in messages if m not in known] == []
    for wanted in [("QPlatformTheme", "Cancel"), ("QLineEdit", "&Paste"), ("QMessageBox", "Show Details...")]:
        assert wanted in messages
    assert translations.problems_in(ours, "hi") == []


def _qm_messages(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a .qm file (Qt's binary catalogue)."""
    data = path.read_bytes()
    position, block = 16, b""  # after the magic number
    while position < len(data):
        tag, length = data[position], struct.unpack(">I", data[position + 1 : position + 5])[0]
        if tag == 0x69:  # the messages block
            block = data[position + 5 : position + 5 + length]
        position += 5 + length
    found, current, i = set(), {}, 0
    while i < len(block):
        tag = block[i]
        i += 1
        if tag == 1:  # end of a message
            found.add((current.get(7, ""), current.get(6, "")))
            current = {}
            continue
        if tag == 5:  # obsolete marker, no payload
            continue
        length = struct.unpack(">I", block[i : i + 4])[0]
        i += 4
        if tag == 3 and length == 0xFFFFFFFF:  # an empty translation
            continue
        current[tag] = block[i : i + length].decode("utf-16-be" if tag == 3 else "utf-8", "replace")
        i += length
    return found


# --- the tool on small sources ----------------------------------------------------------------------

SOURCE = """
from PySide6.QtCore import QCoreApplication
from consular.i18n import QT_TRANSLATE_NOOP, translate


class Panel(QWidget):
    def build(self, days, rows):
        self.title = self.tr("&Contacts")
        self.count = self.tr("%n contact(s)", "", len(rows))
        self.more = self.tr("%n more", n=days)


def held(days, cases):
    a = translate("services.sample", "Held for %n day(s)", n=days)
    b = translate("services.sample", "%n case(s)", "", len(cases))
    c = translate("services.sample", "%n week(s)", None, days)
    d = QCoreApplication.translate("sample_gui", "%n task(s) overdue", "", cases.count)
    e = translate("services.sample", "Case {ref} is closed.")
    f = QT_TRANSLATE_NOOP("sample_labels", "Reference")
    g = translate(
        "services.sample",
        "A long sentence "
        "written over two lines.",
    )
    return "abc".translate({}), a, b, c, d, e, f, g
"""

NUMERUS = {
    ("Panel", "%n contact(s)"),
    ("Panel", "%n more"),
    ("services.sample", "Held for %n day(s)"),
    ("services.sample", "%n case(s)"),
    ("services.sample", "%n week(s)"),
    ("sample_gui", "%n task(s) overdue"),
}
PLAIN = {
    ("Panel", "&Contacts"),
    ("services.sample", "Case {ref} is closed."),
    ("sample_labels", "Reference"),
    ("services.sample", "A long sentence written over two lines."),
}


@pytest.fixture
def sources(tmp_path) -> list[Path]:
    path = tmp_path / "src" / "sample.py"
    path.parent.mkdir()
    path.write_text(SOURCE, encoding="utf-8")
    return [path]


def _messages(path: Path) -> dict[tuple[str, str], translations.Message]:
    return {(m.context, m.source): m for m in translations.read_messages(ElementTree.parse(path).getroot())}


def test_update_extracts_every_call_and_every_plural(tmp_path, sources):
    folder = tmp_path / "catalogues"
    translations.update(folder, sources)
    french = _messages(folder / "consular_fr.ts")
    assert set(french) == NUMERUS | PLAIN  # "abc".translate({}) is not a message
    assert {key for key, m in french.items() if m.numerus} == NUMERUS
    assert all(len(m.forms) == 2 for key, m in french.items() if m.numerus)
    assert set(_messages(folder / "consular_en.ts")) == NUMERUS  # English: plural forms only
    hindi = ElementTree.parse(folder / "consular_hi.ts").getroot()
    assert hindi.get("language") == "hi_IN" and hindi.get("sourcelanguage") == "en_GB"
    assert "<location" not in (folder / "consular_fr.ts").read_text(encoding="utf-8")


def test_plain_lupdate_misses_the_plurals_the_staged_copy_recovers(tmp_path, sources):
    """Why update stages the sources: lupdate alone drops n= and expressions, and reads a
    bare name as Qt 4's encoding argument."""
    plain = tmp_path / "plain_fr.ts"
    subprocess.run(
        [translations.lupdate_tool(), "-silent", "-locations", "none", *map(str, sources), "-ts", str(plain)],
        check=True,
        capture_output=True,
    )
    found = _messages(plain)
    assert ("services.sample", "Held for %n day(s)") not in found
    assert not found[("services.sample", "%n week(s)")].numerus


def _translate_all(path: Path, language: str, *, spoil=None) -> None:
    tree = ElementTree.parse(path)
    for message in translations.read_messages(tree.getroot()):
        text = f"[{language}] {message.source}"
        forms = [f"[{language}:{i}] {message.source}" for i in range(2)]
        if spoil:
            text, forms = spoil(message, text, forms)
        translations._set_translation(message.element, text=text, forms=forms, finished=True)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def test_merge_folds_parts_and_check_passes(tmp_path, sources):
    folder = tmp_path / "catalogues"
    parts = tmp_path / "parts"
    translations.part("area", sources, parts)
    for language in ("en", "fr", "hi"):
        _translate_all(parts / f"area_{language}.ts", language)
    translations.update(folder, sources)
    assert any("unfinished" in p or "empty" in p for p in translations.check(folder, sources))
    notes = translations.merge(sorted(parts.glob("*.ts")), folder, sources)
    assert notes == []
    assert translations.check(folder, sources) == []
    french = _messages(folder / "consular_fr.ts")
    assert french[("services.sample", "Case {ref} is closed.")].text == "[fr] Case {ref} is closed."
    assert french[("services.sample", "%n case(s)")].forms == ["[fr:0] %n case(s)", "[fr:1] %n case(s)"]
    before = {p.name: p.read_bytes() for p in folder.glob("*.ts")}
    translations.update(folder, sources)  # merge leaves exactly what update writes
    assert {p.name: p.read_bytes() for p in folder.glob("*.ts")} == before


def test_merge_takes_a_part_made_by_plain_lupdate_but_asks_for_the_plural_forms(tmp_path, sources):
    folder = tmp_path / "catalogues"
    translations.update(folder, sources)
    part = tmp_path / "old_fr.ts"
    subprocess.run(
        [translations.lupdate_tool(), "-silent", "-locations", "none", *map(str, sources), "-ts", str(part)],
        check=True,
        capture_output=True,
    )
    _translate_all(part, "fr")
    notes = translations.merge([part], folder, sources)
    assert any("%n week(s)" in note and "plural" in note for note in notes)
    week = _messages(folder / "consular_fr.ts")[("services.sample", "%n week(s)")]
    assert week.numerus and not week.finished and week.forms == ["[fr] %n week(s)"] * 2


def test_check_names_each_kind_of_problem(tmp_path, sources):
    folder = tmp_path / "catalogues"
    translations.update(folder, sources)

    def spoil(message, text, forms):
        if message.source == "&Contacts":
            return "Contacts", forms  # the accelerator lost
        if message.source == "Reference":
            return "&Référence", forms  # one added
        if message.source == "Case {ref} is closed.":
            return "Le dossier {reference} est clos.", forms
        if message.source == "%n case(s)":
            return text, ["%n dossier", "dossiers"]  # %n lost in one form
        return text, forms

    _translate_all(folder / "consular_fr.ts", "fr", spoil=spoil)
    _translate_all(folder / "consular_hi.ts", "hi")
    _translate_all(folder / "consular_en.ts", "en")
    translations.update(folder, sources)  # lupdate keeps what is there, so only the spoils remain
    found = "\n".join(translations.check(folder, sources))
    assert "consular_fr.ts: Panel: '&Contacts': & accelerator lost" in found
    assert "consular_fr.ts: sample_labels: 'Reference': & accelerator added" in found
    assert "consular_fr.ts: services.sample: 'Case {ref} is closed.': placeholders ['{reference}']" in found
    assert "consular_fr.ts: services.sample: '%n case(s)': placeholders [] in 'dossiers'" in found
    assert "consular_hi" not in found and "consular_en" not in found and "out of date" not in found

    # A part or a hand edit can hold what lupdate would not write.
    tree = ElementTree.parse(folder / "consular_hi.ts")
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == "%n more":
            translation = message.find("translation")
            translation.remove(translation[1])  # one plural form instead of two
        if message.findtext("source") == "Reference":
            message.find("translation").set("type", "unfinished")
        if message.findtext("source") == "%n case(s)":
            message.find("translation")[0].text = ""
    tree.write(folder / "consular_hi.ts", encoding="utf-8", xml_declaration=True)
    found = "\n".join(translations.check(folder, sources))
    assert "consular_hi.ts: Panel: '%n more': 1 plural forms, 2 expected" in found
    assert "consular_hi.ts: sample_labels: 'Reference': unfinished" in found
    assert "consular_hi.ts: services.sample: '%n case(s)': empty" in found
    assert "consular_hi.ts: out of date with the sources (run update)" in found

    sources[0].write_text(SOURCE + '\nNEW = translate("services.sample", "A new message.")\n', encoding="utf-8")
    found = translations.check(folder, sources)
    assert "consular_fr.ts: out of date with the sources (run update)" in found
    (folder / "consular_hi.ts").unlink()
    assert translations.check(folder, sources) == ["consular_hi.ts: missing (run update)"]


def test_check_from_the_command_line_exits_non_zero(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "merge", str(tmp_path / "nothing_fr.ts")],
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0  # a part that does not exist is an error, not a silent no-op
