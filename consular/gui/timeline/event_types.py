"""How each event type shows in the Timeline tab: its icon and its colour (lighter on a dark
palette). The colours themselves are the domain's (TYPE_COLOURS), shared with the exports."""

from __future__ import annotations

from PySide6.QtGui import QColor

from consular.domain.timeline import TYPE_COLOURS, EventType
from consular.gui.theme import is_dark

TYPE_ICONS = {
    EventType.INCIDENT: "warning",
    EventType.CASE_STATUS: "status",
    EventType.HOSTAGE_STATUS: "hostage",
    EventType.MILESTONE: "milestone",
    EventType.CONTACT: "contact",
    EventType.TASK: "task",
    EventType.TASK_DONE: "task-done",
    EventType.DOCUMENT: "document",
    EventType.DEMAND: "restricted",
    EventType.CHARGE: "document",
    EventType.HEARING: "calendar",
    EventType.CONSULAR_VISIT: "people",
    EventType.NOTE_VERBALE: "contact",
    EventType.REPATRIATION: "task-done",
    EventType.FAMILY_UPDATE: "family",
    EventType.CASE_LINK: "case",
    EventType.OFFICER_CHANGE: "people",
}


def type_colour(event_type: EventType) -> QColor:
    colour = QColor(TYPE_COLOURS[event_type])
    return colour.lighter(150) if is_dark() else colour
