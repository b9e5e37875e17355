"""The controlled vocabularies of a consular case.

Values are stored as their lower-case string value, so the database stays readable and the
same on SQLite and PostgreSQL; ``label`` gives the text shown to people.
"""

from __future__ import annotations

import enum


class LabelledEnum(enum.StrEnum):
    """A string enum whose members carry a human label."""

    def __new__(cls, value: str, label: str | None = None):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label or value.replace("_", " ").capitalize()
        return obj

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, text: str, field: str | None = None):
        """Return the member named by ``text`` (value or label, any case, '-' or ' ' for '_')."""
        from consular.domain.errors import ValidationError

        key = (text or "").strip().lower().replace("-", "_").replace(" ", "_")
        for member in cls:
            if key in (member.value, member.label.lower().replace(" ", "_")):
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValidationError(
            field or cls.__name__,
            f"'{text}' is not a known {cls.__doc__.split('.')[0].lower()}; use one of: {choices}",
        )


class CaseKind(LabelledEnum):
    """Kind of case."""

    ABDUCTION = ("abduction", "Abduction / kidnapping")
    HOSTAGE_TAKING = ("hostage_taking", "Hostage-taking by a non-state group")
    WRONGFUL_DETENTION = ("wrongful_detention", "Wrongful detention by a state")
    MISSING_PERSON = ("missing_person", "Missing person")
    OTHER = ("other", "Other")


class CaseStatus(LabelledEnum):
    """Case status."""

    OPEN = ("open", "Open")
    ACTIVE = ("active", "Active")
    RESOLVED = ("resolved", "Resolved")
    CLOSED = ("closed", "Closed")


class Priority(LabelledEnum):
    """Priority."""

    LOW = ("low", "Low")
    NORMAL = ("normal", "Normal")
    HIGH = ("high", "High")
    CRITICAL = ("critical", "Critical")

    @property
    def rank(self) -> int:
        return list(Priority).index(self)


class AttributionLevel(LabelledEnum):
    """Attribution level."""

    UNKNOWN = ("unknown", "Unknown")
    SUSPECTED = ("suspected", "Suspected")
    CLAIMED = ("claimed", "Claimed")
    CONFIRMED = ("confirmed", "Confirmed")


class Classification(LabelledEnum):
    """Classification marking."""

    UNCLASSIFIED = ("unclassified", "UNCLASSIFIED")
    RESTRICTED = ("restricted", "RESTRICTED")
    CONFIDENTIAL = ("confidential", "CONFIDENTIAL")
    SECRET = ("secret", "SECRET")


class PostKind(LabelledEnum):
    """Kind of post."""

    EMBASSY = ("embassy", "Embassy")
    HIGH_COMMISSION = ("high_commission", "High Commission")
    CONSULATE = ("consulate", "Consulate")
    MINISTRY_DESK = ("ministry_desk", "Ministry desk")


class ParticipantRole(LabelledEnum):
    """Role of a person in a case."""

    HOSTAGE = ("hostage", "National concerned")
    NEXT_OF_KIN = ("next_of_kin", "Next of kin")
    WITNESS = ("witness", "Witness")
    COLLEAGUE = ("colleague", "Colleague")
    OTHER = ("other", "Other")


class HostageStatus(LabelledEnum):
    """Hostage status."""

    HELD = ("held", "Held")
    RELEASED = ("released", "Released")
    RESCUED = ("rescued", "Rescued")
    ESCAPED = ("escaped", "Escaped")
    DECEASED = ("deceased", "Deceased")
    UNACCOUNTED = ("unaccounted", "Unaccounted for")

    @property
    def in_captivity(self) -> bool:
        """Whether days keep counting: held, or fate not yet known."""
        return self in (HostageStatus.HELD, HostageStatus.UNACCOUNTED)


class CounterpartCategory(LabelledEnum):
    """Counterpart category."""

    HOST_GOVERNMENT = ("host_government", "Host government")
    POLICE = ("police", "Police")
    MILITARY = ("military", "Military")
    EMPLOYER = ("employer", "Employer")
    FAMILY = ("family", "Family")
    MEDIA = ("media", "Media")
    NGO = ("ngo", "NGO")
    OTHER_GOVERNMENT = ("other_government", "Other government")
    INTERMEDIARY = ("intermediary", "Intermediary")
    OTHER = ("other", "Other")


class Channel(LabelledEnum):
    """Contact channel."""

    PHONE = ("phone", "Phone")
    IN_PERSON = ("in_person", "In person")
    EMAIL = ("email", "E-mail")
    VIDEO_CALL = ("video_call", "Video call")
    LETTER = ("letter", "Letter")
    MESSAGE = ("message", "Message")


class Direction(LabelledEnum):
    """Contact direction."""

    OUTGOING = ("outgoing", "Outgoing")
    INCOMING = ("incoming", "Incoming")
    MEETING = ("meeting", "Meeting")


