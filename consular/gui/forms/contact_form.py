"""The Log contact form as plain data: defaults, checks, the diff against a saved entry and
the draft, without widgets.

``ContactForm`` is what the Log contact dialog shows and reads back. It knows

* the defaults of a new contact (now, by phone, outgoing, the signed-in user present, a
  follow-up due tomorrow on the hour) and of an edit (the saved entry);
* the checks that need no database, with the messages the contacts service gives:
  ``validate`` returns every error at once (in the order the form shows the fields), so each
  refused value is named next to its field before anything runs;
* what an edit changes (``changes``): only fields whose value differs are sent, so an edit
  that only reorders the staff present, or moves the time by seconds, writes no revision;
* the draft: ``to_draft`` gives the JSON-able dict written to the draft file, and
  ``apply_draft`` reads one back over the current form (older drafts included).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from consular.domain import validation as v
from consular.domain.enums import Channel, CounterpartCategory, Direction, Priority
from consular.domain.errors import ValidationError
from consular.domain.timeutil import utcnow
from consular.gui.forms.drafts import saved_at
from consular.i18n import translate
from consular.services.contacts import FUTURE_TOLERANCE_MINUTES, NOBODY_MESSAGE, FollowUp
from consular.services.views import ContactView, CounterpartView

# An edit must move the time by a whole minute to count: the field shows no seconds.
SAME_TIME_SECONDS = 60


def counterpart_entry(c: CounterpartView) -> dict:
    """A counterpart as the form (and its draft) holds it."""
    return {"id": c.id, "name": c.name, "category": c.category.value, "label": c.label}


def counterpart_text(c: dict) -> str:
    """``Name · Category`` as a chip shows it, with the case it comes from when that is
    another case (``elsewhere``)."""
    category = CounterpartCategory(c["category"]).label if c.get("category") else ""
    text = f"{c['name']} · {category}" if category else c["name"]
    return f"{text} · {c['elsewhere']}" if c.get("elsewhere") else text


def _collect(errors: list, check, *args, **kwargs) -> None:
    """Run one check, keeping its error instead of stopping at it."""
    try:
        check(*args, **kwargs)
    except ValidationError as exc:
        errors.append(exc)


def _unique_counterparts(items) -> list[dict]:
    chosen: list[dict] = []
    for c in items or []:
        if c.get("id") is not None and all(x["id"] != c["id"] for x in chosen):
            chosen.append(dict(c))
    return chosen


@dataclass(frozen=True)
class FollowUpForm:
    """The optional follow-up task of a new contact."""

    enabled: bool = False
    title: str = ""
    assignee: str | None = None
    due_at: datetime | None = None
    priority: str = Priority.NORMAL.value


# The fields an edit can change (what ``rebase`` merges).
EDITED_FIELDS = (
    "occurred_at",
    "channel",
    "direction",
    "duration_minutes",
    "subject",
    "notes",
    "outcome",
    "restricted",
    "counterparts",
    "staff_present",
)


@dataclass(frozen=True)
class ContactForm:
    """Everything the Log contact dialog holds, as values.

    ``counterparts`` are dicts (``counterpart_entry``) in the order chosen; ``staff_present``
    is kept sorted, so neither a draft nor a comparison depends on list order.
    ``pending_counterpart`` is a name typed in *With* but not added; it is not saved.
    ``occurred_at`` (or the follow-up's ``due_at``) is None when the date typed is not a
    date; ``unreadable`` then maps the field to the reason.
    """

    reference: str
    occurred_at: datetime | None
    contact_id: int | None = None
    zone_mode: str = "case"
    counterparts: list[dict] = field(default_factory=list)
    channel: str = Channel.PHONE.value
    direction: str = Direction.OUTGOING.value
    duration_minutes: int | None = None
    subject: str = ""
    notes: str = ""
    outcome: str = ""
    staff_present: list[str] = field(default_factory=list)
    restricted: bool = False
    follow_up: FollowUpForm = field(default_factory=FollowUpForm)
    pending_counterpart: str = ""
    unreadable: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "staff_present", sorted(dict.fromkeys(self.staff_present or [])))
        object.__setattr__(self, "counterparts", _unique_counterparts(self.counterparts))
        object.__setattr__(self, "duration_minutes", self.duration_minutes or None)

    # --- defaults -------------------------------------------------------------------------

    @classmethod
    def new(cls, reference: str, actor_username: str, *, now: datetime | None = None, zone_mode: str = "case"):
        """A new contact: now (to the minute), by phone, outgoing, the signed-in user present;
        the follow-up (off) assigned to them, due tomorrow on the hour, normal priority."""
        at = (now or utcnow()).replace(second=0, microsecond=0)
        return cls(
            reference=reference,
            occurred_at=at,
            zone_mode=zone_mode,
            staff_present=[actor_username],
            follow_up=FollowUpForm(assignee=actor_username, due_at=(at + timedelta(days=1)).replace(minute=0)),
        )

    @classmethod
    def for_contact(cls, contact: ContactView, *, zone_mode: str = "case"):
        """An edit of ``contact``: the form shows it as saved."""
        return cls(
            reference=contact.case_reference,
            contact_id=contact.id,
            occurred_at=contact.occurred_at,
            zone_mode=zone_mode,
            counterparts=[counterpart_entry(x) for x in contact.counterparts],
            channel=contact.channel.value,
            direction=contact.direction.value,
            duration_minutes=contact.duration_minutes,
            subject=contact.subject,
            notes=contact.notes or "",
            outcome=contact.outcome or "",
            staff_present=list(contact.staff_usernames),
            restricted=contact.restricted,
        )

    def rebase(self, loaded: ContactView, stored: ContactView) -> tuple[ContactForm, set[str]]:
        """After a stale save: this form (edited from ``loaded``) moved onto ``stored``, the
        version saved meanwhile. Fields only they changed take their value; fields this form
        changed keep this form's. Returns the form and the fields both changed."""
        base = ContactForm.for_contact(loaded, zone_mode=self.zone_mode)
        theirs = ContactForm.for_contact(stored, zone_mode=self.zone_mode)
        mine = {f for f in EDITED_FIELDS if getattr(self, f) != getattr(base, f)}
        changed = {f for f in EDITED_FIELDS if getattr(theirs, f) != getattr(base, f)}
        merged = replace(self, contact_id=stored.id, **{f: getattr(theirs, f) for f in changed - mine})
        return merged, mine & changed

    @property
    def counterpart_ids(self) -> list[int]:
        return [c["id"] for c in self.counterparts]

    # --- checks ---------------------------------------------------------------------------

    def validate(self, saved: ContactView | None = None, *, now: datetime | None = None) -> list[ValidationError]:
        """Every ValidationError the contacts service would raise without a database (same
        field, same message), in the order the dialog shows the fields. For an edit
        (``saved``) only changed fields are checked, as the service does. A contact must be
        with somebody: *With* may not be left empty."""
        errors: list[ValidationError] = []
        if "occurred_at" in self.unreadable:
            errors.append(ValidationError("occurred_at", self.unreadable["occurred_at"]))
        if self.pending_counterpart.strip():
            # A name typed but not added is most likely meant: say so rather than drop it.
            errors.append(
                ValidationError(
                    "counterparts",
                    translate(
                        "gui.forms.contact_form",
                        "'{name}' is typed but not added: press Enter in the field to add it, or clear it.",
                    ).format(name=self.pending_counterpart.strip()),
                )
            )
        elif not self.counterparts:
            errors.append(ValidationError("counterpart_ids", NOBODY_MESSAGE))
        if saved is None:
            if "occurred_at" not in self.unreadable:
                _collect(errors, self._check_time, now)
            self._check_text(self.log_kwargs(), errors)
            if self.follow_up.enabled:
                _collect(
                    errors,
                    v.clean_text,
                    self.follow_up.title,
                    "follow_up.title",
                    required=True,
                    max_length=300,
                    label=translate(
                        "gui.forms.contact_form", "follow-up task", "the field named in a validation message"
                    ),
                )
                if "due_at" in self.unreadable:
                    errors.append(ValidationError("due_at", self.unreadable["due_at"]))
        else:
            changed = self.changes(saved)
            if "occurred_at" in changed:
                _collect(errors, self._check_time, now)
            self._check_text(changed, errors)
        return errors

    def _check_text(self, fields: dict, errors: list[ValidationError]) -> None:
        if "duration_minutes" in fields:
            _collect(errors, v.positive_int, self.duration_minutes, "duration_minutes", minimum=0, maximum=24 * 60)
        if "subject" in fields:
            _collect(
                errors,
                v.clean_text,
                self.subject,
                "subject",
                required=True,
                max_length=300,
                label=translate("gui.forms.contact_form", "summary", "the field named in a validation message"),
            )
        if "notes" in fields:
            _collect(errors, v.clean_text, self.notes, "notes", max_length=v.LONG_TEXT_MAX, multiline=True)
        if "outcome" in fields:
            _collect(errors, v.clean_text, self.outcome, "outcome", max_length=20_000, multiline=True)

    def _check_time(self, now: datetime | None) -> None:
        if (self.occurred_at - (now or utcnow())).total_seconds() > FUTURE_TOLERANCE_MINUTES * 60:
            raise ValidationError(
                "occurred_at",
                translate("gui.forms.contact_form", "The contact time is in the future; check the date and time zone."),
            )

    # --- what to save ---------------------------------------------------------------------

    def log_kwargs(self) -> dict:
        """Keyword arguments of ``contacts.log_contact`` for a new contact."""
        fu = self.follow_up
        follow = None
        if fu.enabled:
            follow = FollowUp(title=fu.title, assignee=fu.assignee, due_at=fu.due_at, priority=fu.priority)
        return {
            "occurred_at": self.occurred_at,
            "channel": self.channel,
            "direction": self.direction,
            "subject": self.subject,
            "counterpart_ids": self.counterpart_ids,
            "notes": self.notes,
            "outcome": self.outcome,
            "duration_minutes": self.duration_minutes,
            "restricted": self.restricted,
            "staff_present": self.staff_present,
            "follow_up": follow,
        }

    def changes(self, saved: ContactView) -> dict:
        """Keyword arguments of ``contacts.edit_contact``: only what differs from ``saved``."""
        changes: dict = {}
        if (
            self.occurred_at is not None
            and abs((self.occurred_at - saved.occurred_at).total_seconds()) >= SAME_TIME_SECONDS
        ):
            changes["occurred_at"] = self.occurred_at
        if self.channel != saved.channel.value:
            changes["channel"] = self.channel
        if self.direction != saved.direction.value:
            changes["direction"] = self.direction
        if self.duration_minutes != saved.duration_minutes:
            changes["duration_minutes"] = self.duration_minutes
        for key in ("subject", "notes", "outcome"):
            if (getattr(self, key) or "") != (getattr(saved, key) or ""):
                changes[key] = getattr(self, key)
        if self.restricted != saved.restricted:
            changes["restricted"] = self.restricted
        if self.counterpart_ids != [x.id for x in saved.counterparts]:
            changes["counterpart_ids"] = self.counterpart_ids
        if self.staff_present != sorted(saved.staff_usernames):
            changes["staff_present"] = self.staff_present
        return changes

    def has_content(self, baseline: ContactForm, *, editing: bool) -> bool:
        """Whether there is anything worth a draft: for an edit, any change from ``baseline``;
        for a new contact, typed text, a counterpart, a follow-up title, a duration, the
        restricted flag or other staff present than by default."""
        if editing:
            return _comparable(self.to_draft()) != _comparable(baseline.to_draft())
        return bool(
            self.subject.strip()
            or self.notes.strip()
            or self.outcome.strip()
            or self.counterparts
            or (self.follow_up.enabled and self.follow_up.title.strip())
            or self.duration_minutes
            or self.restricted
            or self.staff_present != baseline.staff_present
        )

    # --- drafts ---------------------------------------------------------------------------

    def to_draft(self) -> dict:
        """The form as plain JSON-able data (what a draft file holds)."""
        fu = self.follow_up
        return {
            "reference": self.reference,
            "contact_id": self.contact_id,
            "occurred_at": self.occurred_at.isoformat() if self.occurred_at else None,
            "zone_mode": self.zone_mode,
            "counterparts": [dict(c) for c in self.counterparts],
            "channel": self.channel,
            "direction": self.direction,
            "duration_minutes": self.duration_minutes,
            "subject": self.subject,
            "notes": self.notes,
            "outcome": self.outcome,
            "staff_present": list(self.staff_present),
            # Edit drafts written before staff could be edited hold an empty, meaningless list;
            # this marks the ones whose list is what the caseworker ticked.
            "staff_editable": True,
            "restricted": self.restricted,
            "follow_up": {
                "enabled": fu.enabled,
                "title": fu.title,
                "assignee": fu.assignee,
                "due_at": fu.due_at.isoformat() if fu.due_at else None,
                "priority": fu.priority,
            },
        }

    def apply_draft(self, data: dict, *, editing: bool) -> ContactForm:
        """This form with a draft's values laid over it. A value the draft lacks or cannot
        hold (an unknown channel, no time) keeps the form's."""
        channel, direction = self.channel, self.direction
        with contextlib.suppress(ValueError):
            channel = Channel(data.get("channel")).value
        with contextlib.suppress(ValueError):
            direction = Direction(data.get("direction")).value
        staff = self.staff_present
        # Drafts from before the field (or, for an edit, before it was editable) keep the
        # default: the signed-in user for a new contact, the saved staff for an edit.
        if "staff_present" in data and (not editing or data.get("staff_editable")):
            staff = data.get("staff_present") or []
        fu = data.get("follow_up") or {}
        priority = self.follow_up.priority
        with contextlib.suppress(ValueError):
            priority = Priority(fu.get("priority") or "normal").value
        follow_up = FollowUpForm(
            enabled=bool(fu.get("enabled")),
            title=fu.get("title") or "",
            assignee=fu.get("assignee"),
            due_at=datetime.fromisoformat(fu["due_at"]) if fu.get("due_at") else self.follow_up.due_at,
            priority=priority,
        )
        return replace(
            self,
            zone_mode=data.get("zone_mode") or self.zone_mode,
            occurred_at=datetime.fromisoformat(data["occurred_at"]) if data.get("occurred_at") else self.occurred_at,
            counterparts=data.get("counterparts") or [],
            channel=channel,
            direction=direction,
            duration_minutes=int(data.get("duration_minutes") or 0),
            subject=data.get("subject") or "",
            notes=data.get("notes") or "",
            outcome=data.get("outcome") or "",
            staff_present=staff,
            restricted=bool(data.get("restricted")),
            follow_up=follow_up,
        )


def _comparable(state: dict) -> dict:
    data = dict(state)
    data.pop("zone_mode", None)
    data.pop("follow_up", None)
    if data.get("occurred_at"):
        # The same instant written in another zone is no change.
        data["occurred_at"] = datetime.fromisoformat(data["occurred_at"]).timestamp() // 60
    return data


def draft_summary(data: dict, *, editing: bool, today) -> str:
    """The question offering a draft back: when it was kept and its first words."""
    when = saved_at(data)
    summary = (data.get("subject") or "").strip() or (data.get("notes") or "").strip()[:60]
    ctx = "gui.forms.contact_form"
    if when is None:
        text = (
            translate(ctx, "Restore the unsaved changes to this contact earlier?")
            if editing
            else translate(ctx, "Restore the unsaved contact earlier?")
        )
    else:
        # As the app writes times everywhere: ISO date (left out today), 24-hour clock.
        moment = f"{when:%H:%M}" if when.date() == today else f"{when:%Y-%m-%d %H:%M}"
        text = (
            translate(ctx, "Restore the unsaved changes to this contact from {when}?")
            if editing
            else translate(ctx, "Restore the unsaved contact from {when}?")
        ).format(when=moment)
    if summary:
        text += f"  “{summary[:80]}”"
    return text
