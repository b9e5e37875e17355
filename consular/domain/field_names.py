"""The names of form fields as validation messages say them ("The reason is required.").

domain/validation.py translates a field's name under the context ``domain.fields`` when it
builds a message; the names the services pass are marked here so that lupdate extracts them
(a name not listed shows in English).
"""

from __future__ import annotations

from consular.i18n import QT_TRANSLATE_NOOP

FIELD_NAMES: frozenset[str] = frozenset(
    {
        QT_TRANSLATE_NOOP("domain.fields", "address"),
        QT_TRANSLATE_NOOP("domain.fields", "addressee"),
        QT_TRANSLATE_NOOP("domain.fields", "answer received"),
        QT_TRANSLATE_NOOP("domain.fields", "answer summary"),
        QT_TRANSLATE_NOOP("domain.fields", "assessment basis"),
        QT_TRANSLATE_NOOP("domain.fields", "authority"),
        QT_TRANSLATE_NOOP("domain.fields", "basis"),
        QT_TRANSLATE_NOOP("domain.fields", "charge"),
        QT_TRANSLATE_NOOP("domain.fields", "circumstances"),
        QT_TRANSLATE_NOOP("domain.fields", "city"),
        QT_TRANSLATE_NOOP("domain.fields", "contact every days"),
        QT_TRANSLATE_NOOP("domain.fields", "counterpart name"),
        QT_TRANSLATE_NOOP("domain.fields", "court"),
        QT_TRANSLATE_NOOP("domain.fields", "debrief by"),
        QT_TRANSLATE_NOOP("domain.fields", "description"),
        QT_TRANSLATE_NOOP("domain.fields", "details"),
        QT_TRANSLATE_NOOP("domain.fields", "display name"),
        QT_TRANSLATE_NOOP("domain.fields", "duration minutes"),
        QT_TRANSLATE_NOOP("domain.fields", "expected answer"),
        QT_TRANSLATE_NOOP("domain.fields", "file name"),
        QT_TRANSLATE_NOOP("domain.fields", "findings"),
        QT_TRANSLATE_NOOP("domain.fields", "follow-up task"),
        QT_TRANSLATE_NOOP("domain.fields", "gender"),
        QT_TRANSLATE_NOOP("domain.fields", "held note"),
        QT_TRANSLATE_NOOP("domain.fields", "held source"),
        QT_TRANSLATE_NOOP("domain.fields", "identifier type"),
        QT_TRANSLATE_NOOP("domain.fields", "identifier value"),
        QT_TRANSLATE_NOOP("domain.fields", "languages"),
        QT_TRANSLATE_NOOP("domain.fields", "lawyer firm"),
        QT_TRANSLATE_NOOP("domain.fields", "lawyer name"),
        QT_TRANSLATE_NOOP("domain.fields", "medication needs"),
        QT_TRANSLATE_NOOP("domain.fields", "name"),
        QT_TRANSLATE_NOOP("domain.fields", "name in native script"),
        QT_TRANSLATE_NOOP("domain.fields", "name native"),
        QT_TRANSLATE_NOOP("domain.fields", "note"),
        QT_TRANSLATE_NOOP("domain.fields", "notes"),
        QT_TRANSLATE_NOOP("domain.fields", "outcome"),
        QT_TRANSLATE_NOOP("domain.fields", "participant notes"),
        QT_TRANSLATE_NOOP("domain.fields", "passport number"),
        QT_TRANSLATE_NOOP("domain.fields", "place"),
        QT_TRANSLATE_NOOP("domain.fields", "preferred language"),
        QT_TRANSLATE_NOOP("domain.fields", "question"),
        QT_TRANSLATE_NOOP("domain.fields", "reason"),
        QT_TRANSLATE_NOOP("domain.fields", "reference number"),
        QT_TRANSLATE_NOOP("domain.fields", "relationship"),
        QT_TRANSLATE_NOOP("domain.fields", "reliability note"),
        QT_TRANSLATE_NOOP("domain.fields", "source"),
        QT_TRANSLATE_NOOP("domain.fields", "subject"),
        QT_TRANSLATE_NOOP("domain.fields", "summary"),
        QT_TRANSLATE_NOOP("domain.fields", "task title"),
        QT_TRANSLATE_NOOP("domain.fields", "title"),
        QT_TRANSLATE_NOOP("domain.fields", "username"),
        QT_TRANSLATE_NOOP("domain.fields", "vetted by"),
        QT_TRANSLATE_NOOP("domain.fields", "visited by"),
        QT_TRANSLATE_NOOP("domain.fields", "welfare observed"),
        QT_TRANSLATE_NOOP("domain.fields", "what was told"),
        QT_TRANSLATE_NOOP("domain.fields", "who made it"),
        QT_TRANSLATE_NOOP("domain.fields", "why they are unlinked"),
        QT_TRANSLATE_NOOP("domain.fields", "wording for the family"),
    }
)
