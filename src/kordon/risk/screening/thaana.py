"""Names in Thaana, the Maldives' script, spelt in Latin letters as Maldivian names are.

Thaana writes every vowel, but Dhivehi ends a word borrowed from Arabic in u (ސަޢީދު saeedhu is
Saeed, މުހައްމަދު muhammadhu Muhammad), spells ދ as dh where the Arabic names it writes say d, and
doubles the consonant after a sukun on alif (ައް). Every spelling is given: with and without the
last u, ދ as d and as dh.
"""

from __future__ import annotations

import re

THAANA = re.compile(r"[\u0780-\u07bf]")

_CONSONANTS: dict[str, tuple[str, ...]] = {
    "ހ": ("h",), "ށ": ("sh",), "ނ": ("n",), "ރ": ("r",), "ބ": ("b",), "ޅ": ("l",), "ކ": ("k",),
    "ވ": ("v",), "މ": ("m",), "ފ": ("f",), "ދ": ("d", "dh"), "ތ": ("th",), "ލ": ("l",),
    "ގ": ("g",), "ޏ": ("ny",), "ސ": ("s",), "ޑ": ("d",), "ޒ": ("z",), "ޓ": ("t",), "ޔ": ("y",),
    "ޕ": ("p",), "ޖ": ("j",), "ޗ": ("ch",),
    # Letters for Arabic sounds (ث ح خ ذ ص ض ط ظ ع غ ق و), read as Arabic names are.
    "ޘ": ("th", "s"), "ޙ": ("h",), "ޚ": ("kh",), "ޛ": ("dh", "z"), "ޜ": ("zh",), "ޝ": ("sh",),
    "ޞ": ("s",), "ޟ": ("d",), "ޠ": ("t",), "ޡ": ("z",), "ޢ": ("",), "ޣ": ("gh",), "ޤ": ("q",),
    "ޥ": ("w",), "އ": ("",),
}  # fmt: skip
_VOWELS = {
    "ަ": "a", "ާ": "aa", "ި": "i", "ީ": "ee", "ު": "u", "ޫ": "oo", "ެ": "e", "ޭ": "e", "ޮ": "o",
    "ޯ": "o",
}  # fmt: skip
_SUKUN = "ް"
_ALIF = "އ"
MAX_SPELLINGS = 8


def spellings(word: str) -> tuple[str, ...]:
    """A word in Thaana in Latin letters, every common way, the commonest first; () for a
    word not in Thaana."""
    if not THAANA.search(word):
        return ()
    letters: list[tuple[tuple[str, ...], str]] = []  # a letter's values and its vowel
    double_next = False
    for char in word:
        if char in _CONSONANTS:
            values = _CONSONANTS[char]
            if double_next and values[0]:
                # Sukun on alif doubles the next consonant (ައްމަ amma).
                values = tuple(value[:1] + value for value in values)
            letters.append((values, ""))
            double_next = False
        elif char in _VOWELS and letters:
            letters[-1] = (letters[-1][0], _VOWELS[char])
        elif char == _SUKUN and letters:
            double_next = letters[-1][0] == _CONSONANTS[_ALIF]
    if not letters:
        return ()
    found = _spelt(letters)
    values, vowel = letters[-1]
    if vowel == "u" and len(letters) > 1 and values[0]:
        # Without the u Dhivehi ends a borrowed name in.
        found += _spelt([*letters[:-1], (values, "")])
    return tuple(dict.fromkeys(found[:MAX_SPELLINGS]))


def _spelt(letters: list[tuple[tuple[str, ...], str]]) -> list[str]:
    """The commonest spelling, then each letter of two values spelt its other way, up to
    `MAX_SPELLINGS` in all: each is as long as the word, so a long word spells no more."""
    first = "".join(values[0] + vowel for values, vowel in letters)
    out = [first]
    for n, (values, _) in enumerate(letters):
        for other in values[1:]:
            if len(out) >= MAX_SPELLINGS:
                return out
            out.append("".join((other if m == n else v[0]) + w for m, (v, w) in enumerate(letters)))
    return out
