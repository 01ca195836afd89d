"""How alike two name parts are where one was read by its sound (`sounds`).

A part read from katakana or Chinese characters has the script's vowels, not the name's
(ナジーム najimu, Nazim), and several readings of the letters the script does not tell apart: it
is compared by its consonants, every reading against the other part's, as an abjad's part is.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA, Levenshtein

from kordon.risk.screening.text import Token

# The similarity of two parts that share a reading of three consonants or more, and of fewer:
# one or two consonants alike say little, as across an abjad, and only as written (謝爾 is
# Sher, not Kayali's kl by reading its x as h and its r as l).
SHARED_LONG, SHARED_SHORT = 0.95, 0.8
# One consonant apart from this many on: a consonant the script leaves out or writes otherwise
# (维克托 Viktor without its r, 列别杰夫 Lebedev with 杰 for a soft d).
ONE_APART_MIN = 4
ONE_APART = 0.82


def sound_similarity(a: Token, b: Token) -> float:
    """How alike two parts are, one or both read by sound: a reading in common, else the
    fewest consonants apart."""
    spelt = OSA.normalized_similarity(a.key, b.key)
    a_reads, b_reads = set(a.readings()), set(b.readings())
    shared = a_reads & b_reads
    if shared and max(len(s) for s in shared) >= 3:
        return max(spelt, SHARED_LONG)
    if shared & {t.skeleton for t in (a, b) if t.sound}:
        return max(spelt, SHARED_SHORT)
    if shared:
        return spelt
    edits, x, y = min((Levenshtein.distance(x, y), x, y) for x in a_reads for y in b_reads)
    longest = max(len(x), len(y))
    if edits == 1 and x[:1] == y[:1] and longest >= ONE_APART_MIN:
        return max(spelt, ONE_APART)
    return max(spelt, 0.9 * (1 - edits / longest)) if longest else spelt
