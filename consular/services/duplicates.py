"""The duplicate finder: people and counterparts that are probably one record entered twice.

Candidates come from one streamed walk of the ``match_keys`` index (records sharing a phonetic
name key, a passport number, a phone; see :mod:`consular.domain.name_match` and
:mod:`consular.repositories.match_keys`), block by block, never from comparing every pair.
Each pair of a block is first weighed on its evidence alone (most are dismissed there, before
any name is compared); the rest are scored and listed with the reasons, best first:

- people: name similarity (spelling, after transliteration), same date of birth, same
  passport number; a date of birth or a passport that differs counts against;
- counterparts: name similarity, same phone, same organisation; a different organisation
  counts against.

A pair scoring under :data:`MIN_SCORE` is not shown. The finder only reads: merging is
:mod:`consular.services.merge`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import String, cast

from consular.db.models import Counterpart, Person
from consular.domain import name_match as nm
from consular.domain.errors import ValidationError
from consular.i18n import format_date, translate
from consular.repositories import match_keys as repo
from consular.repositories import records
from consular.services.context import ServiceContext
from consular.services.permissions import action
from consular.services.views import JsonMixin

MIN_SCORE = 0.5
Progress = Callable[[int, int, str], None]
ENTITIES = ("person", "counterpart")


@dataclass(frozen=True)
class DuplicateCandidate(JsonMixin):
    """Two records that may be one, with a score (0 to 1) and why."""

    entity: str
    a_id: int
    b_id: int
    a_name: str
    b_name: str
    score: float
    reasons: tuple[str, ...]
    a_cases: tuple[str, ...] = field(default=())
    b_cases: tuple[str, ...] = field(default=())

    def why(self) -> str:
        return "; ".join(self.reasons)


NAME_WEIGHT = 0.6  # a perfect name match alone scores 0.6: listed, but below any corroborated pair


def _score_people(a, b, shared: set[str], min_score: float) -> tuple[float, list[str]] | None:
    """The pair's score and reasons, or None when it cannot reach ``min_score`` whatever the
    names (the evidence is weighed first: the spelling comparison is the costly part)."""
    (a_name, a_native, a_dob, a_passport), (b_name, b_native, b_dob, b_passport) = a, b
    evidence, reasons = 0.0, []
    if a_dob and b_dob:
        if a_dob == b_dob:
            evidence += 0.25
            reasons.append(
                translate("services.duplicates", "same date of birth {day}").format(day=format_date(a_dob, "dd MMM y"))
            )
        else:
            evidence -= 0.3
            reasons.append(translate("services.duplicates", "different dates of birth"))
    a_key, b_key = nm.passport_key(a_passport), nm.passport_key(b_passport)
    if a_key and b_key:
        if a_key == b_key:
            evidence += 0.4
            reasons.append(translate("services.duplicates", "same passport number"))
        else:
            evidence -= 0.3
            reasons.append(translate("services.duplicates", "different passport numbers"))
    if NAME_WEIGHT + evidence < min_score:
        return None
    similarity = max(nm.name_similarity(x, y) for x in (a_name, a_native) for y in (b_name, b_native) if x and y)
    reasons.insert(
        0,
        translate("services.duplicates", "names sound alike ({similarity:.2f})").format(similarity=similarity)
        if "name" in shared
        else translate("services.duplicates", "names {similarity:.2f} alike").format(similarity=similarity),
    )
    return round(min(max(NAME_WEIGHT * similarity + evidence, 0.0), 1.0), 3), reasons


def _score_counterparts(a, b, shared: set[str], min_score: float) -> tuple[float, list[str]] | None:
    """As :func:`_score_people`, for counterparts (phone and organisation are the evidence)."""
    (a_name, a_org, a_phone), (b_name, b_org, b_phone) = a, b
    evidence, reasons = 0.0, []
    if nm.phone_key(a_phone) and nm.phone_key(a_phone) == nm.phone_key(b_phone):
        evidence += 0.35
        reasons.append(translate("services.duplicates", "same phone number"))
    if nm.organisation_key(a_org) and nm.organisation_key(b_org):
        if nm.organisation_key(a_org) == nm.organisation_key(b_org):
            evidence += 0.2
            reasons.append(translate("services.duplicates", "same organisation ({a_org})").format(a_org=a_org))
        else:
            evidence -= 0.2
            reasons.append(translate("services.duplicates", "different organisations"))
    if NAME_WEIGHT + evidence < min_score:
        return None
    similarity = nm.name_similarity(a_name, b_name)
    reasons.insert(
        0,
        translate("services.duplicates", "names sound alike ({similarity:.2f})").format(similarity=similarity)
        if "name" in shared
        else translate("services.duplicates", "names {similarity:.2f} alike").format(similarity=similarity),
    )
    return round(min(max(NAME_WEIGHT * similarity + evidence, 0.0), 1.0), 3), reasons


def _person_facts(record) -> tuple:
    """What the evidence of a person is weighed on: (date of birth, passport key)."""
    _name, _native, dob, passport = record
    # Most numbers are already letters and digits: the regular expression only for the others.
    key = passport.upper() if passport and passport.isascii() and passport.isalnum() else nm.passport_key(passport)
    return dob, key


def _person_row(record: tuple) -> tuple:
    """A person's row as :func:`_score_people` takes it: the date of birth as a date."""
    name, native, dob, passport = record
    return name, native, date.fromisoformat(dob) if isinstance(dob, str) else dob, passport


