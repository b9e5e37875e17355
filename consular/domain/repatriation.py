"""The repatriation checklist's fixed parts: its items, their order and default due times.

Plain Python, no database: the service (:mod:`consular.services.repatriation`), the seeds,
the brief and the faces all read the same list.
"""

from __future__ import annotations

from datetime import timedelta

from consular.domain.enums import HostageStatus, LabelledEnum
from consular.i18n import QT_TRANSLATE_NOOP


class ReturnItemKind(LabelledEnum):
    """Repatriation checklist item."""

    TRAVEL_DOCUMENT = ("travel_document", QT_TRANSLATE_NOOP("ReturnItemKind", "Travel document"))
    MEDICAL_ASSESSMENT = ("medical_assessment", QT_TRANSLATE_NOOP("ReturnItemKind", "Medical assessment"))
    FLIGHT_ESCORT = ("flight_escort", QT_TRANSLATE_NOOP("ReturnItemKind", "Flight and escort"))
    RECEPTION = ("reception", QT_TRANSLATE_NOOP("ReturnItemKind", "Reception at arrival"))
    FAMILY_REUNION = ("family_reunion", QT_TRANSLATE_NOOP("ReturnItemKind", "Reunion with the family"))
    DEBRIEF = ("debrief", QT_TRANSLATE_NOOP("ReturnItemKind", "Debrief"))
    PSYCHOSOCIAL = ("psychosocial", QT_TRANSLATE_NOOP("ReturnItemKind", "Psychosocial support offered"))
    FOLLOW_UP_30 = ("follow_up_30", QT_TRANSLATE_NOOP("ReturnItemKind", "Follow-up contact at 30 days"))
    FOLLOW_UP_90 = ("follow_up_90", QT_TRANSLATE_NOOP("ReturnItemKind", "Follow-up contact at 90 days"))


class PsychosocialSupport(LabelledEnum):
    """Psychosocial support."""

    OFFERED = ("offered", QT_TRANSLATE_NOOP("PsychosocialSupport", "Offered"))
    ACCEPTED = ("accepted", QT_TRANSLATE_NOOP("PsychosocialSupport", "Accepted"))
    DECLINED = ("declined", QT_TRANSLATE_NOOP("PsychosocialSupport", "Declined"))


#: How long after the release each item is due by default, in the checklist's order. The
#: first days follow the usual sequence of a return: a doctor sees the person first, then the
#: emergency travel document, the flight with an escort, the reception where they land and the
#: reunion; the debrief and the offer of support once they are home; the follow-ups are the
#: issue's 30 and 90 days.
DEFAULT_DUE: dict[ReturnItemKind, timedelta] = {
    ReturnItemKind.TRAVEL_DOCUMENT: timedelta(days=2),
    ReturnItemKind.MEDICAL_ASSESSMENT: timedelta(days=1),
    ReturnItemKind.FLIGHT_ESCORT: timedelta(days=3),
    ReturnItemKind.RECEPTION: timedelta(days=4),
    ReturnItemKind.FAMILY_REUNION: timedelta(days=5),
    ReturnItemKind.DEBRIEF: timedelta(days=10),
    ReturnItemKind.PSYCHOSOCIAL: timedelta(days=14),
    ReturnItemKind.FOLLOW_UP_30: timedelta(days=30),
    ReturnItemKind.FOLLOW_UP_90: timedelta(days=90),
}

ITEM_ORDER: tuple[ReturnItemKind, ...] = tuple(ReturnItemKind)

#: Statuses that end a captivity with the person alive: each of them needs bringing home, so
#: each opens the checklist (the issue's "on release"; a rescued or escaped national needs the
#: same travel document, doctor and flight).
RETURNED_ALIVE = frozenset({HostageStatus.RELEASED, HostageStatus.RESCUED, HostageStatus.ESCAPED})


def item_title(kind: ReturnItemKind, person_name: str) -> str:
    """The task title of an item: what it is and for whom (the Tasks tab and dashboard show it)."""
    return f"Return: {kind.english_label.lower()} — {person_name}"  # stored as the task title: untranslated
