"""The layers below the GUI in French and Hindi: user errors, enum labels, plurals and the
texts services build for display read in the chosen language, while what is stored (audit
entries, search documents, task titles) stays the same whoever was signed in in which language.

The catalogues are the shipped ones (resources/translations/consular_*.ts), read through
consular.i18n.
"""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select

from consular import i18n
from consular.db.engine import open_database
from consular.db.models import AuditEntry, SearchDocument, Task
from consular.domain import validation as v
from consular.domain.captivity import days_text, situation_label
from consular.domain.enums import CaseStatus, Channel, HostageStatus, UserRole
from consular.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from consular.domain.timeutil import humanize_ago
from consular.services import cases, counterparts, milestones, people, permissions
from consular.services.context import ServiceContext, actor_for
from consular.services.permission_texts import DESCRIPTIONS, ROLE_PLURALS
from tests.demo_data import VIEWER
from tests.fixtures_db import copy_database
from tests.service_helpers import add_hostage, aware, open_case


@pytest.fixture(autouse=True)
def fresh_catalogues():
    """Each test parses the shipped catalogues afresh."""
    i18n.reload()
    yield
    i18n.reload()


# --- plurals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [
        ("en", 1, "1 day"),
        ("en", 2, "2 days"),
        ("en", 0, "0 days"),
        ("fr", 0, "0 jour"),
        ("fr", 1, "1 jour"),
        ("fr", 2, "2 jours"),
        ("hi", 1, "1 दिन"),
        ("hi", 2, "2 दिन"),
    ],
)
def test_days_text_is_a_real_plural(language, n, expected):
    with i18n.using_language(language):
        assert days_text(n) == expected


def test_situation_and_age_in_french_and_hindi():
    start, now = aware(2025, 1, 1), aware(2025, 1, 3)
    with i18n.using_language("fr"):
        assert situation_label(HostageStatus.HELD, start, None, now) == "détenu depuis 2 jours"
        assert humanize_ago(aware(2025, 1, 2), now) == "il y a 1 jour"
    with i18n.using_language("hi"):
        assert situation_label(HostageStatus.UNACCOUNTED, start, None, now) == "2 दिन से लापता"
    with i18n.using_language("en"):
        assert situation_label(HostageStatus.HELD, start, None, now) == "held for 2 days"
        assert humanize_ago(aware(2025, 1, 2), now) == "1 day ago"


# --- enum labels ------------------------------------------------------------------------------


def test_enum_labels_follow_the_language_and_keep_an_english_form():
    with i18n.using_language("fr"):
        assert CaseStatus.OPEN.label == "Ouvert"
        assert Channel.IN_PERSON.label == "En personne"
        assert UserRole.CASEWORKER.label == "Chargé(e) de dossier"
        assert CaseStatus.OPEN.english_label == "Open"
    with i18n.using_language("hi"):
        assert HostageStatus.HELD.label == "बंदी"
        assert Channel.PHONE.label == "फ़ोन"
    assert CaseStatus.OPEN.label == "Open"  # English outside the blocks


def test_enum_parse_takes_value_english_and_current_language_labels():
    with i18n.using_language("fr"):
        assert Channel.parse("En personne") == Channel.IN_PERSON
        assert Channel.parse("In person") == Channel.IN_PERSON
        assert Channel.parse("in_person") == Channel.IN_PERSON
        with pytest.raises(ValidationError) as info:
            Channel.parse("pigeon")
        assert str(info.value) == (
            "« pigeon » n'est pas une valeur connue (canal de contact) ; utilisez l'une des suivantes : "
            "phone, in_person, email, video_call, letter, message"
        )
    with i18n.using_language("hi"):
        assert HostageStatus.parse("बंदी") == HostageStatus.HELD
        with pytest.raises(ValidationError, match="ज्ञात संपर्क माध्यम नहीं है"):
            Channel.parse("pigeon")
    with pytest.raises(ValidationError, match="'pigeon' is not a known contact channel"):
        Channel.parse("pigeon")


# --- validation errors ------------------------------------------------------------------------


def test_validation_errors_in_french_and_hindi():
    with i18n.using_language("fr"):
        with pytest.raises(ValidationError) as info:
            v.clean_text("  ", "reason", required=True)
        assert str(info.value) == "Le champ « motif » est obligatoire."
        with pytest.raises(ValidationError) as info:
            v.clean_text("x" * 1200, "title", max_length=1000)
        assert "Le champ « titre » compte 1\u202f200 caractères ; la limite est de 1\u202f000." in str(info.value)
    with i18n.using_language("hi"):
        with pytest.raises(ValidationError) as info:
            v.clean_text("", "reason", required=True)
        assert str(info.value) == "कारण आवश्यक है।"
        with pytest.raises(ValidationError) as info:
            v.email("not-an-address")
        assert str(info.value) == "'not-an-address' ई-मेल पता नहीं है (name@example.org)।"
    with pytest.raises(ValidationError, match=r"^The reason is required\.$"):
        v.clean_text("", "reason", required=True)


def test_a_service_validation_error_in_french(ctx):
    with i18n.using_language("fr"), pytest.raises(ValidationError) as info:
        open_case(ctx, incident_at="2099-01-01T00:00:00+00:00")
    assert str(info.value) == "L'heure de l'incident est dans le futur ; vérifiez la date et le fuseau horaire."


# --- not found and permission denied ------------------------------------------------------------


def test_not_found_in_french_and_hindi(ctx):
    with i18n.using_language("fr"), pytest.raises(NotFoundError) as info:
        cases.get_case(ctx, "BAM-1999-0099")
    assert str(info.value) == "Il n'y a pas de dossier « BAM-1999-0099 ». Vérifiez la référence (p. ex. BAM-2025-0001)."
    with i18n.using_language("hi"), pytest.raises(NotFoundError) as info:
        cases.get_case(ctx, "BAM-1999-0099")
    assert str(info.value) == "कोई मामला 'BAM-1999-0099' नहीं है। संदर्भ जाँचें (जैसे BAM-2025-0001)।"


