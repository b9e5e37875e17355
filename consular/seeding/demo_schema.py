"""The shape of the demo seed files (seeds/demo/*.toml): which keys each table may hold.

The loader (demo.py) refuses any other key, so a typo in a seed file is an error, not a
silently ignored value. Fields that the services define (a case's editable fields, a
person's and a contact plan's fields) are taken from them, not listed again.
"""

from __future__ import annotations

from consular.services import cases, people, person_fields

TOP_LEVEL_KEYS = {"notice", "users", "posts", "cases"}
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
HISTORY_KEYS = {"status", "at", "note", "source", "by"}
KIN_KEYS = set(person_fields.LIAISON_FIELDS) | {"key", "hostage", "full_name", "name_native", "added_by"}
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
}
FOLLOW_UP_KEYS = {"title", "assignee", "due_at", "priority", "description"}
MILESTONE_KEYS = {"kind", "at", "title", "description", "source", "hostage", "restricted", "recorded_by"}
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
}
# A welfare report also says what it knows of health (services/welfare.py).
WELFARE_KEYS = {"condition", "medication_needs", "supply_arranged"}
POL_QUESTION_KEYS = {"key", "hostage", "question", "expected_answer", "agreed_with", "agreed_at", "added_by", "note"}
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
