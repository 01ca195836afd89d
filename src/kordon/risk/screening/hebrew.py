"""Names in Hebrew script spelt in Latin letters, as an abjad is.

Hebrew writes few vowels: a name is compared by its consonants, as a Persian or Arabic one is.
Some letters have two values, which the script does not tell apart: ב is b or v, פ p or f, ו a
vowel (o, u) or v, and צ is ts, tz or z (c in Polish and Czech). A word is spelt with markers for
those letters (B, P, U, C) and `spellings` gives every way to read them, the commonest first.
כ is k or kh and ש sh or s, which a Latin skeleton takes as one sound already.
"""

from __future__ import annotations

import re

from kordon.risk.screening.sounds import every_reading

HEBREW = re.compile(r"[\u05d0-\u05ea]")
# Geresh after a letter marks a sound Hebrew lacks (ג׳ j, ז׳ zh, צ׳ ch, ת׳ th).
_GERESH = frozenset("\u05f3'\u2019`")
_WITH_GERESH = {"ג": "j", "ז": "zh", "צ": "ch", "ת": "th"}
_LETTERS = {
    "ג": "g", "ד": "d", "ז": "z", "ח": "h", "ט": "t", "ל": "l", "מ": "m", "ם": "m", "נ": "n",
    "ן": "n", "ס": "s", "ק": "k", "ר": "r", "ש": "sh", "ת": "t", "ך": "kh", "ף": "f",
    "צ": "C", "ץ": "C",
}  # fmt: skip
# Letters that carry a vowel rather than say a consonant.
_VOWEL_LETTERS = frozenset("אעוי")
# What each marker may be read as, the commonest first: ב and פ inside a word are v and f
# after a vowel and b and p after a doubled or closed syllable (Savir, Tzabari; Yosef, Shapira);
# ו is a vowel between consonants and v as often (Govrin, David); צ is tz, ts or z (Tzvi, Tsvi,
# Zvi; Polish and Czech c is read as ts by the Latin skeleton).
_READINGS = {"B": ("v", "b"), "P": ("f", "p"), "U": ("o", "v"), "C": ("tz", "ts", "z")}
MARKERS = frozenset(_READINGS)
# How many ways to read one word are spelt, at most (several may share a skeleton).
MAX_SPELLINGS = 16
# The marked letters of a word whose every value is tried (see `spellings`).
MAX_VARIED_LETTERS = 4
_WORD = re.compile(r"[\u05d0-\u05ea\u05f3'\u2019`]+")


def spell(text: str) -> str:
    """A word in Hebrew script in Latin letters, the letters of two values marked."""
    return _WORD.sub(lambda found: _spell_word(found.group()), text.replace("\u05be", "-"))


def _spell_word(word: str) -> str:
    """One run of Hebrew letters in Latin letters (see `spell`)."""
    letters: list[str] = []
    geresh_after: set[int] = set()  # letters a geresh follows
    for char in word:
        if char not in _GERESH:
            letters.append(char)
        elif letters:
            geresh_after.add(len(letters) - 1)
    out: list[str] = []
    last = len(letters) - 1
    for n, char in enumerate(letters):
        after = letters[n + 1] if n < last else ""
        if n in geresh_after and char in _WITH_GERESH:
            out.append(_WITH_GERESH[char])
        elif char in "אע":
            # A vowel at the head of a word (Efraim, Ohad), nothing heard elsewhere.
            out.append("a" if n == 0 and after not in ("ו", "י") else "")
        elif char == "ה":
            # A final ה is a vowel (Moshe, Rivka); elsewhere h.
            out.append("a" if n == last and n > 0 else "h")
        elif char == "י":
            out.append(_yod(n, after, last))
        elif char == "ו":
            out.append(_vav(letters, n))
        elif char == "ב":
            out.append("b" if n == 0 else "B")
        elif char == "פ":
            out.append("p" if n == 0 else "P")
        elif char == "כ":
            out.append("k" if n == 0 else "kh")
        else:
            out.append(_LETTERS.get(char, ""))
        if out[-1].startswith("h") and len(out) > 1 and out[-2][-1:] in _JOINS_H:
            # A vowel is heard between: כ and ה are not kh, nor ש and ח sh (Kohen, Shahal).
            out[-1] = "a" + out[-1]
    return "".join(out)


# Letters that would read as one sound with a following h (kh, sh, zh, tzh ...), or swallow
# it (shh).
_JOINS_H = frozenset("zskgcptCh")


def _yod(n: int, after: str, last: int) -> str:
    """י: y with its vowel at a word's head (Yaakov, Yitzhak), i elsewhere."""
    if n == 0:
        return "y" if after in _VOWEL_LETTERS or not after else "yi"
    return "i"


def _vav(letters: list[str], n: int) -> str:
    """ו: v at a word's head, doubled or after י at the end (Ziv); else o or u, or v."""
    before = letters[n - 1] if n else ""
    after = letters[n + 1] if n + 1 < len(letters) else ""
    if n == 0 or after == "ו" or before == "ו":
        return "v" if before != "ו" else ""
    if not after and before == "י":
        return "v"
    if before in "אעי" and n == 1:
        return "o"  # the vowel of a word's first syllable: Ohad, Uzi, Yosef
    return "U"


def spellings(part: str) -> list[str]:
    """Every reading of a marked spelling, the commonest first, at most `MAX_SPELLINGS`."""
    # Only the first few marked letters take their other values: every combination of all of
    # them grows as 2**n and 3**n, and a name past four such letters has its commonest readings
    # among these.
    return every_reading(part, _READINGS, MAX_SPELLINGS, MAX_VARIED_LETTERS)
