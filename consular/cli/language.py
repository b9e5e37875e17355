"""The command line's language: ``--lang``, else the environment; and argparse's own words.

Which language: :func:`choose` reads ``--lang CODE`` (or ``--lang=CODE``) among the global
options, before the command, without the parser (the help is built in that language, so the
language must be known first); without it, :func:`consular.i18n.from_environment`
(``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``).

argparse's own strings ("usage: ", "options", "show this help message and exit", "invalid
choice: ..." and the rest) are looked up at call time through the module-level ``_`` and
``ngettext`` that ``argparse`` imports from :mod:`gettext`. :func:`install_argparse_translation`
points those two names at our catalogue, context ``argparse``: :data:`ARGPARSE_MESSAGES` lists
every such source string, word for word as argparse writes it (Python 3.11-3.13), so that
``pyside6-lupdate`` extracts them and translators see them. English never touches a catalogue.
"""

from __future__ import annotations

import argparse

from consular import i18n
from consular.i18n import QT_TRANSLATE_NOOP, translate

#: Every string argparse passes through ``gettext``, as argparse spells it.
ARGPARSE_MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    # Not a gettext string in argparse (a default argument), passed as --version's help.
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", 'argument "-" with mode %r'),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    # Programming errors (a parser built wrong), never shown to a user of a released build.
    QT_TRANSLATE_NOOP("argparse", "cannot have multiple subparser arguments"),
    QT_TRANSLATE_NOOP("argparse", "conflicting subparser: %s"),
    QT_TRANSLATE_NOOP("argparse", "conflicting subparser alias: %s"),
    QT_TRANSLATE_NOOP("argparse", "mutually exclusive arguments must be optional"),
    QT_TRANSLATE_NOOP("argparse", "'required' is an invalid argument for positionals"),
    QT_TRANSLATE_NOOP("argparse", "dest= is required for options like %r"),
    QT_TRANSLATE_NOOP("argparse", "invalid option string %(option)r: must start with a character %(prefix_chars)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid conflict_resolution value: %r"),
    QT_TRANSLATE_NOOP("argparse", "cannot merge actions - two groups are named %r"),
    QT_TRANSLATE_NOOP("argparse", "%r is not callable"),
    QT_TRANSLATE_NOOP("argparse", ".__call__() not defined"),
)


def plural(context: str, source: str, n: int) -> str:
    """``translate(context, source, None, n)``, for a plural message listed in
    :func:`_plural_messages` (tests/test_cli_language.py checks that each one is)."""
    return translate(context, source, None, n)


def _plural_messages() -> None:  # pragma: no cover - read by pyside6-lupdate, never called
    """Every plural message of the command line, for ``pyside6-lupdate`` only.

    lupdate's Python parser marks a message as plural (numerus) only when the count it is
    given is a number literal: ``translate(context, source, None, count)`` is extracted as an
    ordinary message (it loses its plural forms), and with an expression such as ``len(x)`` it
    is not extracted at all. So the commands call :func:`plural`, which lupdate does not read,
    and each message is written here once more, with a literal count.
    """
    translate("argparse", "expected %s argument(s)", None, 2)
    translate("argparse", "conflicting option string(s): %s", None, 2)
    translate("cli.cmd_audit", "  ... and %n more problem(s).", None, 2)
    translate("cli.cmd_audit", "Wrote %Ln audit entry/entries to {path} (chain head {chain_head}).", None, 2)
    translate("cli.cmd_cases", "Wrote %Ln case(s) to {out}.", None, 2)
    translate("cli.cmd_detention", ", waiting %n day(s)", None, 2)
    translate("cli.cmd_detention", "unanswered, %n day(s)", None, 2)
    translate("cli.cmd_cases", "Incident: {when} ({timezone}), %n day(s) ago", None, 2)
    translate("cli.cmd_cases", " — PROOF OF LIFE OVERDUE (over %n day(s))", None, 2)
    translate("cli.cmd_cases", " — MEDICAL NEEDS, NO WELFARE REPORT FOR OVER %n DAY(S)", None, 2)
    translate(
        "cli.cmd_export",
        "Wrote %Ln event(s) of {reference} to {output} ({format}, {what}; audit chain head {chain_head}).",
        None,
        2,
    )
    translate(
        "cli.cmd_family", "Recorded family update #{id} for {kin_name}; closed %n 'tell the family' item(s).", None, 2
    )
    translate(
        "cli.cmd_letter",
        "Wrote the family update letter to {kin_name} ({name}, %n entry/entries) to {path}; reference {chain_head}.",
        None,
        2,
    )


def _expected_arguments(n: int) -> str:
    # argparse formats the result with ``% n``: the catalogue keeps ``%s`` where the number goes.
    return plural("argparse", "expected %s argument(s)", n)


def _conflicting_options(n: int) -> str:
    return plural("argparse", "conflicting option string(s): %s", n)


#: argparse's ``ngettext(singular, plural, n)`` pairs → the plural message that translates them.
ARGPARSE_PLURALS = {
    ("expected %s argument", "expected %s arguments"): _expected_arguments,
    ("conflicting option string: %s", "conflicting option strings: %s"): _conflicting_options,
}


def argparse_gettext(message: str | None) -> str | None:
    """argparse's ``_``: ``message`` in the current language (argparse also passes None)."""
    if message is None or i18n.language() == i18n.DEFAULT:
        return message
    return translate("argparse", message)


def argparse_ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``: the right plural form in the current language."""
    chosen = ARGPARSE_PLURALS.get((singular, plural))
    if chosen is None or i18n.language() == i18n.DEFAULT:
        return singular if n == 1 else plural
    return chosen(n)


def install_argparse_translation() -> None:
    """Make argparse look its words up in our catalogue (idempotent; English is unchanged)."""
    argparse._ = argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = argparse_ngettext  # type: ignore[attr-defined]


# Global options that take a value (the pre-scan must skip their values to find the command).
_VALUED = frozenset({"--db", "--user", "--as-of", "--lang"})


def global_options(argv: list[str]) -> list[str]:
    """The arguments before the command (the global options and their values)."""
    found: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            found.append(arg)
            skip = False
            continue
        if arg == "--" or not arg.startswith("-") or arg == "-":
            break
        found.append(arg)
        skip = arg in _VALUED
    return found


def requested(argv: list[str]) -> str | None:
    """The language ``--lang`` asks for among the global options; None when not given or not
    one we have (argparse then says so, in the environment's language)."""
    options = global_options(argv)
    for index, arg in enumerate(options):
        if arg == "--lang" and index + 1 < len(options):
            return i18n.normalise(options[index + 1])
        if arg.startswith("--lang="):
            return i18n.normalise(arg.split("=", 1)[1])
    return None


def only_version(argv: list[str]) -> bool:
    """``consular [global options] --version``: argparse prints the version and stops before any
    text is translated, so no catalogue needs reading (start-up time, issue 13)."""
    for arg in global_options(argv):
        if arg in ("-h", "--help"):
            return False
        if arg == "--version":
            return True
    return False


def choose(argv: list[str]) -> str:
    """Set and return the language for this run: ``--lang``, else the environment."""
    if only_version(argv):
        return i18n.set_language(i18n.DEFAULT)
    return i18n.set_language(requested(argv) or i18n.from_environment())


def format_decimal(value: float, places: int) -> str:
    """``value`` with exactly ``places`` decimals, as the language writes it (``1.50`` · ``1,50``)."""
    from babel.numbers import format_decimal as babel_decimal

    return babel_decimal(value, format="#,##0." + "0" * places, locale=i18n._babel_locale())
