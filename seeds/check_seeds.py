#!/usr/bin/env python3
"""Check the demo seed files: parse, enums, keys, references, timestamps, contact details.

Standard library only. Usage:

    python seeds/check_seeds.py [DIR]        # DIR defaults to seeds/demo next to this script

Exit status 0 when every check passes, 1 otherwise. If the ``phonenumbers`` package happens
to be importable, phone numbers are also checked as possible numbers for their country.
"""

from __future__ import annotations

import contextlib
import re
import sys
import tomllib
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

try:  # optional: the application validates phones with it, so use it when present
    import phonenumbers
except ImportError:  # pragma: no cover - stdlib-only run
    phonenumbers = None

# Controlled vocabularies (must match consular/domain/enums.py).
USER_ROLES = {"caseworker", "supervisor", "admin", "viewer"}
POST_KINDS = {"embassy", "high_commission", "consulate", "ministry_desk"}
CASE_KINDS = {"abduction", "hostage_taking", "wrongful_detention", "missing_person", "other"}
CASE_STATUSES = {"open", "active", "resolved", "closed"}
PRIORITIES = {"low", "normal", "high", "critical"}
ATTRIBUTION = {"unknown", "suspected", "claimed", "confirmed"}
CLASSIFICATIONS = {"unclassified", "restricted", "confidential", "secret"}
PERSON_ROLES = {"hostage", "witness", "colleague", "other"}
HOSTAGE_STATUSES = {"held", "released", "rescued", "escaped", "deceased", "unaccounted"}
CHANNELS = {"phone", "in_person", "email", "video_call", "letter", "message"}
DIRECTIONS = {"outgoing", "incoming", "meeting"}
COUNTERPART_CATEGORIES = {
    "host_government",
    "police",
    "military",
    "employer",
    "family",
    "media",
    "ngo",
    "other_government",
    "intermediary",
    "other",
}
MILESTONE_KINDS = {
    "incident",
    "claim",
    "demand",
    "proof_of_life",
    "welfare_report",
    "public_statement",
    "travel_advisory",
    "release",
    "repatriation",
    "other",
}
TASK_STATUSES = {"open", "in_progress", "done", "cancelled"}
# The repatriation checklist (must match consular/domain/repatriation.py).
RETURN_ITEMS = {
    "travel_document",
    "medical_assessment",
    "flight_escort",
    "reception",
    "family_reunion",
    "debrief",
    "psychosocial",
    "follow_up_30",
    "follow_up_90",
}
RETURN_ITEM_STATES = {"open", "done", "not_applicable"}
PSYCHOSOCIAL = {"offered", "accepted", "declined"}
RETURNED_ALIVE = {"released", "rescued", "escaped"}
DEMAND_KINDS = {"money", "prisoner_release", "political", "other"}
DEMAND_RESPONSES = {"none", "acknowledged", "refused", "referred"}
VETTING_STATUSES = {"under_vetting", "vetted", "rejected"}
POL_MEDIA = {"video", "audio", "photo", "message", "sighting"}
POL_ASSESSMENTS = {"pending", "genuine", "doubtful", "false"}
CHARGE_STATUSES = {"pending", "dropped", "convicted", "acquitted"}
VISIT_DECISIONS = {"pending", "granted", "refused", "no_answer"}
LINK_KINDS = {"same_incident", "related"}

# The account `consular --demo` signs in as (consular/cli/common.py DEMO_USER): the demo's clock
# must leave something in their escalation queue, or Home and the tray show nothing to try.
DEMO_SUPERVISOR = "v.iyer"
ESCALATE_AFTER_DAYS = 3  # consular/services/context.py DEFAULT_ESCALATE_AFTER_DAYS

# Allowed case status transitions (must match consular/domain/workflow.py).
TRANSITIONS = {
    "open": {"active", "resolved", "closed"},
    "active": {"resolved", "closed"},
    "resolved": {"closed", "active"},
    "closed": {"active"},
}

USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,63}$")
POST_CODE = re.compile(r"^[A-Z]{2,5}$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")
E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
EXAMPLE_EMAIL = re.compile(r"^[^@\s]+@(?:[a-z0-9-]+\.)*example\.(?:org|in|com|net)$")
INDIAN_PASSPORT = re.compile(r"^[A-Z][0-9]{7}$")

# Plausible local hours for a contact, read at the offset written in its timestamp.
EARLIEST_HOUR, LATEST_HOUR = 6, 23

