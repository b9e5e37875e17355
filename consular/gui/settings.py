"""Typed settings over QSettings, stored as an INI file in the config folder.

One registry of keys with types and defaults; tests point CONSULAR_CONFIG_DIR at a temp
folder so they never touch a real profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from consular import paths


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
LANGUAGE = Key("appearance/language", str, "")
CASE_LIST_HEADER = Key("case_list/header", QByteArray, QByteArray())
# Minutes without keyboard or mouse input before the window locks (gui/idle_lock.py).
IDLE_LOCK_MINUTES = Key("security/idle_lock_minutes", float, 5.0)
LAST_USER = Key("security/last_user", str, "")  # offered in the sign-in dialog


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


def remember_database(target: str, limit: int = 8) -> None:
    recent = [t for t in get(RECENT_DATABASES) if t != target]
    put(RECENT_DATABASES, [target, *recent][:limit])
    put(LAST_DATABASE, target)
