"""Drafts: what someone typed into a form and has not saved yet, kept in the database.

A draft belongs to the account that typed it and to nobody else: every function here acts
on the signed-in account's own drafts and has no way to name another's, so a supervisor or
an administrator cannot read a caseworker's drafts (they are unsaved notes, not records).
On SQLite the database is encrypted, so a draft is as protected as the records themselves.

A draft is identified by its case, its ``kind`` (the form: :data:`CONTACT` for Log contact)
and its ``target``: "" for a new entry, or the id of the record being edited. Each save of
the same draft raises its ``version`` by one; ``expected_version`` lets a caller refuse to
overwrite (or discard) a draft that changed since it read it.

Not audited, on purpose. The audit trail records changes to case records and who saw
restricted content. Saving a draft changes no record; discarding one (or importing the old
draft files) removes typing that never became a record. An entry for them would put, on the
case's History tab that the whole team reads, who was typing what kind of entry on the case
and when: information about someone's unsaved work that the trail has no need to hold, and
that would grow with every autosave. When the typing is saved, the record's own entry (e.g.
``contact.log``) is the audit. Purging a case deletes its drafts (:mod:`consular.services.purge`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from consular.db.models import Draft
from consular.domain.errors import ConflictError, NotFoundError, ValidationError
from consular.i18n import format_number, translate
from consular.repositories import drafts as repo
from consular.services.cases import load_case, normalise_reference
from consular.services.context import ServiceContext
from consular.services.permissions import action

#: The Log contact dialog's drafts (a new contact, or an edit of one).
CONTACT = "contact"
#: The forms that keep drafts. Another form adds its own kind here.
KINDS = (CONTACT,)
#: The most a draft may hold (characters of JSON): far above any form, below a runaway paste.
MAX_PAYLOAD_CHARS = 2_000_000
MAX_TARGET_CHARS = 32


@dataclass(frozen=True)
class DraftView:
    """One draft as the faces see it: the form's state in ``payload``."""

    reference: str
    kind: str
    target: str
    payload: dict
    created_at: datetime
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class DraftImport:
    """A draft kept elsewhere before (an old draft file), to be put into the database."""

    reference: str
    kind: str
    target: str
    payload: dict


#: What :func:`import_drafts` did with each :class:`DraftImport`.
IMPORTED, ALREADY_THERE, NO_SUCH_CASE = "imported", "already_there", "no_such_case"


def _kind(kind: str) -> str:
    value = (kind or "").strip().lower()
    if value not in KINDS:
        raise ValidationError(
            "kind",
            translate("services.drafts", "'{kind}' is not a kind of draft (known: {kinds}).").format(
                kind=kind, kinds=", ".join(KINDS)
            ),
        )
    return value


def _target(target: str | int | None) -> str:
    value = "" if target is None else str(target).strip()
    if len(value) > MAX_TARGET_CHARS:
        raise ValidationError(
            "target",
            translate("services.drafts", "A draft's target is at most {max_target_chars} characters.").format(
                max_target_chars=MAX_TARGET_CHARS
            ),
        )
    return value


def _encode(payload: dict) -> str:
    if not isinstance(payload, dict):
        raise ValidationError("payload", translate("services.drafts", "A draft holds a form's fields (a JSON object)."))
    try:
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):
        # Never the value itself in the message: it is what someone typed.
        raise ValidationError(
            "payload", translate("services.drafts", "A draft holds only text, numbers, true/false, lists and objects.")
        ) from None
    if len(text) > MAX_PAYLOAD_CHARS:
        raise ValidationError(
            "payload",
            translate("services.drafts", "This draft is too large to keep (over {limit} characters).").format(
                limit=format_number(MAX_PAYLOAD_CHARS)
            ),
        )
    return text


def _view(draft: Draft, reference: str) -> DraftView:
    return DraftView(
        reference=reference,
        kind=draft.kind,
        target=draft.target,
        payload=json.loads(draft.payload),
        created_at=draft.created_at,
        updated_at=draft.updated_at,
        version=draft.version,
    )


def _check_version(draft: Draft | None, expected: int | None, what: str) -> None:
    """None: not checked. 0: there must be no draft yet. n: the draft must be at version n."""
    if expected is None:
        return
    current = draft.version if draft is not None else 0
    if current == expected:
        return
    if draft is None:
        raise ConflictError(
            translate(
                "services.drafts",
                "The draft was discarded elsewhere (another window or computer) since you {what} it.",
            ).format(what=what)
        )
    raise ConflictError(
        translate(
            "services.drafts",
            "The draft was saved elsewhere (another window or computer) since you {what} it "
            "(version {current}, yours {value}).",
        ).format(what=what, current=current, value=expected or "none")
    )


