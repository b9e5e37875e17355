"""The brief's family liaison section names each next of kin's liaison officer "since DATE",
the earlier officers ("changed on DATE from X, reason") and the last family update; a
restricted update is left out of a brief without restricted content ("on record
(restricted)"). Read back from the issued PDF with pypdf."""

from __future__ import annotations

from pypdf import PdfReader

from consular.services import briefs, family_updates
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, KAYES


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def test_the_brief_names_officers_changes_and_last_updates(demo_db, tmp_path):
    ctx = ServiceContext(demo_db, actor_for(demo_db, CASEWORKER))
    family_updates.record_family_update(
        ctx, KAYES, kin="Sunita", channel="phone", what_told="Told her an audio message came; it is being checked."
    )
    data = briefs.brief_data(ctx, KAYES, include_restricted=True)
    by_name = {f.name: f for f in data.family}
    subrat = by_name["Subrat Mohanty"]
    assert subrat.officer == "Kiran Reddy" and subrat.officer_since is not None
    [change] = subrat.officer_changes
    assert change.from_officer == "Priyanka Das" and change.reason.startswith("Priyanka Das keeps Mr Mohanty")
    assert by_name["Sunita Verma"].last_update_text.startswith("Told her an audio message came")
    assert by_name["Mahesh Verma"].last_update_at is None and by_name["Mahesh Verma"].officer == "Anjali Sharma"

    team = briefs.issue_brief(ctx, KAYES, tmp_path / "team.pdf", include_restricted=True)
    text = _text(team.path)
    assert "Liaison officers and last family updates" in text
    assert "Subrat Mohanty — officer: Kiran Reddy since" in text
    assert "changed on" in text and "from Priyanka Das, Priyanka Das keeps Mr Mohanty" in text
    assert "Told her an audio message came" in text
    assert "Mahesh Verma — officer: Anjali Sharma since" in text and "No family update logged" in text

    # Without restricted content: the update covering the proof of life is left out, and said to exist.
    plain = briefs.brief_data(ctx, KAYES, since="2025-07-01")
    sunita = next(f for f in plain.family if f.name == "Sunita Verma")
    assert sunita.last_update_withheld and "audio" not in (sunita.last_update_text or "")
    assert sunita.last_update_text.startswith("Shared the employer's second-hand report")
    issued = briefs.issue_brief(ctx, KAYES, tmp_path / "plain.pdf", replaces=team.record_id)
    text = _text(issued.path)
    assert "audio message came" not in text and "On record (restricted)" in text
