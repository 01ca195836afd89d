"""Names in the scripts of South and Southeast Asia: Devanagari, Tamil, Sinhala and the other
Indian scripts (`indic`), Thai (`thai`) and Thaana (`thaana`).

A word in one of them is read into several Latin spellings, the commonest first, since the
script writes one letter for sounds Latin spellings tell apart (Tamil ட is t or d) or Latin
spellings differ on how a name is said (Thai พงศพัศ Phongsaphat, Pongsapat). The token made of a
word keeps each spelling's skeleton as a reading (`text.make_token`): retrieval posts and looks
up every one, and a Latin name meets the word by any. Names in other scripts are read as before.

An initial is written as the English name of its letter (एम॰ M, सी. C, ඊ. E) or as its
consonant alone (க. K): with its dot or abbreviation sign it is read as the Latin letter. Thai
writes no initials: one or two Thai letters before a dot abbreviate a title or rank (น.ส. Miss,
พ.ต.ท. a police rank), which is left out.

Tamil's and Thai's vowels in Latin are a guess (`vowels_guessed`): Tamil writes no voicing or
aspiration and spells a borrowed name with vowels its Latin spelling lacks (அகமது Ahmad); Thai
marks no consonant without a vowel, so the inherent a or o between two consonants may be said
or not, and Latin spellings of names from Pali and Sanskrit write it where speech does not
(บาตร bat, batra or batara). Devanagari, Sinhala and the other Indian scripts write every
vowel, the inherent a left out only where a virama says so or at a word's end, which their
spellings give both ways; Thaana writes every vowel.
"""

from __future__ import annotations

import re
import unicodedata

from kordon.risk.screening import indic, thaana, thai

SCRIPTS = re.compile(r"[\u0780-\u07bf\u0900-\u0dff\u0e00-\u0e7f]")
_SCRIPT_CHARS = [*range(0x0780, 0x07C0), *range(0x0900, 0x0E00), *range(0x0E00, 0x0E80)]
# The digits of these scripts as ASCII digits (๑๒๓ 123, २४ 24): a figure is read as a figure.
DIGITS = {n: str(unicodedata.digit(chr(n))) for n in _SCRIPT_CHARS if chr(n).isdecimal()}
_GUESSED = re.compile(r"[\u0b80-\u0bff\u0e00-\u0e7f]")  # Tamil, Thai
# Thai letters before a dot: an abbreviated title or rank, not an initial.
_THAI_ABBREVIATION_MAX = 2
# Dandas (।, ॥) and the abbreviation signs of Devanagari and Gujarati (॰, ૰) end a word as a
# full stop does.
_STOPS = "\u0964\u0965\u0970\u0af0"
_RUN = re.compile(
    "[\u0780-\u07bf\u0900-\u0963\u0966-\u096f\u0971-\u0aef\u0af1-\u0dff\u0e00-\u0e7f\u200c\u200d]+"
)
# A run of letters and the dot or sign after it, if any.
_ABBREVIATED_RUN = re.compile(f"({_RUN.pattern})?([.{_STOPS}]?)")
# The English names of the letters as these scripts write them, by their Latin spelling.
_LETTER_NAMES = {
    "e": "a", "ae": "a", "bi": "b", "si": "c", "di": "d", "ee": "e", "ef": "f", "ji": "g",
    "ech": "h", "eich": "h", "ai": "i", "aai": "i", "je": "j", "ke": "k", "el": "l", "em": "m",
    "en": "n", "o": "o", "pi": "p", "kyu": "q", "aar": "r", "ar": "r", "es": "s", "ti": "t",
    "yu": "u", "vi": "v", "dablyu": "w", "eks": "x", "vai": "y", "zed": "z",
}  # fmt: skip
_LETTERS = frozenset(_LETTER_NAMES.values())
# Letter names that are words too: read as a letter only with a dot.
# जी (ji) is the honorific too.
_NOT_ALONE = frozenset({"e", "ee", "ae", "ai", "aai", "o", "ji"})
# Titles written abbreviated (डॉ॰ Dr.).
_TITLES = {"do": "dr", "daa": "dr"}
# A consonant alone with its inherent vowel, as an initial (க. ka, ம. ma).
_CONSONANT_ALONE = re.compile(r"([b-df-hj-np-tv-z])h?a")


def pieces(word: str) -> list[str]:
    """The runs of letters of these scripts in a word (வி. is வி), an initial as its Latin
    letter (एम॰ is m) and an abbreviated title as its Latin form (डॉ॰ is dr)."""
    out: list[str] = []
    for run, stop in _ABBREVIATED_RUN.findall(word):
        run = run.replace("\u200c", "").replace("\u200d", "")
        if (run and not has_letter(run)) or (stop and _thai_abbreviation(run)):
            # A stray vowel sign is no word; an abbreviated Thai title is left out.
            continue
        letter = _initial(run, abbreviated=bool(stop)) if run else ""
        if letter or run:
            out.append(letter or run)
    return out


def initials(text: str) -> set[str]:
    """The Latin letters of the initials a name writes in these scripts with a dot or an
    abbreviation sign (एम॰ m, க. k)."""
    found = set()
    for run, stop in _ABBREVIATED_RUN.findall(text):
        if stop and run and (letter := _initial(run, abbreviated=True)) and letter in _LETTERS:
            found.add(letter)
    return found


def has_letter(word: str) -> bool:
    """Whether a word holds a letter of these scripts (not only digits or stray signs)."""
    return any(SCRIPTS.match(char) and unicodedata.category(char)[0] == "L" for char in word)


def vowels_guessed(word: str) -> bool:
    """Whether a word's vowels in Latin are a guess, so that it is compared by its consonants:
    in Tamil and Thai (see the module's docstring)."""
    return bool(_GUESSED.search(word))


def _thai_abbreviation(run: str) -> bool:
    """Whether a run of Thai letters before a dot abbreviates a word (น.ส., พ.ต.ท., ดร.)."""
    return bool(thai.THAI.search(run)) and len(run) <= _THAI_ABBREVIATION_MAX


def _initial(run: str, *, abbreviated: bool) -> str:
    """The Latin letter (or title) a word stands for; "" when it is none. Without a dot only
    a letter's name in an Indian script counts (के K, but not the consonant alone)."""
    spelt = spellings(run)
    if not spelt or (abbreviated and _thai_abbreviation(run)):
        return ""
    if not abbreviated:
        named = indic.INDIC.search(run) and spelt[0] not in _NOT_ALONE
        return _LETTER_NAMES.get(spelt[0], "") if named else ""
    for spelling in spelt:
        if spelling in _LETTER_NAMES:
            return _LETTER_NAMES[spelling]
        if spelling in _TITLES:
            return _TITLES[spelling]
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