@action("drafts.save_draft")
def save_draft(
    ctx: ServiceContext,
    reference: str,
    kind: str,
    payload: dict,
    *,
    target: str | int | None = "",
    expected_version: int | None = None,
) -> DraftView:
    """Keep ``payload`` (a form's state) as the signed-in account's draft of ``kind`` for
    ``target`` on the case, creating it or replacing what it held; returns it with its new
    version (1 when created). Times come from the context's clock.

    ``expected_version``: None saves whatever is there; 0 saves only if there is no draft yet;
    n only over version n. Raises ValidationError (unknown kind, a payload that is not a JSON
    object or is too large), NotFoundError (no such case), ConflictError (``expected_version``
    not met), PermissionDeniedError (a read-only user or ``--as-of``).
    """
    kind, target, text = _kind(kind), _target(target), _encode(payload)
    with ctx.writing() as session:
        case = load_case(session, reference)
        draft = repo.find(session, ctx.actor.user_id, case.id, kind, target, lock=True)
        _check_version(draft, expected_version, "loaded")
        now = ctx.now()
        if draft is None:
            draft = Draft(
                owner_id=ctx.actor.user_id,
                case_id=case.id,
                kind=kind,
                target=target,
                payload=text,
                created_at=now,
                updated_at=now,
            )
            session.add(draft)
        else:
            draft.payload = text
            draft.updated_at = now
        session.flush()
        return _view(draft, case.reference)


@action("drafts.load_draft")
def load_draft(ctx: ServiceContext, reference: str, kind: str, *, target: str | int | None = "") -> DraftView | None:
    """The signed-in account's draft of ``kind`` for ``target`` on the case, or None.
    Raises ValidationError (unknown kind), NotFoundError (no such case)."""
    kind, target = _kind(kind), _target(target)
    with ctx.transaction() as session:
        case = load_case(session, reference)
        draft = repo.find(session, ctx.actor.user_id, case.id, kind, target)
        return None if draft is None else _view(draft, case.reference)


@action("drafts.list_drafts")
def list_drafts(ctx: ServiceContext, *, reference: str | None = None, kind: str | None = None) -> list[DraftView]:
    """The signed-in account's own drafts (on one case, of one kind, if given), the most
    recently saved first. Nobody else's are ever listed, whatever the role."""
    kind = None if kind is None else _kind(kind)
    with ctx.transaction() as session:
        case_id = None if reference is None else load_case(session, reference).id
        rows = repo.of_owner(session, ctx.actor.user_id, case_id=case_id, kind=kind)
        return [_view(draft, ref) for draft, ref in rows]


@action("drafts.discard_draft")
def discard_draft(
    ctx: ServiceContext,
    reference: str,
    kind: str,
    *,
    target: str | int | None = "",
    expected_version: int | None = None,
) -> bool:
    """Delete the signed-in account's draft of ``kind`` for ``target`` on the case (after its
    entry was saved, or when its owner throws it away). True if there was one.

    Allowed to anyone for their own drafts, read-only users and ``--as-of`` included: throwing
    away one's own unsaved typing changes no record. ``expected_version`` as for
    :func:`save_draft` (0: only if there is none, which does nothing). Raises ConflictError
    when it is not met, NotFoundError (no such case).
    """
    kind, target = _kind(kind), _target(target)
    with ctx.transaction(write=True) as session:
        case = load_case(session, reference)
        draft = repo.find(session, ctx.actor.user_id, case.id, kind, target, lock=True)
        _check_version(draft, expected_version, "opened")
        if draft is None:
            return False
        session.delete(draft)
        session.flush()
        return True


@action("drafts.import_drafts")
def import_drafts(ctx: ServiceContext, items: list[DraftImport]) -> list[str]:
    """Put drafts kept elsewhere before (old draft files) into the database as the signed-in
    account's, in one transaction. Returns, for each item in order, :data:`IMPORTED`,
    :data:`ALREADY_THERE` (the account already has that draft in the database: it is newer
    and is kept) or :data:`NO_SUCH_CASE` (the case is not in this database: the caller keeps
    the item for another database). Raises ValidationError for an unknown kind or a payload
    that cannot be kept, before anything is written.
    """
    cleaned = [(item.reference, _kind(item.kind), _target(item.target), _encode(item.payload)) for item in items]
    outcomes: list[str] = []
    with ctx.writing() as session:
        now = ctx.now()
        for reference, kind, target, text in cleaned:
            try:
                case = load_case(session, normalise_reference(reference))
            except (NotFoundError, ValidationError):
                outcomes.append(NO_SUCH_CASE)
                continue
            if repo.find(session, ctx.actor.user_id, case.id, kind, target, lock=True) is not None:
                outcomes.append(ALREADY_THERE)
                continue
            session.add(
                Draft(
                    owner_id=ctx.actor.user_id,
                    case_id=case.id,
                    kind=kind,
                    target=target,
                    payload=text,
                    created_at=now,
                    updated_at=now,
                )
            )
            session.flush()
            outcomes.append(IMPORTED)
    return outcomes
