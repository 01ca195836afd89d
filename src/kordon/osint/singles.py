"""Weapons named one by one: "ov tüfəngi", "карабин и пистолет", "a pistol".

A firearm, grenade or other goods counted piece by piece and never weighed, named in the
singular without a figure, is one piece; a plural ("tüfənglər", "пистолеты", "rifles") leaves
the count unknown. The noun ending tells the number: Azerbaijani plurals take -lar/-lər,
Russian plurals end in -ы, -и, -ов, -ей or a plural case ending, English ones in -s. A form
that may be either ("гранаты", "ружья": genitive singular or nominative plural) is read as a
plural, so a count is given only where the word leaves no doubt.
"""

from __future__ import annotations

import re

from kordon.domain.quantity import Quantity, QuantityUnit
from kordon.osint.lexicon import COUNTED, NEVER_WEIGHED, Mention
from kordon.osint.quantities import FoundQuantity, Qualifier
from kordon.osint.vocabulary import fold

_PLURAL: dict[str, re.Pattern[str]] = {
    "az": re.compile(r"l[aə]r\w*$"),
    "ru": re.compile(r"(?:ы|и|ов|ев|ей|ам|ям|ами|ями|ах|ях|ья)$"),
    "en": re.compile(r"s$"),
}


def plural(language: str, text: str) -> bool:
    """True when the last word of goods named in a language is (or may be) a plural."""
    words = re.findall(r"[^\W\d_]+", fold(text))
    pattern = _PLURAL.get(language)
    return not words or pattern is None or pattern.search(words[-1]) is not None


def one_piece(m: Mention, language: str) -> FoundQuantity | None:
    """One piece of goods counted one by one, named in the singular without a figure."""
    if m.canonical not in COUNTED or m.canonical not in NEVER_WEIGHED:
        return None
    if plural(language, m.text):
        return None
    return FoundQuantity(
        quantity=Quantity(1.0, QuantityUnit.PIECES, m.text),
        qualifier=Qualifier.EXACT,
        start=m.start,
        end=m.end,
        tolerance=0.5,
        count_unit="pieces",
    )
