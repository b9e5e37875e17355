"""Load the demo data in ``seeds/demo/*.toml`` through the services.

Every record is written by the service a caseworker would use, acting as the staff member the
seed names (``opened_by``, ``by``, ``recorded_by``, ``created_by`` ...), so a demo database has
the same audit trail, search index and cached columns as one filled in by hand, and a seed
that breaks a rule fails the way a form would, with the file, the record and the field named.

Idempotent, so ``consular seed demo`` may be run on a database that already has the demo:

- users and posts are upserted, and written only when they differ from the seed;
- a case is loaded once. Right after a seed case is opened, an audit entry
  ``seed.start`` records its seed ``key``; when everything in it is loaded, ``seed.done``
  follows. A later run skips keys that are done. The key lives in the audit trail rather than
  in the case's title or reference because those may be edited afterwards, and the audit
  trail is append-only. A key that was started but never finished (the earlier run was
  interrupted) is refused with a message rather than loaded a second time beside the
  half-loaded copy. A case with the same post, title and incident time but no marker (opened
  in the instant before its marker was written, or typed in by hand) also counts as loaded.

Accounts. Loading acts as the seed's staff, so only an administrator may load seeds into a
database that has one; ``username`` names the (already signed-in) person running the load,
default the first administrator. A database without an administrator gets the seed's first
``admin`` user as its administrator (``accounts.init_database``). Staff accounts are created
with ``staff_password``, or when it is None with a random password no one knows (an
administrator resets it to hand the account over): a throwaway demo passes
:data:`DEMO_PASSWORD` so its staff can sign in.
"""

from __future__ import annotations

import json
import secrets
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from consular import paths
from consular.db.engine import Database
from consular.db.models import AuditEntry, Case, Post, User
from consular.domain import validation as v
from consular.domain.clock import Clock, FixedClock, SystemClock, end_of_day
from consular.domain.enums import MilestoneKind, PostKind, TaskStatus, TellKind, UserRole
from consular.domain.errors import NotFoundError, UserError, ValidationError
from consular.domain.timeutil import parse_datetime, zone
from consular.i18n import translate
from consular.seeding import demo_family
from consular.seeding.demo_detention import load_detention
from consular.seeding.demo_family_log import load_family, not_told
from consular.seeding.demo_hostage import HostageRecords
from consular.seeding.demo_links import check_link, load_links
from consular.seeding.demo_repatriation import load_repatriation
from consular.seeding.demo_schema import (
    CASE_FIELDS,
    CASE_KEYS,
    CONTACT_KEYS,
    COUNTERPART_KEYS,
    FOLLOW_UP_KEYS,
    HISTORY_KEYS,
    KIN_KEYS,
    PERSON_KEYS,
    POST_KEYS,
    PROOF_OF_LIFE_KEYS,
    STATUS_CHANGE_KEYS,
    TASK_KEYS,
    TOP_LEVEL_KEYS,
    USER_KEYS,
    WELFARE_KEYS,
    SeedError,
    check_case,
    check_keys,
    require,
)
from consular.seeding.demo_schema import at as _at
from consular.seeding.demo_schema import describe as _describe
from consular.services import (
    accounts,
    cases,
    contacts,
    counterparts,
    milestones,
    people,
    proof_of_life,
    reference_data,
    tasks,
    welfare,
)
from consular.services.context import ServiceContext, Settings, actor_for

MARK_START = "seed.start"
MARK_DONE = "seed.done"


@dataclass
class LoadReport:
    """What a load did. ``records`` counts what was written, by kind."""

    files: list[str] = field(default_factory=list)
    cases_loaded: list[str] = field(default_factory=list)
    cases_skipped: list[str] = field(default_factory=list)
    users_created: int = 0
    users_updated: int = 0
    posts_created: int = 0
    posts_updated: int = 0
    records: Counter = field(default_factory=Counter)
    notices: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(
            self.cases_loaded or self.users_created or self.users_updated or self.posts_created or self.posts_updated
        )

    def summary(self) -> str:
        lines = []
        if self.cases_loaded:
            lines.append(f"Loaded {len(self.cases_loaded)} demo case(s): {', '.join(self.cases_loaded)}.")
        if self.cases_skipped:
            lines.append(f"Already loaded, left as they are: {', '.join(self.cases_skipped)}.")
        lines.append(
            f"Users: {self.users_created} created, {self.users_updated} updated; "
            f"posts: {self.posts_created} created, {self.posts_updated} updated."
        )
        if self.records:
            lines.append("Records written: " + ", ".join(f"{n} {k}" for k, n in sorted(self.records.items())) + ".")
        lines.append(f"({len(self.files)} seed file(s), {self.seconds:.1f} s)")
        return "\n".join(lines)


