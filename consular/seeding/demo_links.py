"""Linked cases in the demo seed: ``[[links]]`` tables naming two cases by their seed keys.

    [[links]]
    cases = ["lome-2025", "delta-2024"]
    kind = "related"             # or "same_incident"
    note = "why they are linked"
    by = "p.das"                 # who links them: on both cases' teams, or a supervisor

Loaded after every case, through :func:`consular.services.case_links.link_cases`, so the same
rules apply as on screen. A pair linked already (a second load) is left as it is.
"""

from __future__ import annotations

from consular.domain.errors import UserError
from consular.i18n import translate
from consular.seeding.demo_schema import SeedError, check_keys, require
from consular.services import case_links

LINK_KEYS = {"cases", "kind", "note", "by"}


def check_link(file: str, index: int, item: dict, case_keys: set[str]) -> None:
    """Raise SeedError for a link that names unknown cases, one case twice, or no author."""
    where = f"{file}, links[{index}]"
    check_keys(item, LINK_KEYS, where)
    pair = require(item, "cases", where)
    if not isinstance(pair, list) or len(pair) != 2:
        raise SeedError(
            translate("seeding.demo_links", "{where}: 'cases' must name exactly two case keys.").format(where=where)
        )
    unknown = [key for key in pair if key not in case_keys]
    if unknown:
        raise SeedError(
            translate("seeding.demo_links", "{where}: there is no case with key '{unknown}' in the seeds.").format(
                where=where, unknown=unknown[0]
            )
        )
    if pair[0] == pair[1]:
        raise SeedError(
            translate("seeding.demo_links", "{where}: a case cannot be linked to itself.").format(where=where)
        )
    require(item, "by", where)


def load_links(loader, file: str, items: list[dict], references: dict[str, str]) -> int:
    """Link the pairs of ``items`` (``references``: seed key -> case reference); returns how
    many links were made. ``loader`` is the seed loader (its ``ctx(username, where)``)."""
    made = 0
    for index, item in enumerate(items):
        where = f"{file}, links[{index}]"
        first, second = (references.get(key) for key in item["cases"])
        if first is None or second is None:
            continue  # a case the load skipped (already there under another key)
        ctx = loader.ctx(item["by"], f"{where}, by")
        try:
            case_links.link_cases(ctx, first, second, kind=item.get("kind", "related"), note=item.get("note"))
        except case_links.DuplicateLinkError:
            continue
        except UserError as exc:
            raise SeedError(f"{where}: {exc.message.rstrip('.')}.") from None
        made += 1
    return made
