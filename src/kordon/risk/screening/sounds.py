"""Foreign names written by their sound in a script that cannot spell them (katakana, Chinese
characters), and their readings back in Latin letters.

Katakana and the characters Chinese uses to transcribe foreign names write syllables, not
letters: Namal is ナーマル (namaru), Nikitas is 尼基达斯 (ni ji da si). Neither tells l from r
nor, in katakana, b from v or s from th; Chinese writes t with d (达 da for Nikitas' ta) and k
with j or q. A name read from them is spelt with markers for those letters, and `spellings`
gives every way to read them, the commonest first: the Latin skeleton drops the vowels these
scripts add (ド do for d, ム mu for m), and each reading is a skeleton the name is compared
and found under.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import product

# The mark that a Latin part is a reading by sound (`text.make_token`): what stands before it is
# the part's key where it has one of its own (a name's Pinyin), what follows its marked spelling.
SOUND = "K"
# What each marker may be read as, the written value first: L is r or l, B b or v, T s, th
# or z (katakana's サ行: Smith, Valdez), Z z, j or s, J j, z or g, C ch or t (katakana's チ,
# old ティ), F f or h (フ is fu and hu), D d or t (Chinese 德, 达), X s or h (Pinyin x: 西 si,
# 希 hi), Q ch or k, P p or f (a Greek or Indic ph written with 皮 pi or パ pa: Neophytou,
# Pampha).
READINGS: dict[str, tuple[str, ...]] = {
    "L": ("r", "l"), "B": ("b", "v"), "T": ("s", "th", "z"), "Z": ("z", "j", "s"),
    "J": ("j", "z", "g"), "C": ("ch", "t"), "F": ("f", "h"), "D": ("d", "t"),
    "X": ("s", "h"), "Q": ("ch", "k"), "P": ("p", "f"),
}  # fmt: skip
MARKERS = frozenset(READINGS)
# How many ways to read one word are spelt, at most: each is a key the name is posted and
# looked up under, and several share a skeleton.
MAX_SPELLINGS = 16
# The marked letters of a word whose every value is tried: a name past four such letters has
# its commonest readings among these.
MAX_VARIED_LETTERS = 4


def spellings(marked: str) -> list[str]:
    """Every reading of a marked spelling, the written values first, at most `MAX_SPELLINGS`."""
    return every_reading(marked, READINGS, MAX_SPELLINGS, MAX_VARIED_LETTERS)


def every_reading(
    part: str, readings: Mapping[str, tuple[str, ...]], most: int, varied: int
) -> list[str]:
    """Every way to read a spelling whose marked letters (the keys of `readings`) have several
    values, those with fewer values past the first first, at most `most`; only the first
    `varied` marked letters take other values (every combination grows as 2**n and 3**n)."""
    slots = [n for n, c in enumerate(part) if c in readings]
    if not slots:
        return [part]
    choices = [
        range(len(readings[part[n]])) if k < varied else range(1) for k, n in enumerate(slots)
    ]
    picks = sorted(product(*choices), key=lambda pick: (sum(1 for p in pick if p), pick))
    out: list[str] = []
    for pick in picks[:most]:
        letters = list(part)
        for n, choice in zip(slots, pick, strict=True):
            letters[n] = readings[part[n]][choice]
        out.append("".join(letters))
    return out


def sound_part(marked: str, key: str = "", characters: bool = False) -> str:
    """A part to read by its sound (`text.make_token`): its marked spelling and, where it has
    one, the key it keeps (a company's Pinyin run); read from Chinese characters, the mark
    twice."""
    return f"{key}{SOUND * (2 if characters else 1)}{marked}"
