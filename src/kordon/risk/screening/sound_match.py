"""How alike two name parts are where one was read by its sound (`sounds`).

A part read from katakana or Chinese characters has the script's vowels, not the name's
(ナジーム najimu, Nazim), and several readings of the letters the script does not tell apart: it
is compared by its consonants, every reading against the other part's, as an abjad's part is.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA, Levenshtein

from kordon.risk.screening.text import Token

# The similarity of two parts that share a reading of three consonants or more, and of fewer:
# one or two consonants alike say little, as across an abjad.
SHARED_LONG, SHARED_SHORT = 0.95, 0.8
# One consonant apart (a consonant Chinese leaves out: 马丁 madin, Martin) from this many on.
ONE_APART_MIN = 4
ONE_APART = 0.82


def sound_similarity(a: Token, b: Token) -> float:
    """How alike two parts are, one or both read by sound: a reading in common, else the
    fewest consonants apart."""
    spelt = OSA.normalized_similarity(a.key, b.key)
    a_reads, b_reads = set(a.readings()), set(b.readings())
    shared = a_reads & b_reads
    if shared:
        longest = max(len(s) for s in shared)
        return max(spelt, SHARED_LONG if longest >= 3 else SHARED_SHORT)
    edits, x, y = min((Levenshtein.distance(x, y), x, y) for x in a_reads for y in b_reads)
    longest = max(len(x), len(y))
    if edits == 1 and x[:1] == y[:1] and longest >= ONE_APART_MIN:
        return max(spelt, ONE_APART)
    return max(spelt, 0.9 * (1 - edits / longest)) if longest else spelt
