"""Japanese names written in Russian by Polivanov's system, read in Hepburn's.

Russian writes Japanese names by syllables of its own (Ёсикава, Хадзимэ; Цутия, Синако), where
the lists' Latin writes Hepburn (Yoshikawa, Hajime; Tsuchiya, Shinako): си is shi, ти chi, цу
tsu, дз z or j, ся, сё, сю sha, sho, shu, тя cha, я ya, ё yo, ю yu, э e, й i after a vowel and
ва wa. Read letter by letter the Russian way, ти, тя and дз would be spelt otherwise.
"""

from __future__ import annotations

import re

# Polivanov's syllables: a consonant (дз, ц only before у, ф only before у, в only before а)
# and a vowel, a vowel alone, й after a vowel, н closing a syllable, ъ after it before a vowel.
_SYLLABLE = r"(?:(?:дз|[кгсзтднхмрбп])[аиуэоёюя]|цу|фу|ва|[аиуэоёюя])"
# A closing н never stands before a vowel (нъ does): one way only to split a word, so a word
# that fails does not try every split.
_WORDS = re.compile(rf"(?:(?:[кпст](?=[кпст]))?{_SYLLABLE}й?(?:нъ|н(?![аиуэоёюя]))?)+")
# What Russian names rarely hold and Polivanov's spelling of Japanese ones often: э, дз, цу,
# a ъ, a syllable softened by я, ё or ю after its consonant.
_JAPANESE = re.compile(r"э|дз|цу|ъ|[кгсзтднхмрбп][ёюя]")
# ти and тя alone tell less (Митина): with a word ending in a vowel Russian names seldom end in.
_CHI = re.compile(r"т[иёюя]")
_JAPANESE_END = frozenset("иуоэёю")
_CYRILLIC = re.compile("[а-яё]")
_HEPBURN = (
    ("дзя", "ja"), ("дзю", "ju"), ("дзё", "jo"), ("дзи", "ji"), ("дз", "z"),
    ("тя", "cha"), ("тю", "chu"), ("тё", "cho"), ("ти", "chi"),
    ("ся", "sha"), ("сю", "shu"), ("сё", "sho"), ("си", "shi"),
    ("цу", "tsu"), ("ва", "wa"),
)  # fmt: skip
_LETTERS = str.maketrans(
    {"а": "a", "и": "i", "у": "u", "э": "e", "о": "o", "я": "ya", "ю": "yu", "ё": "yo",
     "й": "i", "ъ": "", "к": "k", "г": "g", "с": "s", "з": "z", "т": "t", "д": "d", "н": "n",
     "х": "h", "м": "m", "р": "r", "б": "b", "п": "p", "ф": "f", "в": "v", "ц": "ts"}
)  # fmt: skip


def in_polivanov(words: list[str]) -> bool:
    """Whether a folded Cyrillic name is a Japanese one in Polivanov's spelling: every word
    made of its syllables, and a sign of Japanese that Russian names seldom show."""
    if not 2 <= len(words) <= 3 or not _CYRILLIC.match(words[0]):
        return False  # most names, at once
    parts = [w.strip(",") for w in words]
    if not all(_WORDS.fullmatch(w) for w in parts):
        return False
    text = " ".join(parts)
    if _JAPANESE.search(text):
        return True
    return bool(_CHI.search(text)) and any(w[-1] in _JAPANESE_END for w in parts)


def hepburn(word: str) -> str:
    """A folded Cyrillic word in Polivanov's spelling, in Hepburn's."""
    for old, new in _HEPBURN:
        word = word.replace(old, new)
    return word.translate(_LETTERS)
