"""Merging two people or two counterparts that are one, and undoing a merge.

``merge(ctx, "person", a, b)`` keeps record *a* (the winner), gives it the field values chosen
per field (``take={"date_of_birth": "b"}``; by default *a*'s, or *b*'s where *a* has none),
and moves every link to *b* onto *a*, in one transaction:

- the links are found from the schema's foreign keys (every column of every table that refers
  to ``persons.id`` or ``counterparts.id``), not from a hand-kept list, so a table added later
  is moved too; tests assert that no row anywhere still points to *b* afterwards;
- a link that would then be there twice (the same person in one case twice, the same
  identifier, the same next-of-kin relation, one counterpart twice on a contact) is folded into
  the one *a* already has: its own dependants (a participant's status history) move to it, and
  the duplicate row is removed;
- *b* stays as a tombstone, ``merged_into_id`` naming *a*: it has no links, is found by no
  picker or finder, and can be brought back.

Every row changed or removed is written in a :class:`~consular.db.tool_models.MergeRecord` with
its old values, and the audit entry ``person.merge`` / ``counterpart.merge`` holds both
records' state before. :func:`undo_merge` puts every row back as it was (ids included) and
gives *a* its old values; only the rows' optimistic-lock ``version`` counters move on.

Rights: merging and undoing are for supervisors and administrators (they see every case's
restricted content, so nothing is shown to them that they could not read anyway). Restricted
entries stay restricted: a merge changes which record they point to, never their flags.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from consular.db.models import Base, CaseParticipant, ContactEntry, Counterpart, Person, User
from consular.db.tool_models import MergeRecord
from consular.domain.enums import LabelledEnum
from consular.domain.errors import ConflictError, NotFoundError, ValidationError
from consular.i18n import QT_TRANSLATE_NOOP, translate
from consular.repositories import records
from consular.services import search_index
from consular.services.context import ServiceContext
from consular.services.permissions import action
from consular.services.views import JsonMixin

PERSON_FIELDS = (
    "full_name",
    "name_native",
    "gender",
    "date_of_birth",
    "nationality",
    "passport_number",
    "home_state",
    "home_district",
    "employer",
    "occupation",
    "languages",
    "medical_needs",
    "phone",
    "email",
    "notes",
)
COUNTERPART_FIELDS = (
    "name",
    "category",
    "role",
    "organisation",
    "phone",
    "email",
    "address",
    "reliability_note",
    "person_id",
)
_MODELS = {"person": Person, "counterpart": Counterpart}
_FIELDS = {"person": PERSON_FIELDS, "counterpart": COUNTERPART_FIELDS}
#: Rows that mean the same thing twice once they point to one record, beyond the schema's own
#: unique constraints: an identifier, a next-of-kin relation.
NATURAL_KEYS = {
    "person_identifiers": ("person_id", "kind", "value"),
    "family_liaisons": ("case_id", "kin_person_id", "hostage_person_id"),
}


class MergeEntity(LabelledEnum):
    PERSON = ("person", QT_TRANSLATE_NOOP("MergeEntity", "Person"))
    COUNTERPART = ("counterpart", QT_TRANSLATE_NOOP("MergeEntity", "Counterpart"))


def parse_entity(value: str | MergeEntity) -> str:
    if isinstance(value, MergeEntity):
        return value.value
    text = (value or "").strip().lower()
    text = {"people": "person", "persons": "person", "counterparts": "counterpart"}.get(text, text)
    if text not in _MODELS:
        raise ValidationError(
            "entity",
            translate("services.merge", "'{value}' cannot be merged: use person or counterpart.").format(value=value),
        )
    return text


# --- plain values for the change log --------------------------------------------------------


def _encode(value):
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, bytes):
        return {"$b": value.hex()}
    if hasattr(value, "value") and not isinstance(value, (int, str, float, bool)):
        return value.value
    return value


def _decode(value):
    if isinstance(value, dict):
        if "$dt" in value:
            return datetime.fromisoformat(value["$dt"])
        if "$d" in value:
            return date.fromisoformat(value["$d"])
        if "$b" in value:
            return bytes.fromhex(value["$b"])
    return value


# --- views ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeField(JsonMixin):
    """One field of the side-by-side view: both values as text and the default choice."""

    name: str
    label: str
    a: str
    b: str
    default: str  # "a" or "b"

    @property
    def differs(self) -> bool:
        return self.a != self.b


@dataclass(frozen=True)
class MergePreview(JsonMixin):
    """Two records side by side before a merge: their fields and what links each has."""

    entity: str
    a_id: int
    b_id: int
    a_name: str
    b_name: str
    fields: tuple[MergeField, ...]
    a_links: dict[str, int]
    b_links: dict[str, int]


@dataclass(frozen=True)
class MergeResult(JsonMixin):
    """A merge done (or undone): its id, who was kept, what moved."""

    merge_id: int
    entity: str
    winner_id: int
    loser_id: int
    winner_name: str
    loser_name: str
    moved: dict[str, int]
    removed: dict[str, int]
    taken: dict[str, str]
    merged_at: datetime
    merged_by: str
    undone_at: datetime | None = None


def _text(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "label"):
        return value.label
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _label(field: str) -> str:
    return field.replace("_id", "").replace("_", " ").capitalize()


# --- the schema's links ----------------------------------------------------------------------


def _class_of() -> dict:
    return {mapper.local_table: mapper.class_ for mapper in Base.registry.mappers}


def links_to(table) -> list[tuple]:
    """Every (table, column) whose foreign key refers to ``table``'s id, from the metadata."""
    found = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                found.append((other, fk.parent))
    return found


