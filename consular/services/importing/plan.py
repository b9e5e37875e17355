"""The validation pass: every row of a file checked, and matched, without writing anything.

It runs in a read transaction (no write lock): each row's fields go through the validators the
services run on typed input (``_clean_case_fields``, ``clean_person``, the counterpart and
contact checks), in the order the services run them, so a refused row names the same field and
reason as when it was written row by row; matches against the database are found with a few
batched queries per file (:class:`Lookup`), and matches and duplicates *within* the file are
kept in memory (:class:`Seen`): a person created by row 3 is matched by row 9, a counterpart
created for one contact is the one the next contact names.

The outcome of each row is a :class:`Planned`: its :class:`RowOutcome` (what the dry run
shows) and what writing it takes, which :mod:`.rows` applies through the services in one
short writing transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select

from consular.db.chunks import chunks
from consular.db.models import Case, CaseCounterpart, CaseParticipant, ContactEntry, Counterpart, Person
from consular.domain import validation as v
from consular.domain.enums import AttributionLevel, Channel, Classification, Direction, ParticipantRole, Priority
from consular.domain.errors import NotFoundError, UserError, ValidationError
from consular.domain.timeutil import in_zone
from consular.i18n import translate
from consular.repositories import cases as case_repo
from consular.services.cases import _clean_case_fields, normalise_reference
from consular.services.contacts import _when, refuse_long_before_incident
from consular.services.counterparts import _clean as clean_counterpart
from consular.services.importing.mapping import Mapping
from consular.services.importing.parsing import parse_date_cell, parse_datetime_cell, parse_phone_cell
from consular.services.importing.rows import (
    CASE_TEXT,
    CREATED,
    MATCHED,
    PERSON_TEXT,
    REFUSED,
    RowOutcome,
    flag,
    fold,
    number,
    opened_as,
    phone_region,
    split_with,
    staff_names,
    strings,
    text,
    whole,
)
from consular.services.person_fields import clean_person
from consular.services.reference_data import post_for, user_id_for


@dataclass
class Planned:
    """One row after the validation pass: what it shows, and what writing it takes."""

    outcome: RowOutcome
    #: What the write does: None (nothing: matched as it is, or refused), "case", "person"
    #: (a new person joins the case), "add" (a known person joins the case), "contact".
    action: str | None = None
    #: What the write needs (see :mod:`.rows`): ids, cleaned values, the service's arguments.
    args: dict = field(default_factory=dict)


class Lookup:
    """What a file's rows match in the database, read with a few queries for the whole file."""

    def __init__(self, session, kind: str, rows: list[dict], date_order: str | None = None):
        self.session = session
        self.cases: dict[str, Case | UserError] = {}
        refs = {text(r.get("case_reference" if kind != "cases" else "reference")) for r in rows} - {None}
        normal: dict[str, str | UserError] = {}
        for given in refs:
            try:
                normal[given] = normalise_reference(given)
            except ValidationError as exc:
                normal[given] = exc
        by_ref: dict[str, Case] = {}
        for chunk in chunks(sorted({ref for ref in normal.values() if isinstance(ref, str)})):
            for case in session.scalars(select(Case).where(Case.reference.in_(chunk))):
                by_ref[case.reference] = case
        for given, ref in normal.items():
            if isinstance(ref, UserError):
                self.cases[given] = ref
                continue
            self.cases[given] = by_ref.get(ref) or NotFoundError(
                translate(
                    "services.cases", "There is no case '{ref}'. Check the reference (e.g. BAM-2025-0001)."
                ).format(ref=ref)
            )
        self._posts: dict[str, object] = {}
        self._users: dict[tuple[str, str], int | UserError | None] = {}
        self._sequences: dict[tuple[int, int], int] = {}
        self.persons_by_passport: dict[str, int] = {}
        self.persons_by_dob: dict = defaultdict(list)  # date → [(id, folded name)] in id order
        self.participants: set[tuple[int, int]] = set()
        self.contacts: dict = defaultdict(list)  # (case id, time) → [(id, folded subject)] in id order
        self.counterparts: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # lower name → [(id, fold…)]
        self.links: set[tuple[int, int]] = set()
        if kind == "people":
            self._people(rows, date_order)
        elif kind == "contacts":
            self._contacts(rows, date_order)

    def case(self, given: str) -> Case:
        found = self.cases[given]
        if isinstance(found, UserError):
            raise ValidationError("case_reference", str(found))
        return found

    def _case_ids(self) -> list[int]:
        return sorted({c.id for c in self.cases.values() if isinstance(c, Case)})

    def _people(self, rows: list[dict], date_order: str | None) -> None:
        session = self.session
        passports = {p.replace(" ", "").upper() for p in (text(r.get("passport_number")) for r in rows) if p}
        ids: set[int] = set()
        for chunk in chunks(sorted(passports)):
            found = session.execute(
                select(Person.passport_number, func.min(Person.id))
                .where(Person.passport_number.in_(chunk))
                .group_by(Person.passport_number)
            )
            for passport, person_id in found:
                self.persons_by_passport[passport] = person_id
                ids.add(person_id)
        days = set()
        for r in rows:  # the dates as the pass reads them; a bad one is refused there
            try:
                day = parse_date_cell(r.get("date_of_birth"), "date_of_birth", date_order)
            except UserError:
                continue
            if day is not None:
                days.add(day)
        for chunk in chunks(sorted(days)):
            found = session.execute(
                select(Person.id, Person.date_of_birth, Person.full_name)
                .where(Person.date_of_birth.in_(chunk))
                .order_by(Person.id)
            )
            for person_id, day, name in found:
                self.persons_by_dob[day].append((person_id, fold(name)))
                ids.add(person_id)
        case_ids = set(self._case_ids())
        for chunk in chunks(sorted(ids)):
            found = session.execute(
                select(CaseParticipant.case_id, CaseParticipant.person_id).where(CaseParticipant.person_id.in_(chunk))
            )
            self.participants |= {(c, p) for c, p in found if c in case_ids}

    def _contacts(self, rows: list[dict], date_order: str | None) -> None:
        session = self.session
        times = set()
        for r in rows:  # the times as the pass reads them (in the case's zone); a bad one is refused there
            found = self.cases.get(text(r.get("case_reference")))
            if isinstance(found, Case):
                try:
                    at = parse_datetime_cell(r.get("occurred_at"), "occurred_at", found.timezone, date_order)
                except UserError:
                    continue
                if at is not None:
                    times.add(at)
        case_ids = self._case_ids()
        times = sorted(times)
        for chunk in chunks(case_ids):
            found = session.execute(
                select(ContactEntry.id, ContactEntry.case_id, ContactEntry.occurred_at, ContactEntry.subject)
                .where(
                    ContactEntry.case_id.in_(chunk),
                    ContactEntry.occurred_at.in_(times),
                    ContactEntry.voided_at.is_(None),
                )
                .order_by(ContactEntry.id)
            )
            for contact_id, case_id, at, subject in found:
                self.contacts[(case_id, at)].append((contact_id, fold(subject)))
            links = select(CaseCounterpart.case_id, CaseCounterpart.counterpart_id).where(
                CaseCounterpart.case_id.in_(chunk)
            )
            self.links |= {(case_id, counterpart_id) for case_id, counterpart_id in session.execute(links)}
        names = {name.lower() for r in rows for name, _org in split_with(r.get("with"))}
        for chunk in chunks(sorted(names)):
            found = session.execute(
                select(Counterpart.id, Counterpart.name, Counterpart.organisation, func.lower(Counterpart.name))
                .where(func.lower(Counterpart.name).in_(chunk))
                .order_by(Counterpart.id)
            )
            for counterpart_id, name, organisation, lowered in found:
                self.counterparts[lowered].append((counterpart_id, fold(name), fold(organisation)))

    def post(self, code: str):
        key = (code or "").strip().upper()
        if key not in self._posts:
            try:
                self._posts[key] = post_for(self.session, code)
            except UserError as exc:
                self._posts[key] = exc
        found = self._posts[key]
        if isinstance(found, UserError):
            raise found
        return found

    def user(self, name: str | None, field_name: str) -> int | None:
        key = ((name or "").strip().lower(), field_name)
        if key not in self._users:
            try:
                self._users[key] = user_id_for(self.session, name, field_name)
            except UserError as exc:
                self._users[key] = exc
        found = self._users[key]
        if isinstance(found, UserError):
            raise found
        return found

    def next_sequence(self, post_id: int, year: int) -> int:
        """The sequence number the next case of (post, year) gets, counting the file's own."""
        key = (post_id, year)
        if key not in self._sequences:
            self._sequences[key] = case_repo.max_sequence(self.session, post_id, year)
        self._sequences[key] += 1
        return self._sequences[key]


