#!/usr/bin/env python3
"""Check the demo seed files: parse, enums, keys, references, timestamps, contact details.

Standard library only. Usage:

    python seeds/check_seeds.py [DIR]        # DIR defaults to seeds/demo next to this script

Exit status 0 when every check passes, 1 otherwise. If the ``phonenumbers`` package happens
to be importable, phone numbers are also checked as possible numbers for their country.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections import Counter
from datetime import date, datetime
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
DEMAND_KINDS = {"money", "prisoner_release", "political", "other"}
DEMAND_RESPONSES = {"none", "acknowledged", "refused", "referred"}
VETTING_STATUSES = {"under_vetting", "vetted", "rejected"}
POL_MEDIA = {"video", "audio", "photo", "message", "sighting"}
POL_ASSESSMENTS = {"pending", "genuine", "doubtful", "false"}

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

TOP_LEVEL = {"notice", "users", "posts", "cases"}
FIELDS = {
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
    "status_history": {"status", "at", "note", "source", "by"},
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
    "family_updates": {"kin", "at", "by", "channel", "text", "closes_open_items", "restricted"},
    "officer_changes": {"kin", "to", "by", "reason"},
    "milestones": {
        "kind",
        "at",
        "title",
        "description",
        "source",
        "hostage",
        "restricted",
        "recorded_by",
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
}
REQUIRED = {
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
    "milestones": {"kind", "at", "title", "recorded_by"},
    "tasks": {"title", "created_by", "status"},
    "family_updates": {"kin", "at", "by", "channel", "text"},
    "officer_changes": {"kin", "to", "by", "reason"},
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


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.users: dict[str, str] = {}
        self.posts: dict[str, dict] = {}
        self.case_keys: set[str] = set()

    def error(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

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

        self.family(c, base, kin, not_before_incident)

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
        }

    def family(self, c: dict, base: str, kin: set, not_before_incident) -> None:
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

    print(f"{len(files)} files, {len(checker.users)} users, {len(checker.posts)} posts, {len(summaries)} cases")
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
