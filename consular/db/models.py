"""ORM models of a consular case (SQLAlchemy 2 typed declarative).

Rules kept here:
- every timestamp is a :class:`UTCDateTime` (aware, UTC);
- enum columns hold plain strings (see :class:`StrEnum`) so the schema is portable;
- nothing is deleted by cascade from the case side except through services, and history
  tables (status changes, hostage status events, contact revisions, audit) are append-only.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from consular.db.rank_sql import EXPRESSION_INDEXES, PRIORITY_RANK_SQL, STATUS_RANK_SQL  # noqa: F401 (theirs too)
from consular.db.types import StrEnum, UTCDateTime
from consular.domain.enums import (
    AttributionLevel,
    CaseKind,
    CaseLinkKind,
    CaseStatus,
    Channel,
    Classification,
    CounterpartCategory,
    DemandKind,
    DemandResponse,
    Direction,
    HostageStatus,
    MilestoneKind,
    ParticipantRole,
    PolAssessment,
    PolMedium,
    PolQuestionState,
    PostKind,
    Priority,
    TaskStatus,
    UserRole,
    VettingStatus,
    WelfareCondition,
)

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Voidable:
    """An entry that can be voided with a reason: it stays in the history, struck through, and
    is left out of counts, the dashboard, briefs, the timeline and exports."""

    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    void_reason: Mapped[str | None] = mapped_column(Text)

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[UserRole] = mapped_column(StrEnum(UserRole), default=UserRole.CASEWORKER)
    email: Mapped[str | None] = mapped_column(String(254))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Argon2id PHC string (parameters and salt included); None: the account cannot sign in.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Consecutive failed sign-ins since the last success; at the limit the account is locked
    # until ``locked_until``.
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Post(Base):
    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(5), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[PostKind] = mapped_column(StrEnum(PostKind))
    country: Mapped[str] = mapped_column(String(2))
    city: Mapped[str] = mapped_column(String(120))
    timezone: Mapped[str] = mapped_column(String(64))


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("post_id", "ref_year", "ref_seq"),
        Index("ix_cases_status_incident_at", "status", "incident_at"),
        Index("ix_cases_last_contact_at", "last_contact_at"),
        Index("ix_cases_incident_at", "incident_at"),
        Index("ix_cases_kind", "kind"),
        Index("ix_cases_lead_caseworker_id", "lead_caseworker_id"),
        Index("ix_cases_post_id", "post_id"),
        Index("ix_cases_updated_at", "updated_at"),
        Index("ix_cases_hostages_held", "hostages_held", "id"),
        Index("ix_cases_status_hostages_held", "status", "hostages_held"),  # Home's held total (0024)
        Index("ix_cases_next_task_due", "next_task_due", "id"),
        # The escalation queue: a supervisor's own cases (services/escalation.py).
        Index("ix_cases_supervisor_id_status", "supervisor_id", "status", "id"),  # id: 0026
        # The case list sorted by priority, status or title reads one index page (revision 0023).
        Index("ix_cases_priority_rank", text(PRIORITY_RANK_SQL), "id"),
        Index("ix_cases_status_rank", text(STATUS_RANK_SQL), "id"),
        Index("ix_cases_title_id", "title", "id"),
        # Home's active cases by id from the index alone, and the case list by place (revision 0026).
        Index("ix_cases_status_id", "status", "id"),
        Index("ix_cases_place", "incident_country", "incident_town", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(24), unique=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"))
    ref_year: Mapped[int] = mapped_column(Integer)
    ref_seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[CaseKind] = mapped_column(StrEnum(CaseKind))
    status: Mapped[CaseStatus] = mapped_column(StrEnum(CaseStatus), default=CaseStatus.OPEN)
    priority: Mapped[Priority] = mapped_column(StrEnum(Priority), default=Priority.NORMAL)
    incident_at: Mapped[datetime] = mapped_column(UTCDateTime)
    incident_site: Mapped[str | None] = mapped_column(String(300))
    incident_town: Mapped[str | None] = mapped_column(String(120))
    incident_region: Mapped[str | None] = mapped_column(String(120))
    incident_country: Mapped[str] = mapped_column(String(2))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    timezone: Mapped[str] = mapped_column(String(64))
    circumstances: Mapped[str | None] = mapped_column(Text)
    attribution_level: Mapped[AttributionLevel] = mapped_column(
        StrEnum(AttributionLevel), default=AttributionLevel.UNKNOWN
    )
    attribution_group: Mapped[str | None] = mapped_column(String(200))
    attribution_source: Mapped[str | None] = mapped_column(String(500))
    classification: Mapped[Classification] = mapped_column(StrEnum(Classification), default=Classification.RESTRICTED)
    lead_caseworker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # A cache of max(contact_entries.occurred_at) kept by the contact services, so the case
    # list can sort 100,000 cases by last contact without touching 2,000,000 contacts.
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Sort keys of the case list, kept by consular.services.sort_keys in the transaction that
    # changes a hostage's status or a task: hostages held or unaccounted for, and the earliest
    # due time of the open tasks. Sorting 100,000 cases by them then reads one index page.
    hostages_held: Mapped[int] = mapped_column(Integer, server_default="0")
    next_task_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    post: Mapped[Post] = relationship(lazy="joined")
    lead_caseworker: Mapped[User | None] = relationship(foreign_keys=[lead_caseworker_id])
    supervisor: Mapped[User | None] = relationship(foreign_keys=[supervisor_id])
    participants: Mapped[list[CaseParticipant]] = relationship(back_populates="case", order_by="CaseParticipant.id")

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class CaseTeamMember(Base):
    """A member of a case's team beyond its lead and supervisor (need-to-know)."""

    __tablename__ = "case_team_members"
    __table_args__ = (
        UniqueConstraint("case_id", "user_id"),
        Index("ix_case_team_members_user_id", "user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="joined")


class CaseLink(Base):
    """Two cases linked: taken in the same incident, or related. Symmetrical: one row, stored
    with the lower case id first and shown from both cases. Unlinking is recorded
    (``unlinked_at``/``unlinked_by_id``), never erased; a pair has at most one live link."""

    __tablename__ = "case_links"
    __table_args__ = (
        Index("ix_case_links_case_a_id_case_b_id", "case_a_id", "case_b_id"),
        Index("ix_case_links_case_b_id", "case_b_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_a_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    case_b_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[CaseLinkKind] = mapped_column(StrEnum(CaseLinkKind))
    note: Mapped[str | None] = mapped_column(Text)
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    linked_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    unlinked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    unlinked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    unlink_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    linked_by: Mapped[User] = relationship(foreign_keys=[linked_by_id], lazy="joined")
    unlinked_by: Mapped[User | None] = relationship(foreign_keys=[unlinked_by_id], lazy="joined")

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class CaseStatusChange(Base):
    __tablename__ = "case_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    from_status: Mapped[CaseStatus | None] = mapped_column(StrEnum(CaseStatus))
    to_status: Mapped[CaseStatus] = mapped_column(StrEnum(CaseStatus))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)

    changed_by: Mapped[User] = relationship()


class Person(Base):
    __tablename__ = "persons"
    __table_args__ = (Index("ix_persons_full_name", "full_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(300))
    name_native: Mapped[str | None] = mapped_column(String(300))
    gender: Mapped[str | None] = mapped_column(String(32))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    nationality: Mapped[str | None] = mapped_column(String(2))
    passport_number: Mapped[str | None] = mapped_column(String(32), index=True)
    home_state: Mapped[str | None] = mapped_column(String(120))
    home_district: Mapped[str | None] = mapped_column(String(120))
    employer: Mapped[str | None] = mapped_column(String(200))
    occupation: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[str | None] = mapped_column(String(300))
    medical_needs: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    #: Set when this record was merged into another (a tombstone kept so the merge can be undone;
    #: see consular.services.merge). Every link then points to the record named here.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))

    identifiers: Mapped[list[PersonIdentifier]] = relationship(
        back_populates="person", order_by="PersonIdentifier.id", cascade="all, delete-orphan"
    )

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class PersonIdentifier(Base):
    """An identifier other than the passport (national ID, Aadhaar, visa, work permit ...)."""

    __tablename__ = "person_identifiers"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    kind: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(String(120))
    issuing_country: Mapped[str | None] = mapped_column(String(2))

    person: Mapped[Person] = relationship(back_populates="identifiers")


class CaseParticipant(Base):
    """A person's role in one case. Hostage status is cached here from its history."""

    __tablename__ = "case_participants"
    __table_args__ = (
        UniqueConstraint("case_id", "person_id"),
        Index("ix_case_participants_case_id_role", "case_id", "role"),
        Index("ix_case_participants_person_id", "person_id"),
        # Home's held nationals, longest held first (migration 0024).
        Index("ix_case_participants_hostage_status_since", "hostage_status", "hostage_status_since"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    role: Mapped[ParticipantRole] = mapped_column(StrEnum(ParticipantRole))
    notes: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Latest entry of hostage_status_events; null for people who are not hostages.
    hostage_status: Mapped[HostageStatus | None] = mapped_column(StrEnum(HostageStatus))
    hostage_status_since: Mapped[datetime | None] = mapped_column(UTCDateTime)

    case: Mapped[Case] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship(lazy="joined")


class HostageStatusEvent(Voidable, Base):
    __tablename__ = "hostage_status_events"
    __table_args__ = (Index("ix_hostage_status_events_participant_id_effective_at", "participant_id", "effective_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("case_participants.id"))
    status: Mapped[HostageStatus] = mapped_column(StrEnum(HostageStatus))
    effective_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(300))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    recorded_by: Mapped[User] = relationship(foreign_keys=[recorded_by_id])


class Counterpart(Base):
    """Someone staff deal with: an official, a police officer, the employer, a family member."""

    __tablename__ = "counterparts"
    __table_args__ = (Index("ix_counterparts_name", "name"), Index("ix_counterparts_category", "category"))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[CounterpartCategory] = mapped_column(StrEnum(CounterpartCategory))
    role: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    address: Mapped[str | None] = mapped_column(String(500))
    reliability_note: Mapped[str | None] = mapped_column(Text)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    #: Set when this record was merged into another (a tombstone; see consular.services.merge).
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("counterparts.id"))

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class CaseCounterpart(Base):
    """Which counterparts a case deals with (a police chief can serve several cases)."""

    __tablename__ = "case_counterparts"
    __table_args__ = (Index("ix_case_counterparts_counterpart_id", "counterpart_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    counterpart_id: Mapped[int] = mapped_column(ForeignKey("counterparts.id"), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)

    counterpart: Mapped[Counterpart] = relationship(lazy="joined")


class FamilyLiaison(Base):
    """A next of kin linked to a hostage, with the agreed contact plan."""

    __tablename__ = "family_liaisons"
    __table_args__ = (
        Index("ix_family_liaisons_case_id", "case_id"),
        # Home's families due, from the index alone (migration 0024).
        Index("ix_family_liaisons_case_id_plan", "case_id", "contact_every_days", "last_contact_at"),
        # The same with the relative's id, for PostgreSQL's index-only read (migration 0026).
        Index("ix_family_liaisons_case_id_plan_id", "case_id", "contact_every_days", "last_contact_at", "id"),
        Index("ix_family_liaisons_due", "plan_due_active", "plan_due_at", "id"),  # Home's families due (0027)
        Index("ix_family_liaisons_due_last", "plan_due_active", "last_contact_at", "id", "plan_due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    kin_person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    hostage_person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    counterpart_id: Mapped[int] = mapped_column(ForeignKey("counterparts.id"))
    relationship_to_hostage: Mapped[str] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    address: Mapped[str | None] = mapped_column(String(500))
    preferred_language: Mapped[str | None] = mapped_column(String(60))
    preferred_channel: Mapped[Channel | None] = mapped_column(StrEnum(Channel))
    contact_every_days: Mapped[int | None] = mapped_column(Integer)
    plan_channel: Mapped[Channel | None] = mapped_column(StrEnum(Channel))
    plan_owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    may_share: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The last unvoided contact of the case with this relative's counterpart: a cache kept by
    # consular.services.sort_keys in the transaction that logs, edits or voids a contact, so
    # the dashboard finds overdue families without reading the contacts.
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Kept by triggers (revision 0027): last contact + the plan's days, and "open or active case with a plan".
    plan_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    plan_due_active: Mapped[bool | None] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    kin: Mapped[Person] = relationship(foreign_keys=[kin_person_id], lazy="joined")
    hostage: Mapped[Person] = relationship(foreign_keys=[hostage_person_id], lazy="joined")
    counterpart: Mapped[Counterpart] = relationship(lazy="joined")
    plan_owner: Mapped[User | None] = relationship(lazy="joined")

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class ContactEntry(Voidable, Base):
    __tablename__ = "contact_entries"
    __table_args__ = (
        Index("ix_contact_entries_case_id_occurred_at", "case_id", "occurred_at"),
        Index("ix_contact_entries_occurred_at", "occurred_at"),
        # Covering for the reports across cases (a period's contacts by month and channel).
        Index(
            "ix_contact_entries_occurred_at_voided_at_channel_case_id", "occurred_at", "voided_at", "channel", "case_id"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    channel: Mapped[Channel] = mapped_column(StrEnum(Channel))
    direction: Mapped[Direction] = mapped_column(StrEnum(Direction))
    subject: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    follow_up_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revision: Mapped[int] = mapped_column(Integer, default=1)

    recorded_by: Mapped[User] = relationship(foreign_keys=[recorded_by_id])
    counterparts: Mapped[list[Counterpart]] = relationship(
        secondary="contact_counterparts", order_by="Counterpart.name"
    )
    staff_present: Mapped[list[User]] = relationship(secondary="contact_staff", order_by="User.display_name")

    __mapper_args__: ClassVar[dict] = {"version_id_col": revision}


class ContactCounterpart(Base):
    __tablename__ = "contact_counterparts"
    __table_args__ = (Index("ix_contact_counterparts_counterpart_id", "counterpart_id"),)

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact_entries.id"), primary_key=True)
    counterpart_id: Mapped[int] = mapped_column(ForeignKey("counterparts.id"), primary_key=True)


class ContactStaff(Base):
    __tablename__ = "contact_staff"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact_entries.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)


class ContactRevision(Base):
    """The text of a contact entry as it was before an edit (history, never overwritten)."""

    __tablename__ = "contact_revisions"
    __table_args__ = (UniqueConstraint("contact_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact_entries.id"))
    revision: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[Channel] = mapped_column(StrEnum(Channel))
    direction: Mapped[Direction] = mapped_column(StrEnum(Direction))
    subject: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    restricted: Mapped[bool] = mapped_column(Boolean)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime)
    written_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    replaced_at: Mapped[datetime] = mapped_column(UTCDateTime)
    replaced_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class Milestone(Voidable, Base):
    __tablename__ = "milestones"
    __table_args__ = (Index("ix_milestones_case_id_occurred_at", "case_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[MilestoneKind] = mapped_column(StrEnum(MilestoneKind))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(500))
    hostage_person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    hostage: Mapped[Person | None] = relationship(lazy="joined")
    recorded_by: Mapped[User] = relationship(foreign_keys=[recorded_by_id])

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class PolQuestion(Base):
    """A proof-of-life question agreed with a hostage's family, and the answer they expect.

    Restricted as a whole (need-to-know): the question and its answer are only worth
    anything while nobody outside the case team knows them.
    """

    __tablename__ = "pol_questions"
    __table_args__ = (Index("ix_pol_questions_case_id_hostage_person_id", "case_id", "hostage_person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    hostage_person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    question: Mapped[str] = mapped_column(Text)
    expected_answer: Mapped[str] = mapped_column(Text)
    state: Mapped[PolQuestionState] = mapped_column(StrEnum(PolQuestionState), default=PolQuestionState.DRAFTED)
    #: The next of kin who agreed the question, and when (state "agreed" and after).
    agreed_with_person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    agreed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    agreed_with: Mapped[Person | None] = relationship(foreign_keys=[agreed_with_person_id])
    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class ProofOfLifeCheck(Base):
    """How a proof of life (a milestone of kind proof_of_life) was checked and assessed."""

    __tablename__ = "proof_of_life_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    milestone_id: Mapped[int] = mapped_column(ForeignKey("milestones.id"), unique=True)
    medium: Mapped[PolMedium] = mapped_column(StrEnum(PolMedium))
    question_id: Mapped[int | None] = mapped_column(ForeignKey("pol_questions.id"))
    answer_received: Mapped[str | None] = mapped_column(Text)
    #: True/False once compared with the expected answer; None when no question was put.
    answer_matched: Mapped[bool | None] = mapped_column(Boolean)
    #: The date the proof claims for itself (a newspaper held up, "today is ...").
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: The date analysis established (metadata, events mentioned), when it could.
    established_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    assessment: Mapped[PolAssessment] = mapped_column(StrEnum(PolAssessment), default=PolAssessment.PENDING)
    assessment_basis: Mapped[str | None] = mapped_column(Text)
    assessed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    assessed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    question: Mapped[PolQuestion | None] = relationship(lazy="joined")
    assessed_by: Mapped[User | None] = relationship(foreign_keys=[assessed_by_id])

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class WelfareDetail(Base):
    """What a welfare report (a milestone of kind welfare_report) says of a hostage's health."""

    __tablename__ = "welfare_details"

    id: Mapped[int] = mapped_column(primary_key=True)
    milestone_id: Mapped[int] = mapped_column(ForeignKey("milestones.id"), unique=True)
    condition: Mapped[WelfareCondition] = mapped_column(StrEnum(WelfareCondition))
    medication_needs: Mapped[str | None] = mapped_column(Text)
    #: Whether supply of the medication was arranged (None: not known, or none needed).
    supply_arranged: Mapped[bool | None] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class Demand(Voidable, Base):
    """A demand made by the captors or on their behalf: always restricted (need-to-know)."""

    __tablename__ = "demands"
    __table_args__ = (Index("ix_demands_case_id_received_at", "case_id", "received_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: Who made it, as they present themselves ("a man speaking for the group", "JNIM").
    made_by: Mapped[str] = mapped_column(String(300))
    #: The intermediary or channel it came through, when it is a counterpart of the case.
    via_counterpart_id: Mapped[int | None] = mapped_column(ForeignKey("counterparts.id"))
    channel: Mapped[Channel | None] = mapped_column(StrEnum(Channel))
    kind: Mapped[DemandKind] = mapped_column(StrEnum(DemandKind))
    #: Money demands: the amount in whole units of ``currency`` (ISO 4217).
    amount: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str | None] = mapped_column(String(3))
    details: Mapped[str] = mapped_column(Text)
    #: The hostage it concerns, if it names one.
    hostage_person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    deadline_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    response: Mapped[DemandResponse] = mapped_column(StrEnum(DemandResponse), default=DemandResponse.NONE)
    response_note: Mapped[str | None] = mapped_column(Text)
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    via: Mapped[Counterpart | None] = relationship(lazy="joined")
    hostage: Mapped[Person | None] = relationship(lazy="joined")
    recorded_by: Mapped[User] = relationship(foreign_keys=[recorded_by_id])
    #: A threat to the family or a demand made on them: opens a "tell the family" item.
    about_family: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class DemandLink(Base):
    """A contact or document that belongs with a demand."""

    __tablename__ = "demand_links"
    __table_args__ = (Index("ix_demand_links_demand_id", "demand_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    demand_id: Mapped[int] = mapped_column(ForeignKey("demands.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact_entries.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))


class CounterpartVetting(Base):
    """One decision in an intermediary's vetting history (append-only; the latest stands)."""

    __tablename__ = "counterpart_vetting"
    __table_args__ = (Index("ix_counterpart_vetting_counterpart_id_decided_at", "counterpart_id", "decided_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    counterpart_id: Mapped[int] = mapped_column(ForeignKey("counterparts.id"))
    status: Mapped[VettingStatus] = mapped_column(StrEnum(VettingStatus))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    #: Who vetted them (a person or service outside the app, e.g. "MFA crisis cell") and on what basis.
    vetted_by: Mapped[str | None] = mapped_column(String(300))
    basis: Mapped[str] = mapped_column(Text)

    decided_by: Mapped[User] = relationship(foreign_keys=[decided_by_id])


class Task(Voidable, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        # (case, status, due): the case list's "next open task due" per case is one index probe.
        Index("ix_tasks_case_id_status_due_at", "case_id", "status", "due_at"),
        Index("ix_tasks_status_due_at", "status", "due_at"),
        Index("ix_tasks_assignee_id_status", "assignee_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    priority: Mapped[Priority] = mapped_column(StrEnum(Priority), default=Priority.NORMAL)
    status: Mapped[TaskStatus] = mapped_column(StrEnum(TaskStatus), default=TaskStatus.OPEN)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact_entries.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    completion_note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id], lazy="joined")

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class Document(Voidable, Base):
    __tablename__ = "documents"
    __table_args__ = (Index("ix_documents_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(127))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(Text)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    added_by: Mapped[User] = relationship(foreign_keys=[added_by_id])

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class DocumentBlob(Base):
    """File content, in its own table so listing documents never reads the bytes."""

    __tablename__ = "document_blobs"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class BriefRecord(Base):
    """A status brief issued for a case: who, when, which period, and the content hash."""

    __tablename__ = "brief_records"
    __table_args__ = (
        Index("ix_brief_records_case_id_issued_at", "case_id", "issued_at"),
        Index("ix_brief_records_pdf_sha256", "pdf_sha256"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    period_start: Mapped[datetime] = mapped_column(UTCDateTime)
    period_end: Mapped[datetime] = mapped_column(UTCDateTime)
    sha256: Mapped[str] = mapped_column(String(64))
    redacted: Mapped[bool] = mapped_column(Boolean, default=False)
    include_restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    draft: Mapped[bool] = mapped_column(Boolean, default=False)
    page_count: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str | None] = mapped_column(String(500))
    #: SHA-256 of the PDF file's bytes (``sha256`` is of the content): finds the record of a
    #: file handed back (``consular brief verify``). None for briefs issued before revision 0003.
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    #: The brief this one was generated again in place of (same period, other options).
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("brief_records.id"))
    #: Set when the file never reached its folder after the brief was recorded: why.
    delivery_error: Mapped[str | None] = mapped_column(String(500))

    issued_by: Mapped[User] = relationship(foreign_keys=[issued_by_id])


class Draft(Base):
    """Unsaved text of a form (Log contact today), kept in the database for the one account
    that typed it, until it is saved or discarded.

    One per (owner, case, kind, target): ``kind`` names the form ("contact"); ``target`` is ""
    for a new entry or the id of the record being edited, so a new contact and an unfinished
    edit of contact 12 on the same case are two drafts, as the Log contact dialog keeps them.
    ``payload`` is the form's state as JSON text. Not case data: no audit entry is written for
    it and the audit chain does not track it; purging a case deletes its drafts.
    """

    __tablename__ = "drafts"
    __table_args__ = (
        UniqueConstraint("owner_id", "case_id", "kind", "target"),
        Index("ix_drafts_case_id", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(32), default="", server_default="")
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class SavedFilter(Base):
    """A list's filters and sort kept under a name ("My active cases in West Africa") for the
    account that saved it, optionally shared with a post's staff (``shared_post_id``).

    ``list_name`` is the list it applies to ("cases", "contacts"); ``definition`` is the
    filter as JSON text (:mod:`consular.domain.filters`). Not case data: saving one is audited,
    the audit chain does not track the table.
    """

    __tablename__ = "saved_filters"
    __table_args__ = (
        UniqueConstraint("owner_id", "list_name", "name"),
        Index("ix_saved_filters_shared_post_id", "shared_post_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    list_name: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(120))
    definition: Mapped[str] = mapped_column(Text)
    shared_post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    owner: Mapped[User] = relationship(lazy="joined")
    shared_post: Mapped[Post | None] = relationship(lazy="joined")

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class AuditEntry(Base):
    """One change, written by the service that made it, in the same transaction."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_case_id_at", "case_id", "at"),
        Index("ix_audit_entries_entity_entity_id", "entity", "entity_id"),
        Index("ix_audit_entries_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    # The hash chain (see consular.services.audit_chain): position, digest of the audited
    # record's state after this change, the link hash, and its HMAC under an installation key.
    seq: Mapped[int | None] = mapped_column(Integer, unique=True)
    state: Mapped[str | None] = mapped_column(String(64))
    key_id: Mapped[str | None] = mapped_column(String(16))
    chain: Mapped[str | None] = mapped_column(String(64))
    mac: Mapped[str | None] = mapped_column(String(64))

    actor: Mapped[User] = relationship()


class AuditChainHead(Base):
    """The one row naming the newest link of the audit chain.

    Appending locks it (``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite the writer's
    ``BEGIN IMMEDIATE`` already holds the database), which is what gives the chain one order
    under concurrent writers. ``mac`` signs (seq, chain, legacy_seq) so a truncated chain with
    a rewritten head is caught by anyone holding the key.

    ``seq`` is the ORM's version column, set by the appender (no generator): the flush's update
    of the head names the ``seq`` it was read with and fails (StaleDataError, the transaction
    rolls back) if the row no longer has it, so a head is never written over one it was not
    worked out from (see :mod:`consular.db.chain_links` for PostgreSQL's one statement).
    """

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    chain_id: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    chain: Mapped[str] = mapped_column(String(64))
    legacy_seq: Mapped[int] = mapped_column(Integer)
    key_id: Mapped[str | None] = mapped_column(String(16))
    mac: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __mapper_args__: ClassVar[dict] = {"version_id_col": seq, "version_id_generator": False}


class SearchDocument(Base):
    """Portable text index source: one row per searchable record, written by the services.

    The dialect seam (:mod:`consular.db.dialect`) puts a full-text index over this table:
    FTS5 on SQLite, a GIN tsvector index on PostgreSQL.
    """

    __tablename__ = "search_documents"
    __table_args__ = (
        UniqueConstraint("entity", "entity_id"),
        Index("ix_search_documents_case_id", "case_id"),
        # Covering: a match list joined by id reads these from the index, not from the rows with
        # their text (the case list's text filter on SQLite; migration 0029).
        Index("ix_search_documents_match_list", "id", "case_id", "entity", "entity_id", "restricted"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    title: Mapped[str] = mapped_column(String(400))
    body: Mapped[str] = mapped_column(Text, default="")
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
