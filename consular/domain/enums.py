"""The controlled vocabularies of a consular case.

Values are stored as their lower-case string value, so the database stays readable and the
same on SQLite and PostgreSQL; ``label`` gives the text shown to people.
"""

from __future__ import annotations

import enum

from consular.i18n import QT_TRANSLATE_NOOP, translate


class LabelledEnum(enum.StrEnum):
    """A string enum whose members carry a human label.

    Each label is written ``QT_TRANSLATE_NOOP("<EnumClassName>", "Label")`` so ``lupdate``
    extracts it under the class's name; :attr:`label` is that text in the current language
    (for people), :attr:`english_label` the untranslated form (for anything stored: audit
    summaries, search documents, titles written to the database).
    """

    def __new__(cls, value: str, label: str | None = None):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.english_label = label or value.replace("_", " ").capitalize()
        return obj

    @property
    def label(self) -> str:
        """The label in the current language (consular.i18n.language())."""
        return translate(type(self).__name__, self.english_label)

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, text: str, field: str | None = None):
        """Return the member named by ``text``: its value, English label or label in the current
        language (any case, '-' or ' ' for '_')."""
        from consular.domain.errors import ValidationError

        key = _key(text)
        for member in cls:
            if key in (member.value, _key(member.english_label), _key(member.label)):
                return member
        choices = ", ".join(m.value for m in cls)
        kind = translate("domain.enums", _NOUNS.get(cls.__name__, QT_TRANSLATE_NOOP("domain.enums", "value")))
        raise ValidationError(
            field or cls.__name__,
            translate("domain.enums", "'{text}' is not a known {kind}; use one of: {choices}").format(
                text=text, kind=kind, choices=choices
            ),
        )


def _key(text: str | None) -> str:
    return (text or "").strip().lower().replace("-", "_").replace(" ", "_")


#: What each enum's values are, as the error of :meth:`LabelledEnum.parse` names it.
_NOUNS: dict[str, str] = {
    "CaseKind": QT_TRANSLATE_NOOP("domain.enums", "kind of case"),
    "CaseStatus": QT_TRANSLATE_NOOP("domain.enums", "case status"),
    "Priority": QT_TRANSLATE_NOOP("domain.enums", "priority"),
    "AttributionLevel": QT_TRANSLATE_NOOP("domain.enums", "attribution level"),
    "Classification": QT_TRANSLATE_NOOP("domain.enums", "classification marking"),
    "PostKind": QT_TRANSLATE_NOOP("domain.enums", "kind of post"),
    "ParticipantRole": QT_TRANSLATE_NOOP("domain.enums", "role of a person in a case"),
    "HostageStatus": QT_TRANSLATE_NOOP("domain.enums", "hostage status"),
    "CounterpartCategory": QT_TRANSLATE_NOOP("domain.enums", "counterpart category"),
    "Channel": QT_TRANSLATE_NOOP("domain.enums", "contact channel"),
    "Direction": QT_TRANSLATE_NOOP("domain.enums", "contact direction"),
    "MilestoneKind": QT_TRANSLATE_NOOP("domain.enums", "milestone kind"),
    "TellKind": QT_TRANSLATE_NOOP("domain.enums", "kind of news for the family"),
    "PolQuestionState": QT_TRANSLATE_NOOP("domain.enums", "proof-of-life question state"),
    "PolMedium": QT_TRANSLATE_NOOP("domain.enums", "proof-of-life medium"),
    "PolAssessment": QT_TRANSLATE_NOOP("domain.enums", "proof-of-life assessment"),
    "WelfareCondition": QT_TRANSLATE_NOOP("domain.enums", "reported condition"),
    "DemandKind": QT_TRANSLATE_NOOP("domain.enums", "demand kind"),
    "DemandResponse": QT_TRANSLATE_NOOP("domain.enums", "response to a demand"),
    "ChargeStatus": QT_TRANSLATE_NOOP("domain.enums", "status of a charge against a detained national"),
    "VisitDecision": QT_TRANSLATE_NOOP("domain.enums", "decision on a consular visit request"),
    "VettingStatus": QT_TRANSLATE_NOOP("domain.enums", "intermediary vetting status"),
    "TaskStatus": QT_TRANSLATE_NOOP("domain.enums", "task status"),
    "CaseLinkKind": QT_TRANSLATE_NOOP("domain.enums", "kind of case link"),
    "MergeEntity": QT_TRANSLATE_NOOP("domain.enums", "kind of record to merge"),
    "VoidableKind": QT_TRANSLATE_NOOP("domain.enums", "kind of entry to void"),
    "UserRole": QT_TRANSLATE_NOOP("domain.enums", "user role"),
    "ReturnItemKind": QT_TRANSLATE_NOOP("domain.enums", "repatriation checklist item"),
    "PsychosocialSupport": QT_TRANSLATE_NOOP("domain.enums", "psychosocial support"),
}


