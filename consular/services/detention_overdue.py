"""What is overdue in the wrongful-detention cases, for the dashboard: consular visit
requests without a decision after ``Settings.visit_answer_days`` days (default 7), notes
verbales unanswered after ``Settings.note_answer_days`` days (default 14), and hearings whose
date passed with no outcome recorded.

Active cases only (open, active). A restricted record of a case whose restricted content the
reader may not see is listed with its case, its kind and how long it has waited (the
caseworker needs to know something is late), never its content: "Restricted".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from consular.domain.timeutil import whole_days
from consular.i18n import QT_TRANSLATE_NOOP, format_date, translate
from consular.repositories import detention as detention_repo
from consular.services import need_to_know
from consular.services.context import ServiceContext
from consular.services.convert import WITHHELD
from consular.services.permissions import action
from consular.services.views import JsonMixin

_WHAT = {
    "visit": QT_TRANSLATE_NOOP("services.detention_overdue", "Consular visit request"),
    "note": QT_TRANSLATE_NOOP("services.detention_overdue", "Note verbale"),
    "hearing": QT_TRANSLATE_NOOP("services.detention_overdue", "Hearing"),
}
# Where in the case's workspace the record is seen.
SECTION = "detention"


@dataclass(frozen=True)
class OverdueRequest(JsonMixin):
    kind: str  # visit, note, hearing
    record_id: int
    case_id: int
    reference: str
    person_name: str
    #: Requested on (a visit), sent on (a note), held on (a hearing).
    since: datetime
    days_waiting: int
    restricted: bool
    #: Restricted, and the reader is not on the case's team.
    withheld: bool
    #: The note's reference or the hearing's court ("" for a visit, or when withheld).
    label: str

    @property
    def text(self) -> str:
        """'Note verbale NV/2025/114 for M. Shaikh: no answer for 21 days'; 'Hearing of 14 Oct 2025
        for M. Shaikh: no outcome recorded (Lomé court)'."""
        n = self.days_waiting
        if self.withheld:
            what = translate("services.detention_overdue", "{what} ({restricted})").format(
                what=translate("services.detention_overdue", _WHAT[self.kind]),
                restricted=translate("services.convert", WITHHELD),
            )
            if self.kind == "visit":
                return translate("services.detention_overdue", "{what}: no decision for %n day(s)", "", n).format(
                    what=what
                )
            if self.kind == "note":
                return translate("services.detention_overdue", "{what}: no answer for %n day(s)", "", n).format(
                    what=what
                )
            return translate("services.detention_overdue", "{what}: no outcome recorded for %n day(s)", "", n).format(
                what=what
            )
        if self.kind == "hearing":
            day = format_date(self.since, "dd MMM y")
            if self.label:
                return translate(
                    "services.detention_overdue", "Hearing of {day} for {name}: no outcome recorded ({court})"
                ).format(day=day, name=self.person_name, court=self.label)
            return translate("services.detention_overdue", "Hearing of {day} for {name}: no outcome recorded").format(
                day=day, name=self.person_name
            )
        if self.kind == "note":
            if self.label:
                return translate(
                    "services.detention_overdue", "Note verbale {reference} for {name}: no answer for %n day(s)", "", n
                ).format(reference=self.label, name=self.person_name)
            return translate(
                "services.detention_overdue", "Note verbale for {name}: no answer for %n day(s)", "", n
            ).format(name=self.person_name)
        return translate(
            "services.detention_overdue", "Consular visit request for {name}: no decision for %n day(s)", "", n
        ).format(name=self.person_name)


@action("detention_overdue.overdue_requests")
def overdue_requests(ctx: ServiceContext, *, limit: int = 50) -> tuple[list[OverdueRequest], bool]:
    """The overdue detention requests of active cases, the longest waiting first (at most
    ``limit``), and whether there are more. One indexed query (see
    :func:`consular.repositories.detention.overdue_rows`) plus the reader's team lookup."""
    now = ctx.now()
    with ctx.transaction() as session:
        rows = detention_repo.overdue_rows(
            session,
            now,
            visit_days=ctx.settings.visit_answer_days,
            note_days=ctx.settings.note_answer_days,
            limit=limit + 1,
        )
        visible = need_to_know.visible_cases(ctx, session) if any(r[6] for r in rows) else None
    items = []
    for kind, record_id, case_id, reference, person, since, restricted, label in rows[:limit]:
        withheld = bool(restricted) and visible is not None and case_id not in visible
        items.append(
            OverdueRequest(
                kind=kind,
                record_id=record_id,
                case_id=case_id,
                reference=reference,
                person_name=person,
                since=since,
                days_waiting=whole_days(since, now),
                restricted=bool(restricted),
                withheld=withheld,
                label="" if withheld else (label or ""),
            )
        )
    shown = sorted({i.reference for i in items if i.restricted and not i.withheld and i.label})
    if shown:
        # A restricted note's reference or hearing's court is on screen: one read entry.
        ctx.record_read("restricted", "dashboard", None, detention=shown)
    return items, len(rows) > limit


__all__ = ["SECTION", "OverdueRequest", "overdue_requests"]
