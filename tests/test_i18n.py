"""consular.i18n, the translation seam of the layers without Qt, held against Qt itself.

The GUI translates with Qt's QTranslator from .qm files compiled by lrelease; everything
below it reads the same .ts catalogues with consular.i18n. The two must pick the same plural
form and the same entries, or a number reads "1 jours" on one side of the app only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from consular import i18n

ROOT = Path(__file__).resolve().parents[1]
COUNTS = (0, 1, 2, 5, 11, 21, 101)
LOCALES = {"en": "en_GB", "fr": "fr_FR", "hi": "hi_IN"}


def _catalogue(path: Path, language: str, body: str) -> Path:
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{LOCALES[language]}" sourcelanguage="en_GB">\n{body}</TS>\n',
        encoding="utf-8",
    )
    return path


PLURAL_BODY = """<context>
    <name>tests.i18n</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>FIRST %n</numerusform>
            <numerusform>SECOND %n</numerusform>
        </translation>
    </message>
</context>
"""


@pytest.fixture
def point_catalogues(monkeypatch, tmp_path):
    """consular.i18n reads consular_<lang>.ts from ``tmp_path`` (and forgets what it parsed)."""
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: tmp_path / f"consular_{code}.ts")
    i18n.reload()
    yield tmp_path
    i18n.reload()


def _lrelease(ts: Path, qm: Path) -> None:
    import PySide6

    tool = Path(PySide6.__file__).with_name("lrelease")
    subprocess.run([str(tool), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True, capture_output=True)


@pytest.mark.parametrize("language", ["en", "fr", "hi"])
def test_plural_forms_are_the_ones_qt_picks(language, point_catalogues):
    qtcore = pytest.importorskip("PySide6.QtCore")
    ts = _catalogue(point_catalogues / f"consular_{language}.ts", language, PLURAL_BODY)
    qm = point_catalogues / f"{language}.qm"
    _lrelease(ts, qm)
    translator = qtcore.QTranslator()
    assert translator.load(str(qm))
    picked = {}
    for n in COUNTS:
        # QTranslator leaves %n for QCoreApplication to fill; the form is what we compare.
        by_qt = translator.translate("tests.i18n", "%n day(s)", None, n)
        with i18n.using_language(language):
            ours = i18n.translate("tests.i18n", "%n day(s)", n=n)
        assert ours == by_qt.replace("%n", str(n)), (language, n)
        picked[n] = ours.split()[0]
    # And the rules are the languages' own: French says "0 jour", English "0 days".
    if language == "fr":
        assert picked[0] == picked[1] == "FIRST" and picked[2] == "SECOND"
    else:
        assert picked[1] == "FIRST" and {picked[n] for n in COUNTS if n != 1} == {"SECOND"}


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANGUAGE": "de:fr", "LANG": "en_GB.UTF-8"}, "fr"),  # a preference list; German is not offered
        ({"LANGUAGE": "hi", "LANG": "fr_FR.UTF-8"}, "hi"),
        ({"LANGUAGE": "", "LC_ALL": "hi_IN.UTF-8", "LANG": "fr_FR.UTF-8"}, "hi"),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "hi_IN"}, "fr"),
        ({"LC_MESSAGES": "hi_IN", "LANG": "fr_FR.UTF-8"}, "hi"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "hi_IN"}, "hi"),
        ({"LANG": "hi_IN.UTF-8@devanagari"}, "hi"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "fr"}, "en"),  # gettext ignores LANGUAGE in the C locale
        ({"LC_ALL": "POSIX", "LANG": "fr_FR.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_language_from_the_environment(environ, expected):
    assert i18n.from_environment(environ) == expected


def test_normalise():
    assert i18n.normalise("fr_FR.UTF-8") == "fr"
    assert i18n.normalise("hi-IN") == "hi"
    assert i18n.normalise("EN_gb") == "en"
    assert i18n.normalise("de") is None and i18n.normalise("") is None and i18n.normalise("C") is None


def test_using_language_is_isolated_per_thread(point_catalogues):
    _catalogue(point_catalogues / "consular_fr.ts", "fr", _simple("Close", "Fermer"))
    _catalogue(point_catalogues / "consular_hi.ts", "hi", _simple("Close", "बंद करें"))
    i18n.set_language("en")
    inside_hindi = threading.Event()
    main_checked = threading.Event()
    seen: dict[str, str] = {}

    def worker() -> None:
        seen["thread at start"] = i18n.translate("tests.i18n", "Close")
        with i18n.using_language("hi"):
            inside_hindi.set()
            main_checked.wait(10)
            seen["thread in Hindi"] = i18n.translate("tests.i18n", "Close")
        seen["thread after"] = i18n.translate("tests.i18n", "Close")

    with i18n.using_language("fr"):
        thread = threading.Thread(target=worker)
        thread.start()
        assert inside_hindi.wait(10)
        # The worker is inside its Hindi block now; this thread is still French.
        seen["main in French"] = i18n.translate("tests.i18n", "Close")
        main_checked.set()
        thread.join(10)
    seen["main after"] = i18n.translate("tests.i18n", "Close")
    assert seen == {
        "thread at start": "Close",  # a new thread does not inherit the block: the process's language
        "thread in Hindi": "बंद करें",
        "thread after": "Close",
        "main in French": "Fermer",
        "main after": "Close",
    }


def _simple(source: str, translation: str, kind: str | None = None) -> str:
    attribute = f' type="{kind}"' if kind else ""
    return (
        "<context>\n    <name>tests.i18n</name>\n"
        f"    <message>\n        <source>{source}</source>\n"
        f"        <translation{attribute}>{translation}</translation>\n    </message>\n</context>\n"
    )


def test_unfinished_obsolete_and_empty_entries_are_not_used(point_catalogues):
    qtcore = pytest.importorskip("PySide6.QtCore")
    body = (
        _simple("Done", "Terminé")
        + _simple("Case {ref} closed", "Dossier {reference} clos", "unfinished")  # a guess lupdate carried over
        + _simple("Old text", "Ancien texte", "obsolete")
        + _simple("Gone text", "Texte disparu", "vanished")
        + _simple("Empty", "")
    )
    ts = _catalogue(point_catalogues / "consular_fr.ts", "fr", body)
    with i18n.using_language("fr"):
        assert i18n.translate("tests.i18n", "Done") == "Terminé"
        assert i18n.translate("tests.i18n", "Case {ref} closed").format(ref="BAM-1") == "Case BAM-1 closed"
        assert i18n.translate("tests.i18n", "Old text") == "Old text"
        assert i18n.translate("tests.i18n", "Gone text") == "Gone text"
        assert i18n.translate("tests.i18n", "Empty") == "Empty"
    # The GUI's compiled catalogue agrees (gui/app.py compiles with -nounfinished).
    qm = point_catalogues / "fr.qm"
    _lrelease(ts, qm)
    translator = qtcore.QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("tests.i18n", "Done") == "Terminé"
    assert not translator.translate("tests.i18n", "Case {ref} closed")
    assert not translator.translate("tests.i18n", "Old text")


def test_english_reads_its_catalogue_for_plurals_only(point_catalogues):
    body = PLURAL_BODY.replace("FIRST %n", "%n day").replace("SECOND %n", "%n days")
    _catalogue(point_catalogues / "consular_en.ts", "en", body)
    assert i18n.translate("tests.i18n", "Close") == "Close"
    assert not i18n._catalogues  # a plain English string parses nothing (the CLI's start-up)
    assert [i18n.translate("tests.i18n", "%n day(s)", n=n) for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]


def test_format_numbers_and_dates_in_each_language():
    expected = {
        "en": ("12,345", "1 Jul 2025", "1 July 2025"),
        "fr": ("12\u202f345", "1 juil. 2025", "1 juillet 2025"),
        "hi": ("12,345", "1 जुल॰ 2025", "1 जुलाई 2025"),
    }
    for language, (number, medium, long) in expected.items():
        with i18n.using_language(language):
            assert i18n.format_number(12345) == number, language
            assert i18n.format_date(date(2025, 7, 1)) == medium, language
            assert i18n.format_date(date(2025, 7, 1), "long") == long, language
    at = datetime(2025, 7, 1, 14, 5, tzinfo=UTC)
    with i18n.using_language("fr"):
        assert i18n.format_datetime(at, "short") == "01/07/2025 14:05"
    with i18n.using_language("en"):
        assert i18n.format_datetime(at, "short") == "01/07/2025, 14:05"


def test_percent_n_is_filled_with_the_count_even_without_a_catalogue(point_catalogues):
    with i18n.using_language("fr"):  # no French catalogue here: the English source, filled in
        assert i18n.translate("tests.i18n", "%n day(s)", n=3) == "3 day(s)"
        assert i18n.translate("tests.i18n", "%Ln case(s)", n=12345) == "12\u202f345 case(s)"


def _start_up(language: str) -> dict:
    script = (
        "import json, sys\n"
        "from consular.cli.main import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "from consular import i18n\n"
        "print(json.dumps({'babel': sorted(m for m in sys.modules if m.split('.')[0] == 'babel'),\n"
        "                  'parsed': sorted(i18n._catalogues), 'qt': 'PySide6' in sys.modules}))\n"
    )
    env = dict(os.environ, LANGUAGE=language, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=True
    )
    assert done.stdout.startswith("consular "), done.stdout
    return json.loads(done.stdout.splitlines()[-1])


def test_version_imports_no_babel_and_parses_no_catalogue():
    english = _start_up("en")
    assert english == {"babel": [], "parsed": [], "qt": False}
    french = _start_up("fr")
    assert french["babel"] == [] and not french["qt"]
