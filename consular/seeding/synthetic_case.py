"""One synthetic case at a time: the case, its people, counterparts, contacts, milestones and
tasks, as rows in a :class:`~consular.seeding.bulk.RowBatch`.

:meth:`CaseMaker.case` runs the steps in a fixed order; every step draws from the case's own
``random.Random``, so the order of draws is what makes a seed give the same rows. Keep it.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from consular.domain.enums import (
    AttributionLevel,
    CaseKind,
    CaseStatus,
    Channel,
    Classification,
    CounterpartCategory,
    Direction,
    HostageStatus,
    MilestoneKind,
    ParticipantRole,
    Priority,
    TaskStatus,
    UserRole,
)
from consular.domain.timeutil import in_zone
from consular.domain.validation import country_name
from consular.seeding import vocabulary as voc
from consular.seeding.bulk import RowBatch, join_words


def between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    if end <= start:
        return start
    return start + timedelta(seconds=rng.random() * (end - start).total_seconds())


def case_title(template: str, hostages_n: int, town: str, region: str, occupation_row: tuple) -> str:
    """A case title from ``template`` for ``hostages_n`` nationals of one occupation.

    Plurals come from the vocabulary ("able seamen"), never from adding an "s"."""
    occupation, _workplace, occupation_plural = occupation_row
    plural = hostages_n > 1
    worker = occupation.split(" (")[0].lower()
    title = template.format(
        n={2: "Two", 3: "Three", 4: "Four", 5: "Five"}.get(hostages_n, "An") if plural else "An",
        nationals=voc.NATIONAL[1] if plural else voc.NATIONAL[0],
        town=town,
        region=region,
        occupation=occupation,
        worker=worker,
        workers=occupation_plural if plural else worker,
    )
    return title if plural else title.replace("An Indian", "Indian")


@dataclass
class _Life:
    """When the case was opened, became active, was resolved and closed, and its last activity."""

    opened_at: datetime
    active_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    status: CaseStatus
    end_of_activity: datetime


@dataclass
class _Draft:
    """One case while it is being made: what the steps read, and what they add for later steps."""

    batch: RowBatch
    rng: random.Random
    post: dict
    code: str
    incident_at: datetime
    town: str
    region: str
    lat: float
    lon: float
    kind: CaseKind
    hostages_n: int
    others_n: int
    staff: list
    caseworkers: list
    supervisor: tuple
    lead: tuple
    life: _Life | None = None
    case_id: int = 0
    occupation: str = ""
    workplace: str | None = None
    company: str = ""
    hostages: list = field(default_factory=list)  # (person_id, participant_id, person dict)
    counterparts: list = field(default_factory=list)  # (counterpart_id, category, name, role, org, relationship)
    contact_ids: list = field(default_factory=list)  # (contact_id, occurred_at, follow_up_needed)

    @property
    def plural(self) -> bool:
        return self.hostages_n > 1

    @property
    def nationals(self) -> str:
        return voc.NATIONAL[1] if self.plural else voc.NATIONAL[0]


def _official_profile(category: CounterpartCategory, rng: random.Random, draft: _Draft) -> tuple:
    """(role, organisation, reliability note) of an official counterpart.

    The whole table is built for every counterpart, draws included, as it always was: the
    seed's later draws depend on it."""
    country = country_name(draft.post["country"])
    return {
        CounterpartCategory.HOST_GOVERNMENT: (
            "Director of Consular Affairs",
            f"Ministry of Foreign Affairs, {country}",
            "Official channel; answers after internal clearance.",
        ),
        CounterpartCategory.POLICE: (
            rng.choice(["Investigating officer", "Commander", "Duty officer"]),
            f"{draft.post['police']}, {draft.town}",
            "Official; factual.",
        ),
        CounterpartCategory.EMPLOYER: (
            rng.choice(["General Manager", "HR Manager", "Security Manager"]),
            draft.company,
            "Reliable on facts about the site and staff.",
        ),
        CounterpartCategory.MILITARY: (
            "Liaison officer",
            f"Armed Forces General Staff, {country}",
            "Briefs in person only; record as restricted.",
        ),
        CounterpartCategory.MEDIA: (
            "Correspondent",
            rng.choice(voc.OUTLETS),
            "Has respected embargoes so far.",
        ),
        CounterpartCategory.NGO: ("Programme director", rng.choice(voc.NGOS), None),
        CounterpartCategory.OTHER_GOVERNMENT: ("Duty officer", "Ministry of External Affairs, New Delhi", None),
        CounterpartCategory.INTERMEDIARY: (
            "Self-described go-between",
            None,
            "Unverified. Never pay; never pass family details.",
        ),
    }[category]


