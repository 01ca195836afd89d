"""Korean names in Latin letters: which names are Korean, and one spelling for their syllables.

The lists write Korean names in the DPRK's McCune-Reischauer-like Latin (PAK THAE SONG, RI
CHOL), South Korean documents in Revised Romanization (Park Tae-seong, Lee Cheol) or in the
spellings families keep from older custom (Choi, Soo, Woo, Oh, Ahn). These rules bring the
custom spellings to the letters the other systems write; the skeleton does the rest (eo and o,
eu and u are one vowel there).
"""

from __future__ import annotations

import re

# Korean family names in Latin, as DPRK, UN and South Korean spellings write them: a Latin name
# of one-syllable words that starts with one of them is read as Korean.
SURNAMES_LATIN = frozenset(
    {"kim", "ri", "li", "yi", "lee", "pak", "park", "choe", "choi", "jo", "cho", "jon", "chon"}
    | {"jong", "chong", "jung", "o", "ro", "no", "han", "kang", "hwang", "ryu", "yu", "rim"}
    | {"thae", "mun", "an", "hyon", "so", "sin", "shin", "ju", "ko", "kwon", "yun", "paek"}
    # Revised Romanization and older custom (김 Gim, 강 Gang, 장 Jang/Chang, 오 Oh, 안 Ahn,
    # 서 Seo/Suh, 윤 Yoon, 문 Moon, 우 Woo, 구 Koo, 주 Joo, 손 Sohn, 전 Jeon, 허 Heo/Hur).
    | {"gim", "gang", "jang", "chang", "oh", "ahn", "seo", "suh", "yoon", "moon", "woo", "koo"}
    | {"joo", "sohn", "son", "jeon", "jun", "heo", "hur", "bae", "pae", "baek", "byun", "pyon"}
    | {"song", "hong", "nam", "seong", "sung", "kwak", "chae", "eom", "um", "yang"}
    | {"lim", "im", "noh", "roh", "hyun", "hyeon", "shim", "sim", "kye", "ham", "tak", "gil"}
)

# A doubled o is the custom spelling of ㅜ (Soo = Su, Moon = Mun, Yoon = Yun), and w before it
# is no consonant (Woo = U); a syllable's h after its vowel is not heard (Oh = O, Ahn = An,
# Sohn = Son): no Korean syllable ends in h.
_OO = re.compile(r"w?oo")
_SYLLABLE_END_H = re.compile(r"(?<=[aeiou])h(?![aeiouyw])")


def common_spelling(latin: str) -> str:
    """A folded Latin Korean word with the custom spellings of its syllables read the lists'
    way (Soo-yong = su-yong, Oh = o, Woo = u)."""
    return _SYLLABLE_END_H.sub("", _OO.sub("u", latin))
