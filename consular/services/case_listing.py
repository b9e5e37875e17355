"""The whole case list as plain values, for writing it out fast (``consular cases list --json``).

:func:`consular.services.cases.iter_cases` yields one :class:`~consular.services.views.CaseSummary`
per case; for 100,000 cases the views, their dictionaries and the per-row time zone work cost
several times the query. Here the same query's driver values are turned straight into the
values of :meth:`CaseSummary.to_json`, in its key order (a test holds the two equal), with one
zone object per zone and one "now" for the whole list.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from consular.domain.errors import ValidationError
from consular.domain.filters import SORT_KEYS, CaseFilter
from consular.domain.timeutil import zone
from consular.i18n import translate
from consular.repositories import cases as case_repo
from consular.services.cases import _check_filter
from consular.services.context import ServiceContext
from consular.services.permissions import action

# The keys of :meth:`CaseSummary.to_json`, in its order: the values come in this order.
JSON_KEYS = (
    "reference",
    "title",
    "kind",
    "status",
    "priority",
    "post",
    "country",
    "place",
    "incident_at",
    "timezone",
    "days_since_incident",
    "hostages_held",
    "hostages_total",
    "last_contact_at",
    "next_task_due",
    "lead_caseworker",
)

_DAY = timedelta(days=1)


def _utc(value) -> datetime | None:
    """A driver's time (text on SQLite, an aware datetime on PostgreSQL) as an aware UTC datetime:
    what :class:`consular.db.types.UTCDateTime` gives."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _utc_text(value) -> str | None:
    """``_utc(value).isoformat()``. SQLite's stored text (``YYYY-MM-DD HH:MM:SS.ffffff`` as
    SQLAlchemy writes it, ``YYYY-MM-DD HH:MM:SS`` as the bulk loader's sqlite3 does for whole
    seconds) is rearranged as text, without making a datetime: isoformat leaves out a zero
    fraction. Anything else goes through :func:`_utc`."""
    if value is None:
        return None
    if value.__class__ is str and value[10:11] == " ":
        size = len(value)
        if size == 19 or (size == 26 and value[19] == "." and value.endswith(".000000")):
            return f"{value[:10]}T{value[11:19]}+00:00"
        if size == 26 and value[19] == ".":
            return f"{value[:10]}T{value[11:]}+00:00"
    return _utc(value).isoformat()


@action("case_listing.iter_case_json_values")
def iter_case_json_values(
    ctx: ServiceContext,
    flt: CaseFilter | None = None,
    *,
    sort: str = "incident_at",
    descending: bool = True,
    limit: int | None = None,
    batch: int = 2000,
) -> Iterator[list[tuple]]:
    """Every case of the list (or the first ``limit``) in ``sort`` order, from one query in one
    read transaction, in lists of up to ``batch`` tuples: each tuple the values of
    ``CaseSummary.to_json()`` for that case, in :data:`JSON_KEYS` order. The same cases, order,
    roles (everyone, as ``cases.iter_cases``) and errors (:class:`ValidationError` for an unknown sort
    or post) as :func:`consular.services.cases.iter_cases`; "now" (for
    ``days_since_incident``) is read once, when the listing starts."""
    if sort not in SORT_KEYS:
        raise ValidationError(
            "sort",
            translate("services.cases", "Cannot sort by '{sort}'; use one of {sort_keys}.").format(
                sort=sort, sort_keys=", ".join(SORT_KEYS)
            ),
        )
    now = ctx.clock.now().astimezone(UTC)
    zones: dict[str, object] = {}
    utc, utc_text, parse = _utc, _utc_text, datetime.fromisoformat  # locals: 100,000 rows
    with ctx.transaction() as session:
        _check_filter(session, flt)
        for rows in case_repo.stream_listing_rows(
            session, flt, sort=sort, descending=descending, limit=limit, batch=batch
        ):
            values = []
            append = values.append
            for (_id, reference, title, kind, status, priority, post_code, country, town, region, site,
                 incident_at, timezone, held, total, last_contact, next_due, lead, _version) in rows:  # fmt: skip
                # SQLite's stored UTC text (as SQLAlchemy or the bulk loader writes it) read as an
                # aware datetime in one step; anything else as _utc reads it.
                if incident_at.__class__ is str and len(incident_at) in (19, 26) and incident_at[10] == " ":
                    incident = parse(incident_at + "+00:00")
                else:
                    incident = utc(incident_at)
                local = zones.get(timezone)
                if local is None:
                    local = zones[timezone] = zone(timezone)
                days = (now - incident) // _DAY
                append(
                    (
                        reference,
                        title,
                        kind,
                        status,
                        priority,
                        post_code,
                        country,
                        f"{town}, {region}" if town and region else town or region or site or "",
                        incident.astimezone(local).isoformat(),
                        timezone,
                        days if days > 0 else 0,
                        held or 0,
                        total or 0,
                        None if last_contact is None else utc_text(last_contact),
                        None if next_due is None else utc_text(next_due),
                        lead,
                    )
                )
            yield values