def _person_evidence(a: tuple, b: tuple) -> float:
    """The evidence part of :func:`_score_people`'s score, from :func:`_person_facts` (no
    reasons written: most pairs a block forms are dismissed here)."""
    (a_dob, a_key), (b_dob, b_key) = a, b
    evidence = 0.0
    if a_dob and b_dob:
        evidence += 0.25 if a_dob == b_dob else -0.3
    if a_key and b_key:
        evidence += 0.4 if a_key == b_key else -0.3
    return evidence


def _counterpart_facts(record) -> tuple:
    _name, org, phone = record
    return nm.phone_key(phone), nm.organisation_key(org)


def _counterpart_evidence(a: tuple, b: tuple) -> float:
    """The evidence part of :func:`_score_counterparts`'s score, from :func:`_counterpart_facts`."""
    (a_phone, a_org), (b_phone, b_org) = a, b
    evidence = 0.35 if a_phone and a_phone == b_phone else 0.0
    if a_org and b_org:
        evidence += 0.2 if a_org == b_org else -0.2
    return evidence


_EVERY = 2000  # keys read (or pairs scored) between two progress reports


def candidates_in_session(
    session, entity: str, *, min_score: float = MIN_SCORE, progress: Progress | None = None
) -> list[DuplicateCandidate]:
    """The candidate pairs of ``entity`` ("person" or "counterpart"), best first (inside a
    caller's transaction; no permission check: callers are services that made one).

    The records sharing a key arrive block by block (:func:`repo.key_blocks`); each pair of a
    block is first weighed on its evidence alone (date of birth and passport, or phone and
    organisation), which dismisses most pairs before any name is compared. ``progress(done,
    total, text)`` is called as keys are read and pairs scored; it may raise to stop."""
    if entity == "person":
        # SQLite: the date of birth as its stored ISO text (compared as such), so no date is
        # parsed for each row read; PostgreSQL's driver returns dates at no such cost.
        dob = Person.date_of_birth
        if session.get_bind().dialect.name == "sqlite":
            dob = cast(dob, String)
        columns = (Person.full_name, Person.name_native, dob, Person.passport_number)
        facts_of, evidence_of, as_scored = _person_facts, _person_evidence, _person_row
        score, case_references = _score_people, repo.person_case_references
    else:
        columns = (Counterpart.name, Counterpart.organisation, Counterpart.phone)
        facts_of, evidence_of, as_scored = _counterpart_facts, _counterpart_evidence, tuple
        score, case_references = _score_counterparts, records.counterpart_case_references
    total = repo.count_keys(session, entity) if progress is not None else 0
    floor = min_score - NAME_WEIGHT  # a pair whose evidence is under this cannot reach min_score
    rows: dict[int, tuple] = {}
    facts: dict[int, tuple] = {}
    pairs: dict[tuple[int, int], set[str]] = {}
    next_report = 0
    for kind, read, members in repo.key_blocks(session, entity, columns):
        if progress is not None and read >= next_report:
            progress(read, total, "Comparing records that share a name, passport or phone…")
            next_report = read + _EVERY
        block = []
        for record_id, *values in members:
            if record_id not in facts:
                rows[record_id], facts[record_id] = tuple(values), facts_of(values)
            block.append((record_id, facts[record_id]))
        for i, (left, left_facts) in enumerate(block):
            for right, right_facts in block[i + 1 :]:
                if left != right and evidence_of(left_facts, right_facts) >= floor - 1e-9:
                    pairs.setdefault((left, right), set()).add(kind)
    listed = []
    for n, ((a_id, b_id), shared) in enumerate(pairs.items()):
        if progress is not None and n % _EVERY == 0:
            progress(n, len(pairs), "Scoring the likely pairs…")
        scored = score(as_scored(rows[a_id]), as_scored(rows[b_id]), shared, min_score)
        if scored is not None and scored[0] >= min_score:
            listed.append((a_id, b_id, *scored))
    # The cases only of the records listed (most candidate pairs are not).
    cases = case_references(session, sorted({i for a_id, b_id, *_ in listed for i in (a_id, b_id)}))
    found = [
        DuplicateCandidate(
            entity,
            a_id,
            b_id,
            rows[a_id][0],
            rows[b_id][0],
            value,
            tuple(reasons),
            tuple(cases.get(a_id, ())),
            tuple(cases.get(b_id, ())),
        )
        for a_id, b_id, value, reasons in listed
    ]
    found.sort(key=lambda c: (-c.score, c.a_id, c.b_id))
    return found