@dataclass
class Seen:
    """What earlier rows of the file create or link, so that later rows match them."""

    cases: dict[str, int] = field(default_factory=dict)  # reference → row
    persons_by_passport: dict[str, int] = field(default_factory=dict)  # passport → row
    persons_by_dob: dict = field(default_factory=lambda: defaultdict(list))  # date → [(row, folded name)]
    participants: set = field(default_factory=set)  # (case id, person id or ("row", n))
    contacts: dict = field(default_factory=lambda: defaultdict(list))  # (case id, time) → [(row, subject)]
    counterparts: dict = field(default_factory=dict)  # (folded name, organisation) → row
    links: set = field(default_factory=set)  # (case id, counterpart id)


Progress = Callable[..., None]


def plan_rows(
    ctx,
    session,
    kind: str,
    rows: list[dict],
    numbers: list[int],
    mapping: Mapping,
    file_name: str,
    progress: Progress | None = None,
) -> list[Planned]:
    """Check and match every row in ``session`` without writing; ``rows`` are the mapped
    values of the file's rows, ``numbers`` their row numbers in the file."""
    lookup, seen = Lookup(session, kind, rows, mapping.date_order), Seen()
    check = CHECK[kind]
    found: list[Planned] = []
    total = len(rows)
    for index, (values, row) in enumerate(zip(rows, numbers, strict=True), start=1):
        try:
            found.append(check(ctx, lookup, seen, values, mapping, row, file_name))
        except UserError as exc:
            found.append(Planned(RowOutcome(row, REFUSED, _label(values), str(exc), getattr(exc, "field", None))))
        if progress is not None and (index % 25 == 0 or index == total):
            progress(
                index,
                total,
                translate("services.importing", "Checking row {done} of {total}…").format(done=index, total=total),
            )
    return found