def test_permission_denied_in_french_and_hindi(ctx, make_ctx):
    viewer = make_ctx(VIEWER)
    with i18n.using_language("fr"), pytest.raises(PermissionDeniedError) as info:
        open_case(viewer)
    name = viewer.actor.display_name
    assert str(info.value) == (
        f"{name} (lecteur) n'est pas autorisé(e) à ouvrir un dossier : seuls les chargés de dossier ou "
        "superviseurs ou administrateurs le sont."
    )
    with i18n.using_language("hi"), pytest.raises(PermissionDeniedError) as info:
        open_case(viewer)
    assert str(info.value) == (
        f"{name} (दर्शक) को यह अनुमति नहीं है: मामला खोलना। केवल मामला अधिकारियों या पर्यवेक्षकों या प्रशासकों को यह अनुमति है।"
    )
    with pytest.raises(PermissionDeniedError) as info:
        open_case(viewer)
    assert str(info.value) == (
        f"{name} (viewer) may not open a case: only caseworkers or supervisors or administrators may."
    )


def test_every_action_description_is_marked_for_translation():
    """A refusal translates the description of the action it names: each one must be listed in
    services/permission_texts.py, or lupdate never extracts it."""
    described = {what for _roles, what in permissions.MATRIX.values()}
    assert described - DESCRIPTIONS == set()
    assert set(ROLE_PLURALS) == {r.value for r in UserRole}


# --- what is stored does not depend on the language ----------------------------------------------


_STAMP = re.compile(r"\d{4}-\d\d-\d\d[T ][\d:.+]+(Z|[+-]\d\d:\d\d)?")


def _work(ctx: ServiceContext) -> None:
    """Open a case, add a national and a counterpart, record a release (which opens the
    repatriation checklist: stored task titles) and a public statement."""
    case = open_case(ctx)
    person = add_hostage(ctx, case.reference)
    counterparts.add_counterpart(ctx, case.reference, name="Col. Traoré", category="host_government", role="Liaison")
    people.change_hostage_status(
        ctx,
        case.reference,
        person.person.id,
        "released",
        effective_at="2025-08-01T10:00:00+00:00",
        source="Host authorities",
        confirm_name="Ravi Kumar Verma",
    )
    milestones.add_milestone(
        ctx,
        case.reference,
        kind="public_statement",
        occurred_at="2025-08-02T09:00:00+00:00",
        title="Ministry statement",
    )


def _stored(ctx: ServiceContext) -> dict:
    with ctx.database.session() as session:
        tasks = sorted(session.scalars(select(Task.title)))
        documents = sorted(
            (d.entity, d.title, d.body) for d in session.scalars(select(SearchDocument)) if d.entity != "user"
        )
        audit = [
            (a.action, a.entity, _STAMP.sub("T", a.before or ""), _STAMP.sub("T", a.after or ""))
            for a in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]
    return {"tasks": tasks, "search": documents, "audit": audit}


def test_stored_text_is_the_same_in_french_and_english(ctx, reference_template, tmp_path):
    french_db = open_database(copy_database(reference_template, tmp_path / "french.db"))
    french = ServiceContext(french_db, actor_for(french_db, "admin"), ctx.settings, ctx.clock)
    try:
        with i18n.using_language("fr"):
            assert HostageStatus.RELEASED.label == "Libéré"  # the French catalogue is really in use
            _work(french)
        _work(ctx)
        in_french, in_english = _stored(french), _stored(ctx)
    finally:
        french_db.dispose()
    assert in_english["tasks"], "a release opens the repatriation checklist"
    assert "Return: travel document — Ravi Kumar Verma" in in_english["tasks"]
    assert any("Host government" in body for _e, _t, body in in_english["search"])
    assert json.dumps(in_french, ensure_ascii=False) == json.dumps(in_english, ensure_ascii=False)


# --- texts services build for display --------------------------------------------------------------


def test_case_list_export_has_french_headers_and_labels(ctx, tmp_path):
    import csv

    from consular.services import lists

    case = open_case(ctx)
    with i18n.using_language("fr"):
        lists.export_case_list(ctx, tmp_path / "dossiers.csv", described="x")
    with (tmp_path / "dossiers.csv").open(newline="", encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    assert table[0][:5] == ["Référence", "Titre", "Type", "Statut", "Priorité"]
    row = next(r for r in table[1:] if r[0] == case.reference)
    assert row[2] == "Prise d'otages par un groupe non étatique" and row[3] == "Ouvert"


def test_timeline_events_read_in_hindi(ctx):
    from consular.services import timeline

    case = open_case(ctx)
    add_hostage(ctx, case.reference)
    with i18n.using_language("hi"):
        shown = timeline.case_timeline(ctx, case.reference)
    titles = [e.title for e in shown.events]
    assert any(t.startswith("घटना: ") for t in titles), titles
    assert "मामला खोला गया" in titles


def test_a_french_timeline_export_records_its_scope_in_english(ctx, tmp_path):
    from consular.services import timeline

    case = open_case(ctx)
    with i18n.using_language("fr"):
        timeline.export_timeline(ctx, case.reference, "csv", tmp_path / "chronologie.csv")
    with ctx.database.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "timeline.export").order_by(AuditEntry.id.desc())
        ).first()
    assert json.loads(entry.after)["scope"] == "restricted entries shown as placeholders (date and type only)"
    text = (tmp_path / "chronologie.csv").read_text(encoding="utf-8-sig")
    assert "Dossier ouvert" in text  # the file itself is in French
