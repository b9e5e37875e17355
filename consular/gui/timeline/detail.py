"""The detail pane's text: one event as HTML, with its time in the shown zone and in UTC, its
people, its text and a link that opens the source record."""

from __future__ import annotations

from datetime import datetime

from consular.domain.timeline import TYPE_COLOURS, TimelineEvent
from consular.gui.text import html_escape, multiline_html
from consular.gui.theme import restricted_colour


def event_html(event: TimelineEvent, shown: datetime, caption: str) -> str:
    """``shown`` is the event's time in the zone shown now, called ``caption`` ("case time",
    "my time")."""
    colour = TYPE_COLOURS[event.type]
    parts = [
        f'<p><span style="color:{colour}; font-weight:bold">{html_escape(event.type.label)}</span>'
        + (
            f' &nbsp;<span style="color:{restricted_colour().name()}; font-weight:bold">RESTRICTED</span>'
            if event.restricted
            else ""
        )
        + f"<br><b>{html_escape(event.title)}</b></p>",
        (
            f"<p>{html_escape(shown.strftime('%A %d %B %Y, %H:%M'))} {caption} "
            f"({html_escape(shown.strftime('%Z, UTC%z'))})<br>"
            f"{html_escape(event.at.strftime('%Y-%m-%d %H:%M'))} UTC</p>"
        ),
    ]
    if event.people:
        parts.append(f"<p><b>People:</b> {html_escape(', '.join(event.people))}</p>")
    if event.detail:
        parts.append(f"<p>{multiline_html(event.detail)}</p>")
    facts = f"Recorded by {html_escape(event.recorded_by)}" if event.recorded_by else ""
    parts.append(
        f"<p style='color:gray'>{facts}<br>{html_escape(event.id)} · "
        f"<a href='open'>open {html_escape(str(event.source))}</a></p>"
    )
    return "".join(parts)
