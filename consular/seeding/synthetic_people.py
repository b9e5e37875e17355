"""Synthetic people: nationals concerned, witnesses and colleagues, next of kin with their
family counterpart and contact plan. Every function draws from the case's ``rng`` in a fixed
order; keep it, or a seed no longer gives the same rows."""

from __future__ import annotations

import functools
from datetime import date, timedelta

from consular.domain.enums import (
    CaseKind,
    Channel,
    CounterpartCategory,
    HostageStatus,
    ParticipantRole,
)
from consular.seeding import vocabulary as voc
from consular.seeding.bulk import join_words
from consular.seeding.synthetic_draft import CaseDraft, between
from consular.seeding.synthetic_random import weighted

LANGUAGES = list(voc.LANGUAGE_WEIGHTS)
LANGUAGE_WEIGHTS = list(voc.LANGUAGE_WEIGHTS.values())
LANGUAGE_TABLE = weighted(LANGUAGES, LANGUAGE_WEIGHTS)
FINAL_STATUSES = weighted(
    [HostageStatus.RELEASED, HostageStatus.RESCUED, HostageStatus.ESCAPED, HostageStatus.DECEASED, None],
    [70, 12, 5, 5, 8],
)
KIN_PER_HOSTAGE = weighted([1, 2, 3], [60, 32, 8])


# Given names per (language, gender, or None for any) and home states per language, listed once.
_GIVEN = {
    (language, gender): [g for g in lang["given"] if gender is None or g[2] == gender] or lang["given"]
    for language, lang in voc.LANGUAGES.items()
    for gender in {None, *(g[2] for g in lang["given"])}
}
_STATES = {language: list(lang["states"]) for language, lang in voc.LANGUAGES.items()}


def national(rng, language: str | None = None, gender: str | None = None, surname=None):
    language = language or rng.pick(LANGUAGE_TABLE)
    lang = voc.LANGUAGES[language]
    candidates = _GIVEN.get((language, gender)) or lang["given"]
    given, given_native, sex = rng.choice(candidates)
    family, family_native = surname or rng.choice(lang["surname"])
    state = rng.choice(_STATES[language])
    return {
        "full_name": f"{given} {family}",
        "name_native": f"{given_native} {family_native}",
        "gender": sex,
        "language": language,
        "surname": (family, family_native),
        "home_state": state,
        "home_district": rng.choice(lang["states"][state]),
    }


def phone_in(rng, calling: str) -> str:
    if calling == "91":
        return f"+91{6 + int(rng.random() * 4)}{int(rng.random() * 1e9):09d}"
    return f"+{calling}{2 + int(rng.random() * 8)}{int(rng.random() * 1e7):07d}"


def email_for(name: str, rng, domain: str = "example.in") -> str:
    return f"{_email_name(name)}{rng.randint(1, 99)}@{domain}"


@functools.lru_cache(maxsize=4096)  # a few hundred names, made of the vocabulary's words
def _email_name(name: str) -> str:
    return "".join(ch for ch in name.lower().replace(" ", ".") if ch.isascii() and (ch.isalnum() or ch == "."))


# --- one case ---------------------------------------------------------------------


def add_person(
    batch,
    rng,
    case_id,
    p,
    role,
    added_at,
    *,
    occupation=None,
    employer=None,
    phone=None,
    email=None,
    identifiers=False,
    minimal=False,
) -> tuple[int, int]:
    born = None if minimal else date(rng.randint(1955, 2003), rng.randint(1, 12), rng.randint(1, 28))
    passport = None if minimal else f"{rng.choice('JKLMNPRSTUVWXZ')}{rng.randint(1000000, 9999999)}"
    person_id = batch.add(
        "persons",
        full_name=p["full_name"],
        name_native=p["name_native"],
        gender=p["gender"],
        date_of_birth=born,
        nationality="IN",
        passport_number=passport,
        home_state=p["home_state"],
        home_district=p["home_district"],
        employer=employer,
        occupation=occupation,
        languages=None
        if minimal
        else f"{p['language']}, Hindi, English"
        if p["language"] != "Hindi"
        else "Hindi, English",
        medical_needs="Diabetic; needs daily medication." if not minimal and rng.random() < 0.08 else None,
        phone=phone or (None if minimal else phone_in(rng, "91")),
        email=email or (None if minimal or rng.random() < 0.5 else email_for(p["full_name"], rng)),
        notes=None,
        created_at=added_at,
        updated_at=added_at,
    )
    identifier_values = []
    if identifiers and rng.random() < 0.6:
        for kind_name in rng.sample(
            ["Employee ID", "Work permit", "Residence permit", "Seafarer's discharge book"], rng.randint(1, 2)
        ):
            value = f"{kind_name[:3].upper()}-{rng.randint(10000, 99999)}"
            batch.add("person_identifiers", person_id=person_id, kind=kind_name, value=value, issuing_country=None)
            identifier_values.append(value)
    participant_id = batch.add(
        "case_participants",
        case_id=case_id,
        person_id=person_id,
        role=role,
        notes=None,
        added_at=added_at,
        hostage_status=None,
        hostage_status_since=None,
    )
    batch.search(
        "person",
        participant_id,
        case_id,
        join_words(p["full_name"], p["name_native"]),
        join_words(
            role.english_label, occupation, employer, p["home_state"], p["home_district"], passport, *identifier_values
        ),
    )
    return person_id, participant_id


