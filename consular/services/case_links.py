"""Linked cases: cases from one incident (nationals of two posts taken in the same attack) or
otherwise related, shown on each other's overview, on the brief and by ``cases show``.

A link is symmetrical: one row (lower case id first) read from both cases. Unlinking is
recorded on that row (who, when, why), never erased, so a pair can be linked again later
with a new row. Every link and unlink is audited once per case, so both cases' History tabs
show it.

Who may link: staff (caseworkers, supervisors, administrators) who may read the restricted
content of *both* cases (their team, or a supervisor; :mod:`need_to_know`). A link tells
the reader of one case something about the other, so nobody can make one to a case they
cannot see in full.

What a reader who may not see the other case in full gets (``withheld``): the other case's
reference and post code, the kind of link and when it was made; never its title, status,
nor the link's note (written by someone who saw both cases). Reference and post are what a
caseworker needs to ask that case's team; everything else stays with the team.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from consular.db.models import Case, CaseLink
from consular.domain import validation as v
from consular.domain.enums import CaseLinkKind, CaseStatus
from consular.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from consular.i18n import translate
from consular.services import need_to_know
from consular.services.audit import snapshot
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.convert import WITHHELD
from consular.services.permissions import action
from consular.services.views import JsonMixin

FIELDS = ["case_a_id", "case_b_id", "kind", "note", "linked_at", "linked_by_id"]
UNLINK_FIELDS = ["unlinked_at", "unlinked_by_id", "unlink_reason"]


class SelfLinkError(ValidationError):
    """A case cannot be linked to itself."""

    def __init__(self, reference: str):
        super().__init__(
            "other",
            translate(
                "services.case_links", "{reference} cannot be linked to itself; give the reference of the other case."
            ).format(reference=reference),
        )


class DuplicateLinkError(ConflictError):
    """The two cases are linked already."""


class LinkNotFoundError(NotFoundError):
    """The two cases are not linked (or the link was undone already)."""


@dataclass(frozen=True)
class CaseLinkView(JsonMixin):
    """One link as seen from ``case_reference``: the other case and how they are linked.

    ``withheld``: the reader may not see the other case in full; ``other_title``,
    ``other_status`` and ``note`` then read "restricted"/None, only the other case's
    reference and post code are real."""

    id: int
    case_reference: str
    other_case_id: int
    other_reference: str
    other_post: str
    other_title: str
    other_status: CaseStatus | None
    kind: CaseLinkKind
    note: str | None
    linked_at: datetime
    linked_by: str
    withheld: bool = False
    unlinked_at: datetime | None = None
    unlinked_by: str | None = None
    unlink_reason: str | None = None

    @property
    def live(self) -> bool:
        return self.unlinked_at is None

    def describe(self) -> str:
        """One line: 'Same incident: KAY-2025-0002 (KAY) Two engineers taken at ...'."""
        head = translate("services.case_links", "{kind}: {reference} ({post})").format(
            kind=self.kind.label, reference=self.other_reference, post=self.other_post
        )
        if self.withheld:
            return translate("services.case_links", "{head} — details restricted to that case's team").format(head=head)
        if self.other_status:
            return translate("services.case_links", "{head} {title} [{status}]").format(
                head=head, title=self.other_title, status=self.other_status.label.lower()
            )
        return translate("services.case_links", "{head} {title}").format(head=head, title=self.other_title)


def _pair(a: Case, b: Case) -> tuple[int, int]:
    return (a.id, b.id) if a.id < b.id else (b.id, a.id)


def _live_link(session: Session, first: int, second: int) -> CaseLink | None:
    return session.scalar(
        select(CaseLink).where(
            CaseLink.case_a_id == first, CaseLink.case_b_id == second, CaseLink.unlinked_at.is_(None)
        )
    )


def _require_both(ctx: ServiceContext, session: Session, case: Case, other: Case, doing: str) -> None:
    for c in (case, other):
        if not need_to_know.may_see(ctx, session, c.id):
            raise PermissionDeniedError(
                translate(
                    "services.case_links",
                    "{display_name} is not on the team of {reference}, so cannot {doing} "
                    "{reference2} and {reference3}: a link tells each case's readers about the "
                    "other. Ask {reference}'s supervisor to add you (consular cases team {reference} "
                    "add {username}) or a supervisor to make the link.",
                ).format(
                    display_name=ctx.actor.display_name,
                    reference=c.reference,
                    doing=doing,
                    reference2=case.reference,
                    reference3=other.reference,
                    username=ctx.actor.username,
                )
            )


def _view(ctx: ServiceContext, session: Session, link: CaseLink, this: Case, visible: set[int] | None) -> CaseLinkView:
    other_id = link.case_b_id if link.case_a_id == this.id else link.case_a_id
    other = session.get(Case, other_id)
    open_to_me = visible is None or (other.id in visible and this.id in visible)
    sees_other = visible is None or other.id in visible
    return CaseLinkView(
        id=link.id,
        case_reference=this.reference,
        other_case_id=other.id,
        other_reference=other.reference,
        other_post=other.post.code,
        other_title=other.title if sees_other else WITHHELD,
        other_status=other.status if sees_other else None,
        kind=link.kind,
        note=link.note if open_to_me else None,
        linked_at=link.linked_at,
        linked_by=link.linked_by.display_name,
        withheld=not sees_other,
        unlinked_at=link.unlinked_at,
        unlinked_by=link.unlinked_by.display_name if link.unlinked_by else None,
        unlink_reason=link.unlink_reason if open_to_me else None,
    )


@action("case_links.link_cases")
def link_cases(
    ctx: ServiceContext, reference: str, other: str, *, kind: str | CaseLinkKind, note: str | None = None
) -> CaseLinkView:
    """Link case ``reference`` with case ``other`` (``kind``: same_incident or related).

    Raises NotFoundError for an unknown reference, SelfLinkError (a ValidationError) for a case
    linked to itself, DuplicateLinkError (a ConflictError) when the two are linked already,
    PermissionDeniedError unless the actor may see both cases in full. Audited on both cases.
    """
    kind_value = kind if isinstance(kind, CaseLinkKind) else CaseLinkKind.parse(kind, "kind")
    note_text = v.clean_text(note, "note", max_length=2000, multiline=True)
    with ctx.writing() as session:
        case = load_case(session, reference)
        partner = load_case(session, other)
        if case.id == partner.id:
            raise SelfLinkError(case.reference)
        _require_both(ctx, session, case, partner, "link")
        first, second = _pair(case, partner)
        existing = _live_link(session, first, second)
        if existing is not None:
            raise DuplicateLinkError(
                translate(
                    "services.case_links",
                    "{reference} and {reference2} are already linked ({kind}, since "
                    "{linked_at:%Y-%m-%d}). To change the kind, unlink them and link them again.",
                ).format(
                    reference=case.reference,
                    reference2=partner.reference,
                    kind=existing.kind.label.lower(),
                    linked_at=existing.linked_at,
                )
            )
        link = CaseLink(
            case_a_id=first,
            case_b_id=second,
            kind=kind_value,
            note=note_text,
            linked_at=ctx.now(),
            linked_by_id=ctx.actor.user_id,
        )
        session.add(link)
        session.flush()
        after = snapshot(link, FIELDS) | {"references": [case.reference, partner.reference]}
        for c in (case, partner):
            ctx.audit(session, "case_link.add", "case_link", link.id, case_id=c.id, after=after)
        session.refresh(link)
        return _view(ctx, session, link, case, None)


@action("case_links.unlink_cases")
def unlink_cases(ctx: ServiceContext, reference: str, other: str, *, reason: str) -> CaseLinkView:
    """Undo the live link between ``reference`` and ``other``: recorded (who, when, ``reason``),
    not erased. Raises LinkNotFoundError when they are not linked, ValidationError without a
    reason, PermissionDeniedError as :func:`link_cases`. Audited on both cases."""
    reason_text = v.clean_text(reason, "reason", required=True, max_length=2000, label="why they are unlinked")
    with ctx.writing() as session:
        case = load_case(session, reference)
        partner = load_case(session, other)
        if case.id == partner.id:
            raise SelfLinkError(case.reference)
        _require_both(ctx, session, case, partner, "unlink")
        link = _live_link(session, *_pair(case, partner))
        if link is None:
            raise LinkNotFoundError(
                translate(
                    "services.case_links",
                    "{reference} and {reference2} are not linked; see the links with consular cases show {reference}.",
                ).format(reference=case.reference, reference2=partner.reference)
            )
        before = snapshot(link, UNLINK_FIELDS)
        link.unlinked_at = ctx.now()
        link.unlinked_by_id = ctx.actor.user_id
        link.unlink_reason = reason_text
        session.flush()
        after = snapshot(link, UNLINK_FIELDS) | {"references": [case.reference, partner.reference]}
        for c in (case, partner):
            ctx.audit(session, "case_link.remove", "case_link", link.id, case_id=c.id, before=before, after=after)
        session.refresh(link)
        return _view(ctx, session, link, case, None)


@action("case_links.links_in_session")
def links_in_session(
    ctx: ServiceContext, session: Session, case: Case, *, include_unlinked: bool = False
) -> list[CaseLinkView]:
    """The links of ``case`` (an ORM row of ``session``), oldest first, as the actor may see
    them. For the services that show a case (the brief); no audit of its own."""
    stmt = select(CaseLink).where(or_(CaseLink.case_a_id == case.id, CaseLink.case_b_id == case.id))
    if not include_unlinked:
        stmt = stmt.where(CaseLink.unlinked_at.is_(None))
    rows = list(session.scalars(stmt.order_by(CaseLink.linked_at, CaseLink.id)).unique())
    if not rows:
        return []
    visible = need_to_know.visible_cases(ctx, session)
    return [_view(ctx, session, link, case, visible) for link in rows]


@action("case_links.list_links")
def list_links(ctx: ServiceContext, reference: str, *, include_unlinked: bool = False) -> list[CaseLinkView]:
    """Case ``reference``'s links, oldest first (``include_unlinked``: the undone ones too).
    A linked case the actor may not see in full shows its reference and post only."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        return links_in_session(ctx, session, case, include_unlinked=include_unlinked)


__all__ = [
    "CaseLinkView",
    "DuplicateLinkError",
    "LinkNotFoundError",
    "SelfLinkError",
    "link_cases",
    "links_in_session",
    "list_links",
    "unlink_cases",
]