class MilestoneKind(LabelledEnum):
    """Milestone kind."""

    INCIDENT = ("incident", "Incident")
    CLAIM = ("claim", "Claim of responsibility")
    DEMAND = ("demand", "Demand")
    PROOF_OF_LIFE = ("proof_of_life", "Proof of life")
    WELFARE_REPORT = ("welfare_report", "Welfare report")
    PUBLIC_STATEMENT = ("public_statement", "Public statement")
    TRAVEL_ADVISORY = ("travel_advisory", "Travel advisory")
    RELEASE = ("release", "Release")
    REPATRIATION = ("repatriation", "Repatriation")
    OTHER = ("other", "Other")


class TellKind(LabelledEnum):
    """The kind of development that opened a "tell the family" item."""

    PROOF_OF_LIFE = ("proof_of_life", "Proof of life")
    STATUS_CHANGE = ("status_change", "Status change")
    PUBLIC_STATEMENT = ("public_statement", "Public statement")
    FAMILY_DEMAND = ("family_demand", "Demand about the family")


class PolQuestionState(LabelledEnum):
    """Proof-of-life question state."""

    DRAFTED = ("drafted", "Drafted")
    AGREED = ("agreed", "Agreed with the family")
    USED = ("used", "Used")
    COMPROMISED = ("compromised", "Compromised")

    @property
    def usable(self) -> bool:
        """Only a question agreed with the family, and not yet put, is worth putting."""
        return self == PolQuestionState.AGREED


class PolMedium(LabelledEnum):
    """Proof-of-life medium."""

    VIDEO = ("video", "Video")
    AUDIO = ("audio", "Audio")
    PHOTO = ("photo", "Photo")
    MESSAGE = ("message", "Message")
    SIGHTING = ("sighting", "Third-party sighting")


class PolAssessment(LabelledEnum):
    """Proof-of-life assessment."""

    PENDING = ("pending", "Not yet assessed")
    GENUINE = ("genuine", "Genuine")
    DOUBTFUL = ("doubtful", "Doubtful")
    FALSE = ("false", "False")


class WelfareCondition(LabelledEnum):
    """Reported condition."""

    GOOD = ("good", "Good")
    FAIR = ("fair", "Fair")
    POOR = ("poor", "Poor")
    CRITICAL = ("critical", "Critical")
    UNKNOWN = ("unknown", "Unknown")


class DemandKind(LabelledEnum):
    """Demand kind."""

    MONEY = ("money", "Money")
    PRISONER_RELEASE = ("prisoner_release", "Prisoner release")
    POLITICAL = ("political", "Political demand")
    OTHER = ("other", "Other")


class DemandResponse(LabelledEnum):
    """Response to a demand."""

    NONE = ("none", "No response")
    ACKNOWLEDGED = ("acknowledged", "Acknowledged")
    REFUSED = ("refused", "Refused")
    REFERRED = ("referred", "Referred")


class ChargeStatus(LabelledEnum):
    """Status of a charge against a detained national."""

    PENDING = ("pending", "Pending")
    DROPPED = ("dropped", "Dropped")
    CONVICTED = ("convicted", "Convicted")
    ACQUITTED = ("acquitted", "Acquitted")


class VisitDecision(LabelledEnum):
    """Decision on a consular visit request."""

    PENDING = ("pending", "Awaiting a decision")
    GRANTED = ("granted", "Granted")
    REFUSED = ("refused", "Refused")
    NO_ANSWER = ("no_answer", "No answer (closed)")


class VettingStatus(LabelledEnum):
    """Intermediary vetting status."""

    UNVETTED = ("unvetted", "Unvetted")
    UNDER_VETTING = ("under_vetting", "Under vetting")
    VETTED = ("vetted", "Vetted")
    REJECTED = ("rejected", "Rejected")

    @property
    def trusted(self) -> bool:
        """Only a vetted intermediary's approach goes unflagged."""
        return self == VettingStatus.VETTED


class TaskStatus(LabelledEnum):
    """Task status."""

    OPEN = ("open", "Open")
    IN_PROGRESS = ("in_progress", "In progress")
    DONE = ("done", "Done")
    CANCELLED = ("cancelled", "Cancelled")

    @property
    def is_open(self) -> bool:
        return self in (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)


class CaseLinkKind(LabelledEnum):
    """Kind of case link."""

    SAME_INCIDENT = ("same_incident", "Same incident")
    RELATED = ("related", "Related")


class UserRole(LabelledEnum):
    """User role."""

    CASEWORKER = ("caseworker", "Caseworker")
    SUPERVISOR = ("supervisor", "Supervisor")
    ADMIN = ("admin", "Administrator")
    VIEWER = ("viewer", "Viewer")
