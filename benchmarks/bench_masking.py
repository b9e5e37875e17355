"""Cost of masking one event's text, beside a raw baseline of the same text through str.replace.

The Redactor is built from the Kayes demo's identifiers (what a redacted brief or export of
that case masks) once, as the services do per case and output, and then run over texts of
the length of a contact note:

* ``prose``: ordinary ASCII prose with no identifier (most events);
* ``unicode``: the same with accents, a Devanagari name and typographic quotes (the folded
  scan then goes character by character);
* ``identifiers``: prose with five written forms of identifiers in it (every rule fires).

Beside each: ``str.replace`` of every stored identifier value over the same text (the
cheapest redaction there is, and one that misses every other spelling), and the Redactor
of ``main`` before this change when git can show it.

    python benchmarks/bench_masking.py [--repeat N]

Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from consular.domain.masking import Redactor  # noqa: E402
from tests.test_redaction_corpus import CORPUS, DEMO  # noqa: E402

PROSE = (
    "The commander confirmed that the factory had been attacked and that three foreign employees were "
    "missing. He said several positions in and around Kayes had been attacked since dawn and that his "
    "units were engaged; nobody could go to the factory for now. He could not say who was responsible. "
    "He took the Embassy's numbers and promised to call once the situation allowed. Meeting at 10:30 on "
    "2 July 2025; demand of XOF 15 000 000 noted under BAM-2025-0001."
)
UNICODE = PROSE.replace("Embassy's", "Embassy’s").replace("commander", "commandant (gendarmerie, Kayes — Médine)")
UNICODE += " Family of श्रीनिवास informed."


def _with_identifiers() -> str:
    picks = [v.text for kind in ("passport", "other_id", "dob", "email", "phone") for v in CORPUS if v.kind == kind][
        ::9
    ]
    words = PROSE.split(" ")
    step = max(1, len(words) // (len(picks[:5]) + 1))
    for n, pick in enumerate(picks[:5]):
        words.insert((n + 1) * step, pick)
    return " ".join(words)


def _stored_values() -> list[str]:
    values: list[str] = []
    for k in DEMO.known:
        values += [*k.passport_numbers, *k.other_ids, *k.phones, *k.emails, *k.addresses]
        values += [d.isoformat() for d in k.dates_of_birth]
    return values


def _old_redactor():
    """The Redactor of main, or None when git cannot show it."""
    try:
        source = subprocess.run(
            ["git", "-C", str(ROOT), "show", "main:consular/domain/masking.py"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    path = Path(tempfile.mkdtemp()) / "old_masking.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("old_masking", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_masking"] = module
    spec.loader.exec_module(module)
    known = [
        module.KnownIdentifiers(
            passport_numbers=k.passport_numbers,
            other_ids=k.other_ids,
            phones=k.phones,
            emails=k.emails,
            dates_of_birth=k.dates_of_birth,
            addresses=k.addresses,
        )
        for k in DEMO.known
    ]
    return module.Redactor(known)


def _per_call(fn, text: str, repeat: int) -> float:
    """Median CPU microseconds per call over ``repeat`` batches (CPU time of this process, so
    that other work on a shared machine does not count)."""
    batch = 200
    times = []
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(batch):
            fn(text)
        times.append((time.process_time() - start) / batch * 1e6)
    times.sort()
    return times[len(times) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    start = time.perf_counter()
    redactor = Redactor(DEMO.known)
    build_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    with_names = Redactor(DEMO.known, mask_names=True)
    build_names_ms = (time.perf_counter() - start) * 1000
    values = _stored_values()

    def replace_all(text: str) -> str:
        for value in values:
            text = text.replace(value, "[redacted]")
        return text

    old = _old_redactor()
    print(f"Kayes demo: {len(values)} stored identifier values; {len(DEMO.names)} names")
    print(f"build the Redactor once per case: {build_ms:.1f} ms ({build_names_ms:.1f} ms with names)")
    print()
    header = f"{'text':<12}{'chars':>6}{'str.replace':>14}{'main':>12}{'Redactor':>12}{'+names':>12}{'ratio':>8}"
    print(header + "   (CPU µs per text; ratio = Redactor / str.replace)")
    for label, text in (("prose", PROSE), ("unicode", UNICODE), ("identifiers", _with_identifiers())):
        base = _per_call(replace_all, text, args.repeat)
        before = _per_call(old, text, args.repeat) if old is not None else float("nan")
        now = _per_call(redactor, text, args.repeat)
        names = _per_call(with_names, text, args.repeat)
        print(f"{label:<12}{len(text):>6}{base:>14.1f}{before:>12.1f}{now:>12.1f}{names:>12.1f}{now / base:>8.1f}")
    per_event = _per_call(redactor, PROSE, args.repeat) * 2  # title + detail
    print()
    print(f"a redacted export of 20,000 prose events spends about {per_event * 20_000 / 1e6:.2f} s masking")


if __name__ == "__main__":
    main()
