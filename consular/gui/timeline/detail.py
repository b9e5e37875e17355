"""The detail pane's text: one event as HTML, with its time in the shown zone and in UTC, its
people, its text and a link that opens the source record."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from consular.domain.timeline import TYPE_COLOURS, TimelineEvent
from consular.gui.text import html_escape, multiline_html
from consular.gui.theme import restricted_colour

translate = QCoreApplication.translate


def _long_date(value: datetime) -> str:
    """'Tuesday 01 July 2025, 14:30' in the user's language."""
    stamp = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(stamp, "dddd dd MMMM yyyy, HH:mm")


def event_html(event: TimelineEvent, shown: datetime, caption: str) -> str:
    """``shown`` is the event's time in the zone shown now, called ``caption`` ("case time",
    "my time")."""
    colour = TYPE_COLOURS[event.type]
    restricted = translate("timeline.detail", "RESTRICTED")
    parts = [
        f'<p><span style="color:{colour}; font-weight:bold">{html_escape(event.type.label)}</span>'
        + (
            f' &nbsp;<span style="color:{restricted_colour().name()}; font-weight:bold">{restricted}</span>'
            if event.restricted
            else ""
        )
        + f"<br><b>{html_escape(event.title)}</b></p>",
        (
            f"<p>{html_escape(_long_date(shown))} {caption} "
            f"({html_escape(shown.strftime('%Z, UTC%z'))})<br>"
            f"{html_escape(event.at.strftime('%Y-%m-%d %H:%M'))} UTC</p>"
        ),
    ]
    if event.people:
        people = translate("timeline.detail", "<b>People:</b> {names}").format(
            names=html_escape(", ".join(event.people))
        )
        parts.append(f"<p>{people}</p>")
    if event.detail:
        parts.append(f"<p>{multiline_html(event.detail)}</p>")
    facts = (
        translate("timeline.detail", "Recorded by {name}").format(name=html_escape(event.recorded_by))
        if event.recorded_by
        else ""
    )
    link = translate("timeline.detail", "open {record}").format(record=html_escape(str(event.source)))
    parts.append(f"<p style='color:gray'>{facts}<br>{html_escape(event.id)} · <a href='open'>{link}</a></p>")
    return "".join(parts)