@action("duplicates.find_duplicates")
def find_duplicates(
    ctx: ServiceContext, entity: str, *, min_score: float = MIN_SCORE, progress: Progress | None = None
) -> list[DuplicateCandidate]:
    """Candidate duplicate people or counterparts (``entity``: "person"/"people" or
    "counterpart"/"counterparts"), best first, each with its score and reasons.
    ``progress(done, total, text)``: see :func:`candidates_in_session` (the GUI's progress
    window and Cancel).

    Raises ValidationError (field ``entity``) for anything else."""
    kind = _entity(entity)
    with ctx.transaction() as session:
        return candidates_in_session(session, kind, min_score=min_score, progress=progress)


def _entity(entity: str) -> str:
    value = (entity or "").strip().lower()
    value = {"people": "person", "persons": "person", "counterparts": "counterpart"}.get(value, value)
    if value not in ENTITIES:
        raise ValidationError(
            "entity",
            translate(
                "services.duplicates",
                "'{entity}' is not something duplicates are found for: use people or counterparts.",
            ).format(entity=entity),
        )
    return value


@dataclass(frozen=True)
class CounterpartMatch(JsonMixin):
    """A counterpart whose name matches one typed, and how well."""

    id: int
    name: str
    organisation: str | None
    phone: str | None
    score: float
    exact: bool
    cases: tuple[str, ...] = ()


@action("duplicates.match_counterparts")
def match_counterparts(ctx: ServiceContext, name: str, *, limit: int = 10) -> list[CounterpartMatch]:
    """Counterparts whose name is ``name`` (exact, ignoring case and spacing) or sounds like it
    (same phonetic key, or spelt within a few letters), best first. For ``contacts add --with``:
    offer these instead of silently creating another counterpart. Tombstones are left out."""
    wanted = " ".join((name or "").split())
    if not wanted:
        return []
    key = nm.name_key(wanted)
    with ctx.transaction() as session:
        ids = set(repo.same_name_key(session, "counterpart", key, limit=limit * 5)) if key else set()
        ids |= {c.id for c in records.find_counterparts(session, wanted, limit=limit * 5)}
        rows = repo.rows_by_id(
            session, (Counterpart.name, Counterpart.organisation, Counterpart.phone), Counterpart.id, list(ids)
        )
        cases = records.counterpart_case_references(session, list(rows))
        out = []
        for cid, (cname, org, phone) in rows.items():
            exact = cname.casefold().split() == wanted.casefold().split()
            out.append(
                CounterpartMatch(
                    cid,
                    cname,
                    org,
                    phone,
                    1.0 if exact else nm.name_similarity(wanted, cname),
                    exact,
                    tuple(cases.get(cid, ())),
                )
            )
        out.sort(key=lambda m: (not m.exact, -m.score, m.id))
        return out[:limit]


@dataclass(frozen=True)
class WithName(JsonMixin):
    """What a name given to ``contacts add --with`` resolves to: a counterpart (``chosen``), or
    the close matches to choose from (``matches``, empty when nothing is close)."""

    name: str
    chosen: CounterpartMatch | None
    matches: tuple[CounterpartMatch, ...]
    #: "case" (a counterpart of the case), "exact" (that exact name elsewhere), "several" (a part
    #: of several of the case's counterparts' names), "close", "none"
    how: str


@action("duplicates.resolve_names")
def resolve_names(ctx: ServiceContext, reference: str, names: list[str]) -> list[WithName]:
    """Resolve counterpart names typed for a contact on case ``reference``, without creating
    anything: a counterpart of the case (exact name, else a unique part of one); else the one
    counterpart anywhere with exactly that name; else the close matches (same phonetic key,
    similar spelling) for the caller to offer. Several exact matches are offered as matches.
    NotFoundError for an unknown case."""
    from consular.services.cases import load_case

    out = []
    for raw in names:
        name = " ".join((raw or "").split())
        with ctx.transaction() as session:
            case = load_case(session, reference)
            on_case = [
                CounterpartMatch(
                    c.id, c.name, c.organisation, c.phone, nm.name_similarity(name, c.name), True, (reference,)
                )
                for c in records.counterparts_named(session, case.id, name)
            ]
        if len(on_case) == 1:
            out.append(WithName(name, on_case[0], (), "case"))
            continue
        if on_case:  # a part of several of the case's counterparts' names
            out.append(WithName(name, None, tuple(on_case), "several"))
            continue
        found = match_counterparts(ctx, name)
        exact = [m for m in found if m.exact]
        if len(exact) == 1:
            out.append(WithName(name, exact[0], (), "exact"))
        else:
            close = tuple(exact) or tuple(m for m in found if m.score >= 0.6)
            out.append(WithName(name, None, close, "close" if close else "none"))
    return out
