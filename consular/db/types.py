"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from operator import attrgetter

from sqlalchemy import DateTime, String
from sqlalchemy.types import TypeDecorator, TypeEngine

#: What :meth:`UTCDateTime.column_results` and :meth:`StrEnum.column_results` return: the type
#: to read a column as (one the dialect hands back untouched), and a function that turns a
#: batch of that column's values into what the column's own type gives, value for value.
ColumnResults = tuple[TypeEngine, Callable[[Sequence], list]]

_tzinfo = attrgetter("tzinfo")


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetime stored in UTC.

    SQLite has no time zone type and hands back naive values; PostgreSQL uses
    ``timestamptz``. Both come back as aware UTC datetimes, and naive input is refused so a
    local time can never be stored as if it were UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, str):  # defensive: a hand-edited SQLite file
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def column_results(self, dialect) -> ColumnResults:
        """How to read a long column of this type a batch at a time, for a query that reads
        thousands of rows (a case's timeline): the values :meth:`process_result_value` gives,
        converted a column at a time instead of through a Python call per value.

        SQLite stores the naive UTC text that ``fromisoformat`` reads; with "+00:00" appended
        it reads as the aware value directly. Anything else (NULL, a hand-edited value with an
        offset, a bare date) goes the ordinary way, value by value."""
        if dialect.name == "sqlite":
            fromisoformat, suffixed = datetime.fromisoformat, "{}+00:00".format

            def from_text(values: Sequence) -> list:
                try:
                    converted = list(map(fromisoformat, map(suffixed, values)))
                except (TypeError, ValueError):
                    converted = None
                if converted is None or None in map(_tzinfo, converted):  # a bare date reads naive
                    return [self.process_result_value(v if v is None else fromisoformat(v), dialect) for v in values]
                return converted

            return String(), from_text

        def to_utc(values: Sequence) -> list:
            # The driver's aware values; already UTC when the session's zone is (kept as they are).
            return [v if v is None or v.tzinfo is UTC else self.process_result_value(v, dialect) for v in values]

        return DateTime(timezone=True), to_utc


class StrEnum(TypeDecorator):
    """Store a str-valued Enum as its plain value in a VARCHAR (no native ENUM types)."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_class: type[enum.Enum], length: int = 32):
        super().__init__(length)
        self.enum_class = enum_class
        # Member by stored value: a dict lookup per row instead of Enum's slower value search
        # (100,000 case-list rows carry 300,000 of these).
        self._members = {member.value: member for member in enum_class}

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return self.enum_class(value).value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        member = self._members.get(value)
        return member if member is not None else self.enum_class(value)

    def column_results(self, dialect) -> ColumnResults:
        """Like :meth:`UTCDateTime.column_results`: a batch of stored values to members at once."""
        lookup = {**self._members, None: None}

        def members(values: Sequence) -> list:
            try:
                return list(map(lookup.__getitem__, values))
            except KeyError:  # not a member's value: as process_result_value says (it raises)
                return [self.process_result_value(v, dialect) for v in values]

        return String(self.length), members

    def __repr__(self) -> str:
        return "String(length=32)"