class CaseKind(LabelledEnum):
    """Kind of case."""

    ABDUCTION = ("abduction", QT_TRANSLATE_NOOP("CaseKind", "Abduction / kidnapping"))
    HOSTAGE_TAKING = ("hostage_taking", QT_TRANSLATE_NOOP("CaseKind", "Hostage-taking by a non-state group"))
    WRONGFUL_DETENTION = ("wrongful_detention", QT_TRANSLATE_NOOP("CaseKind", "Wrongful detention by a state"))
    MISSING_PERSON = ("missing_person", QT_TRANSLATE_NOOP("CaseKind", "Missing person"))
    OTHER = ("other", QT_TRANSLATE_NOOP("CaseKind", "Other"))


class CaseStatus(LabelledEnum):
    """Case status."""

    OPEN = ("open", QT_TRANSLATE_NOOP("CaseStatus", "Open"))
    ACTIVE = ("active", QT_TRANSLATE_NOOP("CaseStatus", "Active"))
    RESOLVED = ("resolved", QT_TRANSLATE_NOOP("CaseStatus", "Resolved"))
    CLOSED = ("closed", QT_TRANSLATE_NOOP("CaseStatus", "Closed"))


class Priority(LabelledEnum):
    """Priority."""

    LOW = ("low", QT_TRANSLATE_NOOP("Priority", "Low"))
    NORMAL = ("normal", QT_TRANSLATE_NOOP("Priority", "Normal"))
    HIGH = ("high", QT_TRANSLATE_NOOP("Priority", "High"))
    CRITICAL = ("critical", QT_TRANSLATE_NOOP("Priority", "Critical"))

    @property
    def rank(self) -> int:
        return list(Priority).index(self)


class AttributionLevel(LabelledEnum):
    """Attribution level."""

    UNKNOWN = ("unknown", QT_TRANSLATE_NOOP("AttributionLevel", "Unknown"))
    SUSPECTED = ("suspected", QT_TRANSLATE_NOOP("AttributionLevel", "Suspected"))
    CLAIMED = ("claimed", QT_TRANSLATE_NOOP("AttributionLevel", "Claimed"))
    CONFIRMED = ("confirmed", QT_TRANSLATE_NOOP("AttributionLevel", "Confirmed"))


class Classification(LabelledEnum):
    """Classification marking."""

    UNCLASSIFIED = ("unclassified", QT_TRANSLATE_NOOP("Classification", "UNCLASSIFIED"))
    RESTRICTED = ("restricted", QT_TRANSLATE_NOOP("Classification", "RESTRICTED"))
    CONFIDENTIAL = ("confidential", QT_TRANSLATE_NOOP("Classification", "CONFIDENTIAL"))
    SECRET = ("secret", QT_TRANSLATE_NOOP("Classification", "SECRET"))


class PostKind(LabelledEnum):
    """Kind of post."""

    EMBASSY = ("embassy", QT_TRANSLATE_NOOP("PostKind", "Embassy"))
    HIGH_COMMISSION = ("high_commission", QT_TRANSLATE_NOOP("PostKind", "High Commission"))
    CONSULATE = ("consulate", QT_TRANSLATE_NOOP("PostKind", "Consulate"))
    MINISTRY_DESK = ("ministry_desk", QT_TRANSLATE_NOOP("PostKind", "Ministry desk"))


