"""Saved filters: a list's filters and sort kept under a name, for the case list and the
contact log ("My active cases in West Africa").

A saved filter belongs to the account that saved it. Its owner may share it with a post:
everyone then finds it under that post's name, as a read-only copy they can apply (only the
owner, or an administrator, changes or deletes it). Saving, sharing and deleting are audited
(``filter.save``, ``filter.share``, ``filter.delete``): a shared filter shapes what colleagues
look at. Applying one is not: it is a way of reading a list, and the list's own reads are
audited as they are. A definition holds filter values only, never case content, so it is
not need-to-know; what the list then shows is checked by the list's own service.

The definitions are the plain dicts of :mod:`consular.domain.filters` (``CaseListSetup`` for
the case list, ``contact_filter_definition`` for the contact log), kept as JSON text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select

from consular.db.models import Post, SavedFilter
from consular.domain import validation as v
from consular.domain.enums import UserRole
from consular.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from consular.i18n import translate
from consular.services.context import ServiceContext
from consular.services.permissions import action, require
from consular.services.views import JsonMixin

#: The lists a filter can be saved for.
LISTS = ("cases", "contacts")
#: The most a definition may hold (characters of JSON): a filter is a handful of values.
MAX_DEFINITION_CHARS = 20_000
#: How many filters one account may keep per list: a sidebar, not a database.
MAX_PER_LIST = 200


@dataclass(frozen=True)
class SavedFilterView(JsonMixin):
    id: int
    list_name: str
    name: str
    definition: dict
    owner: str  # username
    owner_name: str
    #: The post it is shared with (its code), or None: only its owner sees it.
    shared_with: str | None
    mine: bool
    updated_at: datetime
    version: int
    #: Values of the definition the list no longer knows, filled in by the faces that apply it.
    notes: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """What a sidebar shows: the name, and whose it is when it is a colleague's."""
        return self.name if self.mine else f"{self.name} ({self.owner_name}, {self.shared_with})"


def _view(ctx: ServiceContext, row: SavedFilter) -> SavedFilterView:
    return SavedFilterView(
        id=row.id,
        list_name=row.list_name,
        name=row.name,
        definition=json.loads(row.definition),
        owner=row.owner.username,
        owner_name=row.owner.display_name,
        shared_with=row.shared_post.code if row.shared_post else None,
        mine=row.owner_id == ctx.actor.user_id,
        updated_at=row.updated_at,
        version=row.version,
    )


def _list_name(value: str) -> str:
    if value not in LISTS:
        raise ValidationError(
            "list_name",
            translate(
                "services.saved_filters", "There is no list '{value}' to save a filter for; use one of {lists}."
            ).format(value=value, lists=", ".join(LISTS)),
        )
    return value


