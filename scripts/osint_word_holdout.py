"""How much of the reader's score on each batch rests on words it learnt from that batch.

For each batch of the labelled set (data/osint-eval/batches.json) in one language, the words of
that language's data files (goods, places, agencies, verbs, cues, units: osint/languages/) that
no text before the batch contains are left out, and the batch is read again. A word list that
only grows to cover what it has seen keeps its batches' scores only with their words; a reader
that reads structure keeps most of it without them. The code is the code as it stands, rules
written for a batch included, so the figures are an upper bound on a first run.

    .venv/bin/python scripts/osint_word_holdout.py [--language az] [--data data/osint-eval]
"""

from __future__ import annotations

import argparse
import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kordon.osint import regional, vocabulary
from kordon.osint.evaluate import LabelledText, Scores, load_batches, load_labelled, score_text
from kordon.osint.extract import extract_text
from kordon.osint.vocabulary import _form_regex, fold

# Sections of a language file that hold open word lists; numbers, months and the other
# closed classes are kept whole.
_LISTS = (
    "count_fillers", "seizure_actions", "place_heads", "place_nouns", "concealment_cues",
    "cover_cues", "customs_words", "border_words", "not_seizure", "per_unit", "tally_actors",
    "into_country", "background", "not_background",
)  # fmt: skip
_GROUPS = ("substances", "conveyances")


def _seen(forms: list[str], ending: str, texts: list[str]) -> Callable[[str], bool]:
    known = set()
    for form in forms:
        pattern = re.compile(rf"(?<![^\W_])(?:{_form_regex(form, ending)})(?![^\W_])")
        if any(pattern.search(t) for t in texts):
            known.add(form)
    return lambda form: form in known


def _language_forms(data: dict[str, Any]) -> list[str]:
    forms = [f for key in _LISTS for f in data.get(key, [])]
    forms += [f for key in _GROUPS for group in data[key].values() for f in group]
    forms += [f for units in data["units"].values() for f in units]
    return forms


def _filtered_language(data: dict[str, Any], seen: Callable[[str], bool]) -> dict[str, Any]:
    out = copy.deepcopy(data)
    for key in _LISTS:
        if key in out:
            out[key] = [f for f in out[key] if seen(f)]
    for key in _GROUPS:
        out[key] = {k: [f for f in v if seen(f)] for k, v in out[key].items()}
    out["units"] = {k: {f: x for f, x in v.items() if seen(f)} for k, v in out["units"].items()}
    return out


def _gazetteer_forms(data: dict[str, Any], code: str) -> list[str]:
    forms = [
        f for key in ("countries", "places") for v in data[key].values() for f in v.get(code, [])
    ]
    return forms + [f for row in data["agencies"] for f in row.get(code, [])]


def _filtered_gazetteer(
    data: dict[str, Any], code: str, seen: Callable[[str], bool]
) -> dict[str, Any]:
    out = copy.deepcopy(data)
    for key in ("countries", "places"):
        for names in out[key].values():
            if code in names:
                names[code] = [f for f in names[code] if seen(f)]
    for row in out["agencies"]:
        if code in row:
            row[code] = [f for f in row[code] if seen(f)]
    return out


def _score(items: list[LabelledText]) -> Scores:
    scores = Scores()
    for item in items:
        score_text(item.expected, extract_text(item.text), scores)
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--language", default="az")
    parser.add_argument("--data", type=Path, default=Path("data/osint-eval"))
    args = parser.parse_args()
    code = args.language
    labelled = load_labelled(args.data)
    batches = load_batches(args.data)
    language_data = vocabulary.load_data(f"{code}.json")
    gazetteer_data = regional._data()
    ending = language_data["ending"]
    load_data, gazetteer_loader = vocabulary.load_data, regional._data

    def number(item: LabelledText) -> int:
        return int(re.match(r"\d+", item.name).group())  # type: ignore[union-attr]

    print(
        f"{'batch':<9} texts  all words: record F1  field F1"
        "   words seen before: record F1  field F1  (words left out)"
    )
    for name, first, last in batches.ranges:
        items = [t for t in labelled if first <= number(t) <= last
                 and batches.language_of(t.name) == code]  # fmt: skip
        if not items:
            continue
        before = [fold(t.text) for t in labelled if number(t) < first]
        forms = _language_forms(language_data) + _gazetteer_forms(gazetteer_data, code)
        seen = _seen(forms, ending, before)
        dropped = sum(1 for f in forms if not seen(f))
        whole = _score(items)
        vocabulary.load_data = lambda n, s=seen: (  # type: ignore[misc]
            _filtered_language(load_data(n), s) if n == f"{code}.json" else load_data(n)
        )
        regional._data = lambda s=seen: _filtered_gazetteer(gazetteer_loader(), code, s)  # type: ignore[misc]
        vocabulary.vocabulary.cache_clear()
        regional.gazetteer.cache_clear()
        held = _score(items)
        vocabulary.load_data, regional._data = load_data, gazetteer_loader  # type: ignore[misc]
        vocabulary.vocabulary.cache_clear()
        regional.gazetteer.cache_clear()
        print(f"{name:<9} {len(items):>5}  {whole.records.f1:>20.3f} {whole.micro_fields.f1:>9.3f}"
              f"   {held.records.f1:>28.3f} {held.micro_fields.f1:>9.3f}  ({dropped})")  # fmt: skip


if __name__ == "__main__":
    main()
