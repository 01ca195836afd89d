"""Company acronyms and the names they stand for (IRISL, Islamic Republic of Iran Shipping Lines).

Lists give a company's acronym as an alias, often in another script than its name (МКБ for
Московский кредитный банк, ОАК for Объединённая авиастроительная корпорация). An acronym is
compared with the initials of the name's words, as written and read in English, leaving out
the little words (of, the, and) that acronyms skip. The acronym may take in a legal form or a
generic word around the name (OMM, Ocean Maritime Management Company), never leave out one of
its distinctive words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kordon.risk.screening.company_words import in_russian
from kordon.risk.screening.legal_forms import is_generic, kind_keys
from kordon.risk.screening.text import fold_case, latin_key, name_parts

# Capitals only, three to six letters, in Latin or Cyrillic: a word written as an acronym.
_CAPITALS = re.compile(r"[A-ZА-ЯЁІЎЄЇҐ]{3,6}")
_WORDS = re.compile(r"[^\w]+")
# Words an acronym leaves out, in the languages lists write company names in.
_SKIPPED = frozenset({"of", "the", "and", "for", "po", "i", "va", "ve", "u", "v"})
# The articles and prepositions of French, Spanish, Portuguese and Italian names, which their
# acronyms skip as well (FDLR, Forces démocratiques de libération du Rwanda; CAGL, Compagnie
# aérienne des Grands Lacs): read as a second reading, for acronyms that keep them exist too.
_ROMANCE_SKIPPED = frozenset(
    {"de", "du", "des", "d", "la", "le", "les", "l", "et", "y", "del", "di", "da", "do", "dos"}
)
# Shortest acronym compared: two letters match too many names by chance.
MIN_LETTERS = 3
# An acronym this short stands for a name only up to its last word but one: three letters
# that stop two words or more before the name's end are the head of too many names (SAI,
# SHAHED AVIATION INDUSTRIES RESEARCH CENTER), while OMM still stands for Ocean Maritime
# Management Company, and a legal form in front may be left out (UAC, PJSC UNITED AIRCRAFT
# CORPORATION).
SHORT_ACRONYM = 3
# The longest acronym read (`_CAPITALS`).
_MAX_LETTERS = 6

# The initials of one reading of a name, and where its distinctive words start and end in them.
Initials = tuple[str, int, int]
# A name's words in one reading, little words left out, for acronyms made of their heads.
Words = tuple[str, ...]
# An acronym of the heads of words (KIPAS, KImiya PArs Sebon) is read only against a name of
# this many words or more, and only with this many letters or more: the heads of two words
# spell a short name by chance (SABA, SAman BAnk).
HEADS_WORDS_MIN = 3
HEADS_LETTERS_MIN = 5


def read_acronym(text: str, parts: list[tuple[str, bool]]) -> str:
    """The acronym a company name is, in Latin letters, or "" when it is not one.

    The name without its legal form must be one word, written in capitals: ABB, ПАО «МКБ».
    Its letters are the first Latin letter of each capital, so that МКБ is mkb and ЖД is zd.
    """
    if len(parts) != 1 or parts[0][1]:
        return ""
    for word in _WORDS.split(text):
        if not _CAPITALS.fullmatch(word) or name_parts(word)[:1] != parts:
            continue
        letters = [name_parts(char) for char in word]
        if all(spelt and spelt[0][0] for spelt in letters):
            return "".join(spelt[0][0][0] for spelt in letters)
    return ""


def word_initials(
    name: list[tuple[str, bool]], *readings: list[tuple[str, bool]]
) -> tuple[Initials, ...]:
    """The initials of a company name's words, once per reading given, little words left out.

    `name` is the name without its legal form: its words that are not generic are the
    distinctive ones. Names in an abjad are left out: their first letters say nothing certain
    about Latin ones.
    """
    written = {latin_key(fold_case(part)) for part, _ in name}
    keep = {key for key in written if not is_generic(key)}
    # A name of generic words only has them as its distinctive words, but for those that say
    # what kind of body it is (the Bank of National Clearing Centre is NCC).
    keep = keep or written - kind_keys()
    # The same words read in Russian, for the Russian reading's initials.
    keep |= {russian for key in keep for russian, _ in in_russian([(key, False)])}
    found: list[Initials] = []
    for parts in (name, *readings):
        words = [fold_case(part) for part, abjad in parts if part and not abjad]
        words = [w for w in words if w not in _SKIPPED]
        if len(words) < 2 or len(words) < len(parts) - 2:
            continue
        romance = [w for w in words if w not in _ROMANCE_SKIPPED]
        for reading in (words, romance) if len(romance) < len(words) else (words,):
            letters = "".join(w[0] for w in reading)
            distinctive = [n for n, w in enumerate(reading) if latin_key(w) in keep]
            lo, hi = (distinctive[0], distinctive[-1] + 1) if distinctive else (0, len(reading))
            if len(letters) >= MIN_LETTERS and all(f[0] != letters for f in found):
                found.append((letters, lo, hi))
    return tuple(found)


def stands_for(acronym: str, initials: tuple[Initials, ...]) -> bool:
    """Whether an acronym is the initials of a name, all its distinctive words included."""
    for letters, lo, hi in initials:
        start = letters.find(acronym)
        while start >= 0:
            end = start + len(acronym)
            short = len(acronym) <= SHORT_ACRONYM and len(letters) - end > 1
            if start <= lo and end >= hi and not short:
                return True
            start = letters.find(acronym, start + 1)
    return False


def word_heads(
    name: list[tuple[str, bool]], *readings: list[tuple[str, bool]]
) -> tuple[Words, ...]:
    """A company name's words, once per reading given, little words left out; readings with
    a word in an abjad are left out (see `word_initials`)."""
    found: list[Words] = []
    for parts in (name, *readings):
        if any(abjad for _, abjad in parts):
            continue
        words = tuple(w for w in (fold_case(part) for part, _ in parts) if w and w not in _SKIPPED)
        if len(words) >= HEADS_WORDS_MIN and words not in found:
            found.append(words)
    return tuple(found)


def spelt_by_heads(acronym: str, readings: tuple[Words, ...]) -> bool:
    """Whether an acronym is the heads of a name's words: one letter or more of each word, in
    order, every word taken (PASCO, PAsargad Steel COmplex; BELAZ, BELorusskiy Avtomobilny
    Zavod).

    Iranian and Russian companies are known by such acronyms as often as by initials: a word's
    first syllable, or the Co of Company, stands in them. An acronym no longer than the name
    has words is its initials, read by `stands_for`.
    """
    if len(acronym) < HEADS_LETTERS_MIN:
        return False
    return any(len(words) < len(acronym) and _heads(acronym, words) for words in readings)


def _heads(letters: str, words: Words) -> bool:
    """Whether the letters are, in order, a head of each of the words, every word taken."""
    if not words:
        return not letters
    # Each word leaves at least one letter for each word after it.
    longest = min(len(words[0]), len(letters) - len(words) + 1)
    return any(
        letters[:n] == words[0][:n] and _heads(letters[n:], words[1:])
        for n in range(1, longest + 1)
    )


@lru_cache(maxsize=20_000)
def heads_keys(readings: tuple[Words, ...]) -> tuple[str, ...]:
    """Every acronym of the heads of a name's words up to six letters, for a name screened to
    find the acronyms it may be listed under (PASCO for PASARGAD STEEL COMPLEX)."""
    keys: list[str] = []
    for words in readings:
        for length in range(max(HEADS_LETTERS_MIN, len(words) + 1), _MAX_LETTERS + 1):
            keys.extend(_spellings(words, length))
    return tuple(dict.fromkeys(keys))


def _spellings(words: Words, length: int) -> list[str]:
    """The acronyms of this many letters that take a head of each word."""
    if not words:
        return [""] if length == 0 else []
    out: list[str] = []
    for n in range(1, min(len(words[0]), length - len(words) + 1) + 1):
        out.extend(words[0][:n] + rest for rest in _spellings(words[1:], length - n))
    return out


def acronym_keys(acronym: str, initials: tuple[Initials, ...]) -> list[str]:
    """The retrieval keys of a company name's acronym: itself, or what its initials spell.

    An acronym and its name share no part; they meet under these keys instead.
    """
    keys = [acronym] if acronym else []
    for letters, lo, hi in initials:
        for start in range(0, lo + 1):
            for end in range(max(hi, start + MIN_LETTERS), min(len(letters), start + 6) + 1):
                keys.append(letters[start:end])
    return list(dict.fromkeys(keys))


def acronym_agrees(
    a_acronym: str,
    a_initials: tuple[Initials, ...],
    b_acronym: str,
    b_initials: tuple[Initials, ...],
) -> bool:
    """Whether one name is the other's acronym, or both are one acronym in two scripts."""
    if a_acronym and (a_acronym == b_acronym or stands_for(a_acronym, b_initials)):
        return True
    return bool(b_acronym and stands_for(b_acronym, a_initials))
