"""Realistic synthetic data at scale, for measuring large databases.

``generate(database, cases=N, seed=S)`` adds N cases, each with about 3 people (nationals
concerned and witnesses or colleagues), 2 next of kin with contact plans, 4 other
counterparts, 20 contacts with multi-paragraph notes, 4 milestones, 6 tasks, and the
status history that fits the case's age. The same seed gives the same cases.

Going through the services row by row would take hours at 100,000 cases, so rows are
written with SQLAlchemy Core ``insert()`` in executemany batches, in exactly the shapes the
services write: the same ``search_documents`` rows (the FTS triggers keep ``search_fts`` in
step on SQLite; the GIN index on PostgreSQL is an index), the same cached columns
(``cases.last_contact_at``, ``case_participants.hostage_status`` and ``_since``), the same
history rows (status changes, hostage status events). Posts and staff accounts are made
through the services. Audit: one ``synthetic.case`` entry per case, so every case's trail says
where it came from, and one ``synthetic.generate`` summary entry per run.

Ids are allocated from the tables' current maxima inside each batch's transaction; run it on a
database nobody else is writing to at the same time.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from consular.db import dialect
from consular.db.engine import Database
from consular.db.models import Base, Case, Post, User
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
from consular.domain.errors import PermissionDeniedError, UserError
from consular.domain.timeutil import in_zone
from consular.domain.validation import country_name
from consular.seeding import vocabulary as voc
from consular.services import audit_chain, reference_data
from consular.services.accounts import NO_ADMIN
from consular.services.context import ServiceContext, actor_for
from consular.services.search_index import BODY_MAX

MAX_CASES = 1_000_000
YEARS_BACK = 10
STAFF_PER_POST = 4  # three caseworkers and a supervisor
SYNTHETIC_PREFIX = "syn."

T = Base.metadata.tables
# Parents before children, so foreign keys hold at every statement.
INSERT_ORDER = [
    "cases",
    "case_status_changes",
    "persons",
    "person_identifiers",
    "case_participants",
    "hostage_status_events",
    "counterparts",
    "case_counterparts",
    "family_liaisons",
    "contact_entries",
    "contact_counterparts",
    "contact_staff",
    "milestones",
    "tasks",
    "search_documents",
    "audit_entries",
]
ID_TABLES = [name for name in INSERT_ORDER if "id" in T[name].c]


@dataclass
class SyntheticReport:
    cases: int = 0
    seed: int = 1
    first_reference: str | None = None
    last_reference: str | None = None
    rows: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def summary(self) -> str:
        span = f" ({self.first_reference} … {self.last_reference})" if self.first_reference else ""
        rows = ", ".join(f"{n:,} {table}" for table, n in sorted(self.rows.items()))
        return (
            f"Generated {self.cases:,} synthetic cases{span} with seed {self.seed} in {self.seconds:.1f} s.\n"
            f"Rows written: {rows}."
        )


def _progress_printer():
    started = time.perf_counter()

    def show(done: int, total: int, rows: Counter) -> None:
        elapsed = time.perf_counter() - started
        print(
            f"synthetic: {done:,}/{total:,} cases, {rows['contact_entries']:,} contacts, "
            f"{sum(rows.values()):,} rows ({elapsed:.1f} s)",
            file=sys.stderr,
            flush=True,
        )

    return show


def generate(
    database: Database,
    *,
    cases: int,
    seed: int = 1,
    username: str | None = None,
    progress=True,
    batch_size: int = 200,
    now: datetime | None = None,
) -> SyntheticReport:
    """Add ``cases`` synthetic cases (reproducible for a given ``seed`` and ``now``).

    ``progress``: True prints a line per batch to stderr; a callable gets
    ``(done, total, rows)``; False is silent. The schema must be current.
    """
    if not 1 <= cases <= MAX_CASES:
        raise ValueError(f"cases must be between 1 and {MAX_CASES}")
    started = time.perf_counter()
    report_progress = _progress_printer() if progress is True else (progress or None)
    ctx = ServiceContext(database, _generator(database, username))
    now = now or ctx.now()
    posts, staff = _reference_data(ctx)
    world = _World(posts, staff, now, ctx.actor.user_id, seed)

    master = random.Random(seed)
    codes = [p["code"] for p in posts]
    weights = [voc.POST_WEIGHTS.get(c, 5) for c in codes]
    span = YEARS_BACK * 365 * 86400
    # Incidents sorted in time so references grow with the date within each post and year.
    plan = sorted(
        (
            (now - timedelta(seconds=master.random() ** 0.8 * span + 3600)).replace(second=0, microsecond=0),
            master.choices(codes, weights)[0],
        )
        for _ in range(cases)
    )
    # master.random()**0.8 puts a few more cases in recent years, as caseloads grow.

    report = SyntheticReport(seed=seed)
    with database.session() as session:
        sequences = {
            (post_id, year): seq
            for post_id, year, seq in session.execute(
                select(Case.post_id, Case.ref_year, func.max(Case.ref_seq)).group_by(Case.post_id, Case.ref_year)
            )
        }
    world.sequences = sequences

    with database.engine.connect() as conn, dialect.bulk_load_settings(conn):
        for start in range(0, cases, batch_size):
            chunk = plan[start : start + batch_size]
            with conn.begin():
                ids = {
                    name: conn.execute(select(func.coalesce(func.max(T[name].c.id), 0))).scalar_one()
                    for name in ID_TABLES
                }
                batch = _Batch(ids)
                for offset, (incident_at, code) in enumerate(chunk):
                    world.case(batch, random.Random(f"{seed}:{start + offset}"), incident_at, code)
                for name in INSERT_ORDER:
                    rows = batch.rows.get(name)
                    if rows and name == "audit_entries":
                        audit_chain.append_rows(conn, rows)  # bulk rows join the hash chain too
                    if rows:
                        dialect.bulk_insert(conn, T[name], rows)
                        report.rows[name] += len(rows)
                dialect.sync_id_sequences(conn, [n for n in ID_TABLES if batch.rows.get(n)])
            if report.first_reference is None:
                report.first_reference = batch.references[0]
            report.last_reference = batch.references[-1]
            report.cases += len(chunk)
            if report_progress:
                report_progress(report.cases, cases, report.rows)

    with database.engine.begin() as conn:
        # A bulk load changes the tables' shape; fresh statistics keep the list queries on
        # the right indexes.
        dialect.refresh_statistics(conn)
    with ctx.writing() as session:
        ctx.audit(
            session,
            "synthetic.generate",
            "database",
            None,
            after={
                "cases": report.cases,
                "seed": seed,
                "first_reference": report.first_reference,
                "last_reference": report.last_reference,
                "rows": dict(report.rows),
            },
        )
    report.rows["audit_entries"] += 1
    report.seconds = time.perf_counter() - started
    return report


def _generator(database: Database, username: str | None):
    """The administrator generating the data: ``username`` (already signed in by the caller)
    or else the database's first active administrator."""
    if username is None:
        with database.session() as session:
            username = session.scalar(
                select(User.username)
                .where(User.role == UserRole.ADMIN, User.active.is_(True), User.password_hash.is_not(None))
                .order_by(User.id)
                .limit(1)
            )
        if username is None:
            raise UserError(NO_ADMIN)
    actor = actor_for(database, username)
    if actor.role != UserRole.ADMIN:
        raise PermissionDeniedError(
            f"Generating synthetic data creates staff accounts; only an administrator may, not {actor.display_name}."
        )
    return actor


