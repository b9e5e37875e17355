"""The shape of the demo seed files (seeds/demo/*.toml): which keys each table may hold.

The loader (demo.py) refuses any other key, so a typo in a seed file is an error, not a
silently ignored value. Fields that the services define (a case's editable fields, a
person's and a contact plan's fields) are taken from them, not listed again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from consular.domain.errors import UserError, ValidationError
from consular.i18n import translate
from consular.services import cases, people, person_fields


class SeedError(UserError):
    """A seed file cannot be loaded; the message names the file, the record and the problem."""


TOP_LEVEL_KEYS = {"notice", "users", "posts", "cases", "links"}  # links: see seeding/demo_links.py
USER_KEYS = {"username", "display_name", "role", "email"}
POST_KEYS = {"code", "name", "kind", "country", "city", "timezone"}
# The case's own fields are the ones a caseworker may edit after opening it.
CASE_FIELDS = set(cases.EDITABLE_FIELDS)
CASE_KEYS = CASE_FIELDS | {
    "key",
    "post",
    "opened_by",
    "opened_at",
    "open_reason",
    "notice",
    "status_changes",
    "people",
    "next_of_kin",
    "counterparts",
    "contacts",
    "pol_questions",
    "milestones",
    "vetting",
    "demands",
    "tasks",
    # wrongful detention by a state (services/detention.py)
    "detention",
    "charges",
    "hearings",
    "notes_verbales",
    "consular_visits",
    "repatriation",
    "family_updates",
    "officer_changes",
}
STATUS_CHANGE_KEYS = {"to", "at", "by", "reason"}
PERSON_KEYS = set(people.PERSON_FIELDS) | {
    "key",
    "role",
    "identifiers",
    "status_history",
    "participant_notes",
    "added_by",
}
HISTORY_KEYS = {"status", "at", "note", "source", "by", "family"}
KIN_KEYS = set(person_fields.LIAISON_FIELDS) | {
    "key",
    "hostage",
    "full_name",
    "name_native",
    "added_by",
    "officer_since",
}
COUNTERPART_KEYS = {
    "key",
    "name",
    "category",
    "role",
    "organisation",
    "phone",
    "email",
    "address",
    "reliability_note",
    "added_by",
}
CONTACT_KEYS = {
    "key",
    "at",
    "duration_minutes",
    "channel",
    "direction",
    "with",
    "staff",
    "subject",
    "notes",
    "outcome",
    "follow_up_needed",
    "restricted",
    "recorded_by",
    "follow_up",
    "family",
}
FOLLOW_UP_KEYS = {"title", "assignee", "due_at", "priority", "description"}
# ``family_told = false``: the family has not been told yet, its "tell the family" item stays open
# (every other item the load opens is closed as told at the time: see seeding/demo_family_log.py).
MILESTONE_KEYS = {
    "kind",
    "at",
    "title",
    "description",
    "source",
    "hostage",
    "restricted",
    "recorded_by",
    "family",
    "family_told",
}

# A proof of life also says how it was checked (services/proof_of_life.py).
PROOF_OF_LIFE_KEYS = MILESTONE_KEYS | {
    "medium",
    "question",
    "answer_received",
    "answer_matched",
    "claimed_at",
    "established_at",
    "assessment",
    "assessment_basis",
}
VETTING_KEYS = {"counterpart", "status", "at", "basis", "vetted_by", "by"}
DEMAND_KEYS = {
    "at",
    "made_by",
    "kind",
    "amount",
    "currency",
    "details",
    "via",
    "channel",
    "hostage",
    "deadline",
    "response",
    "response_note",
    "responded_at",
    "recorded_by",
    "about_family",
    "family_told",
}
# Wrongful detention (services/detention.py): one [[cases.detention]] per detained national,
# its [[cases.detention.transfers]], and the records around it. "person" names a person key.
DETENTION_KEYS = {
    "person",
    "authority",
    "place",
    "place_since",
    "lawyer_name",
    "lawyer_firm",
    "lawyer_phone",
    "lawyer_appointed_at",
    "transfers",
    "recorded_by",
}
TRANSFER_KEYS = {"place", "since"}
CHARGE_KEYS = {"person", "text", "filed_at", "status", "status_at", "restricted", "recorded_by"}
HEARING_KEYS = {"person", "held_at", "court", "outcome", "next_at", "restricted", "recorded_by"}
NOTE_VERBALE_KEYS = {
    "key",
    "person",
    "reference",
    "sent_at",
    "addressed_to",
    "subject",
    "answered_at",
    "answer_summary",
    "restricted",
    "recorded_by",
}
VISIT_KEYS = {
    "person",
    "requested_at",
    "note",
    "decision",
    "decided_at",
    "visit_at",
    "visited_by",
    "findings",
    "welfare_observed",
    "restricted",
    "recorded_by",
}
# What was told to a next of kin (services/family_updates.py); ``closes_open_items``: it covers
# the hostage's open items of developments up to its time (default: none).
FAMILY_UPDATE_KEYS = {"kin", "at", "by", "channel", "text", "closes_open_items", "restricted"}
# A change of a next of kin's liaison officer (services/liaison_officers.py), made on the load's day.
OFFICER_CHANGE_KEYS = {"kin", "to", "by", "reason", "at"}
# A welfare report also says what it knows of health (services/welfare.py).
WELFARE_KEYS = {"condition", "medication_needs", "supply_arranged"}
POL_QUESTION_KEYS = {"key", "hostage", "question", "expected_answer", "agreed_with", "agreed_at", "added_by", "note"}
# A released national's repatriation checklist (services/repatriation.py): what became of each item.
REPATRIATION_KEYS = {"person", "items"}
REPATRIATION_ITEM_KEYS = {"kind", "state", "at", "by", "owner", "due_at", "note", "debrief_by", "support", "reason"}
TASK_KEYS = {
    "title",
    "description",
    "assignee",
    "due_at",
    "priority",
    "created_by",
    "created_at",
    "status",
    "completed_at",
    "completed_by",
    "completion_note",
    "contact",
}


# --- checking a seed case before it is loaded -------------------------------------------


def require(item: dict, key: str, where: str):
    if item.get(key) in (None, ""):
        raise SeedError(translate("seeding.demo_schema", "{where}: '{key}' is required.").format(where=where, key=key))
    return item[key]


def check_case(file: str, index: int, item: dict, users: set[str]) -> None:
    """Keys, required fields, references between records and usernames of one seed case."""
    where = f"{file}, cases[{index}]"
    check_keys(item, CASE_KEYS, where)
    where = f"{file}, case '{require(item, 'key', where)}'"
    for name in ("post", "opened_by", "title", "incident_at"):
        require(item, name, where)

    def user(value, w):
        if value and str(value).strip().lower() not in users:
            raise SeedError(
                translate("seeding.demo_schema", "{w}: '{value}' is not a user; add them to [[users]] first.").format(
                    w=w, value=value
                )
            )

    for name in ("opened_by", "lead_caseworker", "supervisor"):
        user(item.get(name), f"{where}, {name}")
    sections = {
        "status_changes": STATUS_CHANGE_KEYS,
        "people": PERSON_KEYS,
        "next_of_kin": KIN_KEYS,
        "counterparts": COUNTERPART_KEYS,
        "contacts": CONTACT_KEYS,
        "pol_questions": POL_QUESTION_KEYS,
        "milestones": PROOF_OF_LIFE_KEYS | WELFARE_KEYS,
        "vetting": VETTING_KEYS,
        "demands": DEMAND_KEYS,
        "tasks": TASK_KEYS,
        "detention": DETENTION_KEYS,
        "charges": CHARGE_KEYS,
        "hearings": HEARING_KEYS,
        "notes_verbales": NOTE_VERBALE_KEYS,
        "consular_visits": VISIT_KEYS,
        "repatriation": REPATRIATION_KEYS,
        "family_updates": FAMILY_UPDATE_KEYS,
        "officer_changes": OFFICER_CHANGE_KEYS,
    }
    keys: dict[str, str] = {}
    for section, allowed in sections.items():
        entries = item.get(section, [])
        if not isinstance(entries, list):
            raise SeedError(
                translate(
                    "seeding.demo_schema", "{where}: '{section}' must be an array of tables ([[cases.{section}]])."
                ).format(where=where, section=section)
            )
        for i, entry in enumerate(entries):
            w = f"{where}, {section}[{i}]"
            check_keys(entry, allowed, w)
            for name in ("by", "added_by", "recorded_by", "created_by", "completed_by", "assignee", "plan_owner"):
                user(entry.get(name), f"{w}, {name}")
            for name in entry.get("staff", []):
                user(name, f"{w}, staff")
            for j, history in enumerate(entry.get("status_history", [])):
                check_keys(history, HISTORY_KEYS, f"{w}, status_history[{j}]")
                user(history.get("by"), f"{w}, status_history[{j}], by")
            if isinstance(entry.get("follow_up"), dict):
                check_keys(entry["follow_up"], FOLLOW_UP_KEYS, f"{w}, follow_up")
                user(entry["follow_up"].get("assignee"), f"{w}, follow_up, assignee")
            for j, transfer in enumerate(entry.get("transfers", []) if section == "detention" else []):
                check_keys(transfer, TRANSFER_KEYS, f"{w}, transfers[{j}]")
            if section in ("detention", "charges", "hearings", "notes_verbales", "consular_visits"):
                user(entry.get("recorded_by"), f"{w}, recorded_by")
            if section in ("people", "next_of_kin", "counterparts", "pol_questions", "notes_verbales"):
                key = str(require(entry, "key", w))
                if key in keys:
                    raise SeedError(
                        translate("seeding.demo_schema", "{w}: the key '{key}' is used twice in this case.").format(
                            w=w, key=key
                        )
                    )
                keys[key] = section
    for i, kin in enumerate(item.get("next_of_kin", [])):
        if keys.get(kin.get("hostage")) != "people":
            raise SeedError(
                translate(
                    "seeding.demo_schema",
                    "{where}, next_of_kin[{i}]: 'hostage' names '{get}', which is not a person of this case.",
                ).format(where=where, i=i, get=kin.get("hostage"))
            )
    for i, contact in enumerate(item.get("contacts", [])):
        for name in contact.get("with", []):
            if keys.get(name) not in ("next_of_kin", "counterparts"):
                raise SeedError(
                    translate(
                        "seeding.demo_schema",
                        "{where}, contacts[{i}]: 'with' names '{name}', which is not a counterpart or "
                        "next of kin of this case.",
                    ).format(where=where, i=i, name=name)
                )
    for i, entry in enumerate(item.get("repatriation", [])):
        if keys.get(entry.get("person")) != "people":
            raise SeedError(
                translate(
                    "seeding.demo_schema",
                    "{where}, repatriation[{i}]: 'person' names a person who is not in this case.",
                ).format(where=where, i=i)
            )
        for j, spec in enumerate(entry.get("items", [])):
            check_keys(spec, REPATRIATION_ITEM_KEYS, f"{where}, repatriation[{i}], items[{j}]")
            for name in ("by", "owner"):
                user(spec.get(name), f"{where}, repatriation[{i}], items[{j}], {name}")
    for section in ("family_updates", "officer_changes"):
        for i, entry in enumerate(item.get(section, [])):
            if keys.get(entry.get("kin")) != "next_of_kin":
                raise SeedError(
                    translate(
                        "seeding.demo_schema",
                        "{where}, {section}[{i}]: 'kin' names '{get}', no next of kin of this case.",
                    ).format(where=where, section=section, i=i, get=entry.get("kin"))
                )
    for i, question in enumerate(item.get("pol_questions", [])):
        if keys.get(question.get("hostage")) != "people":
            raise SeedError(
                translate(
                    "seeding.demo_schema",
                    "{where}, pol_questions[{i}]: 'hostage' names a person who is not in this case.",
                ).format(where=where, i=i)
            )
        if question.get("agreed_with") and keys.get(question["agreed_with"]) != "next_of_kin":
            raise SeedError(
                translate(
                    "seeding.demo_schema",
                    "{where}, pol_questions[{i}]: 'agreed_with' names no next of kin of this case.",
                ).format(where=where, i=i)
            )
    for section in ("detention", "charges", "hearings", "notes_verbales", "consular_visits"):
        for i, entry in enumerate(item.get(section, [])):
            if entry.get("person") is not None and keys.get(entry["person"]) != "people":
                raise SeedError(
                    translate(
                        "seeding.demo_schema",
                        "{where}, {section}[{i}]: 'person' names '{entry}', not a person of this case.",
                    ).format(where=where, section=section, i=i, entry=entry["person"])
                )
    for i, visit in enumerate(item.get("consular_visits", [])):
        if visit.get("note") is not None and keys.get(visit["note"]) != "notes_verbales":
            raise SeedError(
                translate(
                    "seeding.demo_schema",
                    "{where}, consular_visits[{i}]: 'note' names no notes_verbales entry of this case.",
                ).format(where=where, i=i)
            )
    for i, milestone in enumerate(item.get("milestones", [])):
        own = {"proof_of_life": PROOF_OF_LIFE_KEYS, "welfare_report": MILESTONE_KEYS | WELFARE_KEYS}
        extra = set(milestone) - own.get(milestone.get("kind"), MILESTONE_KEYS)
        if extra:
            raise SeedError(
                translate(
                    "seeding.demo_schema", "{where}, milestones[{i}]: '{extra}' does not belong to a {get}."
                ).format(where=where, i=i, extra=sorted(extra)[0], get=milestone.get("kind"))
            )
        if milestone.get("question") and keys.get(milestone["question"]) != "pol_questions":
            raise SeedError(
                translate(
                    "seeding.demo_schema",
                    "{where}, milestones[{i}]: 'question' names no pol_questions entry of this case.",
                ).format(where=where, i=i)
            )
        if milestone.get("hostage") and keys.get(milestone["hostage"]) != "people":
            raise SeedError(
                translate(
                    "seeding.demo_schema",
                    "{where}, milestones[{i}]: 'hostage' names '{milestone}', which is not a person of this case.",
                ).format(where=where, i=i, milestone=milestone["hostage"])
            )


def check_keys(item: dict, allowed: set[str], where: str) -> None:
    if not isinstance(item, dict):
        raise SeedError(
            translate("seeding.demo_schema", "{where}: expected a table, found {name}.").format(
                where=where, name=type(item).__name__
            )
        )
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise SeedError(
            translate("seeding.demo_schema", "{where}: unknown key '{unknown}' (known keys: {allowed}).").format(
                where=where, unknown=unknown[0], allowed=", ".join(sorted(allowed))
            )
        )


def describe(exc: UserError) -> str:
    message = exc.message.rstrip(".")
    if isinstance(exc, ValidationError) and exc.field and exc.field.replace("_", " ") not in message.lower():
        message += f" (field: {exc.field})"
    return message


@contextlib.contextmanager
def at(where: str) -> Iterator[None]:
    """Name the seed record in any error a service raises while loading it."""
    try:
        yield
    except SeedError:
        raise
    except UserError as exc:
        raise SeedError(f"{where}: {describe(exc)}.") from None