def _unique_keys(table, column) -> list[tuple[str, ...]]:
    keys = []
    pk = tuple(c.name for c in table.primary_key.columns)
    if column.name in pk and len(pk) > 1:
        keys.append(pk)
    for constraint in table.constraints:
        names = tuple(c.name for c in getattr(constraint, "columns", ()))
        if constraint.__class__.__name__ == "UniqueConstraint" and column.name in names:
            keys.append(names)
    natural = NATURAL_KEYS.get(table.name)
    if natural and column.name in natural:
        keys.append(natural)
    return keys


def _attr(cls, column) -> str:
    return cls.__mapper__.get_property_by_column(column).key


def _pk_of(obj) -> dict:
    table = obj.__table__
    return {c.name: getattr(obj, _attr(type(obj), c)) for c in table.primary_key.columns}


def _row_of(obj) -> dict:
    return {c.name: _encode(getattr(obj, _attr(type(obj), c))) for c in obj.__table__.columns}


class _Mover:
    """Moves every link from one record to another, writing what it did to ``log``."""

    def __init__(self, session):
        self.session = session
        self.classes = _class_of()
        self.log: list[dict] = []

    def repoint(self, table, old_id: int, new_id: int) -> None:
        for link_table, column in links_to(table):
            cls = self.classes[link_table]
            attr = _attr(cls, column)
            rows = list(self.session.scalars(select(cls).where(getattr(cls, attr) == old_id)))
            for row in rows:
                twin = self._twin(cls, row, column, new_id)
                if twin is None:
                    self.set(row, column.name, new_id)
                else:
                    self._fold(cls, row, twin)

    def set(self, row, column_name: str, value) -> None:
        """Change one column of ``row``, logging its old value."""
        cls = type(row)
        table = cls.__table__
        attr = _attr(cls, table.c[column_name])
        old = getattr(row, attr)
        self.log.append(
            {"op": "update", "table": table.name, "pk": {k: _encode(v) for k, v in _pk_of(row).items()},
             "column": column_name, "old": _encode(old), "new": _encode(value)}
        )  # fmt: skip
        if column_name in table.primary_key.columns:
            # A primary key column changes: remove and add (the ORM does not move a row's
            # identity), keeping every other value.
            values = {_attr(cls, c): getattr(row, _attr(cls, c)) for c in table.columns}
            values[attr] = value
            self.session.delete(row)
            self.session.flush()
            self.session.add(cls(**values))
        else:
            setattr(row, attr, value)
        self.session.flush()

    def _twin(self, cls, row, column, new_id: int):
        """The row that ``row`` would duplicate once pointing to ``new_id``, if any."""
        table = cls.__table__
        for key in _unique_keys(table, column):
            query = select(cls).where(getattr(cls, _attr(cls, column)) == new_id)
            for name in key:
                if name != column.name:
                    col = table.c[name]
                    query = query.where(getattr(cls, _attr(cls, col)) == getattr(row, _attr(cls, col)))
            twin = self.session.scalars(query.limit(1)).first()
            if twin is not None and twin is not row:
                return twin
        return None

    def _fold(self, cls, row, twin) -> None:
        """``row`` duplicates ``twin``: its dependants move to ``twin``, then it goes."""
        table = cls.__table__
        pk = list(table.primary_key.columns)
        if len(pk) == 1:
            self.repoint(table, getattr(row, _attr(cls, pk[0])), getattr(twin, _attr(cls, pk[0])))
        self.log.append({"op": "delete", "table": table.name, "row": _row_of(row)})
        self.session.delete(row)
        self.session.flush()
        if isinstance(twin, CaseParticipant) and twin.hostage_status is not None:
            # Two status histories became one: the cached current status is the latest entry's.
            self.session.expire(twin)
            events = records.status_events(self.session, [twin.id])
            if events and (events[-1].status, events[-1].effective_at) != (
                twin.hostage_status,
                twin.hostage_status_since,
            ):
                if events[-1].status != twin.hostage_status:
                    self.set(twin, "hostage_status", events[-1].status)
                if events[-1].effective_at != twin.hostage_status_since:
                    self.set(twin, "hostage_status_since", events[-1].effective_at)


