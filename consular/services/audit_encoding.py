"""How an audit entry's before/after snapshot is stored: JSON text with stable key order.

Below both :mod:`consular.services.context` (which writes entries) and
:mod:`consular.services.audit` (which reads the trail back), so neither imports the other.
"""

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
    """``snapshot`` as JSON text (dates ISO 8601, enums by value, sets as lists), or None."""
    if snapshot is None:
        return None
    return json.dumps(snapshot, default=_default, ensure_ascii=False, sort_keys=True)