class ParticipantRole(LabelledEnum):
    """Role of a person in a case."""

    HOSTAGE = ("hostage", QT_TRANSLATE_NOOP("ParticipantRole", "National concerned"))
    NEXT_OF_KIN = ("next_of_kin", QT_TRANSLATE_NOOP("ParticipantRole", "Next of kin"))
    WITNESS = ("witness", QT_TRANSLATE_NOOP("ParticipantRole", "Witness"))
    COLLEAGUE = ("colleague", QT_TRANSLATE_NOOP("ParticipantRole", "Colleague"))
    OTHER = ("other", QT_TRANSLATE_NOOP("ParticipantRole", "Other"))


class HostageStatus(LabelledEnum):
    """Hostage status."""

    HELD = ("held", QT_TRANSLATE_NOOP("HostageStatus", "Held"))
    RELEASED = ("released", QT_TRANSLATE_NOOP("HostageStatus", "Released"))
    RESCUED = ("rescued", QT_TRANSLATE_NOOP("HostageStatus", "Rescued"))
    ESCAPED = ("escaped", QT_TRANSLATE_NOOP("HostageStatus", "Escaped"))
    DECEASED = ("deceased", QT_TRANSLATE_NOOP("HostageStatus", "Deceased"))
    UNACCOUNTED = ("unaccounted", QT_TRANSLATE_NOOP("HostageStatus", "Unaccounted for"))

    @property
    def in_captivity(self) -> bool:
        """Whether days keep counting: held, or fate not yet known."""
        return self in (HostageStatus.HELD, HostageStatus.UNACCOUNTED)


class CounterpartCategory(LabelledEnum):
    """Counterpart category."""

    HOST_GOVERNMENT = ("host_government", QT_TRANSLATE_NOOP("CounterpartCategory", "Host government"))
    POLICE = ("police", QT_TRANSLATE_NOOP("CounterpartCategory", "Police"))
    MILITARY = ("military", QT_TRANSLATE_NOOP("CounterpartCategory", "Military"))
    EMPLOYER = ("employer", QT_TRANSLATE_NOOP("CounterpartCategory", "Employer"))
    FAMILY = ("family", QT_TRANSLATE_NOOP("CounterpartCategory", "Family"))
    MEDIA = ("media", QT_TRANSLATE_NOOP("CounterpartCategory", "Media"))
    NGO = ("ngo", QT_TRANSLATE_NOOP("CounterpartCategory", "NGO"))
    OTHER_GOVERNMENT = ("other_government", QT_TRANSLATE_NOOP("CounterpartCategory", "Other government"))
    INTERMEDIARY = ("intermediary", QT_TRANSLATE_NOOP("CounterpartCategory", "Intermediary"))
    OTHER = ("other", QT_TRANSLATE_NOOP("CounterpartCategory", "Other"))


class Channel(LabelledEnum):
    """Contact channel."""

    PHONE = ("phone", QT_TRANSLATE_NOOP("Channel", "Phone"))
    IN_PERSON = ("in_person", QT_TRANSLATE_NOOP("Channel", "In person"))
    EMAIL = ("email", QT_TRANSLATE_NOOP("Channel", "E-mail"))
    VIDEO_CALL = ("video_call", QT_TRANSLATE_NOOP("Channel", "Video call"))
    LETTER = ("letter", QT_TRANSLATE_NOOP("Channel", "Letter"))
    MESSAGE = ("message", QT_TRANSLATE_NOOP("Channel", "Message"))


class Direction(LabelledEnum):
    """Contact direction."""

    OUTGOING = ("outgoing", QT_TRANSLATE_NOOP("Direction", "Outgoing"))
    INCOMING = ("incoming", QT_TRANSLATE_NOOP("Direction", "Incoming"))
    MEETING = ("meeting", QT_TRANSLATE_NOOP("Direction", "Meeting"))


