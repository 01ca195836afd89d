"""Company acronyms and the names they stand for (IRISL, Islamic Republic of Iran Shipping Lines).

Lists give a company's acronym as an alias, often in another script than its name (МКБ for
Московский кредитный банк, Credit Bank of Moscow). An acronym is compared with the initials of
the name's words, as written and read in English, leaving out the little words (of, the, and)
that acronyms skip.
"""

from __future__ import annotations

import re

from kordon.risk.screening.text import fold_case, name_parts

# Capitals only, two to six letters, in Latin or Cyrillic: a word written as an acronym.
_CAPITALS = re.compile(r"^[A-ZА-ЯЁІЎЄЇҐ]{3,6}$")
# Words an acronym leaves out, in the languages lists write company names in.
_SKIPPED = frozenset({"of", "the", "and", "for", "po", "i", "va", "ve", "u", "v"})
# Shortest acronym compared: two letters match too many names by chance.
MIN_LETTERS = 3


def read_acronym(stripped: str, parts: list[tuple[str, bool]]) -> str:
    """The acronym a company name is, in Latin letters, or "" when it is not one.

    The name, without its legal form, must be one word written in capitals: ABB, ПАО «МКБ».
    Its letters are the Latin spelling's first letters of each capital, so that МКБ is mkb.
    """
    words = [w for w in re.split(r"[^\w]+", stripped) if w]
    if len(words) != 1 or len(parts) != 1 or not _CAPITALS.match(words[0]):
        return ""
    letters = []
    for char in words[0]:
        spelt = name_parts(char)
        if not spelt or not spelt[0][0]:
            return ""
        letters.append(spelt[0][0][0])
    return "".join(letters)


def word_initials(*readings: list[tuple[str, bool]]) -> tuple[str, ...]:
    """The initials of a company name's words, once per reading given, little words left out.

    Abjad words are left out: their first letter says nothing certain about a Latin one.
    """
    found: list[str] = []
    for parts in readings:
        if len(parts) < 2 or any(abjad for _, abjad in parts):
            continue
        letters = "".join(fold_case(part)[0] for part, _ in parts if part and part not in _SKIPPED)
        if len(letters) >= MIN_LETTERS and letters not in found:
            found.append(letters)
    return tuple(found)


def acronym_agrees(
    a_acronym: str, a_initials: tuple[str, ...], b_acronym: str, b_initials: tuple[str, ...]
) -> bool:
    """Whether one name is the other's acronym (or both are the same acronym's expansions)."""
    if a_acronym and a_acronym in b_initials:
        return True
    return bool(b_acronym and b_acronym in a_initials)