def _reference_data(ctx: ServiceContext) -> tuple[list[dict], dict[str, list[tuple[int, str, UserRole]]]]:
    """Posts and their staff, made through the services when missing."""
    existing_posts = {p.code for p in reference_data.list_posts(ctx)}
    for code, name, kind, country, city, tz, *_ in voc.POSTS:
        if code not in existing_posts:
            reference_data.save_post(ctx, code=code, name=name, kind=kind, country=country, city=city, timezone=tz)
    users_now = reference_data.list_users(ctx, active_only=False)
    existing_users = {u.username for u in users_now}
    # Synthetic staff get no password (they cannot sign in); accounts are an administrator's
    # to create, and _generator made sure one is acting.
    creator = ctx
    for index, (code, *_rest) in enumerate(voc.POSTS):
        for n in range(STAFF_PER_POST):
            given, surname = voc.STAFF_NAMES[(index * STAFF_PER_POST + n) % len(voc.STAFF_NAMES)]
            username = f"{SYNTHETIC_PREFIX}{code.lower()}{n + 1}"
            if username not in existing_users:
                reference_data.save_user(
                    creator,
                    username=username,
                    display_name=f"{given} {surname} ({code})",
                    role=UserRole.SUPERVISOR if n == STAFF_PER_POST - 1 else UserRole.CASEWORKER,
                    email=f"{given.lower()}.{surname.lower()}.{code.lower()}@example.in",
                )
    with ctx.transaction() as session:
        by_code = {p.code: p for p in session.scalars(select(Post))}
        users = session.execute(
            select(User.id, User.username, User.role).where(User.username.like(f"{SYNTHETIC_PREFIX}%"))
        ).all()
    staff: dict[str, list] = defaultdict(list)
    for user_id, username, role in users:
        staff[username[len(SYNTHETIC_PREFIX) : -1].upper()].append((user_id, username, role))
    posts = []
    for code, _name, _kind, _country, _city, _tz, calling, police, towns in voc.POSTS:
        post = by_code[code]
        posts.append(
            {
                "id": post.id,
                "code": code,
                "country": post.country,
                "timezone": post.timezone,
                "calling": calling,
                "police": police,
                "towns": towns,
            }
        )
    return posts, staff


