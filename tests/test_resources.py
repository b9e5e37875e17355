"""The shipped resources are present and usable: icons exist, fonts cover the scripts names
are written in, translations are complete. (Drawing icons, applying stylesheets and loading
translations with Qt: tests/gui/test_resources_qt.py.)"""

import xml.etree.ElementTree as ET

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from consular import paths

# Icons the GUI is built against; a missing one would show as a blank button.
ICON_NAMES = [
    "app", "case", "new-case", "contact", "log-contact", "search", "dashboard",
    "people", "hostage", "family", "task", "task-done", "milestone", "document",
    "timeline", "brief", "export", "refresh", "warning", "error", "info",
    "restricted", "open-db", "new-db", "quit", "about", "settings", "filter",
    "calendar", "status",
]  # fmt: skip

LATIN_ACCENTED = [c for c in range(0xC0, 0x180) if c not in (0xD7, 0xF7)]
DEVANAGARI = list(range(0x900, 0x980))


def _letters(text: str) -> list[int]:
    return sorted({ord(c) for c in text if not c.isspace()})


# Every letter and sign of the native-script names in seeds/demo, and more of each script's
# common letters; Urdu needs the letters Arabic lacks (ٹ ڈ ڑ ں ھ ہ ی ے ۓ).
GURMUKHI = _letters("ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ ਅਆਇਈਉਊਏਐਓਔਕਖਗਘਙਚਛਜਝਞਟਠਡਢਣਤਥਦਧਨਪਫਬਭਮਯਲਵੜਸ਼ਖ਼ਗ਼ਜ਼ਫ਼ਾਿੀੁੂੇੈੋੌ੍ੰੱਂ।")
ODIA = _letters("ବିଜୟ କୁମାର ମହାନ୍ତି ସୁବ୍ରତ ଅଆଇଈଉଊଏଐଓଔକଖଗଘଙଚଛଜଝଞଟଠଡଢଣତଥଦଧନପଫବଭମଯରଲଳଵଶଷସହାିୀୁୂେୈୋୌ୍ଂଃ")
TELUGU = _letters("గడ్డం లక్ష్మి అఆఇఈఉఊఎఏఐఒఓఔకఖగఘఙచఛజఝఞటఠడఢణతథదధనపఫబభమయరలవశషసహళాిీుూెేైొోౌ్ంః")
MALAYALAM = _letters("അരുൺ മാത്യു പ്രകാശ് നായർ ജിൻസി ബിജു അആഇഈഉഊഎഏഐഒഓഔകഖഗഘങചഛജഝഞടഠഡഢണതഥദധനപഫബഭമയരലവശഷസഹളഴറാിീുൂെേൈൊോൌ്ംൻർൽൾൺ")
URDU = _letters("محمد عرفان شیخ شبنم عبدالرشید ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےۓ،۔؟")


def test_every_named_icon_exists():
    missing = [name for name in ICON_NAMES if not (paths.icons_dir() / f"{name}.svg").exists()]
    assert not missing


@pytest.mark.parametrize(
    ("font", "codepoints"),
    [
        ("NotoSans-Regular", LATIN_ACCENTED),
        ("NotoSans-Bold", LATIN_ACCENTED),
        ("NotoSansDevanagari-Regular", DEVANAGARI),
        ("NotoSansDevanagari-Bold", DEVANAGARI),
        ("NotoSansGurmukhi-Regular", GURMUKHI),
        ("NotoSansGurmukhi-Bold", GURMUKHI),
        ("NotoSansOriya-Regular", ODIA),
        ("NotoSansOriya-Bold", ODIA),
        ("NotoSansTelugu-Regular", TELUGU),
        ("NotoSansTelugu-Bold", TELUGU),
        ("NotoSansMalayalam-Regular", MALAYALAM),
        ("NotoSansMalayalam-Bold", MALAYALAM),
        ("NotoNaskhArabic-Regular", URDU),
        ("NotoNaskhArabic-Bold", URDU),
    ],
)
def test_font_covers_its_script(font, codepoints):
    cmap = TTFontFile(str(paths.font_path(font))).charToGlyph
    missing = [f"U+{c:04X}" for c in codepoints if c not in cmap]
    assert not missing


def test_every_script_font_ships_and_covers_the_names_in_the_demo_seeds():
    import tomllib

    from consular.reports import fonts

    for script in fonts.SCRIPT_FONTS:
        for name in (f"{script.regular}-Regular", script.bold):
            assert paths.font_path(name).is_file()
    names = []
    for seed in sorted((paths.seeds_dir() / "demo").glob("*.toml")):
        data = tomllib.loads(seed.read_text(encoding="utf-8"))
        for case in data.get("cases", []):
            names += [
                p["name_native"] for p in case.get("people", []) + case.get("next_of_kin", []) if p.get("name_native")
            ]
    assert len(names) > 10
    undrawable = {name for name in names if not all(fonts.can_draw(ch) for ch in name)}
    assert not undrawable


def test_font_licence_ships_with_the_fonts():
    text = (paths.fonts_dir() / "LICENSE-OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in text or "Open Font License" in text
    assert "Google" in text


def test_french_translation_source_is_complete():
    ts = paths.translations_dir() / "consular_fr.ts"
    root = ET.parse(ts).getroot()
    assert root.tag == "TS" and root.get("language", "").startswith("fr")
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    assert "MainWindow" in contexts
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None and translation.text, message.findtext("source")
        assert translation.get("type") not in ("unfinished", "obsolete")
