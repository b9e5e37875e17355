"""The status brief, the timeline PDF and the report PDF in French and Hindi (issue 15).

A brief is issued in the language asked for, whatever the session's: it is gathered and
drawn inside ``consular.i18n.using_language``. These tests point the catalogue at this
catalogues (resources/translations/consular_*.ts) and read the PDFs back with pypdf:
French headings as text; Hindi by which font drew which letters (shaped Devanagari does not
extract as typed, see tests/pdf_helpers.py) and by the absence of empty boxes.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from consular import i18n, paths
from consular.cli.main import main as cli_main
from consular.domain.errors import ValidationError
from consular.services import briefs
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import KAYES, SUPERVISOR
from tests.pdf_helpers import letters, missing_glyphs, text_by_font

AS_OF = datetime(2025, 7, 25, 18, 0, tzinfo=UTC)
PART = paths.resources_dir() / "translations" / "consular_{}.ts"


@pytest.fixture
def parts(monkeypatch):
    """Translate from the shipped catalogues, parsed afresh."""
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: Path(str(PART).format(code)))
    i18n.reload()
    yield
    i18n.reload()


@pytest.fixture
def ctx(demo_db) -> ServiceContext:
    return ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR))


def pages_text(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def consonants(word: str) -> set[str]:
    """The base letters of ``word``: its vowel signs and viramas may be drawn as part of a
    shaped glyph (a conjunct such as स्थ) that extracts as a private-use code point."""
    return {ch for ch in letters(word) if unicodedata.category(ch) == "Lo"}


def devanagari_drawn(path: Path) -> str:
    """Everything drawn in a Devanagari face over the whole PDF."""
    drawn = []
    for page in PdfReader(str(path)).pages:
        drawn += [text for font, text in text_by_font(page).items() if "Devanagari" in font]
    return "".join(drawn)


def test_a_brief_in_french_reads_in_french_from_an_english_session(parts, ctx, tmp_path):
    assert i18n.language() == "en"
    result = briefs.issue_brief(ctx, KAYES, tmp_path / "fr.pdf", since="2025-07-01", as_of=AS_OF, language="fr")
    pages = pages_text(result.path)
    text = " ".join(pages)
    for heading in ("Note de situation", "Synthèse", "Ressortissants concernés", "Liaison avec les familles"):
        assert heading in text, heading
    assert "Tâches en cours" in text and "Dernier contact avec les autorités" in text
    assert "juil. 2025" in text  # dates in French
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} sur {len(pages)}" in page
        assert "CONFIDENTIAL" in page or "CONFIDENTIEL" in page  # the marking on every page
        assert "Tête de la chaîne d’audit" in page  # and the chain head
    for page in PdfReader(str(result.path)).pages:
        assert missing_glyphs(page) == {}  # no-break spaces and ’ included
    for english in ("Nationals concerned", "Family liaison", "Open tasks", "Key developments", "Page 1 of"):
        assert english not in text, english
    assert KAYES in text  # data stays as typed
    assert i18n.language() == "en"  # the session's language is untouched


def test_a_brief_in_hindi_is_drawn_in_shaped_devanagari_without_boxes(parts, ctx, tmp_path):
    result = briefs.issue_brief(
        ctx, KAYES, tmp_path / "hi.pdf", since="2025-07-01", as_of=AS_OF, language="hi", draft=True
    )
    drawn = devanagari_drawn(result.path)
    # "सारांश" (brief), "परिवार" (family), "नागरिक" (nationals), "मसौदा" (draft): words without conjuncts.
    for word in ("सारांश", "परिवार", "नागरिक", "मसौदा"):
        assert consonants(word) <= letters(drawn), word
    # Shaped: conjuncts (स्थ, ष्ठ) are glyphs of their own, which extract as private-use code points.
    assert any(unicodedata.category(ch) == "Co" for ch in drawn)
    reader = PdfReader(str(result.path))
    for page in reader.pages:
        assert missing_glyphs(page) == {}
    text = " ".join(pages_text(result.path))
    assert KAYES in text  # the Latin reference inside Hindi text still prints
    for english in ("Nationals concerned", "Family liaison", "Status brief", "Page 1 of", "DRAFT"):
        assert english not in text, english


def test_errors_keep_the_language_of_whoever_asked(parts, ctx, tmp_path):
    with pytest.raises(ValidationError, match="The start of the period is in the future"):
        briefs.issue_brief(ctx, KAYES, tmp_path / "x.pdf", since="2030-01-01", as_of=AS_OF, language="hi")
    with i18n.using_language("fr"), pytest.raises(ValidationError, match="Le début de la période est dans le futur"):
        briefs.issue_brief(ctx, KAYES, tmp_path / "x.pdf", since="2030-01-01", as_of=AS_OF, language="en")
    with pytest.raises(ValidationError, match="not a language a brief can be issued in"):
        briefs.issue_brief(ctx, KAYES, tmp_path / "x.pdf", as_of=AS_OF, language="de")


def test_the_audit_entry_records_the_brief_language(parts, ctx, tmp_path):
    from sqlalchemy import select

    from consular.db.models import AuditEntry

    briefs.issue_brief(ctx, KAYES, tmp_path / "hi.pdf", since="2025-07-01", as_of=AS_OF, language="hi")
    with ctx.transaction() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "brief.issue")).all()[-1]
        assert json.loads(entry.after)["language"] == "hi"


def test_consular_brief_lang_writes_the_brief_in_that_language(
    parts, demo_db, demo_password_file, monkeypatch, tmp_path, capsys
):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))
    out = tmp_path / "cli-fr.pdf"
    argv = ["--db", str(demo_db.path), "--user", SUPERVISOR, "brief", KAYES, "-o", str(out)]
    assert cli_main([*argv, "--since", "2025-07-18", "--lang", "fr"]) == 0
    printed = capsys.readouterr().out
    assert "pages" in printed  # the messages stay in the session's language (English here)
    text = " ".join(pages_text(out))
    assert "Note de situation" in text and "Synthèse" in text


def test_timeline_pdf_in_hindi_and_french(parts, ctx, tmp_path):
    from consular.reports.timeline_pdf import build_pdf
    from consular.services import timeline

    built = timeline.case_timeline(ctx, KAYES)
    with i18n.using_language("fr"):
        build_pdf(built, tmp_path / "fr.pdf")
    text = " ".join(pages_text(tmp_path / "fr.pdf"))
    assert "Chronologie du dossier" in text and "Page 1 sur" in text and "Heure locale" in text
    with i18n.using_language("hi"):
        build_pdf(built, tmp_path / "hi.pdf")
    drawn = devanagari_drawn(tmp_path / "hi.pdf")
    for word in ("समयरेखा", "मामले", "घटनाएँ"):
        assert consonants(word) <= letters(drawn), word
    for page in PdfReader(str(tmp_path / "hi.pdf")).pages:
        assert missing_glyphs(page) == {}


# --- reports across cases and exports -----------------------------------------------------------


def test_report_pdf_and_workbook_in_french_and_hindi(parts, demo_db, tmp_path):
    from openpyxl import load_workbook

    from consular.domain.clock import FixedClock
    from consular.services import reports
    from consular.services.context import Settings

    ctx = ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR), Settings(), FixedClock(AS_OF))
    period = {"start": "2024-01-01", "end": "2025-07-25"}
    with i18n.using_language("fr"):
        report = reports.export_report(ctx, "monthly", None, tmp_path / "fr.pdf", **period)
        reports.export_report(ctx, "monthly", "xlsx", tmp_path / "fr.xlsx", **period)
    pages = pages_text(tmp_path / "fr.pdf")
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} sur {len(pages)}" in page
        assert f"Tête de la chaîne d’audit {report.chain_head}" in page and report.marking in page
    text = " ".join(pages)
    assert "tous les postes" in text and "Fin du rapport" in text and "Génération :" in text
    about = load_workbook(tmp_path / "fr.xlsx")["About"]
    labels = [row[0].value for row in about.iter_rows()]
    assert labels[:5] == ["Rapport", "Classification", "Périmètre", "Génération", "Tête de la chaîne d’audit"]

    with i18n.using_language("hi"):
        reports.export_report(ctx, "monthly", None, tmp_path / "hi.pdf", **period)
    drawn = devanagari_drawn(tmp_path / "hi.pdf")
    for word in ("रिपोर्ट", "मिशन", "समाप्त"):  # "— रिपोर्ट समाप्त —", "सभी मिशन"
        assert consonants(word) <= letters(drawn), word
    for page in PdfReader(str(tmp_path / "hi.pdf")).pages:
        assert missing_glyphs(page) == {}


def test_chart_words_in_hindi_are_set_in_devanagari_not_boxes(parts, tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from consular.reports import charts
    from consular.reports.report_pdf import ChartFlowable

    chart = charts.BarChart("c", "मासिक मामले", ("जुल॰", "अग॰"), (charts.Series("खुले", (3.0, 5.0)),))
    empty = charts.SparkTable("s", "देश के अनुसार", (), ())
    canvas = Canvas(str(tmp_path / "chart.pdf"), pagesize=A4)
    with i18n.using_language("hi"):
        for n, flowable in enumerate((ChartFlowable(chart, 300, 170), ChartFlowable(empty, 300, 60))):
            flowable.wrapOn(canvas, 300, 200)
            flowable.drawOn(canvas, 40, 600 - 220 * n)
    canvas.save()
    page = PdfReader(str(tmp_path / "chart.pdf")).pages[0]
    drawn = "".join(text for font, text in text_by_font(page).items() if "Devanagari" in font)
    for word in ("मासिक", "मामले", "खुले", "दिखाने"):  # the last from "इस चयन के लिए दिखाने को कुछ नहीं"
        assert consonants(word) <= letters(drawn), word
    assert missing_glyphs(page) == {}


def test_list_export_headers_and_about_sheet_follow_the_language(parts, tmp_path):
    import csv

    from openpyxl import load_workbook

    from consular.reports import list_export

    export = list_export.ListExport(
        title="Liste des dossiers",
        columns=(list_export.ListColumn("Reference"), list_export.ListColumn("Held", "int")),
        rows=[("BAM-2025-0001", 3)],
        filters="",
        marking="RESTRICTED",
        generated_at=AS_OF,
        generated_by="Vikram Iyer",
        chain_head="12:abcdef",
    )
    for name in ("list.xlsx", "list.csv"):
        (tmp_path / name).touch()  # the renderers fill a temporary file the service made
    with i18n.using_language("fr"):
        list_export.render_xlsx(export, tmp_path / "list.xlsx")
        list_export.render_csv(export, tmp_path / "list.csv")
    about = load_workbook(tmp_path / "list.xlsx")["About"]
    cells = {row[0].value: row[1].value for row in about.iter_rows()}
    assert cells["Liste"] == "Liste des dossiers" and cells["Filtres"] == "aucun"
    assert cells["Tête de la chaîne d’audit"] == "12:abcdef"
    with open(tmp_path / "list.csv", encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[-1] == "chain_head"  # the machine-read column keeps its name in every language