def default_seeds_dir() -> Path:
    return paths.seeds_dir() / "demo"


DEMO_PASSWORD = "demo-password"  # only for throwaway demo databases (consular --demo)


def _documents(seeds_dir: str | Path | None) -> list[tuple[Path, dict]]:
    folder = Path(seeds_dir) if seeds_dir is not None else default_seeds_dir()
    if not folder.is_dir():
        raise SeedError(translate("seeding.demo", "There is no seed folder at {folder}.").format(folder=folder))
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise SeedError(translate("seeding.demo", "There are no .toml seed files in {folder}.").format(folder=folder))
    return [(path, _read(path)) for path in files]


def _latest_event(documents: list[tuple[Path, dict]]) -> datetime | None:
    """The latest event the seed files describe, by the rule the database applies once they are
    loaded (``repositories.activity.latest_event_at``): incidents, case status changes, hostage
    statuses, contacts, milestones and task completions; due dates are plans and do not count."""
    zones = {
        str(p.get("code", "")).strip().upper(): p.get("timezone") for _, d in documents for p in d.get("posts", [])
    }
    found: list[datetime] = []
    for path, doc in documents:
        for index, item in enumerate(doc.get("cases", [])):
            tz = item.get("timezone") or zones.get(str(item.get("post", "")).strip().upper()) or "UTC"
            with _at(f"{path.name}, cases[{index}]"):
                times = [item.get("incident_at"), item.get("opened_at")]
                times += [c.get("at") for c in item.get("status_changes", [])]
                times += [h.get("at") for p in item.get("people", []) for h in p.get("status_history", [])]
                times += [c.get("at") for c in item.get("contacts", [])]
                times += [m.get("at") for m in item.get("milestones", [])]
                times += [t.get("completed_at") for t in item.get("tasks", [])]
                times += _detention_times(item)
                found += [_time(value, tz, "at") for value in times if value not in (None, "")]
    return max(found) if found else None


def _detention_times(item: dict) -> list:
    """The dates a case's detention records put on its timeline (the demo's clock covers them)."""
    fields = {
        "notes_verbales": ("sent_at", "answered_at"),
        "consular_visits": ("requested_at", "decided_at", "visit_at"),
        "hearings": ("held_at",),
        "charges": ("filed_at", "status_at"),
    }
    return [entry.get(name) for section, names in fields.items() for entry in item.get(section, []) for name in names]


def demo_clock(seeds_dir: str | Path | None = None) -> Clock:
    """The clock to load the demo with: the demo's "as of" moment, the end of the last day
    its seed files describe (the moment ``services.database.demo_clock`` opens the loaded demo
    at). Records and audit entries are then stamped on the demo's day, not years after it;
    the real clock when the files describe no events. Raises SeedError like :func:`load_demo`."""
    latest = _latest_event(_documents(seeds_dir))
    if latest is None:
        return SystemClock()
    return FixedClock(end_of_day(latest.astimezone(UTC).date()), read_only=False, label_prefix="Demo as of")