class CaseMaker:
    """Makes one case at a time into a batch."""

    def __init__(self, posts, staff, now: datetime, actor_id: int, seed: int):
        self.posts = {p["code"]: p for p in posts}
        self.staff = staff
        self.now = now
        self.actor_id = actor_id
        self.seed = seed
        self.sequences: dict[tuple[int, int], int] = {}
        self.languages = list(voc.LANGUAGE_WEIGHTS)
        self.language_weights = list(voc.LANGUAGE_WEIGHTS.values())

    # --- people -----------------------------------------------------------------------

    def national(self, rng, language: str | None = None, gender: str | None = None, surname=None):
        language = language or rng.choices(self.languages, self.language_weights)[0]
        lang = voc.LANGUAGES[language]
        candidates = [g for g in lang["given"] if gender is None or g[2] == gender] or lang["given"]
        given, given_native, sex = rng.choice(candidates)
        family, family_native = surname or rng.choice(lang["surname"])
        state = rng.choice(list(lang["states"]))
        return {
            "full_name": f"{given} {family}",
            "name_native": f"{given_native} {family_native}",
            "gender": sex,
            "language": language,
            "surname": (family, family_native),
            "home_state": state,
            "home_district": rng.choice(lang["states"][state]),
        }

    @staticmethod
    def phone_in(rng, calling: str) -> str:
        if calling == "91":
            return f"+91{6 + int(rng.random() * 4)}{int(rng.random() * 1e9):09d}"
        return f"+{calling}{2 + int(rng.random() * 8)}{int(rng.random() * 1e7):07d}"

    @staticmethod
    def email_for(name: str, rng, domain: str = "example.in") -> str:
        ascii_name = "".join(
            ch for ch in name.lower().replace(" ", ".") if ch.isascii() and (ch.isalnum() or ch == ".")
        )
        return f"{ascii_name}{rng.randint(1, 99)}@{domain}"

    # --- one case ---------------------------------------------------------------------

    def case(self, batch: RowBatch, rng: random.Random, incident_at: datetime, code: str) -> None:
        """One case and everything it holds, in a fixed order of draws from ``rng`` (the
        order is what makes a seed reproducible: add new draws at the end of a step's own
        stream only with care)."""
        draft = self._cast(batch, rng, incident_at, code)
        draft.life = self._life_cycle(rng, incident_at)
        self._case_row(draft)
        self._status_history(draft)
        self._hostages(draft)
        self._others(draft)
        self._next_of_kin(draft)
        self._officials(draft)
        self._contacts(draft)
        life = draft.life
        self._milestones(
            batch,
            rng,
            draft.case_id,
            draft.kind,
            draft.hostages,
            incident_at,
            life.opened_at,
            life.resolved_at,
            life.end_of_activity,
            draft.town,
            draft.plural,
            draft.lead[0],
        )
        self._tasks(
            batch,
            rng,
            draft.case_id,
            draft.caseworkers,
            draft.lead,
            life.opened_at,
            life.end_of_activity,
            life.status,
            draft.contact_ids,
        )

    def _cast(self, batch: RowBatch, rng: random.Random, incident_at: datetime, code: str) -> _Draft:
        """Where it happened, what kind of case, how many people, and who at the post leads it."""
        post = self.posts[code]
        town, region, lat, lon = rng.choice(post["towns"])
        kind = rng.choices(list(CaseKind), [30, 25, 20, 20, 5])[0]
        hostages_n = (
            1
            if kind in (CaseKind.MISSING_PERSON, CaseKind.WRONGFUL_DETENTION) and rng.random() < 0.85
            else rng.choices([1, 2, 3, 4, 5], [58, 22, 12, 5, 3])[0]
        )
        others_n = rng.choices([0, 1, 2, 3], [20, 30, 30, 20])[0]
        staff = self.staff[code]
        caseworkers = [s for s in staff if s[2] == UserRole.CASEWORKER] or staff
        supervisor = next((s for s in staff if s[2] == UserRole.SUPERVISOR), staff[0])
        lead = rng.choice(caseworkers)
        return _Draft(
            batch=batch,
            rng=rng,
            post=post,
            code=code,
            incident_at=incident_at,
            town=town,
            region=region,
            lat=lat,
            lon=lon,
            kind=kind,
            hostages_n=hostages_n,
            others_n=others_n,
            staff=staff,
            caseworkers=caseworkers,
            supervisor=supervisor,
            lead=lead,
        )

    def _life_cycle(self, rng: random.Random, incident_at: datetime) -> _Life:
        """Opened hours after the incident; many cases end, some run for years."""
        now = self.now
        opened_at = min(incident_at + timedelta(minutes=int(rng.uniform(30, 18 * 60))), now - timedelta(minutes=5))
        duration = timedelta(days=min(max(rng.lognormvariate(3.0, 1.1), 1.0), 900))
        ongoing = rng.random() < 0.08
        resolved_at = None if ongoing or incident_at + duration >= now - timedelta(hours=1) else incident_at + duration
        closed_at = None
        if resolved_at is not None:
            delay = timedelta(days=rng.uniform(5, 60))
            if resolved_at + delay < now and rng.random() < 0.8:
                closed_at = resolved_at + delay
        active_at = opened_at + timedelta(hours=rng.uniform(0.5, 36))
        if resolved_at is not None:
            active_at = min(active_at, opened_at + (resolved_at - opened_at) / 2)
        if resolved_at is None and active_at >= now:
            active_at = None
        if resolved_at is None and active_at is not None and now - opened_at < timedelta(days=2) and rng.random() < 0.4:
            active_at = None
        status = (
            CaseStatus.CLOSED
            if closed_at
            else CaseStatus.RESOLVED
            if resolved_at
            else CaseStatus.ACTIVE
            if active_at
            else CaseStatus.OPEN
        )
        end_of_activity = closed_at or (resolved_at + timedelta(days=rng.uniform(1, 10)) if resolved_at else now)
        end_of_activity = min(end_of_activity, now - timedelta(minutes=1))
        return _Life(opened_at, active_at, resolved_at, closed_at, status, end_of_activity)

    def _next_reference(self, draft: _Draft) -> tuple[int, int, str]:
        """The post's next number in the incident's local year: (year, sequence, reference)."""
        post = draft.post
        local_year = in_zone(draft.incident_at, post["timezone"]).year
        seq = self.sequences.get((post["id"], local_year), 0) + 1
        self.sequences[(post["id"], local_year)] = seq
        reference = f"{draft.code}-{local_year}-{seq:04d}"
        draft.batch.references.append(reference)
        return local_year, seq, reference

    def _case_row(self, draft: _Draft) -> None:
        """The case itself (title, circumstances, attribution), its search entry and the
        ``synthetic.case`` audit entry."""
        batch, rng, post, life = draft.batch, draft.rng, draft.post, draft.life
        town, region, kind = draft.town, draft.region, draft.kind
        local_year, seq, reference = self._next_reference(draft)
        occupation_row = rng.choice(voc.OCCUPATIONS)
        draft.occupation, draft.workplace, _plural = occupation_row
        draft.company = rng.choice(voc.COMPANIES).format(town=town)
        title = case_title(rng.choice(voc.CASE_TITLES[kind.value]), draft.hostages_n, town, region, occupation_row)
        circumstances = self._circumstances(draft)
        attribution = (
            rng.choices(list(AttributionLevel), [55, 25, 12, 8])[0]
            if kind in (CaseKind.ABDUCTION, CaseKind.HOSTAGE_TAKING)
            else AttributionLevel.UNKNOWN
        )
        group = rng.choice(voc.GROUPS) if attribution != AttributionLevel.UNKNOWN else None
        priority = rng.choices(list(Priority), [5, 30, 45, 20])[0]
        case_id = draft.case_id = batch.add(
            "cases",
            reference=reference,
            post_id=post["id"],
            ref_year=local_year,
            ref_seq=seq,
            title=title,
            kind=kind,
            status=life.status,
            priority=priority,
            incident_at=draft.incident_at,
            incident_site=f"{draft.company.replace(' (fictional)', '')} site" if draft.workplace else None,
            incident_town=town,
            incident_region=region,
            incident_country=post["country"],
            latitude=round(draft.lat + rng.uniform(-0.2, 0.2), 4),
            longitude=round(draft.lon + rng.uniform(-0.2, 0.2), 4),
            timezone=post["timezone"],
            circumstances=circumstances,
            attribution_level=attribution,
            attribution_group=group,
            attribution_source="Local authorities' assessment" if group else None,
            classification=rng.choices(list(Classification), [10, 60, 25, 5])[0],
            lead_caseworker_id=draft.lead[0],
            supervisor_id=draft.supervisor[0],
            created_at=life.opened_at,
            updated_at=max(life.end_of_activity, life.opened_at),
            last_contact_at=None,
            version=1,
        )
        batch.search(
            "case",
            case_id,
            case_id,
            f"{reference} {title}",
            join_words(
                batch.rows["cases"][-1]["incident_site"],
                town,
                region,
                country_name(post["country"]),
                group,
                circumstances,
            ),
        )
        batch.add(
            "audit_entries",
            at=life.opened_at,
            actor_id=self.actor_id,
            action="synthetic.case",
            entity="case",
            entity_id=case_id,
            case_id=case_id,
            before=None,
            after=json.dumps({"reference": reference, "seed": self.seed}),
        )

    @staticmethod
    def _circumstances(draft: _Draft) -> str:
        """Three to seven sentences from the kind's phrase pool, in two paragraphs."""
        rng = draft.rng
        fill = {"nationals": draft.nationals, "town": draft.town, "region": draft.region}
        pool = voc.CIRCUMSTANCE_BY_KIND[draft.kind.value] + voc.CIRCUMSTANCE_COMMON
        picked = [pool[i].format(**fill) for i in rng.sample(range(len(pool)), rng.randint(3, min(7, len(pool))))]
        cut = max(1, len(picked) // 2) if len(picked) > 3 else len(picked)
        return "\n\n".join(" ".join(part) for part in (picked[:cut], picked[cut:]) if part)

    @staticmethod
    def _status_history(draft: _Draft) -> None:
        """The case's status changes that fit its life cycle (no draws)."""
        life, lead, supervisor = draft.life, draft.lead, draft.supervisor

        def status_change(frm, to, at, reason):
            draft.batch.add(
                "case_status_changes",
                case_id=draft.case_id,
                from_status=frm,
                to_status=to,
                changed_at=at,
                changed_by_id=(supervisor if to == CaseStatus.CLOSED else lead)[0],
                reason=reason,
            )

        status_change(None, CaseStatus.OPEN, life.opened_at, "Case opened")
        if life.active_at:
            status_change(CaseStatus.OPEN, CaseStatus.ACTIVE, life.active_at, "Incident confirmed by the authorities.")
        if life.resolved_at:
            status_change(
                CaseStatus.ACTIVE if life.active_at else CaseStatus.OPEN,
                CaseStatus.RESOLVED,
                life.resolved_at,
                "The national(s) are safe or their fate is established.",
            )
        if life.closed_at:
            status_change(
                CaseStatus.RESOLVED,
                CaseStatus.CLOSED,
                life.closed_at,
                "No further consular action needed; family informed.",
            )

    def _hostages(self, draft: _Draft) -> None:
        """The nationals concerned, each with their status history and cached current status."""
        batch, rng, life, incident_at = draft.batch, draft.rng, draft.life, draft.incident_at
        first_status = HostageStatus.UNACCOUNTED if draft.kind == CaseKind.MISSING_PERSON else HostageStatus.HELD
        for _ in range(draft.hostages_n):
            p = self.national(rng)
            person_id, participant_id = self._person(
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
            events = self._hostage_events(draft, first_status)
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

    @staticmethod
    def _hostage_events(draft: _Draft, first_status: HostageStatus) -> list[tuple]:
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
            final = rng.choices(
                [HostageStatus.RELEASED, HostageStatus.RESCUED, HostageStatus.ESCAPED, HostageStatus.DECEASED, None],
                [70, 12, 5, 5, 8],
            )[0]
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

    def _others(self, draft: _Draft) -> None:
        """Witnesses, colleagues and others involved."""
        rng = draft.rng
        for _ in range(draft.others_n):
            role = rng.choice([ParticipantRole.WITNESS, ParticipantRole.COLLEAGUE, ParticipantRole.OTHER])
            self._person(
                draft.batch,
                rng,
                draft.case_id,
                self.national(rng),
                role,
                draft.life.opened_at,
                occupation=draft.occupation if role == ParticipantRole.COLLEAGUE else None,
                employer=draft.company if draft.workplace and role == ParticipantRole.COLLEAGUE else None,
            )

    def _next_of_kin(self, draft: _Draft) -> None:
        """One to three relatives per hostage: a person, a family counterpart and a contact plan."""
        batch, rng, case_id, opened_at = draft.batch, draft.rng, draft.case_id, draft.life.opened_at
        for person_id, _participant_id, p in draft.hostages:
            for index in range(rng.choices([1, 2, 3], [60, 32, 8])[0]):
                relationship = rng.choice(voc.KIN_RELATIONSHIPS[p["gender"]])
                kin = self.national(
                    rng, language=p["language"], gender=voc.KIN_GENDER[relationship], surname=p["surname"]
                )
                phone = self.phone_in(rng, "91")
                email = self.email_for(kin["full_name"], rng) if rng.random() < 0.6 else None
                kin_person, _kin_participant = self._person(
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

    def _officials(self, draft: _Draft) -> None:
        """The host government and police, the employer when there is one, and one or two others."""
        batch, rng, post = draft.batch, draft.rng, draft.post
        local_first, local_last = voc.LOCAL_NAMES[voc.COUNTRY_NAMES.get(post["country"], "francophone")]
        categories = [CounterpartCategory.HOST_GOVERNMENT, CounterpartCategory.POLICE]
        if draft.workplace:
            categories.append(CounterpartCategory.EMPLOYER)
        categories += rng.sample(
            [
                CounterpartCategory.MILITARY,
                CounterpartCategory.MEDIA,
                CounterpartCategory.NGO,
                CounterpartCategory.OTHER_GOVERNMENT,
                CounterpartCategory.INTERMEDIARY,
            ],
            rng.randint(1, 2),
        )
        for category in categories:
            name = f"{rng.choice(local_first)} {rng.choice(local_last)}"
            role, org, note = _official_profile(category, rng, draft)
            if category == CounterpartCategory.OTHER_GOVERNMENT:
                name = "MEA Special Control Room"
            phone = self.phone_in(rng, "91" if category == CounterpartCategory.OTHER_GOVERNMENT else post["calling"])
            cp_id = batch.add(
                "counterparts",
                name=name,
                category=category,
                role=role,
                organisation=org,
                phone=phone,
                email=self.email_for(name, rng, "example.org") if rng.random() < 0.5 else None,
                address=None,
                reliability_note=note,
                person_id=None,
                created_at=draft.life.opened_at,
            )
            batch.add("case_counterparts", case_id=draft.case_id, counterpart_id=cp_id, added_at=draft.life.opened_at)
            batch.search("counterpart", cp_id, None, name, join_words(category.label, role, org))
            draft.counterparts.append((cp_id, category, name, role, org, None))

    def _contacts(self, draft: _Draft) -> None:
        """About twenty contacts, front-loaded (the first days are the busiest), each with its
        counterparts, staff present and search entry; sets the case's last contact."""
        rng, life = draft.rng, draft.life
        contact_n = max(4, int(rng.gauss(20, 6)))
        span = (life.end_of_activity - life.opened_at).total_seconds()
        times = sorted(
            (life.opened_at + timedelta(seconds=span * rng.random() ** 1.8)).replace(second=0, microsecond=0)
            for _ in range(contact_n)
        )
        # The phrase book with this case's town and plural filled in once; names per contact.
        phrases = [s.replace("{town}", draft.town).replace("{nationals}", draft.nationals) for s in voc.NOTE_SENTENCES]
        for at in times:
            self._contact(draft, at, phrases)
        if times:
            draft.batch.rows["cases"][-1]["last_contact_at"] = times[-1]

    def _contact(self, draft: _Draft, at: datetime, phrases: list[str]) -> None:
        batch, rng, case_id = draft.batch, draft.rng, draft.case_id
        staff_ids = [s[0] for s in draft.staff]
        counterparts = draft.counterparts
        chosen = rng.sample(counterparts, 2 if rng.random() < 0.3 and len(counterparts) > 1 else 1)
        _cp_id, category, cp_name, cp_role, cp_org, relationship = chosen[0]
        subject = rng.choice(voc.CONTACT_SUBJECTS[category.value]).format(
            role=cp_role or "official",
            org=cp_org or "the ministry",
            town=draft.town,
            name=cp_name,
            relationship=relationship or "family",
        )
        sizes = [2 + int(rng.random() * 3) for _ in range(2 + int(rng.random() * 3))]
        picked = rng.sample(range(len(phrases)), min(sum(sizes), len(phrases)))
        paragraphs, at_index = [], 0
        for size in sizes:
            paragraphs.append(" ".join(phrases[i] for i in picked[at_index : at_index + size]))
            at_index += size
        names = [h[2]["full_name"] for h in draft.hostages]
        notes = "\n\n".join(p for p in paragraphs if p).replace(
            "{name}", cp_name if category != CounterpartCategory.FAMILY else rng.choice(names)
        )
        outcome = rng.choice(voc.OUTCOMES)
        restricted = category in (CounterpartCategory.MILITARY, CounterpartCategory.INTERMEDIARY) or rng.random() < 0.04
        channel = (
            Channel.IN_PERSON
            if category == CounterpartCategory.MILITARY
            else rng.choices(list(Channel), [55, 15, 12, 8, 3, 7])[0]
        )
        direction = (
            Direction.MEETING
            if channel == Channel.IN_PERSON
            else rng.choice([Direction.OUTGOING, Direction.OUTGOING, Direction.INCOMING])
        )
        recorder = rng.choice(staff_ids)
        recorded_at = min(at + timedelta(minutes=rng.randint(5, 240)), self.now)
        follow = rng.random() < 0.2
        contact_id = batch.add(
            "contact_entries",
            case_id=case_id,
            occurred_at=at,
            duration_minutes=rng.randint(3, 90)
            if channel in (Channel.PHONE, Channel.IN_PERSON, Channel.VIDEO_CALL)
            else None,
            channel=channel,
            direction=direction,
            subject=subject,
            notes=notes,
            outcome=outcome,
            follow_up_needed=follow,
            restricted=restricted,
            recorded_at=recorded_at,
            recorded_by_id=recorder,
            updated_at=recorded_at,
            revision=1,
        )
        draft.contact_ids.append((contact_id, at, follow))
        for c in chosen:
            batch.add("contact_counterparts", contact_id=contact_id, counterpart_id=c[0])
        for user_id in {recorder, *rng.sample(staff_ids, rng.randint(0, 1))}:
            batch.add("contact_staff", contact_id=contact_id, user_id=user_id)
        batch.search(
            "contact",
            contact_id,
            case_id,
            subject,
            join_words(notes, outcome, *sorted(c[2] for c in chosen)),
            restricted=restricted,
        )

    def _person(
        self,
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
            phone=phone or (None if minimal else self.phone_in(rng, "91")),
            email=email or (None if minimal or rng.random() < 0.5 else self.email_for(p["full_name"], rng)),
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
                role.label, occupation, employer, p["home_state"], p["home_district"], passport, *identifier_values
            ),
        )
        return person_id, participant_id

    def _milestones(
        self, batch, rng, case_id, kind, hostages, incident_at, opened_at, resolved_at, end, town, plural, recorder
    ) -> None:
        verb = {
            CaseKind.ABDUCTION: "were abducted" if plural else "was abducted",
            CaseKind.HOSTAGE_TAKING: "were taken hostage" if plural else "was taken hostage",
            CaseKind.WRONGFUL_DETENTION: "were detained" if plural else "was detained",
            CaseKind.MISSING_PERSON: "went missing",
        }.get(kind, "were reported in distress")
        fill = {
            "town": town,
            "nationals": voc.NATIONAL[1] if plural else voc.NATIONAL[0],
            "verb": verb,
            "were": "were" if plural else "was",
        }
        items = [(MilestoneKind.INCIDENT, incident_at, None)]
        optional = [MilestoneKind.PUBLIC_STATEMENT, MilestoneKind.TRAVEL_ADVISORY, MilestoneKind.WELFARE_REPORT]
        if kind in (CaseKind.ABDUCTION, CaseKind.HOSTAGE_TAKING):
            optional += [
                MilestoneKind.CLAIM,
                MilestoneKind.DEMAND,
                MilestoneKind.PROOF_OF_LIFE,
                MilestoneKind.PROOF_OF_LIFE,
            ]
        for mk in rng.sample(optional, min(len(optional), rng.randint(1, 3))):
            items.append(
                (mk, between(rng, opened_at, end), rng.choice(hostages) if mk == MilestoneKind.PROOF_OF_LIFE else None)
            )
        if resolved_at is not None and kind != CaseKind.MISSING_PERSON:
            items.append((MilestoneKind.RELEASE, resolved_at - timedelta(hours=2), None))
            if end > resolved_at:
                items.append((MilestoneKind.REPATRIATION, between(rng, resolved_at, end), None))
        for mk, at, hostage in sorted(items, key=lambda i: i[1]):
            title, description = voc.MILESTONE_TEXT[mk.value]
            name = hostage[2]["full_name"] if hostage else ""
            title, description = title.format(name=name, **fill), description.format(name=name, **fill)
            restricted = mk in (MilestoneKind.PROOF_OF_LIFE, MilestoneKind.DEMAND)
            source = "Host authorities" if mk != MilestoneKind.PUBLIC_STATEMENT else "Ministry press release"
            mid = batch.add(
                "milestones",
                case_id=case_id,
                kind=mk,
                occurred_at=at,
                title=title,
                description=description,
                source=source,
                hostage_person_id=hostage[0] if hostage else None,
                restricted=restricted,
                recorded_at=max(at, opened_at),
                recorded_by_id=recorder,
            )
            batch.search(
                "milestone", mid, case_id, title, join_words(mk.label, description, source), restricted=restricted
            )

    def _tasks(self, batch, rng, case_id, caseworkers, lead, opened_at, end, status, contact_ids) -> None:
        finished = status in (CaseStatus.RESOLVED, CaseStatus.CLOSED)
        follow_ups = [c for c in contact_ids if c[2]]
        for i in range(max(2, int(rng.gauss(6, 2)))):
            title = rng.choice(voc.TASK_TITLES)
            link = follow_ups[i] if i < len(follow_ups) else None
            created = link[1] if link else between(rng, opened_at, end)
            due = created + timedelta(hours=rng.choice([4, 12, 24, 48, 72, 168]))
            assignee = rng.choice(caseworkers)
            if finished or (due < self.now - timedelta(days=7) and rng.random() < 0.9):
                task_status = TaskStatus.CANCELLED if rng.random() < 0.07 else TaskStatus.DONE
            else:
                task_status = rng.choices([TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.DONE], [50, 30, 20])[0]
            completed_at = None
            if task_status == TaskStatus.DONE:
                completed_at = min(between(rng, created, due + timedelta(hours=24)), self.now)
            tid = batch.add(
                "tasks",
                case_id=case_id,
                title=title,
                description=f"{title}. Record the outcome on the case.",
                assignee_id=assignee[0],
                due_at=due,
                priority=rng.choice(list(Priority)),
                status=task_status,
                contact_id=link[0] if link else None,
                created_at=created,
                created_by_id=lead[0],
                completed_at=completed_at,
                completed_by_id=assignee[0] if completed_at else None,
                completion_note=rng.choice(voc.TASK_NOTES) if completed_at else None,
            )
            batch.search("task", tid, case_id, title, f"{title}. Record the outcome on the case.")
