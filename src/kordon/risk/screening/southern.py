"""Names in the scripts of South and Southeast Asia: Devanagari, Tamil, Sinhala and the other
Indian scripts (`indic`), Thai (`thai`) and Thaana (`thaana`).

A word in one of them is read into several Latin spellings, the commonest first, since the
script writes one letter for sounds Latin spellings tell apart (Tamil ட is t or d) or Latin
spellings differ on how a name is said (Thai พงศพัศ Phongsaphat, Pongsapat). The token made of a
word keeps each spelling's skeleton as a reading (`text.make_token`): retrieval posts and looks
up every one, and a Latin name meets the word by any. Names in other scripts are read as before.

An initial is written as the English name of its letter (एम॰ M, सी. C, ඊ. E) or as its
consonant alone (க. K): with its dot or abbreviation sign it is read as the Latin letter.
"""

from __future__ import annotations

import re

from kordon.risk.screening import indic, thaana, thai

SCRIPTS = re.compile(r"[\u0780-\u07bf\u0900-\u0dff\u0e00-\u0e7f]")
# Dandas (।, ॥) and the abbreviation signs of Devanagari and Gujarati (॰, ૰) end a word as a
# full stop does.
_STOPS = "\u0964\u0965\u0970\u0af0"
_RUN = re.compile(
    "[\u0780-\u07bf\u0900-\u0963\u0966-\u096f\u0971-\u0aef\u0af1-\u0dff\u0e00-\u0e7f\u200c\u200d]+"
)
_ABBREVIATED = re.compile(f"[.{_STOPS}]$")
# The English names of the letters as these scripts write them, by their Latin spelling.
_LETTER_NAMES = {
    "e": "a", "ae": "a", "bi": "b", "si": "c", "di": "d", "ee": "e", "ef": "f", "ji": "g",
    "ech": "h", "eich": "h", "ai": "i", "aai": "i", "je": "j", "ke": "k", "el": "l", "em": "m",
    "en": "n", "o": "o", "pi": "p", "kyu": "q", "aar": "r", "ar": "r", "es": "s", "ti": "t",
    "yu": "u", "vi": "v", "dablyu": "w", "eks": "x", "vai": "y", "zed": "z",
}  # fmt: skip
# A consonant alone with its inherent vowel, as an initial (க. ka, ம. ma).
_CONSONANT_ALONE = re.compile(r"([b-df-hj-np-tv-z])h?a")


def pieces(word: str) -> list[str]:
    """The runs of letters of these scripts in a word (வி. is வி), an initial as its Latin
    letter (एम॰ is m)."""
    runs = [run.replace("\u200c", "").replace("\u200d", "") for run in _RUN.findall(word)]
    if len(runs) == 1 and _ABBREVIATED.search(word):
        letter = _initial(runs[0])
        if letter:
            return [letter]
    return runs


def initials(text: str) -> set[str]:
    """The Latin letters of the initials a name writes in these scripts (एम॰ m, க. k)."""
    found = set()
    for word in text.split():
        if SCRIPTS.search(word) and _ABBREVIATED.search(word):
            runs = _RUN.findall(word)
            if len(runs) == 1 and (letter := _initial(runs[0])):
                found.add(letter)
    return found


def _initial(run: str) -> str:
    """The Latin letter an abbreviated word stands for; "" when it is no initial."""
    spelt = spellings(run)
    if not spelt:
        return ""
    for spelling in spelt:
        if spelling in _LETTER_NAMES:
            return _LETTER_NAMES[spelling]
    alone = _CONSONANT_ALONE.fullmatch(spelt[0])
    return alone.group(1) if alone else ""


def spellings(piece: str) -> tuple[str, ...]:
    """A word in one of these scripts in Latin letters, every common way, the commonest first;
    () for a word in none of them."""
    if indic.INDIC.search(piece):
        found = indic.spellings(piece)
    elif thai.THAI.search(piece):
        found = thai.spellings(piece)
    else:
        found = thaana.spellings(piece)
    return tuple(spelt for spelt in found if spelt)