class MilestoneKind(LabelledEnum):
    """Milestone kind."""

    INCIDENT = ("incident", QT_TRANSLATE_NOOP("MilestoneKind", "Incident"))
    CLAIM = ("claim", QT_TRANSLATE_NOOP("MilestoneKind", "Claim of responsibility"))
    DEMAND = ("demand", QT_TRANSLATE_NOOP("MilestoneKind", "Demand"))
    PROOF_OF_LIFE = ("proof_of_life", QT_TRANSLATE_NOOP("MilestoneKind", "Proof of life"))
    WELFARE_REPORT = ("welfare_report", QT_TRANSLATE_NOOP("MilestoneKind", "Welfare report"))
    PUBLIC_STATEMENT = ("public_statement", QT_TRANSLATE_NOOP("MilestoneKind", "Public statement"))
    TRAVEL_ADVISORY = ("travel_advisory", QT_TRANSLATE_NOOP("MilestoneKind", "Travel advisory"))
    RELEASE = ("release", QT_TRANSLATE_NOOP("MilestoneKind", "Release"))
    REPATRIATION = ("repatriation", QT_TRANSLATE_NOOP("MilestoneKind", "Repatriation"))
    OTHER = ("other", QT_TRANSLATE_NOOP("MilestoneKind", "Other"))


class TellKind(LabelledEnum):
    """The kind of development that opened a "tell the family" item."""

    PROOF_OF_LIFE = ("proof_of_life", QT_TRANSLATE_NOOP("TellKind", "Proof of life"))
    STATUS_CHANGE = ("status_change", QT_TRANSLATE_NOOP("TellKind", "Status change"))
    PUBLIC_STATEMENT = ("public_statement", QT_TRANSLATE_NOOP("TellKind", "Public statement"))
    FAMILY_DEMAND = ("family_demand", QT_TRANSLATE_NOOP("TellKind", "Demand about the family"))


class PolQuestionState(LabelledEnum):
    """Proof-of-life question state."""

    DRAFTED = ("drafted", QT_TRANSLATE_NOOP("PolQuestionState", "Drafted"))
    AGREED = ("agreed", QT_TRANSLATE_NOOP("PolQuestionState", "Agreed with the family"))
    USED = ("used", QT_TRANSLATE_NOOP("PolQuestionState", "Used"))
    COMPROMISED = ("compromised", QT_TRANSLATE_NOOP("PolQuestionState", "Compromised"))

    @property
    def usable(self) -> bool:
        """Only a question agreed with the family, and not yet put, is worth putting."""
        return self == PolQuestionState.AGREED


class PolMedium(LabelledEnum):
    """Proof-of-life medium."""

    VIDEO = ("video", QT_TRANSLATE_NOOP("PolMedium", "Video"))
    AUDIO = ("audio", QT_TRANSLATE_NOOP("PolMedium", "Audio"))
    PHOTO = ("photo", QT_TRANSLATE_NOOP("PolMedium", "Photo"))
    MESSAGE = ("message", QT_TRANSLATE_NOOP("PolMedium", "Message"))
    SIGHTING = ("sighting", QT_TRANSLATE_NOOP("PolMedium", "Third-party sighting"))


class PolAssessment(LabelledEnum):
    """Proof-of-life assessment."""

    PENDING = ("pending", QT_TRANSLATE_NOOP("PolAssessment", "Not yet assessed"))
    GENUINE = ("genuine", QT_TRANSLATE_NOOP("PolAssessment", "Genuine"))
    DOUBTFUL = ("doubtful", QT_TRANSLATE_NOOP("PolAssessment", "Doubtful"))
    FALSE = ("false", QT_TRANSLATE_NOOP("PolAssessment", "False"))


class WelfareCondition(LabelledEnum):
    """Reported condition."""

    GOOD = ("good", QT_TRANSLATE_NOOP("WelfareCondition", "Good"))
    FAIR = ("fair", QT_TRANSLATE_NOOP("WelfareCondition", "Fair"))
    POOR = ("poor", QT_TRANSLATE_NOOP("WelfareCondition", "Poor"))
    CRITICAL = ("critical", QT_TRANSLATE_NOOP("WelfareCondition", "Critical"))
    UNKNOWN = ("unknown", QT_TRANSLATE_NOOP("WelfareCondition", "Unknown"))


