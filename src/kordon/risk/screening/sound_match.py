"""How alike two name parts are where one was read by its sound (`sounds`).

A part read from katakana or Chinese characters has the script's vowels, not the name's
(ナジーム najimu, Nazim), and several readings of the letters the script does not tell apart: it
is compared by its consonants, every reading against the other part's, as an abjad's part is.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA, Levenshtein

from kordon.risk.screening.text import Token, skeleton

# The similarity of two parts that share a reading of three consonants or more, and of fewer:
# one or two consonants alike say little, as across an abjad.
SHARED_LONG, SHARED_SHORT = 0.95, 0.8
# A reading of one or two consonants in common whose first vowels differ: katakana writes its
# vowels, so リサ (risa) is not Rose, though both read rs.
SHORT_OTHER_VOWEL = 0.7
# Vowels in classes that transcriptions and spellings of one name keep apart: a, e or i, o or u.
_VOWEL_CLASS = {"a": "a", "e": "i", "i": "i", "o": "u", "u": "u"}
_VOWEL = re.compile("[aeiou]")
# The h of an Indic aspirate in Latin letters (Bhusal, Dhakal, Ghimire), which katakana and
# Chinese characters do not write (ブサル, 达卡尔).
_ASPIRATE_H = re.compile("(?<=[bdgj])h")
# One consonant apart (an r or l Chinese leaves out before a consonant: 马丁 madin, Martin) from
# this many on.
ONE_APART_MIN = 4
ONE_APART = 0.82


def sound_similarity(a: Token, b: Token) -> float:
    """How alike two parts are, one or both read by sound: a reading in common, else the
    fewest consonants apart."""
    spelt = OSA.normalized_similarity(a.key, b.key)
    a_reads, b_reads = _readings(a), _readings(b)
    shared = a_reads & b_reads
    if shared:
        if max(len(s) for s in shared) >= 3:
            return max(spelt, SHARED_LONG)
        first_a, first_b = _first_vowel(a.key), _first_vowel(b.key)
        if first_a and first_b and first_a != first_b:
            return max(spelt, SHORT_OTHER_VOWEL) if spelt < SHARED_SHORT else spelt
        return max(spelt, SHARED_SHORT)
    if _one_r_or_l_left_out(a, b) or _one_r_or_l_left_out(b, a):
        return max(spelt, ONE_APART)
    edits, x, y = min((Levenshtein.distance(x, y), x, y) for x in a_reads for y in b_reads)
    longest = max(len(x), len(y))
    return max(spelt, 0.9 * (1 - edits / longest)) if longest else spelt


def _readings(part: Token) -> set[str]:
    """A part's readings; a Latin part's also without the h of an Indic aspirate."""
    reads = set(part.readings())
    if not part.sound and _ASPIRATE_H.search(part.key):
        reads.add(skeleton(_ASPIRATE_H.sub("", part.key)))
    return reads


def _first_vowel(key: str) -> str:
    """The class of a key's first vowel after its first letter ("" for none): the vowel of a
    name's first syllable, whether it starts with a vowel or a consonant."""
    found = _VOWEL.search(key, 1)
    return _VOWEL_CLASS[found.group()] if found else ""


def _one_r_or_l_left_out(short: Token, full: Token) -> bool:
    """Whether a part read by sound is another part with one r or l left out, both alike at
    their start: Mandarin has no syllable ending in r or l (马丁 Martin); katakana writes every
    r and l but an English final r, which it writes as a long vowel (ハンター Hunter, バトラー
    Butler). Any other consonant missing is another name. Characters may also stand for one
    consonant otherwise (杰 jie for Lebedev's d), and either script writes a plural's s."""
    if not short.sound:
        return False
    for x in short.readings():
        for y in _readings(full):
            if len(y) < ONE_APART_MIN or x[:1] != y[:1]:
                continue
            if short.characters and len(x) == len(y) and Levenshtein.distance(x, y) == 1:
                return True
            if len(x) == len(y) + 1 and x[:-1] == y and x[-1] in "sz":
                # A plural's s the Latin key leaves out (テクノロジーズ, Technologies).
                return True
            if len(y) == len(x) + 1:
                if short.characters:
                    cut = [y[:n] + y[n + 1 :] for n, letter in enumerate(y) if letter in "rl"]
                else:
                    cut = [y[:-1]] if y.endswith("r") else []
                if x in cut:
                    return True
    return False