def add_hostages(draft: CaseDraft) -> None:
    """The nationals concerned, each with their status history and cached current status."""
    batch, rng, life, incident_at = draft.batch, draft.rng, draft.life, draft.incident_at
    first_status = HostageStatus.UNACCOUNTED if draft.kind == CaseKind.MISSING_PERSON else HostageStatus.HELD
    for _ in range(draft.hostages_n):
        p = national(rng)
        person_id, participant_id = add_person(
            batch,
            rng,
            draft.case_id,
            p,
            ParticipantRole.HOSTAGE,
            life.opened_at,
            occupation=draft.occupation,
            employer=draft.company if draft.workplace else None,
            identifiers=True,
        )
        draft.hostages.append((person_id, participant_id, p))
        events = hostage_events(draft, first_status)
        for st, at, note in events:
            at = max(at, incident_at)
            batch.add(
                "hostage_status_events",
                participant_id=participant_id,
                status=st,
                effective_at=at,
                note=note,
                source="Host authorities",
                recorded_at=max(at, life.opened_at),
                recorded_by_id=draft.lead[0],
            )
        participant = batch.rows["case_participants"][-1]
        participant["hostage_status"], participant["hostage_status_since"] = (
            events[-1][0],
            max(events[-1][1], incident_at),
        )


def hostage_events(draft: CaseDraft, first_status: HostageStatus) -> list[tuple]:
    """One hostage's (status, when, note) history, oldest first."""
    rng, life, incident_at = draft.rng, draft.life, draft.incident_at
    events = [
        (
            first_status,
            incident_at,
            "Taken hostage" if first_status == HostageStatus.HELD else "Whereabouts unknown",
        )
    ]
    if life.resolved_at:
        final = rng.pick(FINAL_STATUSES)
        if first_status == HostageStatus.UNACCOUNTED and final in (HostageStatus.RELEASED, HostageStatus.ESCAPED):
            final = HostageStatus.RESCUED
        if final is not None:
            events.append(
                (final, life.resolved_at - timedelta(hours=rng.uniform(2, 30)), "Status confirmed by the post")
            )
    elif draft.hostages_n > 1 and rng.random() < 0.1:
        events.append((HostageStatus.RELEASED, between(rng, incident_at, life.end_of_activity), "Released early"))
    events.sort(key=lambda e: e[1])
    return events


def add_others(draft: CaseDraft) -> None:
    """Witnesses, colleagues and others involved."""
    rng = draft.rng
    for _ in range(draft.others_n):
        role = rng.choice([ParticipantRole.WITNESS, ParticipantRole.COLLEAGUE, ParticipantRole.OTHER])
        add_person(
            draft.batch,
            rng,
            draft.case_id,
            national(rng),
            role,
            draft.life.opened_at,
            occupation=draft.occupation if role == ParticipantRole.COLLEAGUE else None,
            employer=draft.company if draft.workplace and role == ParticipantRole.COLLEAGUE else None,
        )


def add_next_of_kin(draft: CaseDraft) -> None:
    """One to three relatives per hostage: a person, a family counterpart and a contact plan."""
    batch, rng, case_id, opened_at = draft.batch, draft.rng, draft.case_id, draft.life.opened_at
    for person_id, _participant_id, p in draft.hostages:
        for index in range(rng.pick(KIN_PER_HOSTAGE)):
            relationship = rng.choice(voc.KIN_RELATIONSHIPS[p["gender"]])
            kin = national(rng, language=p["language"], gender=voc.KIN_GENDER[relationship], surname=p["surname"])
            phone = phone_in(rng, "91")
            email = email_for(kin["full_name"], rng) if rng.random() < 0.6 else None
            kin_person, _kin_participant = add_person(
                batch,
                rng,
                case_id,
                kin,
                ParticipantRole.NEXT_OF_KIN,
                opened_at,
                phone=phone,
                email=email,
                minimal=True,
            )
            role_text = f"{relationship} of {p['full_name']}"
            cp_id = batch.add(
                "counterparts",
                name=kin["full_name"],
                category=CounterpartCategory.FAMILY,
                role=role_text,
                organisation=None,
                phone=phone,
                email=email,
                address=f"{kin['home_district']}, {kin['home_state']}, India",
                reliability_note=None,
                person_id=kin_person,
                created_at=opened_at,
            )
            batch.add("case_counterparts", case_id=case_id, counterpart_id=cp_id, added_at=opened_at)
            batch.search("counterpart", cp_id, None, kin["full_name"], join_words("Family", role_text))
            every = rng.choice([1, 2, 3, 3, 7, 7, 14]) if index == 0 else rng.choice([7, 14, None])
            channel = rng.choice([Channel.PHONE, Channel.PHONE, Channel.VIDEO_CALL, Channel.MESSAGE, Channel.EMAIL])
            batch.add(
                "family_liaisons",
                case_id=case_id,
                kin_person_id=kin_person,
                hostage_person_id=person_id,
                counterpart_id=cp_id,
                relationship_to_hostage=relationship,
                phone=phone,
                email=email,
                address=f"{kin['home_district']}, {kin['home_state']}, India",
                preferred_language=kin["language"],
                preferred_channel=channel,
                contact_every_days=every,
                plan_channel=channel if every else None,
                plan_owner_id=rng.choice(draft.caseworkers)[0] if every else None,
                may_share="Confirmed facts and official statements only.",
                notes=f"Prefers calls in {kin['language']}.",
                created_at=opened_at,
            )
            draft.counterparts.append(
                (cp_id, CounterpartCategory.FAMILY, kin["full_name"], role_text, None, relationship)
            )
