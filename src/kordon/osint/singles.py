"""Weapons named one by one: "ov karabini və tapança", "карабин и пистолет", "a pistol".

A firearm, grenade or other goods counted piece by piece and never weighed, named in the
singular without a figure, is one piece; a plural ("tüfənglər", "пистолеты", "rifles") leaves
the count unknown. The noun ending tells the number: Azerbaijani plurals take -lar/-lər,
Russian plurals end in -ы, -и, -ов, -ей or a plural case ending, English ones in -s. A form
that may be either ("гранаты", "ружья": genitive singular or nominative plural) is read as a
plural, so a count is given only where the word leaves no doubt.

In Azerbaijani and Russian reports a lone weapon named without a figure ("“TOZ-16” markalı ov
tüfəngi ondan götürülüb") is read with no count, as most of the set labels it; two or more
weapons listed one by one in a sentence with no figure are counted, a piece each.
"""

from __future__ import annotations

import re

from kordon.domain.quantity import Quantity, QuantityUnit
from kordon.osint.lexicon import COUNTED, NEVER_WEIGHED, PROHIBITED, Mention
from kordon.osint.quantities import FoundQuantity, Qualifier
from kordon.osint.vocabulary import fold

_PLURAL: dict[str, re.Pattern[str]] = {
    "az": re.compile(r"l[aə]r\w*$"),
    "ru": re.compile(r"(?:ы|и|ов|ев|ей|ам|ям|ами|ями|ах|ях|ья)$"),
    "en": re.compile(r"s$"),
}

# "silah", "оружие", "weapons": a word for a whole kind names no one piece.
_GENERIC = frozenset({"weapons"})


def plural(language: str, text: str) -> bool:
    """True when the last word of goods named in a language is (or may be) a plural."""
    words = re.findall(r"[^\W\d_]+", fold(text))
    pattern = _PLURAL.get(language)
    return not words or pattern is None or pattern.search(words[-1]) is not None


def one_piece(m: Mention, language: str) -> FoundQuantity | None:
    """One piece of goods counted one by one, named in the singular without a figure."""
    if m.canonical not in COUNTED or m.canonical not in NEVER_WEIGHED or m.canonical in _GENERIC:
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


def singly_listed(mentions: list[Mention], language: str) -> dict[int, FoundQuantity]:
    """One piece for each weapon of a sentence that names two or more weapons one by one in
    the singular, by the mention's start; none for a weapon named alone."""
    pieces = {
        m.start: piece
        for m in mentions
        if m.canonical in PROHIBITED and (piece := one_piece(m, language)) is not None
    }
    return pieces if len(pieces) > 1 else {}