def load_demo(
    database: Database,
    *,
    seeds_dir: str | Path | None = None,
    username: str | None = None,
    staff_password: str | None = None,
    clock: Clock | None = None,
) -> LoadReport:
    """Load every ``*.toml`` in ``seeds_dir`` (default ``seeds/demo``) in name order.

    ``clock`` is what "now" is for the load: the stamp of every record and audit entry it
    writes, and the moment nothing may be dated after. The real time by default (a load into
    a working database is recorded when it happened); a throwaway demo database is loaded
    with :func:`demo_clock`, so it reads as entered on the demo's day.

    The schema must be current (``consular.db.migrate.ensure_schema``). Raises SeedError for a
    file that cannot be read or a record the services refuse, naming where it is.
    """
    started = time.perf_counter()
    documents = _documents(seeds_dir)
    files = [path for path, _doc in documents]
    # Check the structure of every file first, so a typo in the last case is found before
    # anything is written (the services still check every value as it is loaded).
    seed_users = {str(u.get("username", "")).strip().lower() for _, doc in documents for u in doc.get("users", [])}
    with database.session() as session:
        known_users = seed_users | set(session.scalars(select(User.username)))
    case_keys = {str(case.get("key")) for _, doc in documents for case in doc.get("cases", [])}
    for path, doc in documents:
        for index, case in enumerate(doc.get("cases", [])):
            check_case(path.name, index, case, known_users)
        for index, link in enumerate(doc.get("links", [])):
            check_link(path.name, index, link, case_keys)
    loader = _Loader(database, username, staff_password, [doc for _, doc in documents], clock or SystemClock())
    report = loader.report
    report.files = [p.name for p in files]
    for path, doc in documents:
        if doc.get("notice"):
            report.notices.append(str(doc["notice"]))
        loader.users(path.name, doc.get("users", []))
        loader.posts(path.name, doc.get("posts", []))
    for path, doc in documents:
        for index, case in enumerate(doc.get("cases", [])):
            loader.case(path.name, index, case)
    references = {key: marker["reference"] for key, marker in loader._markers.items() if marker["done"]}
    for path, doc in documents:
        if made := load_links(loader, path.name, doc.get("links", []), references):
            report.records["case links"] += made
    report.seconds = time.perf_counter() - started
    return report


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            doc = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise SeedError(
            translate("seeding.demo", "{path_name} is not valid TOML: {exc}.").format(path_name=path.name, exc=exc)
        ) from None
    except OSError as exc:
        raise SeedError(
            translate("seeding.demo", "Cannot read {path}: {strerror}.").format(path=path, strerror=exc.strerror)
        ) from None
    check_keys(doc, TOP_LEVEL_KEYS, path.name)
    for name in ("users", "posts", "cases", "links"):
        if name in doc and not isinstance(doc[name], list):
            raise SeedError(
                translate("seeding.demo", "{path_name}: '{name}' must be an array of tables ([[{name}]]).").format(
                    path_name=path.name, name=name
                )
            )
    return doc


