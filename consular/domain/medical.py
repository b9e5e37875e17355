"""What a person's medical-needs field says: needs, or an explicit "none"."""

from __future__ import annotations

import re
import unicodedata

# The whole field, once lower-cased and stripped of punctuation, saying there is nothing:
# "None", "None known.", "N/A", "nil", "No known conditions", "no medical needs".
_NOTHING = re.compile(
    r"(none|nil|nothing|n ?a|no|not known|unknown|none (known|reported|declared)"
    r"|no (known )?(medical )?(conditions?|needs|issues|problems))"
)


def has_medical_needs(text: str | None) -> bool:
    """True when ``text`` states a medical need; False when it is empty or only says there is
    none ("None known."). Anything more ("None known before the incident. After release:
    dehydration") counts as needs: better a flag too many than a need missed."""
    if not text:
        return False
    words = re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return bool(words) and _NOTHING.fullmatch(words) is None
