"""How before/after snapshots are written into audit entries (JSON text, stable key order)."""

from __future__ import annotations

import enum
import json
from datetime import date, datetime


def _default(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def encode(snapshot: dict | None) -> str | None:
    if snapshot is None:
        return None
    return json.dumps(snapshot, default=_default, ensure_ascii=False, sort_keys=True)


def snapshot(obj, fields: list[str]) -> dict:
    return {name: getattr(obj, name) for name in fields}
