"""Foreign names in katakana, read back in Latin letters by their sound.

Japanese registers and Wikidata's Japanese labels write a foreign name in katakana, syllable by
syllable, its parts apart by a middle dot (モハメド・ナジーム, Mohamed Nazim). Katakana has a
vowel after every consonant but n (ド do for a final d, ム mu for m), a small ッ before a doubled
consonant, ー after a long vowel, and no l, v or th: ラ行 is l and r, バ行 b and v, サ行 s and
th. The reading spells those letters with the markers of `sounds` and leaves out a final vowel
katakana adds to a consonant.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from kordon.risk.screening.sounds import sound_part

# Katakana, full width and half width (ｶﾀｶﾅ, read as full width).
KATAKANA = re.compile("[\u30a1-\u30fa\uff66-\uff9d]")
# A run of katakana with its length mark, within a word that may hold other letters (IHIジェット).
_RUN = re.compile("([\u30a1-\u30fa\u30fc]+)")
# The dots and double hyphen that part a foreign name's words in katakana.
DOTS = re.compile("[\u30fb\u00b7\uff65\u30a0\uff1d=]")

_ROWS = {
    "k": "カキクケコ", "g": "ガギグゲゴ", "T": "サ-スセソ", "Z": "ザ-ズゼゾ",
    "t": "タ--テト", "d": "ダ--デド", "n": "ナニヌネノ", "h": "ハヒ-ヘホ", "B": "バビブベボ",
    "P": "パピプペポ", "m": "マミムメモ", "L": "ラリルレロ",
}  # fmt: skip
_SYLLABLES: dict[str, str] = {
    kana: consonant + vowel
    for consonant, row in _ROWS.items()
    for kana, vowel in zip(row, "aiueo", strict=True)
    if kana != "-"
}
_SYLLABLES.update(
    {"ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o", "シ": "shi", "ジ": "Ji", "チ": "Ci",
     "ツ": "tsu", "ヂ": "Ji", "ヅ": "Zu", "フ": "Fu", "ヤ": "ya", "ユ": "yu", "ヨ": "yo",
     "ワ": "wa", "ヰ": "i", "ヱ": "e", "ヲ": "o", "ン": "n", "ヴ": "vu",
     "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ヮ": "wa"}
)  # fmt: skip
# Small vowels take the place of the vowel before them (ティ ti, ファ fa, ウィ wi); small ya, yu,
# yo join the syllable before as its glide (キャ kya, シャ sha, ジョ jo).
_SMALL_VOWELS = frozenset("ァィゥェォ")
_SMALL_GLIDES = {"ャ": "a", "ュ": "u", "ョ": "o"}
# A final vowel katakana adds to a consonant that ends a foreign word (ド, ト, ム, ス, ル, ク ...).
_ADDED_FINAL = re.compile(r"(?:(?<=[kgTZdtBPmLFJ])|(?<=ts)|(?<=sh))u$|(?<=[dt])o$")


def is_katakana(word: str) -> bool:
    """Whether a word holds katakana."""
    return KATAKANA.search(word) is not None


def reading(text: str, other: Callable[[str], str]) -> str:
    """Katakana words in Latin letters, each a part to read by its sound, apart by spaces;
    what a word holds besides katakana is read by `other`."""
    out: list[str] = []
    for word in DOTS.split(unicodedata.normalize("NFKC", text)):
        for n, run in enumerate(_RUN.split(word)):
            if n % 2 == 0:
                out.append(other(run) if run else "")
            elif spelt := _word(run):
                out.append(sound_part(spelt))
    return " ".join(part for part in out if part)


def _word(word: str) -> str:
    """One word of katakana in marked Latin letters (`sounds.READINGS`)."""
    out: list[str] = []
    for char in word:
        if char in _SMALL_VOWELS and out:
            # ウィ wi, ヴィ vi: the u of a bare ウ or ヴ is a w or v sound before the vowel.
            last = out[-1]
            stem = last[:-1] if last[-1:] in "aiueo" else last
            out[-1] = (stem or "w") + _SYLLABLES[char]
        elif char in _SMALL_GLIDES and out:
            last = out[-1].removesuffix("i")
            glide = "" if last.endswith(("sh", "J", "C")) else "y"
            out[-1] = last + glide + _SMALL_GLIDES[char]
        elif char == "ー" or char == "ッ":
            # Length and a doubled consonant: the Latin key folds both.
            continue
        elif char in _SYLLABLES:
            out.append(_SYLLABLES[char])
    return _ADDED_FINAL.sub("", "".join(out))