def _label(values: dict) -> str:
    """What a refused row is about, as the file says it (a name, a title, a summary)."""
    for name in ("full_name", "title", "subject", "reference"):
        shown = values.get(name)
        if shown not in (None, ""):
            return str(shown)[:80]
    return ""


# --- cases ----------------------------------------------------------------------------------


def check_case(ctx, lookup: Lookup, seen: Seen, values: dict, mapping: Mapping, row: int, file_name: str) -> Planned:
    """A case row: matched on its reference, else checked as ``cases.open_case_in_session`` checks it."""
    given = text(values.get("reference"))
    if given:
        ref = normalise_reference(given)
        existing = lookup.cases.get(given)
        if isinstance(existing, Case) or ref in seen.cases:
            return Planned(RowOutcome(row, MATCHED, ref, translate("services.importing.rows", "on the case reference")))
    code = text(values.get("post")) or (given.split("-")[0] if given and "-" in given else None)
    if not code:
        raise ValidationError(
            "post",
            translate("services.importing.rows", "Give the post (code, e.g. BAM), or a reference that starts with it."),
        )
    post = lookup.post(code)
    tz = text(values.get("timezone")) or post.timezone
    fields = {k: val for k, val in strings(values, CASE_TEXT).items() if val is not None}
    incident = parse_datetime_cell(values.get("incident_at"), "incident_at", tz, mapping.date_order)
    if incident is None:
        raise ValidationError(
            "incident_at", translate("services.importing.rows", "The incident date and time is required.")
        )
    arguments = {
        "post_code": post.code,
        "incident_at": incident,
        "timezone": tz,
        "latitude": number(values.get("latitude"), "latitude"),
        "longitude": number(values.get("longitude"), "longitude"),
        "reason": f"Imported from {file_name}, row {row}",
        "title": fields.pop("title", None),
        "kind": fields.pop("kind", None),
        "incident_country": fields.pop("incident_country", None),
        **fields,
    }
    # What open_case_in_session checks, in its order, without the insert.
    cleaned = _clean_case_fields(
        {
            "title": arguments["title"],
            "kind": arguments["kind"],
            "priority": arguments.get("priority", Priority.HIGH),
            "incident_at": incident,
            "incident_site": arguments.get("incident_site"),
            "incident_town": arguments.get("incident_town"),
            "incident_region": arguments.get("incident_region"),
            "incident_country": arguments["incident_country"],
            "latitude": arguments["latitude"],
            "longitude": arguments["longitude"],
            "timezone": tz,
            "circumstances": arguments.get("circumstances"),
            "attribution_level": arguments.get("attribution_level", AttributionLevel.UNKNOWN),
            "attribution_group": arguments.get("attribution_group"),
            "attribution_source": arguments.get("attribution_source"),
            "classification": arguments.get("classification", Classification.RESTRICTED),
        },
        tz,
        ctx.now(),
    )
    lookup.user(arguments.get("lead_caseworker"), "lead_caseworker")
    lookup.user(arguments.get("supervisor"), "supervisor")
    v.clean_text(arguments["reason"], "reason", required=True, max_length=2000, multiline=True)
    year = in_zone(cleaned["incident_at"], tz).year
    reference = f"{post.code}-{year}-{lookup.next_sequence(post.id, year):04d}"
    seen.cases[reference] = row
    outcome = RowOutcome(row, CREATED, reference, opened_as(given, reference))
    return Planned(outcome, "case", {"arguments": arguments, "given": given})


