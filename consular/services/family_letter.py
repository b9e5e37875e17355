"""The family update letter: a PDF for one next of kin made only of entries marked
*shareable with family* (:mod:`consular.services.family_share`), in their language.

The fixed text comes from the language's template (resources/letters/<code>.toml, read by
:mod:`consular.reports.letter_templates`); the entries are said in their family wording (or
their own title or summary). Before anything is written, every string the letter would print
is checked against the case's restricted content (restricted contacts and milestones and their
earlier revisions, demands, proof-of-life questions, answers and assessments, intermediaries'
vetting, restricted documents): a letter repeating any of it is refused with
RestrictedContentError naming the entry, and nothing is written. The letter is an audited
output (:func:`consular.services.outputs.deliver`): private file, ``family_letter.issue``
audit entry with the file's SHA-256 and the audit chain head, which the letter's footer
prints as its reference.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from consular import paths
from consular.db.models import Case, FamilyLiaison, Person, User
from consular.domain.errors import NotFoundError, PermissionDeniedError, RestrictedContentError, ValidationError
from consular.domain.timeutil import as_utc, parse_date, zone
from consular.domain.validation import COUNTRIES
from consular.i18n import translate
from consular.reports import letter_templates as lt
from consular.reports.family_letter_pdf import FamilyLetter, LetterItem
from consular.repositories import family_shares as repo
from consular.services import family_share, need_to_know, outputs
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.permissions import action
from consular.services.views import IssuedLetter, LetterOptions, SharedEntryView


class NoTemplateError(ValidationError):
    """There is no letter template in the next of kin's preferred language."""


# --- who and when ------------------------------------------------------------------------------


def _liaison(session: Session, case: Case, kin: int | str) -> FamilyLiaison:
    """The next of kin of ``case`` named by ``kin``: a next-of-kin id, the kin's person id, or
    a unique part of their name (any case)."""
    rows = repo.liaisons(session, case.id)
    key = str(kin).strip()
    if key.isdigit():
        wanted = int(key)
        for finder in (lambda r: r.id == wanted, lambda r: r.kin_person_id == wanted):
            hits = [r for r in rows if finder(r)]
            if hits:
                return hits[0]
    needle = key.casefold()
    hits = [r for r in rows if needle and (needle in r.kin.full_name.casefold() or needle in (r.kin.name_native or ""))]
    if len(hits) == 1:
        return hits[0]
    listed = ", ".join(f"{r.kin.full_name} (#{r.id})" for r in rows) or "none recorded"
    if not hits:
        raise NotFoundError(
            translate(
                "services.family_letter", "No next of kin of {reference} matches '{key}'. Next of kin: {listed}."
            ).format(reference=case.reference, key=key, listed=listed)
        )
    raise ValidationError(
        "kin",
        translate(
            "services.family_letter", "'{key}' matches several next of kin of {reference} ({listed}); give the id."
        ).format(key=key, reference=case.reference, listed=listed),
    )