def _undo_log(session, log: list[dict]) -> None:
    classes = {table.name: cls for table, cls in _class_of().items()}
    for step in reversed(log):
        cls = classes[step["table"]]
        table = cls.__table__
        if step["op"] == "delete":
            values = {_attr(cls, table.c[name]): _decode(value) for name, value in step["row"].items()}
            session.add(cls(**values))
            session.flush()
            continue
        pk = {name: _decode(value) for name, value in step["pk"].items()}
        if step["column"] in pk:
            pk[step["column"]] = _decode(step["new"])
        query = select(cls)
        for name, value in pk.items():
            query = query.where(getattr(cls, _attr(cls, table.c[name])) == value)
        row = session.scalars(query).first()
        attr = _attr(cls, table.c[step["column"]])
        if row is None or _encode(getattr(row, attr)) != step["new"]:
            raise ConflictError(
                translate(
                    "services.merge",
                    "A {step} row moved by this merge ({step2}) has changed since; the merge cannot be undone exactly.",
                ).format(step=step["table"], step2=step["pk"])
            )
        if step["column"] in table.primary_key.columns:
            values = {_attr(cls, c): getattr(row, _attr(cls, c)) for c in table.columns}
            values[attr] = _decode(step["old"])
            session.delete(row)
            session.flush()
            session.add(cls(**values))
        else:
            setattr(row, attr, _decode(step["old"]))
        session.flush()


# --- services -----------------------------------------------------------------------------


def _load(session, entity: str, record_id: int, which: str):
    record = session.get(_MODELS[entity], record_id)
    if record is None:
        raise NotFoundError(
            translate("services.merge", "There is no {entity} #{record_id}.").format(entity=entity, record_id=record_id)
        )
    if record.merged_into_id is not None:
        raise ConflictError(
            translate(
                "services.merge",
                "{entity} #{record_id} was merged into #{merged_into_id}; merge "
                "#{merged_into_id} instead, or undo that merge first.",
            ).format(entity=entity.capitalize(), record_id=record_id, merged_into_id=record.merged_into_id)
        )
    return record


def _name(record) -> str:
    return record.full_name if isinstance(record, Person) else record.name