def _definition(definition: dict) -> str:
    if not isinstance(definition, dict):
        raise ValidationError(
            "definition",
            translate("services.saved_filters", "A saved filter is a set of named values (a JSON object)."),
        )
    text = json.dumps(definition, ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_DEFINITION_CHARS:
        raise ValidationError(
            "definition",
            translate(
                "services.saved_filters",
                "This filter is {count:,} characters long; a saved filter holds at most {max_definition_chars:,}.",
            ).format(count=len(text), max_definition_chars=MAX_DEFINITION_CHARS),
        )
    return text


def _post_id(session, code: str | None) -> int | None:
    if not code:
        return None
    post_id = session.scalar(select(Post.id).where(Post.code == code.strip().upper()))
    if post_id is None:
        raise ValidationError(
            "share_with",
            translate(
                "services.saved_filters", "There is no post '{code}'; use the code of one of the posts (BAM, ABJ…)."
            ).format(code=code),
        )
    return post_id


def _own(ctx: ServiceContext, session, filter_id: int, expected_version: int | None) -> SavedFilter:
    row = session.get(SavedFilter, filter_id)
    if row is None:
        raise NotFoundError(
            translate("services.saved_filters", "There is no saved filter #{filter_id}.").format(filter_id=filter_id)
        )
    if row.owner_id != ctx.actor.user_id and ctx.actor.role != UserRole.ADMIN:
        raise PermissionDeniedError(
            translate(
                "services.saved_filters",
                "'{row_name}' is {display_name}'s filter: only they (or an administrator) can "
                "change it. Save it under a name of your own to keep a copy.",
            ).format(row_name=row.name, display_name=row.owner.display_name)
        )
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(
            translate(
                "services.saved_filters",
                "The saved filter '{row_name}' was changed since you loaded it; load it again.",
            ).format(row_name=row.name)
        )
    return row


@action("saved_filters.list_filters")
def list_filters(ctx: ServiceContext, list_name: str) -> list[SavedFilterView]:
    """The signed-in account's own filters for ``list_name``, then those colleagues shared
    with a post, each group by name."""
    _list_name(list_name)
    with ctx.transaction() as session:
        rows = session.scalars(
            select(SavedFilter)
            .where(
                SavedFilter.list_name == list_name,
                or_(SavedFilter.owner_id == ctx.actor.user_id, SavedFilter.shared_post_id.is_not(None)),
            )
            .order_by(SavedFilter.name, SavedFilter.id)
        ).all()
        views = [_view(ctx, row) for row in rows]
    return [f for f in views if f.mine] + [f for f in views if not f.mine]


@action("saved_filters.save_filter")
def save_filter(
    ctx: ServiceContext,
    list_name: str,
    name: str,
    definition: dict,
    *,
    share_with: str | None = None,
    replace: bool = False,
    expected_version: int | None = None,
) -> SavedFilterView:
    """Keep ``definition`` under ``name`` for the signed-in account. A name already used for
    this list is refused unless ``replace`` (then its definition is replaced; ``expected_version``
    guards against overwriting a change made elsewhere). ``share_with``: a post code, to share it."""
    _list_name(list_name)
    label = v.clean_text(name, "name", required=True, max_length=120)
    text = _definition(definition)
    now = ctx.now()
    if share_with:
        require(ctx.actor, "saved_filters.share_filter")
    with ctx.transaction(write=True) as session:  # not a case record: viewers and --as-of may keep filters
        post_id = _post_id(session, share_with)
        row = session.scalar(
            select(SavedFilter).where(
                SavedFilter.owner_id == ctx.actor.user_id, SavedFilter.list_name == list_name, SavedFilter.name == label
            )
        )
        if row is not None and not replace:
            raise ConflictError(
                translate(
                    "services.saved_filters",
                    "You already have a filter called '{label}' for this list; choose another name or replace it.",
                ).format(label=label)
            )
        if row is None:
            count = len(
                session.scalars(
                    select(SavedFilter.id).where(
                        SavedFilter.owner_id == ctx.actor.user_id, SavedFilter.list_name == list_name
                    )
                ).all()
            )
            if count >= MAX_PER_LIST:
                raise ValidationError(
                    "name",
                    translate(
                        "services.saved_filters", "You keep {count} filters for this list already; delete some first."
                    ).format(count=count),
                )
            row = SavedFilter(
                owner_id=ctx.actor.user_id, list_name=list_name, name=label, created_at=now, definition=text
            )
            session.add(row)
            before = None
        else:
            if expected_version is not None and row.version != expected_version:
                raise ConflictError(
                    translate(
                        "services.saved_filters",
                        "The saved filter '{label}' was changed since you loaded it; load it again.",
                    ).format(label=label)
                )
            before = {"definition": json.loads(row.definition), "shared_post_id": row.shared_post_id}
        row.definition = text
        row.updated_at = now
        if share_with is not None or before is None:
            row.shared_post_id = post_id
        session.flush()
        ctx.audit(
            session,
            "filter.save",
            "saved_filter",
            row.id,
            before=before,
            after={"list": list_name, "name": label, "definition": definition, "shared_post_id": row.shared_post_id},
        )
        session.refresh(row)
        return _view(ctx, row)


@action("saved_filters.share_filter")
def share_filter(
    ctx: ServiceContext, filter_id: int, post_code: str | None, *, expected_version: int | None = None
) -> SavedFilterView:
    """Share one's filter with a post's staff (``post_code``), or stop sharing it (None)."""
    with ctx.transaction(write=True) as session:  # not a case record: viewers and --as-of may keep filters
        row = _own(ctx, session, filter_id, expected_version)
        post_id = _post_id(session, post_code)
        before = row.shared_post_id
        row.shared_post_id = post_id
        row.updated_at = ctx.now()
        session.flush()
        ctx.audit(
            session,
            "filter.share",
            "saved_filter",
            row.id,
            before={"shared_post_id": before},
            after={"shared_post_id": post_id},
        )
        session.refresh(row)
        return _view(ctx, row)


@action("saved_filters.rename_filter")
def rename_filter(
    ctx: ServiceContext, filter_id: int, name: str, *, expected_version: int | None = None
) -> SavedFilterView:
    label = v.clean_text(name, "name", required=True, max_length=120)
    with ctx.transaction(write=True) as session:  # not a case record: viewers and --as-of may keep filters
        row = _own(ctx, session, filter_id, expected_version)
        clash = session.scalar(
            select(SavedFilter.id).where(
                SavedFilter.owner_id == row.owner_id,
                SavedFilter.list_name == row.list_name,
                SavedFilter.name == label,
                SavedFilter.id != row.id,
            )
        )
        if clash is not None:
            raise ConflictError(
                translate(
                    "services.saved_filters",
                    "There is already a filter called '{label}' for this list; choose another name.",
                ).format(label=label)
            )
        before = row.name
        row.name = label
        row.updated_at = ctx.now()
        session.flush()
        ctx.audit(session, "filter.rename", "saved_filter", row.id, before={"name": before}, after={"name": label})
        session.refresh(row)
        return _view(ctx, row)


@action("saved_filters.delete_filter")
def delete_filter(ctx: ServiceContext, filter_id: int, *, expected_version: int | None = None) -> None:
    with ctx.transaction(write=True) as session:  # not a case record: viewers and --as-of may keep filters
        row = _own(ctx, session, filter_id, expected_version)
        before = {"list": row.list_name, "name": row.name, "definition": json.loads(row.definition)}
        session.delete(row)
        session.flush()
        ctx.audit(session, "filter.delete", "saved_filter", filter_id, before=before)


@action("saved_filters.find_filter")
def find_filter(ctx: ServiceContext, list_name: str, name: str) -> SavedFilterView:
    """The filter called ``name`` that the signed-in account can apply: their own first, else
    one shared with a post (for ``consular cases list --saved NAME``)."""
    wanted = name.strip().casefold()
    found = [f for f in list_filters(ctx, list_name) if f.name.casefold() == wanted]
    if not found:
        raise NotFoundError(
            translate(
                "services.saved_filters",
                "There is no saved filter called '{name}' for the {list_name} list; 'consular "
                "filters list' shows them.",
            ).format(name=name, list_name=list_name)
        )
    return found[0]