class DemandKind(LabelledEnum):
    """Demand kind."""

    MONEY = ("money", QT_TRANSLATE_NOOP("DemandKind", "Money"))
    PRISONER_RELEASE = ("prisoner_release", QT_TRANSLATE_NOOP("DemandKind", "Prisoner release"))
    POLITICAL = ("political", QT_TRANSLATE_NOOP("DemandKind", "Political demand"))
    OTHER = ("other", QT_TRANSLATE_NOOP("DemandKind", "Other"))


class DemandResponse(LabelledEnum):
    """Response to a demand."""

    NONE = ("none", QT_TRANSLATE_NOOP("DemandResponse", "No response"))
    ACKNOWLEDGED = ("acknowledged", QT_TRANSLATE_NOOP("DemandResponse", "Acknowledged"))
    REFUSED = ("refused", QT_TRANSLATE_NOOP("DemandResponse", "Refused"))
    REFERRED = ("referred", QT_TRANSLATE_NOOP("DemandResponse", "Referred"))


class ChargeStatus(LabelledEnum):
    """Status of a charge against a detained national."""

    PENDING = ("pending", QT_TRANSLATE_NOOP("ChargeStatus", "Pending"))
    DROPPED = ("dropped", QT_TRANSLATE_NOOP("ChargeStatus", "Dropped"))
    CONVICTED = ("convicted", QT_TRANSLATE_NOOP("ChargeStatus", "Convicted"))
    ACQUITTED = ("acquitted", QT_TRANSLATE_NOOP("ChargeStatus", "Acquitted"))


class VisitDecision(LabelledEnum):
    """Decision on a consular visit request."""

    PENDING = ("pending", QT_TRANSLATE_NOOP("VisitDecision", "Awaiting a decision"))
    GRANTED = ("granted", QT_TRANSLATE_NOOP("VisitDecision", "Granted"))
    REFUSED = ("refused", QT_TRANSLATE_NOOP("VisitDecision", "Refused"))
    NO_ANSWER = ("no_answer", QT_TRANSLATE_NOOP("VisitDecision", "No answer (closed)"))


class VettingStatus(LabelledEnum):
    """Intermediary vetting status."""

    UNVETTED = ("unvetted", QT_TRANSLATE_NOOP("VettingStatus", "Unvetted"))
    UNDER_VETTING = ("under_vetting", QT_TRANSLATE_NOOP("VettingStatus", "Under vetting"))
    VETTED = ("vetted", QT_TRANSLATE_NOOP("VettingStatus", "Vetted"))
    REJECTED = ("rejected", QT_TRANSLATE_NOOP("VettingStatus", "Rejected"))

    @property
    def trusted(self) -> bool:
        """Only a vetted intermediary's approach goes unflagged."""
        return self == VettingStatus.VETTED


class TaskStatus(LabelledEnum):
    """Task status."""

    OPEN = ("open", QT_TRANSLATE_NOOP("TaskStatus", "Open"))
    IN_PROGRESS = ("in_progress", QT_TRANSLATE_NOOP("TaskStatus", "In progress"))
    DONE = ("done", QT_TRANSLATE_NOOP("TaskStatus", "Done"))
    CANCELLED = ("cancelled", QT_TRANSLATE_NOOP("TaskStatus", "Cancelled"))

    @property
    def is_open(self) -> bool:
        return self in (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)


class CaseLinkKind(LabelledEnum):
    """Kind of case link."""

    SAME_INCIDENT = ("same_incident", QT_TRANSLATE_NOOP("CaseLinkKind", "Same incident"))
    RELATED = ("related", QT_TRANSLATE_NOOP("CaseLinkKind", "Related"))


class UserRole(LabelledEnum):
    """User role."""

    CASEWORKER = ("caseworker", QT_TRANSLATE_NOOP("UserRole", "Caseworker"))
    SUPERVISOR = ("supervisor", QT_TRANSLATE_NOOP("UserRole", "Supervisor"))
    ADMIN = ("admin", QT_TRANSLATE_NOOP("UserRole", "Administrator"))
    VIEWER = ("viewer", QT_TRANSLATE_NOOP("UserRole", "Viewer"))
