"""Typed settings over QSettings, stored as an INI file in the config folder.

One registry of keys with types and defaults; tests point CONSULAR_CONFIG_DIR at a temp
folder so they never touch a real profile.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings

from consular import i18n, paths


@dataclass(frozen=True)
class Key:
    name: str
    type: type
    default: Any


WINDOW_GEOMETRY = Key("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Key("window/state", QByteArray, QByteArray())
LAST_DATABASE = Key("database/last", str, "")
RECENT_DATABASES = Key("database/recent", list, [])
THEME = Key("appearance/theme", str, "system")  # system | light | dark
TIME_DISPLAY = Key("display/time_zone", str, "case")  # case | user
# "" follows the system (chosen_language); else a code of consular.i18n.LANGUAGES. Applies at start.
LANGUAGE = Key("appearance/language", str, "")
CASE_LIST_HEADER = Key("case_list/header", QByteArray, QByteArray())
DAILY_BACKUPS_KEPT = Key("backup/daily_kept", int, 7)  # daily automatic backups kept per database
# Voided entries stay in the history, struck through; each list can hide them.
SHOW_VOIDED_CONTACTS = Key("contact_log/show_voided", bool, True)
SHOW_VOIDED_TASKS = Key("tasks/show_voided", bool, True)
SHOW_VOIDED_MILESTONES = Key("milestones/show_voided", bool, True)
# Minutes without keyboard or mouse input before the window locks (gui/idle_lock.py).
IDLE_LOCK_MINUTES = Key("security/idle_lock_minutes", float, 5.0)
LAST_USER = Key("security/last_user", str, "")  # offered in the sign-in dialog
# Which post(s) each database serves, as last seen once signed in: the sign-in dialog names
# them before the (possibly encrypted) file can be read. JSON: {target: "Embassy of India, Bamako"}.
DATABASE_POSTS = Key("database/posts", str, "{}")


def _store() -> QSettings:
    return QSettings(str(paths.config_dir() / "consular.ini"), QSettings.IniFormat)


def get(key: Key):
    value = _store().value(key.name, key.default)
    if value is None:
        return key.default
    if key.type is list:
        if isinstance(value, str):
            return [value] if value else []
        return list(value)
    if key.type is bool:
        # An INI file gives "true"/"false" back as text, and bool("false") is True.
        return value.strip().lower() in ("true", "1", "yes") if isinstance(value, str) else bool(value)
    if key.type is QByteArray:
        return value if isinstance(value, QByteArray) else QByteArray(value)
    try:
        return key.type(value)
    except (TypeError, ValueError):
        return key.default


def put(key: Key, value) -> None:
    store = _store()
    store.setValue(key.name, value)
    store.sync()


def posts_of(target: str) -> str | None:
    """The post(s) ``target`` served when it was last open here, or None if never seen."""
    try:
        known = json.loads(get(DATABASE_POSTS) or "{}")
    except ValueError:
        return None
    return known.get(target) if isinstance(known, dict) else None


def remember_posts(target: str, label: str, limit: int = 32) -> None:
    try:
        known = json.loads(get(DATABASE_POSTS) or "{}")
    except ValueError:
        known = {}
    if not isinstance(known, dict):
        known = {}
    known.pop(target, None)
    known[target] = label
    put(DATABASE_POSTS, json.dumps(dict(list(known.items())[-limit:]), ensure_ascii=False))


def remember_database(target: str, limit: int = 8) -> None:
    recent = [t for t in get(RECENT_DATABASES) if t != target]
    put(RECENT_DATABASES, [target, *recent][:limit])
    put(LAST_DATABASE, target)


# --- the language -------------------------------------------------------------------------

_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def system_language() -> str:
    """The supported language the system asks for: the locale variables (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG, read as the CLI reads them) when one is set, else the platform's UI
    languages (Windows and macOS set no variables), else English."""
    if any(os.environ.get(name) for name in _LOCALE_VARIABLES):
        return i18n.from_environment()
    for name in QLocale.system().uiLanguages():
        found = i18n.normalise(name)
        if found:
            return found
    return i18n.DEFAULT


def chosen_language(language: str | None = None) -> str:
    """The language the GUI starts in: ``language`` when given (``--lang``), else the
    Preferences setting, else the system's. Unsupported names fall back to English."""
    if language:
        return i18n.normalise(language) or i18n.DEFAULT
    return i18n.normalise(get(LANGUAGE)) or system_language()