TOP_LEVEL = {"notice", "users", "posts", "cases", "links"}
FIELDS = {
    "links": {"cases", "kind", "note", "by"},
    "users": {"username", "display_name", "role", "email"},
    "posts": {"code", "name", "kind", "country", "city", "timezone"},
    "cases": {
        "key",
        "post",
        "title",
        "kind",
        "priority",
        "incident_at",
        "incident_site",
        "incident_town",
        "incident_region",
        "incident_country",
        "latitude",
        "longitude",
        "timezone",
        "circumstances",
        "attribution_level",
        "attribution_group",
        "attribution_source",
        "classification",
        "lead_caseworker",
        "supervisor",
        "opened_by",
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
        "detention",
        "charges",
        "hearings",
        "notes_verbales",
        "consular_visits",
        "repatriation",
        "family_updates",
        "officer_changes",
    },
    "status_changes": {"to", "at", "by", "reason"},
    "people": {
        "key",
        "role",
        "full_name",
        "name_native",
        "gender",
        "date_of_birth",
        "nationality",
        "passport_number",
        "home_state",
        "home_district",
        "employer",
        "occupation",
        "languages",
        "medical_needs",
        "phone",
        "email",
        "notes",
        "identifiers",
        "status_history",
    },
    "identifiers": {"kind", "value", "issuing_country"},
    "status_history": {"status", "at", "note", "source", "by", "family"},
    "next_of_kin": {
        "key",
        "hostage",
        "full_name",
        "name_native",
        "relationship",
        "phone",
        "email",
        "address",
        "preferred_language",
        "preferred_channel",
        "contact_every_days",
        "plan_channel",
        "plan_owner",
        "may_share",
        "notes",
        "officer_since",
    },
    "counterparts": {
        "key",
        "name",
        "category",
        "role",
        "organisation",
        "phone",
        "email",
        "reliability_note",
    },
    "contacts": {
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
    },
    "follow_up": {"title", "assignee", "due_at", "priority"},
    "pol_questions": {"key", "hostage", "question", "expected_answer", "agreed_with", "agreed_at", "added_by", "note"},
    "vetting": {"counterpart", "status", "at", "basis", "vetted_by", "by"},
    "demands": {
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
    },
    # wrongful detention (consular/services/detention.py)
    "detention": {
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
    },
    "transfers": {"place", "since"},
    "charges": {"person", "text", "filed_at", "status", "status_at", "restricted", "recorded_by"},
    "hearings": {"person", "held_at", "court", "outcome", "next_at", "restricted", "recorded_by"},
    "notes_verbales": {
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
    },
    "consular_visits": {
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
    },
    "family_updates": {"kin", "at", "by", "channel", "text", "closes_open_items", "restricted"},
    "officer_changes": {"kin", "to", "by", "reason", "at"},
    "milestones": {
        "kind",
        "at",
        "title",
        "description",
        "source",
        "hostage",
        "restricted",
        "recorded_by",
        "family",
        "family_told",  # false: the family has not been told yet (its "tell the family" item stays open)
        # proofs of life only: how it was checked
        "medium",
        "question",
        "answer_received",
        "answer_matched",
        "claimed_at",
        "established_at",
        "assessment",
        "assessment_basis",
        # welfare reports only: what they say of health
        "condition",
        "medication_needs",
        "supply_arranged",
    },
    "tasks": {
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
    },
    "repatriation": {"person", "items"},
    "repatriation_items": {"kind", "state", "at", "by", "owner", "due_at", "note", "debrief_by", "support", "reason"},
}
REQUIRED = {
    "links": {"cases", "by"},
    "users": {"username", "display_name", "role"},
    "posts": {"code", "name", "kind", "country", "city", "timezone"},
    "cases": {
        "key",
        "post",
        "title",
        "kind",
        "priority",
        "incident_at",
        "incident_country",
        "timezone",
        "attribution_level",
        "classification",
        "lead_caseworker",
        "opened_by",
    },
    "status_changes": {"to", "at", "by", "reason"},
    "people": {"key", "role", "full_name"},
    "identifiers": {"kind", "value"},
    "status_history": {"status", "at", "by"},
    "next_of_kin": {"key", "hostage", "full_name", "relationship"},
    "counterparts": {"key", "name", "category"},
    "contacts": {"at", "channel", "direction", "with", "staff", "subject", "recorded_by"},
    "follow_up": {"title", "assignee"},
    "pol_questions": {"key", "hostage", "question", "expected_answer", "added_by"},
    "vetting": {"counterpart", "status", "at", "basis", "by"},
    "demands": {"at", "made_by", "kind", "details", "recorded_by"},
    "detention": {"person", "recorded_by"},
    "transfers": {"place", "since"},
    "charges": {"person", "text", "filed_at", "recorded_by"},
    "hearings": {"person", "held_at", "court", "recorded_by"},
    "notes_verbales": {"key", "person", "reference", "sent_at", "addressed_to", "subject", "recorded_by"},
    "consular_visits": {"person", "requested_at", "recorded_by"},
    "milestones": {"kind", "at", "title", "recorded_by"},
    "tasks": {"title", "created_by", "status"},
    "repatriation": {"person"},
    "repatriation_items": {"kind", "state"},
    "family_updates": {"kin", "at", "by", "channel", "text"},
    "officer_changes": {"kin", "to", "by", "reason", "at"},
}
# Length limits of the database columns (consular/db/models.py).
MAX_LEN = {
    "title": 300,
    "subject": 300,
    "full_name": 300,
    "name_native": 300,
    "name": 300,
    "incident_site": 300,
    "incident_town": 120,
    "incident_region": 120,
    "attribution_group": 200,
    "attribution_source": 500,
    "source": 300,
    "employer": 200,
    "occupation": 200,
    "organisation": 200,
    "role": 200,
    "relationship": 80,
    "preferred_language": 60,
    "address": 500,
    "display_name": 200,
    "city": 120,
    "home_state": 120,
    "home_district": 120,
    "gender": 32,
    "passport_number": 32,
}