class _Batch:
    """Rows for one transaction, with ids allocated past the tables' current maxima."""

    def __init__(self, max_ids: dict[str, int]):
        self.next_ids = dict(max_ids)
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.references: list[str] = []

    def add(self, table: str, **values) -> int | None:
        if table in self.next_ids:
            self.next_ids[table] += 1
            values["id"] = self.next_ids[table]
        self.rows[table].append(values)
        return values.get("id")

    def search(
        self, entity: str, entity_id: int, case_id: int | None, title: str, body: str = "", restricted: bool = False
    ) -> None:
        self.add(
            "search_documents",
            entity=entity,
            entity_id=entity_id,
            case_id=case_id,
            title=(title or "")[:400],
            body=(body or "")[:BODY_MAX],
            restricted=restricted,
        )


def _join(*parts) -> str:
    return " ".join(str(p) for p in parts if p)


def _between(rng: random.Random, start: datetime, end: datetime) -> datetime:
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


class _World:
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

    def case(self, batch: _Batch, rng: random.Random, incident_at: datetime, code: str) -> None:
        post = self.posts[code]
        tz = post["timezone"]
        now = self.now
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

        # Life cycle: opened hours after the incident; many cases end, some run for years.
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

        local_year = in_zone(incident_at, tz).year
        seq = self.sequences.get((post["id"], local_year), 0) + 1
        self.sequences[(post["id"], local_year)] = seq
        reference = f"{code}-{local_year}-{seq:04d}"
        batch.references.append(reference)

        occupation_row = rng.choice(voc.OCCUPATIONS)
        occupation, workplace, _plural = occupation_row
        company = rng.choice(voc.COMPANIES).format(town=town)
        plural = hostages_n > 1
        nationals = voc.NATIONAL[1] if plural else voc.NATIONAL[0]
        title = case_title(rng.choice(voc.CASE_TITLES[kind.value]), hostages_n, town, region, occupation_row)
        fill = {"nationals": nationals, "town": town, "region": region}
        pool = voc.CIRCUMSTANCE_BY_KIND[kind.value] + voc.CIRCUMSTANCE_COMMON
        picked = [pool[i].format(**fill) for i in rng.sample(range(len(pool)), rng.randint(3, min(7, len(pool))))]
        cut = max(1, len(picked) // 2) if len(picked) > 3 else len(picked)
        circumstances = "\n\n".join(" ".join(part) for part in (picked[:cut], picked[cut:]) if part)
        attribution = (
            rng.choices(list(AttributionLevel), [55, 25, 12, 8])[0]
            if kind in (CaseKind.ABDUCTION, CaseKind.HOSTAGE_TAKING)
            else AttributionLevel.UNKNOWN
        )
        group = rng.choice(voc.GROUPS) if attribution != AttributionLevel.UNKNOWN else None
        priority = rng.choices(list(Priority), [5, 30, 45, 20])[0]
        updated_at = max(end_of_activity, opened_at)
        case_id = batch.add(
            "cases",
            reference=reference,
            post_id=post["id"],
            ref_year=local_year,
            ref_seq=seq,
            title=title,
            kind=kind,
            status=status,
            priority=priority,
            incident_at=incident_at,
            incident_site=f"{company.replace(' (fictional)', '')} site" if workplace else None,
            incident_town=town,
            incident_region=region,
            incident_country=post["country"],
            latitude=round(lat + rng.uniform(-0.2, 0.2), 4),
            longitude=round(lon + rng.uniform(-0.2, 0.2), 4),
            timezone=tz,
            circumstances=circumstances,
            attribution_level=attribution,
            attribution_group=group,
            attribution_source="Local authorities' assessment" if group else None,
            classification=rng.choices(list(Classification), [10, 60, 25, 5])[0],
            lead_caseworker_id=lead[0],
            supervisor_id=supervisor[0],
            created_at=opened_at,
            updated_at=updated_at,
            last_contact_at=None,
            version=1,
        )
        batch.search(
            "case",
            case_id,
            case_id,
            f"{reference} {title}",
            _join(
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
            at=opened_at,
            actor_id=self.actor_id,
            action="synthetic.case",
            entity="case",
            entity_id=case_id,
            case_id=case_id,
            before=None,
            after=json.dumps({"reference": reference, "seed": self.seed}),
        )

        def status_change(frm, to, at, reason):
            batch.add(
                "case_status_changes",
                case_id=case_id,
                from_status=frm,
                to_status=to,
                changed_at=at,
                changed_by_id=(supervisor if to == CaseStatus.CLOSED else lead)[0],
                reason=reason,
            )

        status_change(None, CaseStatus.OPEN, opened_at, "Case opened")
        if active_at:
            status_change(CaseStatus.OPEN, CaseStatus.ACTIVE, active_at, "Incident confirmed by the authorities.")
        if resolved_at:
            status_change(
                CaseStatus.ACTIVE if active_at else CaseStatus.OPEN,
                CaseStatus.RESOLVED,
                resolved_at,
                "The national(s) are safe or their fate is established.",
            )
        if closed_at:
            status_change(
                CaseStatus.RESOLVED, CaseStatus.CLOSED, closed_at, "No further consular action needed; family informed."
            )

        # People: the nationals concerned, witnesses or colleagues, then next of kin.
        hostages = []  # (person_id, participant_id, person dict)
        first_status = HostageStatus.UNACCOUNTED if kind == CaseKind.MISSING_PERSON else HostageStatus.HELD
        for _ in range(hostages_n):
            p = self.national(rng)
            person_id, participant_id = self._person(
                batch,
                rng,
                case_id,
                p,
                ParticipantRole.HOSTAGE,
                opened_at,
                occupation=occupation,
                employer=company if workplace else None,
                identifiers=True,
            )
            hostages.append((person_id, participant_id, p))
            events = [
                (
                    first_status,
                    incident_at,
                    "Taken hostage" if first_status == HostageStatus.HELD else "Whereabouts unknown",
                )
            ]
            if resolved_at:
                final = rng.choices(
                    [
                        HostageStatus.RELEASED,
                        HostageStatus.RESCUED,
                        HostageStatus.ESCAPED,
                        HostageStatus.DECEASED,
                        None,
                    ],
                    [70, 12, 5, 5, 8],
                )[0]
                if first_status == HostageStatus.UNACCOUNTED and final in (
                    HostageStatus.RELEASED,
                    HostageStatus.ESCAPED,
                ):
                    final = HostageStatus.RESCUED
                if final is not None:
                    events.append(
                        (final, resolved_at - timedelta(hours=rng.uniform(2, 30)), "Status confirmed by the post")
                    )
            elif hostages_n > 1 and rng.random() < 0.1:
                events.append((HostageStatus.RELEASED, _between(rng, incident_at, end_of_activity), "Released early"))
            events.sort(key=lambda e: e[1])
            for st, at, note in events:
                at = max(at, incident_at)
                batch.add(
                    "hostage_status_events",
                    participant_id=participant_id,
                    status=st,
                    effective_at=at,
                    note=note,
                    source="Host authorities",
                    recorded_at=max(at, opened_at),
                    recorded_by_id=lead[0],
                )
            participant = batch.rows["case_participants"][-1]
            participant["hostage_status"], participant["hostage_status_since"] = (
                events[-1][0],
                max(events[-1][1], incident_at),
            )

        for _ in range(others_n):
            role = rng.choice([ParticipantRole.WITNESS, ParticipantRole.COLLEAGUE, ParticipantRole.OTHER])
            self._person(
                batch,
                rng,
                case_id,
                self.national(rng),
                role,
                opened_at,
                occupation=occupation if role == ParticipantRole.COLLEAGUE else None,
                employer=company if workplace and role == ParticipantRole.COLLEAGUE else None,
            )

        counterparts = []  # (counterpart_id, category, name, role, org, relationship)
        for person_id, _participant_id, p in hostages:
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
                batch.search("counterpart", cp_id, None, kin["full_name"], _join("Family", role_text))
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
                    plan_owner_id=rng.choice(caseworkers)[0] if every else None,
                    may_share="Confirmed facts and official statements only.",
                    notes=f"Prefers calls in {kin['language']}.",
                    created_at=opened_at,
                )
                counterparts.append(
                    (cp_id, CounterpartCategory.FAMILY, kin["full_name"], role_text, None, relationship)
                )

        local_first, local_last = voc.LOCAL_NAMES[voc.COUNTRY_NAMES.get(post["country"], "francophone")]
        categories = [CounterpartCategory.HOST_GOVERNMENT, CounterpartCategory.POLICE]
        if workplace:
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
        country = country_name(post["country"])
        for category in categories:
            name = f"{rng.choice(local_first)} {rng.choice(local_last)}"
            role, org, note = {
                CounterpartCategory.HOST_GOVERNMENT: (
                    "Director of Consular Affairs",
                    f"Ministry of Foreign Affairs, {country}",
                    "Official channel; answers after internal clearance.",
                ),
                CounterpartCategory.POLICE: (
                    rng.choice(["Investigating officer", "Commander", "Duty officer"]),
                    f"{post['police']}, {town}",
                    "Official; factual.",
                ),
                CounterpartCategory.EMPLOYER: (
                    rng.choice(["General Manager", "HR Manager", "Security Manager"]),
                    company,
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
                created_at=opened_at,
            )
            batch.add("case_counterparts", case_id=case_id, counterpart_id=cp_id, added_at=opened_at)
            batch.search("counterpart", cp_id, None, name, _join(category.label, role, org))
            counterparts.append((cp_id, category, name, role, org, None))

        # Contacts, front-loaded: the first days are the busiest.
        staff_ids = [s[0] for s in staff]
        contact_n = max(4, int(rng.gauss(20, 6)))
        span = (end_of_activity - opened_at).total_seconds()
        times = sorted(
            (opened_at + timedelta(seconds=span * rng.random() ** 1.8)).replace(second=0, microsecond=0)
            for _ in range(contact_n)
        )
        contact_ids = []
        names = [h[2]["full_name"] for h in hostages]
        # The phrase book with this case's town and plural filled in once; names per contact.
        phrases = [
            s.replace("{town}", town).replace("{nationals}", voc.NATIONAL[1] if plural else voc.NATIONAL[0])
            for s in voc.NOTE_SENTENCES
        ]
        phrase_count = len(phrases)
        for at in times:
            chosen = rng.sample(counterparts, 2 if rng.random() < 0.3 and len(counterparts) > 1 else 1)
            cp_id, category, cp_name, cp_role, cp_org, relationship = chosen[0]
            subject = rng.choice(voc.CONTACT_SUBJECTS[category.value]).format(
                role=cp_role or "official",
                org=cp_org or "the ministry",
                town=town,
                name=cp_name,
                relationship=relationship or "family",
            )
            sizes = [2 + int(rng.random() * 3) for _ in range(2 + int(rng.random() * 3))]
            picked = rng.sample(range(phrase_count), min(sum(sizes), phrase_count))
            paragraphs, at_index = [], 0
            for size in sizes:
                paragraphs.append(" ".join(phrases[i] for i in picked[at_index : at_index + size]))
                at_index += size
            notes = "\n\n".join(p for p in paragraphs if p).replace(
                "{name}", cp_name if category != CounterpartCategory.FAMILY else rng.choice(names)
            )
            outcome = rng.choice(voc.OUTCOMES)
            restricted = (
                category in (CounterpartCategory.MILITARY, CounterpartCategory.INTERMEDIARY) or rng.random() < 0.04
            )
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
            recorded_at = min(at + timedelta(minutes=rng.randint(5, 240)), now)
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
            contact_ids.append((contact_id, at, follow))
            for c in chosen:
                batch.add("contact_counterparts", contact_id=contact_id, counterpart_id=c[0])
            for user_id in {recorder, *rng.sample(staff_ids, rng.randint(0, 1))}:
                batch.add("contact_staff", contact_id=contact_id, user_id=user_id)
            batch.search(
                "contact",
                contact_id,
                case_id,
                subject,
                _join(notes, outcome, *sorted(c[2] for c in chosen)),
                restricted=restricted,
            )
        if times:
            batch.rows["cases"][-1]["last_contact_at"] = times[-1]

        self._milestones(
            batch,
            rng,
            case_id,
            kind,
            hostages,
            incident_at,
            opened_at,
            resolved_at,
            end_of_activity,
            town,
            plural,
            lead[0],
        )
        self._tasks(batch, rng, case_id, caseworkers, lead, opened_at, end_of_activity, status, contact_ids)

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
            _join(p["full_name"], p["name_native"]),
            _join(role.label, occupation, employer, p["home_state"], p["home_district"], passport, *identifier_values),
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
                (mk, _between(rng, opened_at, end), rng.choice(hostages) if mk == MilestoneKind.PROOF_OF_LIFE else None)
            )
        if resolved_at is not None and kind != CaseKind.MISSING_PERSON:
            items.append((MilestoneKind.RELEASE, resolved_at - timedelta(hours=2), None))
            if end > resolved_at:
                items.append((MilestoneKind.REPATRIATION, _between(rng, resolved_at, end), None))
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
            batch.search("milestone", mid, case_id, title, _join(mk.label, description, source), restricted=restricted)

    def _tasks(self, batch, rng, case_id, caseworkers, lead, opened_at, end, status, contact_ids) -> None:
        finished = status in (CaseStatus.RESOLVED, CaseStatus.CLOSED)
        follow_ups = [c for c in contact_ids if c[2]]
        for i in range(max(2, int(rng.gauss(6, 2)))):
            title = rng.choice(voc.TASK_TITLES)
            link = follow_ups[i] if i < len(follow_ups) else None
            created = link[1] if link else _between(rng, opened_at, end)
            due = created + timedelta(hours=rng.choice([4, 12, 24, 48, 72, 168]))
            assignee = rng.choice(caseworkers)
            if finished or (due < self.now - timedelta(days=7) and rng.random() < 0.9):
                task_status = TaskStatus.CANCELLED if rng.random() < 0.07 else TaskStatus.DONE
            else:
                task_status = rng.choices([TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.DONE], [50, 30, 20])[0]
            completed_at = None
            if task_status == TaskStatus.DONE:
                completed_at = min(_between(rng, created, due + timedelta(hours=24)), self.now)
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
