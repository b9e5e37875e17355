"""Per-script font switching for the PDFs (consular.reports.fonts.markup): which font each
word gets, whole words only, and right-to-left runs set so that reportlab draws them in the
right order. The briefs and the timeline tests check the drawn result in real PDFs."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from consular.reports import fonts
from tests.pdf_helpers import has_joined_forms, logical_arabic

NBSP = "\u00a0"


def fonted(html: str) -> list[tuple[str, str]]:
    """(font name, text) of each <font> tag in ``html``."""
    return re.findall(r'<font name="([^"]+)">(.*?)</font>', html)


def test_each_indic_word_is_set_whole_in_its_scripts_font():
    html = fonts.markup("Srinivas Gaddam (श्रीनिवास गड्डम), Lakshmi (గడ్డం లక్ష్మి), ବିଜୟ ਹਰਪ੍ਰੀਤ ജിൻസി <b>")
    # Reportlab shapes a word with the font of its first fragment, so brackets and commas
    # go into the script font with the word (these fonts have them) rather than apart.
    assert fonted(html) == [
        ("NotoSansDevanagari", "(श्रीनिवास"),
        ("NotoSansDevanagari", "गड्डम),"),
        ("NotoSansTelugu", "(గడ్డం"),
        ("NotoSansTelugu", "లక్ష్మి),"),
        ("NotoSansOriya", "ବିଜୟ"),
        ("NotoSansGurmukhi", "ਹਰਪ੍ਰੀਤ"),
        ("NotoSansMalayalam", "ജിൻസി"),
    ]
    assert html.startswith("Srinivas Gaddam <font") and html.endswith("&lt;b&gt;")


def test_a_word_mixing_scripts_becomes_one_word_per_font():
    # The Telugu font has no Latin letters: "Gaddamగడ్డం" drawn as one word would be boxes.
    html = fonts.markup("Gaddamగడ్డం")
    assert html == 'Gaddam <font name="NotoSansTelugu">గడ్డం</font>'


def test_bold_uses_the_bold_face_of_each_script():
    html = fonts.markup("Lakshmi గడ్డం", bold=True)
    assert html == '<b>Lakshmi <font name="NotoSansTelugu-Bold">గడ్డం</font></b>'


def test_a_danda_goes_with_the_script_of_its_sentence():
    assert fonted(fonts.markup("ਠੀਕ ਹੈ।")) == [("NotoSansGurmukhi", "ਠੀਕ"), ("NotoSansGurmukhi", "ਹੈ।")]


def test_an_urdu_run_is_one_unbreakable_word_in_harfbuzz_order():
    html = fonts.markup("Shabnam Shaikh (شبنم شیخ), wife")
    # The brackets are not in the Naskh font, so they stand apart; the run between them is
    # one word (no-break spaces) that HarfBuzz lays out right to left.
    assert html == 'Shabnam Shaikh ( <font name="NotoNaskhArabic">شبنم' + NBSP + "شیخ</font> ), wife"


def test_numbers_and_end_punctuation_in_a_right_to_left_run():
    # HarfBuzz reverses the whole run, so the digits of "12.5" are fed reversed to come out
    # left to right, and the full stop after the run is moved to stay after it.
    assert fonted(fonts.markup("وزن 12.5 کلو.")) == [("NotoNaskhArabic", "." + "وزن" + NBSP + "5.21" + NBSP + "کلو")]


def test_a_long_right_to_left_run_is_set_as_lines_of_whole_words():
    words = ["محمد", "عرفان", "شیخ", "سے", "ملاقات", "ہوئی", "اور", "انہوں", "نے", "بتایا"]
    html = fonts.markup("Note: " + " ".join(words) + " end")
    parts = html.split("<br/>")
    assert parts[0] == "Note: " and parts[-1] == "end"
    lines = [text.replace(NBSP, " ") for _font, text in fonted(html)]
    assert " ".join(lines).split() == words  # reading order, nothing lost
    assert all(len(line) <= fonts.RTL_LINE_MAX for line in lines) and len(lines) == len(parts) - 2


def test_without_shaping_urdu_is_a_marker_not_reversed_letters(monkeypatch):
    monkeypatch.setattr(fonts, "SHAPING", 0)
    assert fonts.markup("Shabnam شبنم شیخ") == "Shabnam [Arabic script]"


def test_needs_shaping_for_every_script_font():
    for text in ("रवि", "ਹਰ", "ବିଜୟ", "గడ్డం", "ജിൻസി", "شبنم"):
        assert fonts.needs_shaping(text), text
    assert not fonts.needs_shaping("Zoë Łukasik, Ségou")


@pytest.mark.skipif(not fonts.SHAPING, reason="needs uharfbuzz")
def test_a_drawn_urdu_name_reads_right_to_left():
    fonts.register_fonts()
    style = ParagraphStyle("t", fontName=fonts.SANS, fontSize=10, leading=13, shaping=1)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(fonts.markup("Irfan: محمد عرفان شیخ"), style)])
    text = PdfReader(buffer).pages[0].extract_text()
    assert has_joined_forms(text)
    assert "محمد عرفان شیخ" in logical_arabic(text)


def test_printable_drops_controls_and_names_scripts_no_font_can_draw():
    assert fonts.printable("Ségou\x00\x07 रवि", one_line=True) == "Ségou रवि"
    assert fonts.printable("שלום עליכם and more") == "[Hebrew script] and more"
    for name in ("గడ్డం లక్ష్మి", "ବିଜୟ କୁମାର", "ਹਰਪ੍ਰੀਤ ਸਿੰਘ", "ജിൻസി അരുൺ", "محمد عرفان شیخ"):
        assert fonts.printable(name) == name
    assert fonts.printable("line one\r\nline two") == "line one\nline two"
    assert fonts.printable("line one\nline two", one_line=True) == "line one line two"
    assert fonts.printable("x" * 50, limit=10).startswith("xxxxxxxxxx … [cut")


def test_markup_sets_a_marker_for_scripts_without_a_shipped_font():
    # Every report that goes through markup gets the markers, not boxes (the brief and the
    # timeline PDFs both do; see test_briefs and test_timeline for the drawn result).
    html = fonts.markup("Call with David Levi (דוד לוי) and Wang Wei (王伟) 🙂 <ok>", bold=True)
    assert html == (
        "<b>Call with David Levi ([Hebrew script]) and Wang Wei ([Chinese/Japanese script]) [symbol] &lt;ok&gt;</b>"
    )
    assert fonts.markup("a\r\nb", one_line=True) == "a b" and fonts.markup("a\r\nb") == "a<br/>b"
    assert fonts.markup("x" * 50, limit=10).startswith("xxxxxxxxxx … [cut")