def _released_at(checker, person: dict) -> datetime | None:
    """When a hostage's status history last became released, rescued or escaped (None: it does not end so)."""
    history = person.get("status_history", [])
    if not history or history[-1].get("status") not in RETURNED_ALIVE:
        return None
    return checker.when("", history[-1], "at")


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.users: dict[str, str] = {}
        self.posts: dict[str, dict] = {}
        self.case_keys: set[str] = set()
        self.shared = 0  # entries of the case being checked marked shareable with family

    def error(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    # --- linked cases and the escalation queue ----------------------------------------

    def links(self, path: Path, data: dict, cases: dict[str, dict], fictional: set[str]) -> None:
        """Each link names two known, different cases, a kind, and someone on both cases' teams (or
        a supervisor). Only cases of wholly fictional files may be linked: the Kayes case follows
        public reporting, and a link to it would be a fact the sources do not give."""
        for i, link in enumerate(data.get("links", [])):
            where = f"{path.name} links[{i}]"
            self.fields(where, "links", link)
            self.enum(where, link, "kind", LINK_KINDS)
            self.user(where, link, "by")
            pair = link.get("cases")
            if not isinstance(pair, list) or len(pair) != 2:
                self.error(where, "'cases' must name exactly two case keys")
                continue
            for key in pair:
                if key not in cases:
                    self.error(where, f"case '{key}' is not a case key in the seeds")
                elif key not in fictional:
                    self.error(where, f"case '{key}' is not in an ENTIRELY FICTIONAL file; check the sources first")
            if pair[0] == pair[1]:
                self.error(where, "a case cannot be linked to itself")
            by = link.get("by")
            teams = [{cases[k].get("lead_caseworker"), cases[k].get("supervisor")} for k in pair if k in cases]
            if self.users.get(by) not in ("supervisor", "admin") and not all(by in team for team in teams):
                self.error(where, f"'{by}' is not on both cases' teams and not a supervisor, so may not link them")

    def escalation(self, loaded: list[tuple[Path, dict]]) -> int:
        """How many open tasks of DEMO_SUPERVISOR's open or active cases are overdue by more than
        ESCALATE_AFTER_DAYS days at the end of the demo's day (the last day of its data)."""
        moments: list[datetime] = []
        cases = [c for _, data in loaded for c in data.get("cases", [])]
        for c in cases:
            groups = (
                [c],
                c.get("status_changes", []),
                c.get("contacts", []),
                c.get("milestones", []),
                c.get("tasks", []),
            )
            for group in groups:
                for item in group:
                    for name in ("incident_at", "at", "completed_at"):
                        value = item.get(name) if isinstance(item, dict) else None
                        if isinstance(value, str):
                            with contextlib.suppress(ValueError):
                                moments.append(datetime.fromisoformat(value))
        if not moments:
            return 0
        end_of_day = datetime.combine(max(moments).astimezone(UTC).date(), time.max, tzinfo=UTC)
        cutoff = end_of_day - timedelta(days=ESCALATE_AFTER_DAYS)
        overdue = 0
        for c in cases:
            status = (c.get("status_changes") or [{}])[-1].get("to", "open")
            if c.get("supervisor") != DEMO_SUPERVISOR or status not in ("open", "active"):
                continue
            for t in c.get("tasks", []):
                due = t.get("due_at")
                if t.get("status", "open") in ("open", "in_progress") and isinstance(due, str):
                    with contextlib.suppress(ValueError):
                        overdue += datetime.fromisoformat(due) < cutoff
        return overdue

    # --- generic helpers ---------------------------------------------------------------

    def fields(self, where: str, kind: str, item: dict) -> None:
        if not isinstance(item, dict):
            self.error(where, f"expected a table, got {type(item).__name__}")
            return
        for name in item.keys() - FIELDS[kind]:
            self.error(where, f"unknown field '{name}'")
        for name in REQUIRED[kind] - item.keys():
            self.error(where, f"missing required field '{name}'")
        for name, limit in MAX_LEN.items():
            value = item.get(name)
            if isinstance(value, str) and len(value) > limit:
                self.error(where, f"'{name}' is {len(value)} characters; the limit is {limit}")
        for name, value in item.items():
            if isinstance(value, str) and not value.strip():
                self.error(where, f"'{name}' is empty; leave it out instead")

    def enum(self, where: str, item: dict, name: str, allowed: set[str]) -> None:
        value = item.get(name)
        if value is not None and value not in allowed:
            self.error(where, f"{name} '{value}' is not one of {sorted(allowed)}")

    def when(self, where: str, item: dict, name: str) -> datetime | None:
        value = item.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            self.error(where, f"{name} must be a quoted ISO 8601 string with offset")
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            self.error(where, f"{name} '{value}' is not ISO 8601")
            return None
        if parsed.tzinfo is None:
            self.error(where, f"{name} '{value}' has no UTC offset")
            return None
        return parsed

    def day(self, where: str, item: dict, name: str) -> date | None:
        value = item.get(name)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            self.error(where, f"{name} '{value}' is not a YYYY-MM-DD date")
            return None

    def repatriation(self, base: str, c: dict, incident: datetime | None) -> None:
        """Each checklist names a hostage released in the seed; each item once, with its facts;
        done and not applicable items dated, not before the release, by a known user."""
        people = {p.get("key"): p for p in c.get("people", []) if p.get("role") == "hostage"}
        seen: set[str] = set()
        for i, entry in enumerate(c.get("repatriation", [])):
            where = f"{base} repatriation[{i}]"
            self.fields(where, "repatriation", entry)
            person = entry.get("person")
            if person not in people:
                self.error(where, f"person '{person}' is not a hostage in this case")
                continue
            if person in seen:
                self.error(where, f"'{person}' has two checklists; a person has one")
            seen.add(person)
            released = _released_at(self, people[person])
            if released is None:
                self.error(where, f"'{person}' is not released, rescued or escaped at the end of their status_history")
            kinds: set[str] = set()
            for j, it in enumerate(entry.get("items", [])):
                iw = f"{where} items[{j}] '{it.get('kind')}'"
                self.fields(iw, "repatriation_items", it)
                self.enum(iw, it, "kind", RETURN_ITEMS)
                self.enum(iw, it, "state", RETURN_ITEM_STATES)
                self.enum(iw, it, "support", PSYCHOSOCIAL)
                for name in ("by", "owner"):
                    self.user(iw, it, name)
                if it.get("kind") in kinds:
                    self.error(iw, "the item is listed twice")
                kinds.add(it.get("kind"))
                at = self.when(iw, it, "at")
                self.when(iw, it, "due_at")
                state = it.get("state")
                if state in ("done", "not_applicable") and not (at and it.get("by")):
                    self.error(iw, "a done or not applicable item needs 'at' and 'by'")
                if state == "open" and at:
                    self.error(iw, "an open item has no 'at'")
                if at and released and at < released:
                    self.error(iw, f"closed ({it.get('at')}) before the release")
                if at and incident and at < incident:
                    self.error(iw, "closed before the incident")
                if (state == "not_applicable") != bool(it.get("reason")):
                    self.error(iw, "a not applicable item, and only it, has a 'reason'")
                if state == "done" and it.get("kind") == "debrief" and not it.get("debrief_by"):
                    self.error(iw, "a done debrief says who held it ('debrief_by')")
                if state == "done" and it.get("kind") == "psychosocial" and not it.get("support"):
                    self.error(iw, "done psychosocial support says offered, accepted or declined ('support')")
                if it.get("debrief_by") and it.get("kind") != "debrief":
                    self.error(iw, "'debrief_by' is only for the debrief")
                if it.get("support") and it.get("kind") != "psychosocial":
                    self.error(iw, "'support' is only for psychosocial support")

    def user(self, where: str, item: dict, name: str) -> None:
        value = item.get(name)
        if value is not None and value not in self.users:
            self.error(where, f"{name} '{value}' is not a user in the reference file")

    def zone(self, where: str, name: str | None) -> ZoneInfo | None:
        try:
            if not name or "/" not in name:
                raise ZoneInfoNotFoundError(name)
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            self.error(where, f"timezone '{name}' is not an IANA zone")
            return None

    def country(self, where: str, item: dict, name: str) -> None:
        value = item.get(name)
        if value is not None and not COUNTRY.match(str(value)):
            self.error(where, f"{name} '{value}' is not an ISO 3166 alpha-2 code")

    def contact_details(self, where: str, item: dict) -> None:
        phone = item.get("phone")
        if phone is not None:
            if not E164.match(phone):
                self.error(where, f"phone '{phone}' is not E.164 (+ and digits only)")
            elif phonenumbers is not None:
                try:
                    number = phonenumbers.parse(phone, None)
                    if not phonenumbers.is_possible_number(number):
                        self.error(where, f"phone '{phone}' has the wrong length for its country")
                except phonenumbers.NumberParseException:
                    self.error(where, f"phone '{phone}' does not parse")
        email = item.get("email")
        if email is not None and not EXAMPLE_EMAIL.match(email):
            self.error(where, f"e-mail '{email}' is not at an example.* domain")

    def family(self, where: str, item: dict, *, never: str | None = None) -> bool:
        """``family`` (shareable with family): true, or the wording for the family (one
        paragraph, under 2,000 characters); never on a restricted entry (``never`` says
        why else it cannot be). Returns whether the entry is marked."""
        value = item.get("family")
        if value is None or value is False:
            return False
        if value is not True and not (isinstance(value, str) and value.strip() and len(value) <= 2000):
            self.error(where, "family must be true or the wording for the family (at most 2,000 characters)")
        elif isinstance(value, str) and "\n" in value.strip():
            self.error(where, "the wording for the family is one paragraph")
        if item.get("restricted"):
            self.error(where, "a restricted entry can never be shareable with family; drop 'family'")
        if never:
            self.error(where, never)
        return True

    def bool_field(self, where: str, item: dict, name: str) -> None:
        if name in item and not isinstance(item[name], bool):
            self.error(where, f"{name} must be true or false")

    # --- reference file ----------------------------------------------------------------

    def reference(self, path: Path, data: dict) -> None:
        for i, u in enumerate(data.get("users", [])):
            where = f"{path.name} users[{i}]"
            self.fields(where, "users", u)
            name = u.get("username", "")
            if not USERNAME.match(name):
                self.error(where, f"username '{name}' must be lower-case (e.g. a.sharma)")
            if name in self.users:
                self.error(where, f"duplicate username '{name}'")
            self.users[name] = u.get("role", "")
            self.enum(where, u, "role", USER_ROLES)
            self.contact_details(where, u)
        for i, p in enumerate(data.get("posts", [])):
            where = f"{path.name} posts[{i}]"
            self.fields(where, "posts", p)
            code = p.get("code", "")
            if not POST_CODE.match(code):
                self.error(where, f"post code '{code}' must be 2-5 capital letters")
            if code in self.posts:
                self.error(where, f"duplicate post code '{code}'")
            self.posts[code] = p
            self.enum(where, p, "kind", POST_KINDS)
            self.country(where, p, "country")
            self.zone(where, p.get("timezone"))

    # --- cases -------------------------------------------------------------------------

    def case(self, path: Path, c: dict) -> dict:
        key = c.get("key", "?")
        base = f"{path.name} case '{key}'"
        self.shared = 0
        self.fields(base, "cases", c)
        if not KEY.match(str(key)):
            self.error(base, "case key must be lower-case letters, digits and '-'")
        if key in self.case_keys:
            self.error(base, "duplicate case key across files")
        self.case_keys.add(key)
        if c.get("post") not in self.posts:
            self.error(base, f"post '{c.get('post')}' is not defined in the reference file")
        for name, allowed in (
            ("kind", CASE_KINDS),
            ("priority", PRIORITIES),
            ("attribution_level", ATTRIBUTION),
            ("classification", CLASSIFICATIONS),
        ):
            self.enum(base, c, name, allowed)
        for name in ("lead_caseworker", "supervisor", "opened_by"):
            self.user(base, c, name)
        if c.get("supervisor") and self.users.get(c["supervisor"]) not in ("supervisor", "admin"):
            self.error(base, f"supervisor '{c['supervisor']}' does not have the supervisor role")
        self.country(base, c, "incident_country")
        self.zone(base, c.get("timezone"))
        incident = self.when(base, c, "incident_at")
        lat, lon = c.get("latitude"), c.get("longitude")
        if (lat is None) != (lon is None):
            self.error(base, "give both latitude and longitude, or neither")
        elif lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
            self.error(base, "coordinates out of range")

        def not_before_incident(where: str, at: datetime | None, what: str) -> None:
            if at and incident and at < incident:
                self.error(where, f"{what} {at.isoformat()} is before the incident")

        # Status changes: the case starts open; transitions must follow the workflow.
        status, previous = "open", None
        for i, s in enumerate(c.get("status_changes", [])):
            where = f"{base} status_changes[{i}]"
            self.fields(where, "status_changes", s)
            self.enum(where, s, "to", CASE_STATUSES)
            self.user(where, s, "by")
            at = self.when(where, s, "at")
            not_before_incident(where, at, "status change")
            if previous and at and at < previous:
                self.error(where, "status changes are not in time order")
            previous = at or previous
            target = s.get("to")
            if target in CASE_STATUSES and target not in TRANSITIONS[status]:
                self.error(where, f"cannot go from {status} to {target}")
            status = target if target in CASE_STATUSES else status

        # Keys: people, next of kin and counterparts share one namespace in a case.
        keys: Counter[str] = Counter()
        hostages: set[str] = set()
        persons: set[str] = set()
        for i, p in enumerate(c.get("people", [])):
            where = f"{base} people[{i}] '{p.get('key')}'"
            self.fields(where, "people", p)
            keys[p.get("key")] += 1
            persons.add(p.get("key"))
            self.enum(where, p, "role", PERSON_ROLES)
            if p.get("role") == "hostage":
                hostages.add(p.get("key"))
            self.day(where, p, "date_of_birth")
            self.country(where, p, "nationality")
            self.contact_details(where, p)
            passport = p.get("passport_number")
            if passport and p.get("nationality") == "IN" and not INDIAN_PASSPORT.match(passport):
                self.error(where, f"passport '{passport}' is not a letter and 7 digits")
            langs = p.get("languages")
            if langs is not None and not (isinstance(langs, list) and all(isinstance(x, str) and x for x in langs)):
                self.error(where, "languages must be a list of names")
            for j, ident in enumerate(p.get("identifiers", [])):
                self.fields(f"{where} identifiers[{j}]", "identifiers", ident)
                self.country(f"{where} identifiers[{j}]", ident, "issuing_country")
            history = p.get("status_history", [])
            if history and p.get("role") != "hostage":
                self.error(where, "status_history is only for hostages")
            last = None
            for j, h in enumerate(history):
                hw = f"{where} status_history[{j}]"
                self.fields(hw, "status_history", h)
                self.enum(hw, h, "status", HOSTAGE_STATUSES)
                self.user(hw, h, "by")
                self.shared += self.family(hw, h)
                at = self.when(hw, h, "at")
                if last and at and at < last:
                    self.error(hw, "status history is not in time order")
                last = at or last
        for i, k in enumerate(c.get("next_of_kin", [])):
            where = f"{base} next_of_kin[{i}] '{k.get('key')}'"
            self.fields(where, "next_of_kin", k)
            keys[k.get("key")] += 1
            if k.get("hostage") not in hostages:
                self.error(where, f"hostage '{k.get('hostage')}' is not a hostage in this case")
            self.enum(where, k, "preferred_channel", CHANNELS)
            self.enum(where, k, "plan_channel", CHANNELS)
            self.user(where, k, "plan_owner")
            self.contact_details(where, k)
            every = k.get("contact_every_days")
            if every is not None and not (isinstance(every, int) and 1 <= every <= 365):
                self.error(where, "contact_every_days must be a whole number of days, 1-365")
        kin = {k.get("key") for k in c.get("next_of_kin", [])}
        for i, cp in enumerate(c.get("counterparts", [])):
            where = f"{base} counterparts[{i}] '{cp.get('key')}'"
            self.fields(where, "counterparts", cp)
            keys[cp.get("key")] += 1
            self.enum(where, cp, "category", COUNTERPART_CATEGORIES)
            self.contact_details(where, cp)
        for key_name, count in keys.items():
            if not key_name or not KEY.match(str(key_name)):
                self.error(base, f"bad key '{key_name}' (lower-case letters, digits, '-')")
            if count > 1:
                self.error(base, f"key '{key_name}' is used {count} times")
        reachable = kin | {cp.get("key") for cp in c.get("counterparts", [])}

        previous = None
        for i, e in enumerate(c.get("contacts", [])):
            where = f"{base} contacts[{i}]"
            self.fields(where, "contacts", e)
            self.enum(where, e, "channel", CHANNELS)
            self.enum(where, e, "direction", DIRECTIONS)
            self.user(where, e, "recorded_by")
            for b in ("follow_up_needed", "restricted"):
                self.bool_field(where, e, b)
            self.shared += self.family(where, e)
            at = self.when(where, e, "at")
            not_before_incident(where, at, "contact")
            if previous and at and at < previous:
                self.error(where, f"contact at {e.get('at')} is earlier than the one before it")
            previous = at or previous
            if at and not (EARLIEST_HOUR <= at.hour <= LATEST_HOUR):
                self.error(where, f"contact at {e.get('at')} is outside plausible hours")
            with_ = e.get("with", [])
            if not isinstance(with_, list) or not with_:
                self.error(where, "with must list at least one counterpart or next-of-kin key")
            for ref in with_ if isinstance(with_, list) else []:
                if ref not in reachable:
                    self.error(where, f"with '{ref}' is not a counterpart or next of kin")
            staff = e.get("staff", [])
            if not isinstance(staff, list) or not staff:
                self.error(where, "staff must list at least one username")
            for s in staff if isinstance(staff, list) else []:
                if s not in self.users:
                    self.error(where, f"staff '{s}' is not a user")
            subject = e.get("subject", "")
            if "\n" in subject:
                self.error(where, "subject must be one line")
            duration = e.get("duration_minutes")
            if duration is not None and not (isinstance(duration, int) and 0 < duration <= 1440):
                self.error(where, "duration_minutes must be 1-1440")
            fu = e.get("follow_up")
            if fu is not None:
                fw = f"{where} follow_up"
                self.fields(fw, "follow_up", fu)
                self.user(fw, fu, "assignee")
                self.enum(fw, fu, "priority", PRIORITIES)
                due = self.when(fw, fu, "due_at")
                if due and at and due < at:
                    self.error(fw, "follow-up is due before the contact that raised it")
                if not e.get("follow_up_needed"):
                    self.error(where, "has a follow_up but follow_up_needed is not true")

        questions = set()
        for i, q in enumerate(c.get("pol_questions", [])):
            where = f"{base} pol_questions[{i}]"
            self.fields(where, "pol_questions", q)
            self.user(where, q, "added_by")
            if q.get("hostage") not in hostages:
                self.error(where, f"hostage '{q.get('hostage')}' is not a hostage in this case")
            if "agreed_with" in q and q["agreed_with"] not in kin:
                self.error(where, f"agreed_with '{q['agreed_with']}' is not a next of kin in this case")
            if "agreed_at" in q and "agreed_with" not in q:
                self.error(where, "agreed_at without agreed_with")
            self.when(where, q, "agreed_at")
            questions.add(q.get("key"))

        previous = None
        for i, m in enumerate(c.get("milestones", [])):
            where = f"{base} milestones[{i}]"
            self.fields(where, "milestones", m)
            self.enum(where, m, "kind", MILESTONE_KINDS)
            self.user(where, m, "recorded_by")
            self.bool_field(where, m, "restricted")
            personal = m.get("kind") in ("proof_of_life", "welfare_report", "demand")
            self.shared += self.family(
                where,
                m,
                never="proofs of life, welfare reports and demands are not shared this way" if personal else None,
            )
            at = self.when(where, m, "at")
            not_before_incident(where, at, "milestone")
            if previous and at and at < previous:
                self.error(where, "milestones are not in time order")
            previous = at or previous
            if "hostage" in m and m["hostage"] not in hostages:
                self.error(where, f"hostage '{m['hostage']}' is not a hostage in this case")
            if m.get("kind") == "proof_of_life":
                self.enum(where, m, "medium", POL_MEDIA)
                self.enum(where, m, "assessment", POL_ASSESSMENTS)
                if "medium" not in m:
                    self.error(where, "a proof of life needs its medium")
                if m.get("assessment", "pending") != "pending" and not m.get("assessment_basis"):
                    self.error(where, "an assessment needs its assessment_basis")
                if "question" in m and m["question"] not in questions:
                    self.error(where, f"question '{m['question']}' is not in pol_questions")
                if "restricted" in m:
                    self.error(where, "a proof of life is always restricted; drop 'restricted'")
                for name in ("claimed_at", "established_at"):
                    self.when(where, m, name)
            else:
                extra = sorted(set(m) & {"medium", "question", "answer_received", "answer_matched", "assessment"})
                if extra:
                    self.error(where, f"'{extra[0]}' is only for proofs of life")

        counterpart_keys = {k.get("key") for k in c.get("counterparts", [])}
        for i, e in enumerate(c.get("vetting", [])):
            where = f"{base} vetting[{i}]"
            self.fields(where, "vetting", e)
            self.enum(where, e, "status", VETTING_STATUSES)
            self.user(where, e, "by")
            self.when(where, e, "at")
            if e.get("counterpart") not in counterpart_keys:
                self.error(where, f"counterpart '{e.get('counterpart')}' is not a counterpart in this case")
        for i, d in enumerate(c.get("demands", [])):
            where = f"{base} demands[{i}]"
            self.fields(where, "demands", d)
            self.enum(where, d, "kind", DEMAND_KINDS)
            self.enum(where, d, "response", DEMAND_RESPONSES)
            self.user(where, d, "recorded_by")
            at = self.when(where, d, "at")
            not_before_incident(where, at, "demand")
            for name in ("deadline", "responded_at"):
                self.when(where, d, name)
            if d.get("via") is not None and d["via"] not in counterpart_keys:
                self.error(where, f"via '{d['via']}' is not a counterpart in this case")
            if "hostage" in d and d["hostage"] not in hostages:
                self.error(where, f"hostage '{d['hostage']}' is not a hostage in this case")
            if (d.get("kind") == "money") != ("amount" in d and "currency" in d):
                self.error(where, "a money demand, and only it, has amount and currency")
            if d.get("response", "none") != "none" and not d.get("response_note"):
                self.error(where, "a response needs its response_note")

        self.detention(base, c, hostages, not_before_incident)
        self.family_log(c, base, kin, not_before_incident)

        for i, t in enumerate(c.get("tasks", [])):
            where = f"{base} tasks[{i}] '{t.get('title', '')[:40]}'"
            self.fields(where, "tasks", t)
            self.enum(where, t, "status", TASK_STATUSES)
            self.enum(where, t, "priority", PRIORITIES)
            for name in ("assignee", "created_by", "completed_by"):
                self.user(where, t, name)
            due = self.when(where, t, "due_at")
            completed = self.when(where, t, "completed_at")
            not_before_incident(where, completed, "completion")
            created = self.when(where, t, "created_at")
            not_before_incident(where, created, "creation")
            if created and due and due < created:
                self.error(where, f"task is due ({t.get('due_at')}) before it was created")
            if created and completed and completed < created:
                self.error(where, f"task was completed ({t.get('completed_at')}) before it was created")
            if created and not (EARLIEST_HOUR <= created.hour <= LATEST_HOUR):
                self.error(where, f"created_at {t.get('created_at')} is outside plausible hours")
            finished = t.get("status") in ("done", "cancelled")
            if finished and not (t.get("completed_at") and t.get("completed_by")):
                self.error(where, "a done or cancelled task needs completed_at and completed_by")
            if not finished and ("completed_at" in t or "completed_by" in t):
                self.error(where, "an open task must not have completed_at/completed_by")

        self.repatriation(base, c, incident)

        contacts = c.get("contacts", [])
        follow_ups = sum(1 for e in contacts if "follow_up" in e)
        return {
            "file": path.name,
            "key": key,
            "post": c.get("post"),
            "status": status,
            "people": len(c.get("people", [])),
            "hostages": len(hostages),
            "next_of_kin": len(c.get("next_of_kin", [])),
            "counterparts": len(c.get("counterparts", [])),
            "contacts": len(contacts),
            "restricted": sum(1 for e in contacts if e.get("restricted")),
            "milestones": len(c.get("milestones", [])),
            "tasks": len(c.get("tasks", [])) + follow_ups,
            "family": self.shared,
        }

    def detention(self, base: str, c: dict, hostages: set, not_before_incident) -> None:
        """Wrongful detention: only on a wrongful_detention case, about its nationals; a
        decision after its request, an answer after its note, a next hearing after its date."""
        sections = ("detention", "charges", "hearings", "notes_verbales", "consular_visits")
        if c.get("kind") != "wrongful_detention" and any(c.get(s) for s in sections):
            self.error(base, "detention records belong to a case of kind 'wrongful_detention'")
        notes = {n.get("key") for n in c.get("notes_verbales", [])}
        for section in sections:
            for i, e in enumerate(c.get(section, [])):
                where = f"{base} {section}[{i}]"
                self.fields(where, section, e)
                self.user(where, e, "recorded_by")
                if e.get("person") not in hostages:
                    self.error(where, f"person '{e.get('person')}' is not a hostage (national concerned) in this case")
                self.bool_field(where, e, "restricted")
                for j, t in enumerate(e.get("transfers", []) if section == "detention" else []):
                    self.fields(f"{where} transfers[{j}]", "transfers", t)
                    not_before_incident(f"{where} transfers[{j}]", self.when(where, t, "since"), "transfer")
        for i, e in enumerate(c.get("charges", [])):
            where = f"{base} charges[{i}]"
            self.enum(where, e, "status", CHARGE_STATUSES)
            filed, status_at = self.when(where, e, "filed_at"), self.when(where, e, "status_at")
            if e.get("status", "pending") != "pending" and status_at is None:
                self.error(where, "a charge that is not pending needs its status_at")
            if filed and status_at and status_at < filed:
                self.error(where, "status_at is before filed_at")
        for i, e in enumerate(c.get("hearings", [])):
            where = f"{base} hearings[{i}]"
            held, nxt = self.when(where, e, "held_at"), self.when(where, e, "next_at")
            if held and nxt and nxt < held:
                self.error(where, "next_at is before held_at")
        for i, e in enumerate(c.get("notes_verbales", [])):
            where = f"{base} notes_verbales[{i}]"
            sent, answered = self.when(where, e, "sent_at"), self.when(where, e, "answered_at")
            not_before_incident(where, sent, "note verbale")
            if answered and sent and answered < sent:
                self.error(where, "answered_at is before sent_at")
            if bool(e.get("answered_at")) != bool(e.get("answer_summary")):
                self.error(where, "an answer needs both answered_at and answer_summary")
        for i, e in enumerate(c.get("consular_visits", [])):
            where = f"{base} consular_visits[{i}]"
            self.enum(where, e, "decision", VISIT_DECISIONS)
            requested, decided = self.when(where, e, "requested_at"), self.when(where, e, "decided_at")
            visit = self.when(where, e, "visit_at")
            if e.get("note") is not None and e["note"] not in notes:
                self.error(where, f"note '{e['note']}' is not a notes_verbales key of this case")
            pending = e.get("decision", "pending") == "pending"
            if pending == bool(decided):
                self.error(where, "a decided request, and only it, has decided_at")
            if requested and decided and decided < requested:
                self.error(where, "decided_at is before requested_at")
            granted_only = {"visit_at", "visited_by", "findings", "welfare_observed"} & e.keys()
            if granted_only and e.get("decision") != "granted":
                self.error(where, f"'{sorted(granted_only)[0]}' is only for a granted request")
            if visit and decided and visit < decided:
                self.error(where, "visit_at is before decided_at")

    def family_log(self, c: dict, base: str, kin: set, not_before_incident) -> None:
        """Family updates and officer changes: a next of kin of the case, staff, a channel, a time;
        everything said in them is invented, so each says so ("fictional")."""
        for section in ("family_updates", "officer_changes"):
            for i, e in enumerate(c.get(section, [])):
                where = f"{base} {section}[{i}]"
                self.fields(where, section, e)
                self.user(where, e, "by")
                if e.get("kin") not in kin:
                    self.error(where, f"kin '{e.get('kin')}' is not a next of kin in this case")
                if section == "family_updates":
                    self.enum(where, e, "channel", CHANNELS)
                    self.bool_field(where, e, "closes_open_items")
                    self.bool_field(where, e, "restricted")
                    not_before_incident(where, self.when(where, e, "at"), "family update")
                    text = e.get("text", "")
                else:
                    self.user(where, e, "to")
                    text = e.get("reason", "")
                if "fictional" not in text.lower():
                    self.error(
                        where, "family updates and officer changes are invented: say so ('Fictional demo entry.')"
                    )
        for section in ("milestones", "demands"):
            for i, e in enumerate(c.get(section, [])):
                self.bool_field(f"{base} {section}[{i}]", e, "family_told")
                if section == "demands":
                    self.bool_field(f"{base} {section}[{i}]", e, "about_family")


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "demo"
    files = sorted(folder.glob("*.toml"))
    if not files:
        print(f"no .toml files in {folder}")
        return 1
    checker = Checker()
    loaded: list[tuple[Path, dict]] = []
    for path in files:
        try:
            with path.open("rb") as fh:
                loaded.append((path, tomllib.load(fh)))
        except tomllib.TOMLDecodeError as exc:
            checker.error(path.name, f"TOML error: {exc}")
    for path, data in loaded:
        for name in data.keys() - TOP_LEVEL:
            checker.error(path.name, f"unknown top-level key '{name}'")
    # Users and posts first, whatever file they are in, so cases can refer to them.
    for path, data in loaded:
        if "users" in data or "posts" in data:
            checker.reference(path, data)
    summaries = []
    for path, data in loaded:
        cases = data.get("cases", [])
        if cases and "notice" not in data:
            checker.error(path.name, "a file with cases needs a 'notice' saying what is fictional")
        for c in cases:
            summaries.append(checker.case(path, c))
        # Near-duplicates planted for the duplicate finder ("made twice by mistake") are invented
        # facts: only on cases whose file says it is ENTIRELY FICTIONAL (not the Kayes case,
        # which follows public reporting).
        planted = [
            entry.get("key", "?")
            for c in cases
            for kind in ("people", "next_of_kin", "counterparts")
            for entry in c.get(kind, [])
            if "made twice by mistake" in (entry.get("notes") or entry.get("reliability_note") or "")
        ]
        if planted and "ENTIRELY FICTIONAL" not in data.get("notice", ""):
            checker.error(path.name, f"near-duplicates {planted} belong on an ENTIRELY FICTIONAL case only")

    by_key = {c.get("key"): c for _, data in loaded for c in data.get("cases", [])}
    fictional = {
        c.get("key")
        for _, data in loaded
        if str(data.get("notice", "")).startswith("ENTIRELY FICTIONAL")
        for c in data.get("cases", [])
    }
    for path, data in loaded:
        checker.links(path, data, by_key, fictional)
    overdue = checker.escalation(loaded)
    if not overdue:
        checker.error(
            "escalation",
            f"no task of {DEMO_SUPERVISOR}'s open cases is overdue by more than {ESCALATE_AFTER_DAYS} days on the "
            "demo's day: the demo's Home and tray would show an empty queue",
        )

    print(f"{len(files)} files, {len(checker.users)} users, {len(checker.posts)} posts, {len(summaries)} cases")
    print(f"{sum(len(d.get('links', [])) for _, d in loaded)} case links; {overdue} tasks in {DEMO_SUPERVISOR}'s queue")
    header = (
        "case",
        "post",
        "status",
        "people",
        "hostages",
        "kin",
        "counterparts",
        "contacts",
        "restricted",
        "milestones",
        "tasks",
        "family",
    )
    rows = [header] + [
        (
            s["key"],
            s["post"],
            s["status"],
            s["people"],
            s["hostages"],
            s["next_of_kin"],
            s["counterparts"],
            s["contacts"],
            s["restricted"],
            s["milestones"],
            s["tasks"],
            s["family"],
        )
        for s in summaries
    ]
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(header))]
    for r in rows:
        print("  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=True)))
    if checker.errors:
        print(f"\n{len(checker.errors)} problem(s):")
        for e in checker.errors:
            print(f"  - {e}")
        return 1
    print("\nall checks passed" + ("" if phonenumbers else " (phone lengths not checked: phonenumbers not installed)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