# --- people ---------------------------------------------------------------------------------


def _given_case(lookup: Lookup, values: dict) -> Case:
    given = text(values.get("case_reference"))
    if not given:
        raise ValidationError(
            "case_reference", translate("services.importing.rows", "Give the case reference (e.g. BAM-2025-0001).")
        )
    return lookup.case(given)


def check_person(ctx, lookup: Lookup, seen: Seen, values: dict, mapping: Mapping, row: int, file_name: str) -> Planned:
    """A person row: matched on passport, or name and date of birth, else checked as
    ``people.add_person_in_session`` checks a new person."""
    case = _given_case(lookup, values)
    name = text(values.get("full_name"))
    if not name:
        raise ValidationError("full_name", translate("services.importing.rows", "The person's full name is required."))
    fields: dict = {"full_name": name}
    fields |= {k: val for k, val in strings(values, PERSON_TEXT).items() if val is not None}
    assumed: list[str] = []
    dob = parse_date_cell(values.get("date_of_birth"), "date_of_birth", mapping.date_order)
    if dob is not None:
        fields["date_of_birth"] = dob
    phone, region = parse_phone_cell(values.get("phone"), "phone", phone_region(mapping, case))
    if phone:
        fields["phone"] = phone
    if region:
        assumed.append(
            translate("services.importing.rows", "phone {given} read for country {region} ({phone})").format(
                given=text(values.get("phone")), region=region, phone=phone
            )
        )
    role = text(values.get("role")) or ""
    if role and ParticipantRole.parse(role, "role") == ParticipantRole.NEXT_OF_KIN:
        raise ValidationError(
            "role",
            translate(
                "services.importing.rows",
                "Next of kin come with their contact plan and the hostage they are family of; "
                "add them in the case's People tab, not by import.",
            ),
        )
    held = parse_datetime_cell(values.get("held_since"), "held_since", case.timezone, mapping.date_order)
    person, on_what = _known_person(lookup, seen, fields)
    label = f"{name} in {case.reference}"
    arguments = {"case_id": case.id, "role": role, "held_since": held}
    if person is not None:
        if (case.id, person) in lookup.participants or (case.id, person) in seen.participants:
            return Planned(
                RowOutcome(
                    row,
                    MATCHED,
                    label,
                    translate("services.importing.rows", "already in the case, {how}").format(how=on_what),
                    assumed=assumed,
                )
            )
        ParticipantRole.parse(role, "role")  # add_person_in_session's first check
        seen.participants.add((case.id, person))
        if isinstance(person, tuple):  # created by an earlier row of the file
            detail = translate("services.importing.rows", "the person of row {row} {how}; added to the case").format(
                row=person[1], how=on_what
            )
            return Planned(
                RowOutcome(row, MATCHED, label, detail, assumed=assumed), "add", {**arguments, "of_row": person[1]}
            )
        detail = translate("services.importing.rows", "known person #{id} {how}; added to the case").format(
            id=person, how=on_what
        )
        return Planned(
            RowOutcome(row, MATCHED, label, detail, assumed=assumed), "add", {**arguments, "person_id": person}
        )
    # What add_person_in_session checks for a new person, in its order, without the insert.
    ParticipantRole.parse(role, "role")
    cleaned = clean_person(fields, creating=True, today=ctx.now().date())
    mine = ("row", row)
    if cleaned.get("passport_number"):
        seen.persons_by_passport.setdefault(cleaned["passport_number"], row)
    if cleaned.get("date_of_birth") is not None:
        seen.persons_by_dob[cleaned["date_of_birth"]].append((row, fold(cleaned["full_name"])))
    seen.participants.add((case.id, mine))
    return Planned(RowOutcome(row, CREATED, label, assumed=assumed), "person", {**arguments, "fields": fields})