def _time(value, tz: str, field_name: str) -> datetime:
    """An aware datetime from TOML text or a TOML datetime; local times are read in ``tz``."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=zone(tz)).astimezone(zone("UTC"))
        return value
    if isinstance(value, date):
        raise ValidationError(
            field_name,
            translate("seeding.demo", "'{value}' is a date without a time; give a date and time.").format(value=value),
        )
    return parse_datetime(str(value), field_name, default_zone=tz)


def reference_data_users(database: Database) -> list[User]:
    """Active accounts, read directly: the loader needs an actor before it may call services."""
    with database.session() as session:
        return list(session.scalars(select(User).where(User.active.is_(True)).order_by(User.id)))


class _Loader(HostageRecords):
    def __init__(
        self, database: Database, username: str | None, staff_password: str | None, documents: list[dict], clock: Clock
    ):
        self.database = database
        self.settings = Settings()
        self.clock = clock
        self.report = LoadReport()
        self.staff_password = staff_password
        with _at("the user running the load"):
            if not accounts.has_admin(database):
                self._appoint_first_admin(documents)
            name = username or next(
                (u.username for u in reference_data_users(database) if u.role == UserRole.ADMIN), None
            )
            actor = actor_for(database, name)
            if actor.role != UserRole.ADMIN:
                raise SeedError(
                    translate(
                        "seeding.demo",
                        "Loading seeds acts as the seed's staff and creates their accounts, so only an "
                        "administrator may do it; {display_name} is a {role}.",
                    ).format(display_name=actor.display_name, role=actor.role.label.lower())
                )
            self.loader = ServiceContext(database, actor, self.settings, clock)
        self._contexts: dict[str, ServiceContext] = {self.loader.actor.username: self.loader}
        self._markers = self._read_markers()

    def _password(self) -> str:
        return self.staff_password or secrets.token_urlsafe(24)

    def _appoint_first_admin(self, documents: list[dict]) -> None:
        item = next(
            (u for doc in documents for u in doc.get("users", []) if str(u.get("role", "")).lower() == "admin"), None
        )
        if item is None:
            raise SeedError(
                translate("seeding.demo", "{no_admin} (The seeds name no user with role 'admin'.)").format(
                    no_admin=translate("services.accounts", accounts.NO_ADMIN)
                )
            )
        accounts.init_database(
            self.database,
            str(item["username"]),
            self._password(),
            display_name=item.get("display_name"),
            email=item.get("email"),
            clock=self.clock,
        )
        self.report.users_created += 1

    # --- who is acting ----------------------------------------------------------------

    def ctx(self, username: str | None, where: str) -> ServiceContext:
        if not username:
            raise SeedError(translate("seeding.demo", "{where}: no user is named for this record.").format(where=where))
        name = str(username).strip().lower()
        if name not in self._contexts:
            try:
                actor = actor_for(self.database, name)
            except NotFoundError:
                raise SeedError(
                    translate("seeding.demo", "{where}: '{name}' is not a user; add them to [[users]] first.").format(
                        where=where, name=name
                    )
                ) from None
            except UserError as exc:
                raise SeedError(f"{where}: {_describe(exc)}.") from None
            self._contexts[name] = ServiceContext(self.database, actor, self.settings, self.clock)
        return self._contexts[name]

    # --- reference data ---------------------------------------------------------------

    def users(self, file: str, items: list[dict]) -> None:
        if not items:
            return
        existing = {u.username: u for u in reference_data.list_users(self.loader, active_only=False)}
        updates = []
        for index, item in enumerate(items):
            where = f"{file}, users[{index}]"
            check_keys(item, USER_KEYS, where)
            name = str(require(item, "username", where)).strip().lower()
            with _at(f"{file}, user '{name}'"):
                role = UserRole.parse(item.get("role") or "caseworker", "role")
                wanted = {
                    "username": name,
                    "display_name": require(item, "display_name", where),
                    "role": role,
                    "email": item.get("email"),
                }
                current = existing.get(name)
                if current is None:
                    accounts.add_user(
                        self.loader,
                        name,
                        role=role,
                        password=self._password(),
                        display_name=wanted["display_name"],
                        email=wanted["email"],
                    )
                    self.report.users_created += 1
                elif (current.display_name, current.role, current.email) != (
                    v.clean_text(wanted["display_name"], "display_name"),
                    role,
                    v.email(wanted["email"]),
                ):
                    updates.append((file, wanted))
        for file_name, wanted in updates:
            with _at(f"{file_name}, user '{wanted['username']}'"):
                reference_data.save_user(self.loader, **wanted)
                self.report.users_updated += 1
                self._contexts.pop(wanted["username"], None)  # its role may have changed

    def posts(self, file: str, items: list[dict]) -> None:
        if not items:
            return
        existing = {p.code: p for p in reference_data.list_posts(self.loader)}
        for index, item in enumerate(items):
            where = f"{file}, posts[{index}]"
            check_keys(item, POST_KEYS, where)
            code = str(require(item, "code", where)).strip().upper()
            with _at(f"{file}, post '{code}'"):
                wanted = {
                    "code": code,
                    "name": require(item, "name", where),
                    "kind": require(item, "kind", where),
                    "country": require(item, "country", where),
                    "city": require(item, "city", where),
                    "timezone": require(item, "timezone", where),
                }
                current = existing.get(code)
                if current is not None and (
                    current.name,
                    current.kind,
                    current.country,
                    current.city,
                    current.timezone,
                ) == (
                    v.clean_text(wanted["name"], "name"),
                    PostKind.parse(wanted["kind"]).value,
                    v.country_code(wanted["country"]),
                    v.clean_text(wanted["city"], "city"),
                    wanted["timezone"],
                ):
                    continue
                reference_data.save_post(self.loader, **wanted)
                if current is None:
                    self.report.posts_created += 1
                else:
                    self.report.posts_updated += 1

    # --- cases ------------------------------------------------------------------------

    def _read_markers(self) -> dict[str, dict]:
        markers: dict[str, dict] = {}
        with self.database.session() as session:
            rows = session.execute(
                select(AuditEntry.action, AuditEntry.after, Case.reference)
                .outerjoin(Case, Case.id == AuditEntry.case_id)
                .where(AuditEntry.action.in_((MARK_START, MARK_DONE)))
                .order_by(AuditEntry.id)
            )
            for action, after, reference in rows:
                key = json.loads(after or "{}").get("seed_key")
                if key:
                    entry = markers.setdefault(key, {"reference": reference, "done": False})
                    entry["done"] = entry["done"] or action == MARK_DONE
        return markers

    def _mark(self, action: str, case_id: int, key: str, file: str, reference: str, counts=None) -> None:
        with self.loader.writing() as session:
            after = {"seed_key": key, "seed_file": file, "reference": reference}
            if counts:
                after["records"] = dict(counts)
            self.loader.audit(session, action, "case", case_id, case_id=case_id, after=after)

    def _same_case(self, post_code: str, title: str, incident_at: datetime) -> str | None:
        with self.database.session() as session:
            return session.scalar(
                select(Case.reference)
                .join(Post, Post.id == Case.post_id)
                .where(Post.code == post_code.strip().upper(), Case.title == title, Case.incident_at == incident_at)
            )

    def case(self, file: str, index: int, item: dict) -> None:
        where = f"{file}, cases[{index}]"
        check_keys(item, CASE_KEYS, where)
        key = str(require(item, "key", where))
        where = f"{file}, case '{key}'"
        marker = self._markers.get(key)
        if marker is not None:
            if not marker["done"]:
                raise SeedError(
                    translate(
                        "seeding.demo",
                        "{where}: an earlier load of this case ({marker}) was interrupted and it is only "
                        "partly there. Load the demo into a new database file instead.",
                    ).format(where=where, marker=marker["reference"])
                )
            self.report.cases_skipped.append(marker["reference"])
            return
        post_code = str(require(item, "post", where))
        with _at(where):
            post = next(
                (p for p in reference_data.list_posts(self.loader) if p.code == post_code.strip().upper()), None
            )
            if post is None:
                raise SeedError(
                    translate("seeding.demo", "{where}: there is no post '{post_code}'; add it to [[posts]].").format(
                        where=where, post_code=post_code
                    )
                )
            tz = item.get("timezone") or post.timezone
            zone(tz, "timezone")
            incident = _time(require(item, "incident_at", where), tz, "incident_at")
            title = v.clean_text(require(item, "title", where), "title", required=True, max_length=300)
        existing = self._same_case(post.code, title, incident)
        if existing is not None:
            self.report.cases_skipped.append(existing)
            return

        counts: Counter = Counter()
        opener = self.ctx(require(item, "opened_by", where), f"{where}, opened_by")
        with _at(where):
            fields = {k: item[k] for k in CASE_FIELDS if k in item}
            fields["incident_at"] = incident
            fields["title"] = title
            detail = cases.open_case(
                opener,
                post_code=post.code,
                reason=item.get("open_reason") or "Case opened",
                opened_at=self._opened_at(item, tz, incident, where),
                **fields,
            )
        ref = detail.reference
        self._mark(MARK_START, detail.id, key, file, ref)
        counts["cases"] += 1

        for i, change in enumerate(item.get("status_changes", [])):
            w = f"{where}, status_changes[{i}]"
            check_keys(change, STATUS_CHANGE_KEYS, w)
            with _at(w):
                cases.change_status(
                    self.ctx(require(change, "by", w), w),
                    ref,
                    require(change, "to", w),
                    require(change, "reason", w),
                    at=_time(require(change, "at", w), tz, "at"),
                )
            counts["status changes"] += 1

        person_ids = self._people(item, ref, tz, where, counts)
        self._liaisons: dict[str, int] = {}  # next of kin key -> family liaison id
        self._keep_open: set[tuple[TellKind, int]] = set()  # developments the family has not heard of
        kin_person_ids: dict[str, int] = {}
        # A family's liaison officer took them on when the case opened, unless the seed says when.
        self._officer_since = self._opened_at(item, tz, incident, where)
        counterpart_ids = self._next_of_kin(item, ref, person_ids, opener, where, counts, kin_person_ids)
        for i, cp in enumerate(item.get("counterparts", [])):
            w = f"{where}, counterparts[{i}]"
            check_keys(cp, COUNTERPART_KEYS, w)
            cp_key = str(require(cp, "key", w))
            fields = {k: cp[k] for k in COUNTERPART_KEYS - {"key", "added_by"} if k in cp}
            with _at(f"{where}, counterpart '{cp_key}'"):
                view = counterparts.add_counterpart(self._author(cp, opener, w, "added_by"), ref, **fields)
            self._remember(counterpart_ids, cp_key, view.id, w)
            counts["counterparts"] += 1
        contact_ids = self._contacts(item, ref, tz, person_ids, counterpart_ids, where, counts)
        question_ids = self._pol_questions(item, ref, person_ids, kin_person_ids, opener, where, counts)
        self._milestones(item, ref, person_ids, question_ids, where, counts)
        self._vetting(item, counterpart_ids, opener, where, counts)
        self._demands(item, ref, person_ids, counterpart_ids, where, counts)
        load_detention(self.ctx, _at, item, ref, person_ids, where, counts)
        load_family(self, _at, item, ref, where, self._liaisons, self._keep_open, counts)
        self._tasks(item, ref, tz, self._opened_at(item, tz, incident, where), contact_ids, where, counts)
        load_repatriation(self, item, ref, person_ids, where, counts, _at)

        self._mark(MARK_DONE, detail.id, key, file, ref, counts)
        self._markers[key] = {"reference": ref, "done": True}
        self.report.cases_loaded.append(ref)
        self.report.records.update(counts)

    def _opened_at(self, item: dict, tz: str, incident: datetime, where: str) -> datetime:
        """When the post opened the case: as given, else at its first recorded step
        (first status change or contact), never before the incident."""
        if item.get("opened_at"):
            with _at(where):
                return _time(item["opened_at"], tz, "opened_at")
        candidates = []
        with _at(where):
            for change in item.get("status_changes", [])[:1]:
                if change.get("at"):
                    candidates.append(_time(change["at"], tz, "status_changes.at"))
            for contact in item.get("contacts", []):
                if contact.get("at"):
                    candidates.append(_time(contact["at"], tz, "contacts.at"))
        return max(min(candidates), incident) if candidates else incident

    def _author(self, item: dict, default: ServiceContext, where: str, *keys: str) -> ServiceContext:
        for key in keys:
            if item.get(key):
                return self.ctx(item[key], f"{where}, {key}")
        return default

    @staticmethod
    def _remember(mapping: dict, key: str, value: int, where: str) -> None:
        if key in mapping:
            raise SeedError(
                translate("seeding.demo", "{where}: the key '{key}' is used twice in this case.").format(
                    where=where, key=key
                )
            )
        mapping[key] = value

    def _people(self, item, ref, tz, where, counts) -> dict[str, int]:
        person_ids: dict[str, int] = {}
        for i, person in enumerate(item.get("people", [])):
            w = f"{where}, people[{i}]"
            check_keys(person, PERSON_KEYS, w)
            p_key = str(require(person, "key", w))
            w = f"{where}, person '{p_key}'"
            history = list(person.get("status_history", []))
            for j, entry in enumerate(history):
                check_keys(entry, HISTORY_KEYS, f"{w}, status_history[{j}]")
            fields = {k: person[k] for k in people.PERSON_FIELDS if k in person}
            role = str(require(person, "role", w))
            extra = {}
            author = self._author(person, self.ctx(item["opened_by"], w), w, "added_by")
            is_hostage = role.strip().lower() in ("hostage", "national concerned")
            if history and not is_hostage:
                raise SeedError(
                    translate("seeding.demo", "{w}: only hostages have a status history (role is '{role}').").format(
                        w=w, role=role
                    )
                )
            if is_hostage and history:
                first = history[0]
                with _at(f"{w}, status_history[0]"):
                    extra = {
                        "held_since": _time(require(first, "at", w), tz, "held_since"),
                        "held_note": first.get("note"),
                        "held_source": first.get("source"),
                        "initial_status": require(first, "status", w),
                    }
                author = self._author(first, author, w, "by")
            with _at(w):
                view = people.add_person(
                    author,
                    ref,
                    role=role,
                    identifiers=person.get("identifiers"),
                    participant_notes=person.get("participant_notes"),
                    **extra,
                    **fields,
                )
            self._remember(person_ids, p_key, view.person.id, w)
            if history:
                demo_family.share(author, "status", min(e.id for e in view.status_history), history[0], w)
            counts["people"] += 1
            for j, entry in enumerate(history[1:], start=1):
                wj = f"{w}, status_history[{j}]"
                with _at(wj):
                    changed = people.change_hostage_status(
                        self.ctx(require(entry, "by", wj), wj),
                        ref,
                        view.person.id,
                        require(entry, "status", wj),
                        effective_at=_time(require(entry, "at", wj), tz, "effective_at"),
                        note=entry.get("note"),
                        source=entry.get("source"),
                        # The seed file names the person; its author confirms for them.
                        confirm_name=view.person.full_name,
                    )
                    demo_family.share(
                        self.ctx(entry["by"], wj), "status", max(e.id for e in changed.status_history), entry, wj
                    )
                counts["hostage status changes"] += 1
        return person_ids

    def _next_of_kin(self, item, ref, person_ids, opener, where, counts, kin_person_ids) -> dict[str, int]:
        counterpart_ids: dict[str, int] = {}
        for i, kin in enumerate(item.get("next_of_kin", [])):
            w = f"{where}, next_of_kin[{i}]"
            check_keys(kin, KIN_KEYS, w)
            k_key = str(require(kin, "key", w))
            w = f"{where}, next of kin '{k_key}'"
            hostage_key = str(require(kin, "hostage", w))
            if hostage_key not in person_ids:
                raise SeedError(
                    translate(
                        "seeding.demo", "{w}: 'hostage' names '{hostage_key}', which is not a person of this case."
                    ).format(w=w, hostage_key=hostage_key)
                )
            fields = {k: kin[k] for k in KIN_KEYS - {"key", "hostage", "added_by"} if k in kin}
            fields.setdefault("officer_since", self._officer_since)
            with _at(w):
                view = people.add_next_of_kin(
                    self._author(kin, opener, w, "added_by"), ref, hostage_person_id=person_ids[hostage_key], **fields
                )
            # Contacts "with" a relative are logged against the relative's counterpart record.
            self._remember(counterpart_ids, k_key, view.counterpart_id, w)
            kin_person_ids[k_key] = view.kin.id
            self._liaisons[k_key] = view.id
            if k_key in person_ids:
                raise SeedError(
                    translate("seeding.demo", "{w}: the key '{k_key}' is also used for a person.").format(
                        w=w, k_key=k_key
                    )
                )
            counts["next of kin"] += 1
        return counterpart_ids

    def _contacts(self, item, ref, tz, person_ids, counterpart_ids, where, counts) -> dict[str, int]:
        contact_ids: dict[str, int] = {}
        for i, contact in enumerate(item.get("contacts", [])):
            w = f"{where}, contacts[{i}]"
            check_keys(contact, CONTACT_KEYS, w)
            ids = []
            for name in contact.get("with", []):
                if name not in counterpart_ids:
                    hint = (
                        " (that is a person in the case; contacts are with counterparts or next of kin)"
                        if name in person_ids
                        else ""
                    )
                    raise SeedError(
                        translate(
                            "seeding.demo",
                            "{w}: 'with' names '{name}', which is not a counterpart or next of kin of this case{hint}.",
                        ).format(w=w, name=name, hint=hint)
                    )
                ids.append(counterpart_ids[name])
            follow_up = None
            if contact.get("follow_up"):
                check_keys(contact["follow_up"], FOLLOW_UP_KEYS, f"{w}, follow_up")
                # The task was set when the contact was logged, not when the demo was loaded.
                with _at(w):
                    raised = _time(require(contact, "at", w), tz, "at")
                follow_up = contacts.FollowUp(**contact["follow_up"], created_at=raised)
            with _at(w):
                view = contacts.log_contact(
                    self.ctx(require(contact, "recorded_by", w), w),
                    ref,
                    occurred_at=require(contact, "at", w),
                    channel=require(contact, "channel", w),
                    subject=require(contact, "subject", w),
                    counterpart_ids=ids,
                    direction=contact.get("direction") or "outgoing",
                    notes=contact.get("notes"),
                    outcome=contact.get("outcome"),
                    duration_minutes=contact.get("duration_minutes"),
                    follow_up_needed=bool(contact.get("follow_up_needed", False)),
                    restricted=bool(contact.get("restricted", False)),
                    staff_present=contact.get("staff"),
                    follow_up=follow_up,
                )
                demo_family.share(self.ctx(contact["recorded_by"], w), "contact", view.id, contact, w)
            if contact.get("key"):
                self._remember(contact_ids, str(contact["key"]), view.id, w)
            counts["contacts"] += 1
            if follow_up is not None:
                counts["tasks"] += 1
        return contact_ids

    def _milestones(self, item, ref, person_ids, question_ids, where, counts) -> None:
        for i, m in enumerate(item.get("milestones", [])):
            w = f"{where}, milestones[{i}]"
            check_keys(m, PROOF_OF_LIFE_KEYS | WELFARE_KEYS, w)
            person_id = None
            if m.get("hostage"):
                if m["hostage"] not in person_ids:
                    raise SeedError(
                        translate(
                            "seeding.demo", "{w}: 'hostage' names '{m}', which is not a person of this case."
                        ).format(w=w, m=m["hostage"])
                    )
                person_id = person_ids[m["hostage"]]
            actor = self.ctx(require(m, "recorded_by", w), w)
            with _at(w):
                kind = MilestoneKind.parse(require(m, "kind", w), "kind")
                if m.get("family") and kind in (MilestoneKind.PROOF_OF_LIFE, MilestoneKind.WELFARE_REPORT):
                    raise SeedError(
                        translate(
                            "seeding.demo", "{w}: 'family' is for contacts, status changes and other milestones."
                        ).format(w=w)
                    )
                if kind == MilestoneKind.PROOF_OF_LIFE and person_id is not None:
                    question = m.get("question")
                    if question is not None and question not in question_ids:
                        raise SeedError(
                            translate(
                                "seeding.demo",
                                "{w}: 'question' names '{question}', which is no pol_questions entry here.",
                            ).format(w=w, question=question)
                        )
                    proof = proof_of_life.record_proof_of_life(
                        actor,
                        ref,
                        person_id,
                        occurred_at=require(m, "at", w),
                        description=require(m, "description", w),
                        medium=require(m, "medium", w),
                        source=m.get("source"),
                        title=m.get("title"),
                        question_id=question_ids.get(question) if question else None,
                        answer_received=m.get("answer_received"),
                        answer_matched=m.get("answer_matched"),
                        claimed_at=m.get("claimed_at"),
                        established_at=m.get("established_at"),
                        assessment=m.get("assessment", "pending"),
                        assessment_basis=m.get("assessment_basis"),
                    )
                    if not_told(m):
                        self._keep_open.add((TellKind.PROOF_OF_LIFE, proof.id))
                elif kind == MilestoneKind.WELFARE_REPORT:
                    welfare.record_welfare(
                        actor,
                        ref,
                        person_id,
                        occurred_at=require(m, "at", w),
                        summary=require(m, "title", w),
                        description=m.get("description"),
                        source=m.get("source"),
                        condition=m.get("condition", "unknown"),
                        medication_needs=m.get("medication_needs"),
                        supply_arranged=m.get("supply_arranged"),
                        restricted=bool(m.get("restricted", False)),
                    )
                else:
                    view = milestones.add_milestone(
                        actor,
                        ref,
                        kind=kind,
                        occurred_at=require(m, "at", w),
                        title=require(m, "title", w),
                        description=m.get("description"),
                        source=m.get("source"),
                        hostage_person_id=person_id,
                        restricted=bool(m.get("restricted", False)),
                    )
                    demo_family.share(actor, "milestone", view.id, m, w)
                    if not_told(m):
                        self._keep_open.add((TellKind.PUBLIC_STATEMENT, view.id))
            counts["milestones"] += 1

    @staticmethod
    def _task_created_at(t: dict, tz: str, opened: datetime) -> datetime:
        """When a seed task was set: its ``created_at``, else the latest time that fits what
        the file says (a day before it was due, and no later than it was completed), but
        never before the case was opened."""
        if t.get("created_at"):
            return _time(t["created_at"], tz, "created_at")
        bounds = []
        if t.get("due_at"):
            bounds.append(_time(t["due_at"], tz, "due_at") - timedelta(days=1))
        if t.get("completed_at"):
            bounds.append(_time(t["completed_at"], tz, "completed_at"))
        return max(min(bounds), opened) if bounds else opened

    def _tasks(self, item, ref, tz, opened, contact_ids, where, counts) -> None:
        for i, t in enumerate(item.get("tasks", [])):
            w = f"{where}, tasks[{i}]"
            check_keys(t, TASK_KEYS, w)
            contact_id = None
            if t.get("contact"):
                if t["contact"] not in contact_ids:
                    raise SeedError(
                        translate(
                            "seeding.demo", "{w}: 'contact' names '{t}', which is not a contact key of this case."
                        ).format(w=w, t=t["contact"])
                    )
                contact_id = contact_ids[t["contact"]]
            creator = self.ctx(require(t, "created_by", w), w)
            with _at(w):
                status = TaskStatus.parse(t.get("status") or "open", "status")
                view = tasks.add_task(
                    creator,
                    ref,
                    title=require(t, "title", w),
                    assignee=t.get("assignee"),
                    due_at=t.get("due_at"),
                    priority=t.get("priority") or "normal",
                    description=t.get("description"),
                    contact_id=contact_id,
                    created_at=self._task_created_at(t, tz, opened),
                )
                if status == TaskStatus.DONE:
                    finisher = self._author(t, self._author(t, creator, w, "assignee"), w, "completed_by")
                    at = _time(t["completed_at"], tz, "completed_at") if t.get("completed_at") else None
                    tasks.complete_task(finisher, view.id, note=t.get("completion_note"), at=at)
                elif status != TaskStatus.OPEN:
                    tasks.update_task(self._author(t, creator, w, "assignee"), view.id, status=status)
            counts["tasks"] += 1