def _link_counts(session, entity: str, record_id: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    classes = _class_of()
    for table, column in links_to(_MODELS[entity].__table__):
        cls = classes[table]
        n = len(list(session.scalars(select(cls).where(getattr(cls, _attr(cls, column)) == record_id))))
        if n:
            counts[f"{table.name}.{column.name}"] = counts.get(f"{table.name}.{column.name}", 0) + n
    return counts


def _choices(entity: str, a, b, take: dict[str, str] | None) -> dict[str, str]:
    fields = _FIELDS[entity]
    chosen = {}
    for name in fields:
        chosen[name] = "b" if getattr(a, name) in (None, "") and getattr(b, name) not in (None, "") else "a"
    for name, side in (take or {}).items():
        if name not in fields:
            raise ValidationError(
                "take",
                translate("services.merge", "'{name}' is not a field of a {entity}; choose among: {fields}.").format(
                    name=name, entity=entity, fields=", ".join(fields)
                ),
            )
        side_value = (side or "").strip().lower()
        if side_value not in ("a", "b"):
            raise ValidationError(
                "take",
                translate("services.merge", "Take {name} from a or b, not '{side}'.").format(name=name, side=side),
            )
        chosen[name] = side_value
    return chosen


@action("merge.preview_merge")
def preview_merge(ctx: ServiceContext, entity: str, a_id: int, b_id: int) -> MergePreview:
    """Both records side by side with the default choice per field and their links, for the
    merge dialog. NotFoundError for an unknown id, ConflictError for a merged-away record,
    ValidationError when a and b are one record."""
    kind = parse_entity(entity)
    if a_id == b_id:
        raise ValidationError(
            "b", translate("services.merge", "#{a_id} cannot be merged with itself.").format(a_id=a_id)
        )
    with ctx.transaction() as session:
        a, b = _load(session, kind, a_id, "a"), _load(session, kind, b_id, "b")
        chosen = _choices(kind, a, b, None)
        fields = tuple(
            MergeField(name, _label(name), _text(getattr(a, name)), _text(getattr(b, name)), chosen[name])
            for name in _FIELDS[kind]
        )
        preview = MergePreview(
            kind,
            a.id,
            b.id,
            _name(a),
            _name(b),
            fields,
            _link_counts(session, kind, a.id),
            _link_counts(session, kind, b.id),
        )
    if kind == "person":
        ctx.record_read("merge_preview", "person", a_id, other=b_id)
    return preview


def _snapshot(entity: str, record) -> dict:
    return {"id": record.id, **{name: getattr(record, name) for name in _FIELDS[entity]}}


def _count(log: list[dict], op: str) -> dict[str, int]:
    """Rows changed (``update``) or removed (``delete``) per table."""
    rows: dict[str, set] = {}
    for step in log:
        if step["op"] == op:
            key = json.dumps(step["pk"] if op == "update" else step["row"], sort_keys=True)
            rows.setdefault(step["table"], set()).add(key)
    return {table: len(keys) for table, keys in rows.items()}


def _reindex(session, entity: str, winner, loser_id: int, log: list[dict]) -> None:
    if entity == "person":
        for step in log:
            if step["op"] == "delete" and step["table"] == "case_participants":
                search_index.remove(session, "person", step["row"]["id"])
        participants = session.scalars(select(CaseParticipant).where(CaseParticipant.person_id == winner.id))
        for participant in participants:
            search_index.index_participant(session, participant)
    else:
        search_index.remove(session, "counterpart", loser_id)
        search_index.index_counterpart(session, winner)
        contact_ids = {
            step["pk"]["contact_id"] if step["op"] == "update" else step["row"]["contact_id"]
            for step in log
            if step["table"] == "contact_counterparts"
        }
        for contact_id in sorted(contact_ids):
            entry = session.get(ContactEntry, contact_id)
            if entry is not None and entry.voided_at is None:
                session.refresh(entry)
                search_index.index_contact(session, entry)


@action("merge.merge")
def merge(ctx: ServiceContext, entity: str, a_id: int, b_id: int, *, take: dict[str, str] | None = None) -> MergeResult:
    """Merge record ``b_id`` into ``a_id`` (see the module docstring), taking the fields named
    in ``take`` from b ("b") or a ("a"); the others as :func:`preview_merge` proposes.

    Raises ValidationError (``entity``, ``take``, ``b`` when a and b are one record),
    NotFoundError for an unknown id, ConflictError for a record already merged away, and
    PermissionDeniedError for anyone but a supervisor or administrator."""
    kind = parse_entity(entity)
    if a_id == b_id:
        raise ValidationError(
            "b", translate("services.merge", "#{a_id} cannot be merged with itself.").format(a_id=a_id)
        )
    with ctx.writing() as session:
        model = _MODELS[kind]
        a, b = _load(session, kind, a_id, "a"), _load(session, kind, b_id, "b")
        chosen = _choices(kind, a, b, take)
        before = {"a": _snapshot(kind, a), "b": _snapshot(kind, b)}
        new_values = {name: getattr(b, name) for name, side in chosen.items() if side == "b"}
        mover = _Mover(session)
        mover.repoint(model.__table__, b.id, a.id)
        for name, value in new_values.items():
            setattr(a, name, value)
        b.merged_into_id = a.id
        session.flush()
        session.expire_all()  # relationships loaded before the move (participant.person) are stale
        now = ctx.now()
        record = MergeRecord(
            entity=kind,
            winner_id=a.id,
            loser_id=b.id,
            merged_at=now,
            merged_by_id=ctx.actor.user_id,
            changes=json.dumps(
                {"before": {k: {f: _encode(v) for f, v in s.items()} for k, s in before.items()}, "log": mover.log}
            ),
        )
        session.add(record)
        session.flush()
        _reindex(session, kind, a, b.id, mover.log)
        moved, removed = _count(mover.log, "update"), _count(mover.log, "delete")
        ctx.audit(
            session,
            f"{kind}.merge",
            kind,
            a.id,
            before=before,
            after={
                "merge_id": record.id,
                "kept": a.id,
                "merged": b.id,
                "taken": chosen,
                "moved": moved,
                "removed": removed,
            },
        )
        ctx.audit(
            session,
            f"{kind}.merged_away",
            kind,
            b.id,
            before={"merged_into_id": None},
            after={"merged_into_id": a.id, "merge_id": record.id},
        )
        return MergeResult(
            record.id, kind, a.id, b.id, _name(a), before["b"]["full_name" if kind == "person" else "name"],
            moved, removed, chosen, now, ctx.actor.display_name,
        )  # fmt: skip


@action("merge.undo_merge")
def undo_merge(ctx: ServiceContext, merge_id: int) -> MergeResult:
    """Undo merge ``merge_id``: the merged-away record comes back with every link it had, the
    kept record gets its old values back. Raises NotFoundError for an unknown merge,
    ConflictError when it was already undone, when a later merge involving either record
    must be undone first, or when a moved row has changed since."""
    with ctx.writing() as session:
        record = session.get(MergeRecord, merge_id)
        if record is None:
            raise NotFoundError(translate("services.merge", "There is no merge #{merge_id}.").format(merge_id=merge_id))
        if record.undone_at is not None:
            raise ConflictError(
                translate(
                    "services.merge", "Merge #{merge_id} was already undone on {undone_at:%Y-%m-%d %H:%M} UTC."
                ).format(merge_id=merge_id, undone_at=record.undone_at)
            )
        later = session.scalars(
            select(MergeRecord)
            .where(
                MergeRecord.entity == record.entity,
                MergeRecord.id > record.id,
                MergeRecord.undone_at.is_(None),
                (MergeRecord.winner_id.in_((record.winner_id, record.loser_id)))
                | (MergeRecord.loser_id.in_((record.winner_id, record.loser_id))),
            )
            .order_by(MergeRecord.id.desc())
        ).first()
        if later is not None:
            raise ConflictError(
                translate(
                    "services.merge", "Merge #{id} came later and involves the same records: undo it first."
                ).format(id=later.id)
            )
        model = _MODELS[record.entity]
        winner, loser = session.get(model, record.winner_id), session.get(model, record.loser_id)
        changes = json.loads(record.changes)
        loser.merged_into_id = None
        session.flush()
        _undo_log(session, changes["log"])
        before_a = {f: _decode(v) for f, v in changes["before"]["a"].items()}
        before_b = {f: _decode(v) for f, v in changes["before"]["b"].items()}
        for name in _FIELDS[record.entity]:
            setattr(winner, name, _parse_field(model, name, before_a[name]))
            setattr(loser, name, _parse_field(model, name, before_b[name]))
        now = ctx.now()
        record.undone_at, record.undone_by_id = now, ctx.actor.user_id
        session.flush()
        session.expire_all()
        if record.entity == "person":
            for person in (winner, loser):
                for participant in session.scalars(
                    select(CaseParticipant).where(CaseParticipant.person_id == person.id)
                ):
                    search_index.index_participant(session, participant)
        else:
            search_index.index_counterpart(session, winner)
            search_index.index_counterpart(session, loser)
        ctx.audit(
            session,
            f"{record.entity}.merge_undo",
            record.entity,
            loser.id,
            before={"merged_into_id": winner.id, "merge_id": record.id},
            after={
                "merged_into_id": None,
                "restored": _count(changes["log"], "update") | _count(changes["log"], "delete"),
            },
        )
        ctx.audit(
            session,
            f"{record.entity}.unmerge",
            record.entity,
            winner.id,
            after={"merge_id": record.id, **{k: v for k, v in before_a.items()}},
        )
        return _result(session, record)


def _parse_field(model, name: str, value):
    enum_class = getattr(model.__table__.c[name].type, "enum_class", None)
    if enum_class is not None and value is not None and not isinstance(value, enum_class):
        return enum_class(value)
    return value


def _result(session, record: MergeRecord) -> MergeResult:
    model = _MODELS[record.entity]
    changes = json.loads(record.changes)
    winner, loser = session.get(model, record.winner_id), session.get(model, record.loser_id)
    by = session.get(User, record.merged_by_id)
    return MergeResult(
        record.id,
        record.entity,
        record.winner_id,
        record.loser_id,
        _name(winner) if winner else "?",
        _name(loser) if loser else "?",
        _count(changes["log"], "update"),
        _count(changes["log"], "delete"),
        {},
        record.merged_at,
        by.display_name if by else "?",
        record.undone_at,
    )


@action("merge.list_merges")
def list_merges(ctx: ServiceContext, *, limit: int = 100) -> list[MergeResult]:
    """The most recent merges, newest first, with whether each was undone (Recent merges)."""
    with ctx.transaction() as session:
        rows = session.scalars(select(MergeRecord).order_by(MergeRecord.id.desc()).limit(limit))
        return [_result(session, r) for r in rows]
