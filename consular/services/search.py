"""Full-text search over cases, people, counterparts, contact notes, milestones, tasks, documents."""

from __future__ import annotations

from sqlalchemy import select

from consular.db import dialect
from consular.db.models import CaseCounterpart
from consular.domain.errors import ValidationError
from consular.repositories import cases as case_repo
from consular.services.context import ServiceContext
from consular.services.views import SearchHit

MAX_QUERY = 200


def search(ctx: ServiceContext, text: str, *, limit: int = 50, include_restricted: bool = True,
           reference: str | None = None) -> list[SearchHit]:
    """What matches ``text``, best first. Every word must match; the last also as a prefix, so
    it works while typing. A counterpart hit is reported once per case it is linked to."""
    query = (text or "").strip()
    if len(query) > MAX_QUERY:
        raise ValidationError("text", f"The search is {len(query)} characters long; keep it under {MAX_QUERY}.")
    if not dialect.search_terms(query):
        return []
    with ctx.transaction() as session:
        case_id = None
        if reference:
            from consular.services.cases import load_case

            case_id = load_case(session, reference).id
        raw = dialect.full_text_search(session.connection(), query, limit=limit, case_id=case_id,
                                       include_restricted=include_restricted)
        expanded: list[tuple[int | None, object]] = []
        for hit in raw:
            if hit.entity == "counterpart":
                linked = session.scalars(
                    select(CaseCounterpart.case_id).where(CaseCounterpart.counterpart_id == hit.entity_id)
                ).all()
                expanded.extend((cid, hit) for cid in linked)
            else:
                expanded.append((hit.case_id, hit))
        if case_id is not None:
            expanded = [(cid, h) for cid, h in expanded if cid == case_id]
        names = case_repo.cases_by_ids(session, list({cid for cid, _ in expanded if cid is not None}))
        results = []
        for cid, hit in expanded[:limit]:
            ref, title = names.get(cid, (None, None))
            results.append(SearchHit(reference=ref, case_title=title, entity=hit.entity, entity_id=hit.entity_id,
                                     title=hit.title, snippet=" ".join(hit.snippet.split()),
                                     restricted=hit.restricted))
        return results


def matching_case_ids(ctx: ServiceContext, text: str, *, limit: int = 2000) -> dict[int, SearchHit]:
    """Case id → the best hit explaining why it matched (for filtering the case list)."""
    best: dict[int, SearchHit] = {}
    with ctx.transaction() as session:
        refs = {}
        for hit in search(ctx, text, limit=limit):
            if hit.reference is None:
                continue
            if hit.reference not in refs:
                refs[hit.reference] = case_repo.by_reference(session, hit.reference).id
            best.setdefault(refs[hit.reference], hit)
    return best