def _known_person(lookup: Lookup, seen: Seen, fields: dict) -> tuple[int | tuple | None, str]:
    """The person a row names: on the passport first, then on name and date of birth; a
    person already in the database before one an earlier row creates. A person of the file is
    ``("row", n)``."""
    passport = fields.get("passport_number")
    if passport:
        normal = passport.replace(" ", "").upper()
        how = translate("services.importing.rows", "on passport number {number}").format(number=normal)
        if normal in lookup.persons_by_passport:
            return lookup.persons_by_passport[normal], how
        if normal in seen.persons_by_passport:
            return ("row", seen.persons_by_passport[normal]), how
    dob = fields.get("date_of_birth")
    if dob is not None:
        name = fold(fields["full_name"])
        how = translate("services.importing.rows", "on name and date of birth ({day})").format(day=f"{dob:%Y-%m-%d}")
        for person_id, folded in lookup.persons_by_dob.get(dob, ()):
            if folded == name:
                return person_id, how
        for row, folded in seen.persons_by_dob.get(dob, ()):
            if folded == name:
                return ("row", row), how
    return None, ""


# --- contacts -------------------------------------------------------------------------------


def check_contact(ctx, lookup: Lookup, seen: Seen, values: dict, mapping: Mapping, row: int, file_name: str) -> Planned:
    """A contact row: matched on case, time and summary, else checked as
    ``contacts.log_contact_in_session`` checks it (and its new counterparts as the counterpart service does)."""
    case = _given_case(lookup, values)
    at = parse_datetime_cell(values.get("occurred_at"), "occurred_at", case.timezone, mapping.date_order)
    if at is None:
        raise ValidationError(
            "occurred_at", translate("services.importing.rows", "The date and time of the contact is required.")
        )
    subject = text(values.get("subject"))
    label = f"{case.reference} {in_zone(at, case.timezone):%Y-%m-%d %H:%M} {subject or ''}".strip()
    for contact_id, folded in lookup.contacts.get((case.id, at), ()):
        if folded == fold(subject):
            return Planned(
                RowOutcome(
                    row,
                    MATCHED,
                    label,
                    translate("services.importing.rows", "contact #{id} (same case, time and summary)").format(
                        id=contact_id
                    ),
                )
            )
    for earlier, folded in seen.contacts.get((case.id, at), ()):
        if folded == fold(subject):
            return Planned(
                RowOutcome(
                    row,
                    MATCHED,
                    label,
                    translate(
                        "services.importing.rows", "the contact of row {row} (same case, time and summary)"
                    ).format(row=earlier),
                )
            )
    people = split_with(values.get("with"))
    if not people:
        raise ValidationError(
            "with",
            translate(
                "services.importing.rows",
                "Say who the contact was with: 'Name | Organisation', several separated by ';'.",
            ),
        )
    notes: list[str] = []
    chosen: list[tuple] = []  # ("id", counterpart id) or ("new", key, name, organisation)
    for name, organisation in people:
        chosen.append(_counterpart(lookup, seen, case, name, organisation, notes))
    arguments = {
        "case_id": case.id,
        "occurred_at": at,
        "channel": text(values.get("channel")) or "",
        "subject": subject or "",
        "direction": text(values.get("direction")) or "outgoing",
        "notes": text(values.get("notes")),
        "outcome": text(values.get("outcome")),
        "duration_minutes": whole(values.get("duration_minutes"), "duration_minutes"),
        "follow_up_needed": flag(values.get("follow_up_needed"), "follow_up_needed"),
        "restricted": flag(values.get("restricted"), "restricted"),
        "staff_present": staff_names(values.get("staff_present")),
    }
    # What log_contact_in_session checks, in its order, without the insert.
    v.clean_text(arguments["subject"], "subject", required=True, max_length=300, label="summary")
    v.clean_text(arguments["notes"], "notes", max_length=v.LONG_TEXT_MAX, multiline=True)
    v.clean_text(arguments["outcome"], "outcome", max_length=20_000, multiline=True)
    Channel.parse(arguments["channel"], "channel")
    Direction.parse(arguments["direction"], "direction")
    v.positive_int(arguments["duration_minutes"], "duration_minutes", minimum=0, maximum=24 * 60)
    _when(at, case.timezone, ctx.now())
    refuse_long_before_incident(at, case.incident_at)
    for username in dict.fromkeys(arguments["staff_present"]):
        lookup.user(username, "staff_present")
    for item in chosen:
        if item[0] == "new":
            seen.counterparts.setdefault(item[1], row)
    seen.links |= {(case.id, item[1]) for item in chosen if item[0] == "id"}
    seen.contacts[(case.id, at)].append((row, fold(subject)))
    return Planned(RowOutcome(row, CREATED, label, "; ".join(notes)), "contact", {**arguments, "with": chosen})


def _counterpart(lookup: Lookup, seen: Seen, case: Case, name: str, organisation: str | None, notes: list[str]):
    """The counterpart a row names: one of that name and organisation linked to the case first, then
    anyone's (the lowest id), then one an earlier row of the file creates; else a new one."""
    key = (fold(name), fold(organisation))
    matches = [cid for cid, folded, org in lookup.counterparts.get(name.lower(), ()) if (folded, org) == key]
    if matches:
        linked = lookup.links | seen.links
        matches.sort(key=lambda cid: ((case.id, cid) not in linked, cid))
        return ("id", matches[0])
    if key in seen.counterparts:
        return ("new", key)
    clean_counterpart({"name": name, "organisation": organisation, "category": "other"}, creating=True)
    notes.append(
        (
            translate("services.importing.rows", "new counterpart '{name}' ({organisation}) (category other)")
            if organisation
            else translate("services.importing.rows", "new counterpart '{name}' (category other)")
        ).format(name=name, organisation=organisation)
    )
    return ("new", key, name, organisation)


CHECK = {"cases": check_case, "people": check_person, "contacts": check_contact}
