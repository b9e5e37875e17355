"""The command line in English, French and Hindi: ``--lang``, the environment, argparse's own
words, the lazily built help against the full parser, messages and tables, JSON unchanged."""

from __future__ import annotations

import argparse
import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import consular
from consular import i18n
from consular.cli import language
from consular.cli.main import build_parser, main

ROOT = Path(consular.__file__).resolve().parent.parent
PARTS = ROOT / "resources" / "translations"
LANGS = ("en", "fr", "hi")


@pytest.fixture(autouse=True)
def cli_catalogue(monkeypatch):
    """The CLI's catalogue part while it is one (the merged catalogue once the part is gone),
    and English again afterwards: ``main`` sets the process's language."""
    real = i18n.catalogue_path

    def path(code: str) -> Path:
        part = PARTS / f"consular_{code}.ts"
        return part if part.is_file() else real(code)

    monkeypatch.setattr(i18n, "catalogue_path", path)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    i18n.reload()
    yield
    i18n.set_language(i18n.DEFAULT)
    i18n.reload()


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def _printed(capsys, argv: list[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    out, err = capsys.readouterr()
    return stop.value.code or 0, out, err


def _eager(code: str) -> argparse.ArgumentParser:
    """The full parser, every command imported, in ``code`` (which stays the language: argparse
    translates its own words when it formats)."""
    i18n.set_language(code)
    return build_parser(every=True)


@pytest.mark.parametrize("code", LANGS)
def test_help_is_word_for_word_the_full_parser_in_each_language(capsys, code):
    status, out, _ = _printed(capsys, ["--lang", code, "--help"])
    assert status == 0
    i18n.set_language(code)
    assert out == _eager(code).format_help()
    expected = {
        "en": ("usage: consular", "options:", "list cases or show one case", "--lang LANG"),
        "fr": ("utilisation : consular", "options:", "lister les dossiers ou afficher un dossier", "--lang LANG"),
        "hi": ("उपयोग: consular", "विकल्प:", "मामलों की सूची देखें या एक मामला दिखाएँ", "--lang LANG"),
    }[code]
    for text in expected:
        assert text in out, text
    if code != "en":
        assert "show this help message and exit" not in out
        assert "list cases or show one case" not in out


@pytest.mark.parametrize("code", LANGS)
def test_every_command_and_action_help_works_in_each_language(capsys, code):
    eager = _eager(code)
    i18n.set_language(code)
    checked = 0
    for name, full in _subparsers(eager).choices.items():
        status, out, err = _printed(capsys, ["--lang", code, name, "--help"])
        assert (status, err) == (0, ""), name
        assert out == full.format_help(), name
        actions = [a for a in full._actions if isinstance(a, argparse._SubParsersAction)]
        for action_name, sub in actions[0].choices.items() if actions else ():
            status, out, err = _printed(capsys, ["--lang", code, name, action_name, "--help"])
            assert (status, err) == (0, ""), (name, action_name)
            assert out == sub.format_help(), (name, action_name)
            checked += 1
    assert checked > 50
    if code == "fr":
        assert "afficher ce message d'aide et quitter" in out
        assert "arguments positionnels" in _subparsers(eager).choices["cases"].format_help()


@pytest.mark.parametrize(
    "argv",
    [
        ["nosuch"],
        ["--db"],
        ["cases"],
        ["cases", "list", "--bogus"],
        ["cases", "list", "--sort", "nope"],
        ["users", "add"],
    ],
)
@pytest.mark.parametrize("code", ("fr", "hi"))
def test_mistakes_read_as_the_full_parser_and_in_the_language(capsys, code, argv):
    eager = _eager(code)
    i18n.set_language(code)
    with pytest.raises(SystemExit) as full:
        eager.parse_args(argv)
    expected = capsys.readouterr()
    i18n.set_language(i18n.DEFAULT)
    with pytest.raises(SystemExit) as lazy:
        main(["--lang", code, *argv])
    got = capsys.readouterr()
    assert (lazy.value.code, got) == (full.value.code, expected)
    assert lazy.value.code == 2
    word = {"fr": ("utilisation : ", "erreur : "), "hi": ("उपयोग: ", "त्रुटि: ")}[code]
    assert all(w in got.err for w in word), got.err
    assert "error:" not in got.err and "usage:" not in got.err


def test_argparse_messages_in_french(capsys):
    _, _, err = _printed(capsys, ["--lang", "fr", "cases", "list", "--bogus"])
    assert "arguments non reconnus : --bogus" in err
    _, _, err = _printed(capsys, ["--lang", "fr", "cases", "list", "--sort", "nope"])
    assert "choix non valide : 'nope'" in err
    _, _, err = _printed(capsys, ["--lang", "fr", "users", "add"])
    assert "les arguments suivants sont obligatoires : " in err
    _, _, err = _printed(capsys, ["--lang", "fr", "--db"])
    assert "argument --db : un argument attendu" in err


def test_argparse_plural_message_picks_the_language_form():
    with i18n.using_language("fr"):
        assert language.argparse_ngettext("expected %s argument", "expected %s arguments", 1) % 1 == (
            "1 argument attendu"
        )
        assert language.argparse_ngettext("expected %s argument", "expected %s arguments", 2) % 2 == (
            "2 arguments attendus"
        )
    with i18n.using_language("hi"):
        assert language.argparse_ngettext("expected %s argument", "expected %s arguments", 2) % 2 == "2 तर्क अपेक्षित हैं"
    assert language.argparse_ngettext("expected %s argument", "expected %s arguments", 2) == "expected %s arguments"


def _argparse_gettext_literals() -> tuple[set[str], set[tuple[str, str]]]:
    """Every literal argparse (this Python's) passes to ``_`` and ``ngettext``."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    singles, pairs = set(), set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        args = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if node.func.id == "_" and args:
            singles.add(args[0])
        elif node.func.id == "ngettext" and len(args) == 2:
            pairs.add((args[0], args[1]))
    return singles, pairs


def test_the_argparse_table_holds_every_string_argparse_translates():
    singles, pairs = _argparse_gettext_literals()
    assert singles and pairs
    assert singles - set(language.ARGPARSE_MESSAGES) == set()
    assert pairs - set(language.ARGPARSE_PLURALS) == set()


def test_every_argparse_string_is_translated_in_french_and_hindi():
    for code in ("fr", "hi"):
        with i18n.using_language(code):
            for text in language.ARGPARSE_MESSAGES:
                assert i18n.translate("argparse", text) != text or text in ("options",), (code, text)


def test_every_plural_call_is_listed_for_lupdate():
    """lupdate extracts a plural only from a call with a literal count: each ``plural(...)`` of
    consular/cli must be written once more in ``language._plural_messages``."""
    called, listed = set(), set()
    for path in (ROOT / "consular" / "cli").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            literal = [a.value for a in node.args[:2] if isinstance(a, ast.Constant)]
            if node.func.id == "plural" and len(literal) == 2:
                called.add(tuple(literal))
            elif node.func.id == "plural" and node.args and path.name != "language.py":
                raise AssertionError(f"{path.name}:{node.lineno}: plural() needs a literal context and text")
            if node.func.id == "translate" and len(node.args) == 4 and path.name == "language.py":
                listed.add(tuple(literal))
    assert called and called <= listed, called - listed


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "utilisation : "),
        ({"LANG": "hi_IN.UTF-8"}, "उपयोग: "),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "hi"}, "उपयोग: "),
        ({"LANG": "de_DE.UTF-8"}, "usage: "),
    ],
)
def test_the_environment_chooses_without_lang(capsys, monkeypatch, environ, expected):
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    _, out, _ = _printed(capsys, ["--help"])
    assert out.startswith(expected)


def test_lang_overrides_the_environment_and_must_come_before_the_command(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    _, out, _ = _printed(capsys, ["--lang", "en", "--help"])
    assert out.startswith("usage: ")
    _, out, _ = _printed(capsys, ["--lang=hi", "--db", "x.db", "--help"])
    assert out.startswith("उपयोग: ")
    assert language.requested(["--db", "--lang", "cases"]) is None  # --lang is --db's value here
    assert language.requested(["letter", "--lang", "hi"]) is None  # the letter's own --lang
    status, _, err = _printed(capsys, ["--lang", "de", "--help"])
    assert status == 2 and "choix non valide : 'de'" in err  # said in the environment's language


def test_messages_and_errors_of_commands_in_french(capsys, tmp_path):
    missing = tmp_path / "nowhere.db"
    assert main(["--lang", "fr", "--db", str(missing), "--user", "x", "cases", "list"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"consular : Il n'y a pas de base de données à {missing}.")


def test_tables_are_translated_and_json_is_not(capsys, demo_path, demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))
    base = ["--db", str(demo_path), "--user", "n.joshi"]
    outputs = {}
    for code in LANGS:
        assert main(["--lang", code, *base, "cases", "list", "--json"]) == 0
        outputs[code] = capsys.readouterr().out
        assert main(["--lang", code, *base, "cases", "list"]) == 0
        table = capsys.readouterr().out.splitlines()[0]
        assert table.split()[0] == {"en": "REFERENCE", "fr": "RÉFÉRENCE", "hi": "संदर्भ"}[code]
    assert outputs["fr"] == outputs["en"] == outputs["hi"]
    assert json.loads(outputs["fr"])


def test_plural_output_in_each_language(capsys, demo_path, demo_password_file, monkeypatch, tmp_path):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))
    base = ["--db", str(demo_path), "--user", "n.joshi"]
    assert main([*base, "cases", "list", "--json"]) == 0
    count = len(json.loads(capsys.readouterr().out))
    assert count > 1
    expected = {"en": f"Wrote {count} cases to", "fr": f"{count} dossiers écrits dans", "hi": f"{count} मामले "}
    for code in LANGS:
        out = tmp_path / f"cases-{code}.csv"
        assert main(["--lang", code, *base, "cases", "list", "--out", str(out)]) == 0
        assert expected[code] in capsys.readouterr().out
    for code, one in (("en", "Wrote 1 case to x."), ("fr", "1 dossier écrit dans x."), ("hi", "1 मामला x में लिखा गया।")):
        with i18n.using_language(code):
            assert language.plural("cli.cmd_cases", "Wrote %Ln case(s) to {out}.", 1).format(out="x") == one
    with i18n.using_language("fr"):  # French: 0 takes the singular
        assert language.plural("cli.cmd_cases", "Wrote %Ln case(s) to {out}.", 0).format(out="x") == (
            "0 dossier écrit dans x."
        )


def _fresh(*argv: str, env: dict[str, str]) -> dict:
    code = (
        "import io, json, sys, contextlib\n"
        "from consular import i18n\n"
        "from consular.cli.main import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):\n"
        "    try:\n"
        "        main(sys.argv[1:])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(json.dumps({'babel': any(m.startswith('babel') for m in sys.modules),"
        " 'catalogues': sorted(i18n._catalogues), 'out': out.getvalue()}))\n"
    )
    clean = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    result = subprocess.run(
        [sys.executable, "-c", code, *argv],
        capture_output=True,
        text=True,
        env={**clean, "PYTHONPATH": str(ROOT), **env},
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("argv", "env"),
    [
        (["--version"], {"LANG": "fr_FR.UTF-8"}),
        (["--lang", "hi", "--version"], {}),
        (["--help"], {"LANG": "en_GB.UTF-8"}),
        (["--help"], {}),
    ],
)
def test_version_and_english_help_read_no_catalogue_and_no_babel(argv, env):
    found = _fresh(*argv, env=env)
    assert found["babel"] is False
    assert found["catalogues"] == []
    assert found["out"].startswith("consular 0" if "--version" in argv else "usage: ")


def test_french_help_reads_the_french_catalogue_only():
    found = _fresh("--help", env={"LANG": "fr_FR.UTF-8"})
    assert found["catalogues"] == ["fr"] and found["babel"] is False