def _day(value: date | str | None, field: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    return parse_date(text, field) if text else None


def _period(ctx: ServiceContext, case: Case, start, end) -> tuple[date, date]:
    tz = zone(case.timezone)
    first = _day(start, "from") or as_utc(case.incident_at).astimezone(tz).date()
    last = _day(end, "to") or ctx.now().astimezone(tz).date()
    if last < first:
        raise ValidationError(
            "to",
            translate(
                "services.family_letter", "The period ends ({last}) before it starts ({first}); check the dates."
            ).format(last=last, first=first),
        )
    return first, last


def _bounds(case: Case, first: date, last: date) -> tuple[datetime, datetime]:
    """[first 00:00, the day after last 00:00) in the case's zone, as UTC instants."""
    tz = zone(case.timezone)
    return (
        as_utc(datetime.combine(first, time(), tzinfo=tz)),
        as_utc(datetime.combine(last + timedelta(days=1), time(), tzinfo=tz)),
    )


def _require_team(ctx: ServiceContext, session: Session, case: Case) -> None:
    if not need_to_know.may_see(ctx, session, case.id):
        raise PermissionDeniedError(
            translate(
                "services.family_letter",
                "{display_name} is not on the team of case {reference}: only its team (and "
                "supervisors) write to the family. Ask the case's supervisor to add you: "
                "consular cases team {reference} add {username}",
            ).format(display_name=ctx.actor.display_name, reference=case.reference, username=ctx.actor.username)
        )


def _pick_template(liaison: FamilyLiaison, language: str | None) -> lt.LetterTemplate:
    available = lt.templates()
    names = ", ".join(f"{t.name} ({code})" for code, t in available.items())
    if language:
        code = lt.resolve(language)
        if code is None:
            raise ValidationError(
                "language",
                translate(
                    "services.family_letter", "There is no letter template in '{language}'. Templates: {names}."
                ).format(language=language, names=names),
            )
        return available[code]
    code = lt.resolve(liaison.preferred_language)
    if code is not None:
        return available[code]
    if not liaison.preferred_language:
        return available["en"]
    raise NoTemplateError(
        "language",
        translate(
            "services.family_letter",
            "{full_name}'s preferred language is {preferred_language}, and there is no "
            "letter template in it (templates: {names}). Write the letter in English (--lang "
            "en), or add a template to resources/letters/.",
        ).format(full_name=liaison.kin.full_name, preferred_language=liaison.preferred_language, names=names),
    )


# --- the letter's words ---------------------------------------------------------------------


def _has_script(text: str | None, tmpl: lt.LetterTemplate) -> bool:
    return bool(text) and tmpl.code == "hi" and any("\u0900" <= ch <= "\u097f" for ch in text)


def _name(person: Person, tmpl: lt.LetterTemplate) -> str:
    """A person's name as the letter's language writes it: the native-script name when the
    letter is in that script, else the name as recorded."""
    return person.name_native if _has_script(person.name_native, tmpl) else person.full_name


def _said(entry: SharedEntryView, tmpl: lt.LetterTemplate, hostage: str) -> str:
    if entry.kind == "status" and entry.wording is None and entry.status is not None:
        return tmpl.status_text(entry.status.value, hostage)
    return entry.said


def _officer(session: Session, liaison: FamilyLiaison, case: Case) -> User | None:
    if liaison.plan_owner is not None:
        return liaison.plan_owner
    return session.get(User, case.lead_caseworker_id) if case.lead_caseworker_id else None


def build_letter(
    session: Session,
    case: Case,
    liaison: FamilyLiaison,
    tmpl: lt.LetterTemplate,
    entries: list[SharedEntryView],
    first: date,
    last: date,
    today: date,
    anchor: str,
) -> FamilyLetter:
    """The letter's every word, from the template and the shareable entries."""
    tz = zone(case.timezone)
    post = case.post
    hostage = _name(liaison.hostage, tmpl)
    kin = _name(liaison.kin, tmpl)
    place = ", ".join(p for p in (post.city, COUNTRIES.get(post.country, post.country)) if p)
    officer = _officer(session, liaison, case)
    after = [tmpl.say("closing")]
    if officer is not None:
        after.append(tmpl.say("officer", post=post.name, officer=officer.display_name))
        if officer.email:
            after.append(tmpl.say("officer_email", officer=officer.display_name, email=officer.email))
    after.append(tmpl.say("reach", post=post.name))
    items = [
        LetterItem(lt.format_date(as_utc(e.at).astimezone(tz).date(), tmpl), _said(e, tmpl, hostage)) for e in entries
    ]
    address = [line.strip() for line in (liaison.address or "").splitlines() if line.strip()]
    return FamilyLetter(
        language=tmpl.code,
        sender=[post.name, place],
        date_text=lt.format_date(today, tmpl),
        recipient=[kin, *address],
        subject=tmpl.say("subject", hostage=hostage),
        salutation=tmpl.say("salutation", kin=kin),
        intro=tmpl.say("intro", hostage=hostage, start=lt.format_date(first, tmpl), end=lt.format_date(last, tmpl)),
        items_heading=tmpl.say("items_heading"),
        items=items,
        no_items=tmpl.say("no_items", hostage=hostage),
        after=after,
        sign_off=tmpl.say("sign_off"),
        signature=[officer.display_name, post.name] if officer is not None else [post.name],
        footer=tmpl.say("footer", anchor=anchor, page="{page}"),
        title=tmpl.say("subject", hostage=hostage),
    )


# --- the check against restricted content --------------------------------------------------------

_FRAGMENT_SPLIT = re.compile(r"[.!?;:\n\u0964\u0965]+")
#: A restricted fragment shorter than this (in characters, folded) is too common to tell
#: anything ("Call", "Met them"); longer ones are checked wherever they appear.
FRAGMENT_MIN = 12


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def restricted_fragments(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(where, fragment) of every sentence of restricted text long enough to tell something,
    and every whole restricted text, folded for comparison."""
    found: dict[str, str] = {}
    for where, text in texts:
        whole = _fold(text)
        if len(whole) >= FRAGMENT_MIN or (len(whole) >= 4 and " " not in whole and where.endswith("(name)")):
            found.setdefault(whole, where)
        for piece in _FRAGMENT_SPLIT.split(text):
            folded = _fold(piece).strip(" ,-–—\"'()")
            if len(folded) >= FRAGMENT_MIN and " " in folded:
                found.setdefault(folded, where)
    return [(where, fragment) for fragment, where in found.items()]


def check_letter(letter: FamilyLetter, restricted: list[tuple[str, str]]) -> None:
    """Raise RestrictedContentError if the letter repeats any restricted fragment."""
    printed = [(text, _fold(text)) for text in letter.all_text() if text]
    joined = "\n".join(f for _t, f in printed)
    for where, fragment in restricted_fragments(restricted):
        if fragment in joined:
            line = next((t for t, f in printed if fragment in f), fragment)
            raise RestrictedContentError(
                translate(
                    "services.family_letter",
                    "The letter would repeat restricted content of {where} (in “{line}”), so it was "
                    "not written. Change the wording for the family of that entry (consular share "
                    "... --wording), or unmark it.",
                ).format(where=where, line=line[:120])
            )


def default_letter_path(reference: str, kin_name: str, language: str, at: datetime) -> Path:
    """Where the app keeps a letter it writes: a private folder (0700) in the user's data
    folder, like briefs (a letter names a family and what happened to them)."""
    slug = "-".join(re.findall(r"[a-z0-9]+", kin_name.casefold())) or "kin"
    folder = paths.private_dir(paths.data_dir() / "letters")
    return folder / f"{reference.strip().upper()}-letter-{slug}-{language}-{as_utc(at):%Y%m%d-%H%M%S}.pdf"


# --- actions -----------------------------------------------------------------------------------


@action("family_letter.letter_options")
def letter_options(ctx: ServiceContext, reference: str, kin: int | str) -> LetterOptions:
    """What a family update letter to ``kin`` (next-of-kin id, kin's person id or name) would
    be: their preferred language and its template (None when there is none: offer English),
    the templates, the default period and how many entries it would hold."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        liaison = _liaison(session, case, kin)
        first, last = _period(ctx, case, None, None)
        liaison_id, kin_name, hostage_name = liaison.id, liaison.kin.full_name, liaison.hostage.full_name
        preferred, person_id = liaison.preferred_language, liaison.hostage_person_id
    start, end = _bounds(case, first, last)
    count = len(family_share.shareable_entries(ctx, reference, hostage_person_id=person_id, start=start, end=end))
    return LetterOptions(
        liaison_id=liaison_id,
        kin_name=kin_name,
        hostage_name=hostage_name,
        preferred_language=preferred,
        language=lt.resolve(preferred) if preferred else "en",
        languages=[(code, t.name) for code, t in lt.templates().items()],
        start=first,
        end=last,
        shareable=count,
    )


@action("family_letter.issue_letter")
def issue_letter(
    ctx: ServiceContext,
    reference: str,
    kin: int | str,
    path: str | Path,
    *,
    language: str | None = None,
    start: date | str | None = None,
    end: date | str | None = None,
) -> IssuedLetter:
    """Write the family update letter to ``kin`` (a next-of-kin id, the kin's person id, or a
    unique part of their name) at ``path``: the entries of [start, end] (days in the case's
    zone; default from the incident to today) marked shareable with family that concern
    their hostage, in date order and in their family wording.

    ``language``: a template code or language name; by default the kin's preferred language.
    Raises NoTemplateError (a ValidationError) when there is no template in the preferred
    language (the message offers English), RestrictedContentError when the letter would repeat
    restricted content (nothing written), PermissionDeniedError outside the case's team,
    NotFoundError / ValidationError for an unknown kin or bad dates, and the errors of
    :func:`consular.services.outputs.deliver` when the file cannot be written or recorded.
    """
    from consular.reports import family_letter_pdf

    target = Path(path)
    with ctx.transaction() as session:
        case = load_case(session, reference)
        _require_team(ctx, session, case)
        liaison = _liaison(session, case, kin)
        tmpl = _pick_template(liaison, language)
        first, last = _period(ctx, case, start, end)
        window = _bounds(case, first, last)
        head = outputs.read_anchor(session)
        anchor = outputs.anchor_text(head)
        restricted = repo.restricted_texts(session, case.id)
        case_id, liaison_id, person_id, kin_name = case.id, liaison.id, liaison.hostage_person_id, liaison.kin.full_name
        today = ctx.now().astimezone(zone(case.timezone)).date()
    entries = family_share.shareable_entries(
        ctx, reference, hostage_person_id=person_id, start=window[0], end=window[1]
    )
    with ctx.transaction() as session:
        case = session.get(Case, case_id)
        liaison = session.get(FamilyLiaison, liaison_id)
        letter = build_letter(session, case, liaison, tmpl, entries, first, last, today, anchor)
    check_letter(letter, restricted)

    def write(temp: Path) -> None:
        family_letter_pdf.render(letter, temp)

    def authorise(session, sha256: str, size: int) -> None:
        ctx.audit(
            session,
            "family_letter.issue",
            "family_liaison",
            liaison_id,
            case_id=case_id,
            after={
                "kin": kin_name,
                "language": tmpl.code,
                "from": first.isoformat(),
                "to": last.isoformat(),
                "entries": [f"{e.kind}:{e.entry_id}" for e in entries],
                "file": target.name,
                "sha256": sha256,
                "bytes": size,
                "chain_head": anchor,
            },
        )

    delivered = outputs.deliver(
        ctx,
        target,
        write,
        authorise,
        action="family_letter.issue",
        entity="family_liaison",
        entity_id=liaison_id,
        case_id=case_id,
        anchor=head,
    )
    return IssuedLetter(
        path=str(delivered.path),
        language=tmpl.code,
        kin_name=kin_name,
        entries=len(entries),
        sha256=delivered.sha256,
        chain_head=anchor,
    )
