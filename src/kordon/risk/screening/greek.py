"""Names in Greek script spelt in Latin letters as Greek names are written in them.

Letter by letter, μπ, ντ and γκ read mp, nt and gk, and ου, αυ and ευ oy, ay and ey; Greek says
and the lists write b, d and g at a word's head and mb, nd and ng inside it (Μπαλτάς Baltas,
Λαμπράκης Lambrakis), γγ ng (Ευάγγελος Evangelos), ου ou, and αυ and ευ av and ev, af and ef
before a voiceless consonant (Ευστάθιος Efstathios), or au and eu as older spellings write them
(Audis): marked V and F for `text.make_token` to read both ways. χ is kh, which the Latin
readings meet in ch and h as well (Christos, Hristos).
"""

from __future__ import annotations

import re
import unicodedata

GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
# Two letters read as one sound: at a word's head, and inside it.
_PAIRS_HEAD = {"μπ": "b", "ντ": "d", "γκ": "g"}
_PAIRS_INSIDE = {"μπ": "mb", "ντ": "nd", "γκ": "ng", "γγ": "ng", "γξ": "nx", "γχ": "nkh"}
_VOWEL_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi"}
# αυ and ευ: v before a vowel or a voiced consonant, f before a voiceless one.
_VOICELESS = frozenset("θκξπστφχψ")
_LETTERS = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "i", "φ": "f", "χ": "kh", "ψ": "ps", "ω": "o",
}  # fmt: skip


MARKS = frozenset("VF")


def spell(word: str) -> str:
    """A folded word in Greek script in Latin letters (see the module's docstring)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")
    out: list[str] = []
    n = 0
    while n < len(bare):
        pair = bare[n : n + 2]
        head = n == 0 or not GREEK.match(bare[n - 1])
        if head and pair in _PAIRS_HEAD:
            out.append(_PAIRS_HEAD[pair])
            n += 2
        elif pair in _PAIRS_INSIDE:
            out.append(_PAIRS_INSIDE[pair])
            n += 2
        elif pair in _VOWEL_PAIRS:
            out.append(_VOWEL_PAIRS[pair])
            n += 2
        elif pair in ("αυ", "ευ"):
            # Marked: V is v, F is f, each u in the older spelling (Avdis, Audis; Evripidis).
            after = bare[n + 2 : n + 3]
            out.append(pair[0].replace("α", "a").replace("ε", "e"))
            out.append("F" if after in _VOICELESS or not after else "V")
            n += 2
        else:
            out.append(_LETTERS.get(bare[n], bare[n]))
            n += 1
    return "".join(out)
