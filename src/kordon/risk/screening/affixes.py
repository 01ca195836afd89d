"""Name parts that lists add to a person's name or leave out without naming anyone else.

Afghan and Pakistani entries carry a tribe (Noorzai, Barakzai, Zadran, Haqqani), Arab ones a
nisba after the article (al-Rawi, al-Tikriti), and many a title or rank (Akhund, Ustad,
General). One published name of a person has them, another does not; so a part of this kind
that the other name lacks says little, and does not make the other a relative.
"""

from __future__ import annotations

from functools import lru_cache

from kordon.risk.screening.text import PartRole, Token, latin_key, skeleton

# Titles and ranks written as name parts (the honorifics Haji, Mullah ... are particles).
TITLES = frozenset(
    {"akhund", "akhoond", "akhwand", "ustad", "ustaz", "ustadh", "general", "colonel", "doctor"}
    | {"dr", "commander", "qomandan", "kumandan", "sahib", "saheb", "pahlawan", "pahlavan"}
    | {"engineer", "mohandis", "muhandis", "tuan"}
)
# Pashtun and Baloch tribes that are not built with -zai or -khel.
TRIBES = frozenset(
    {"zadran", "jadran", "haqqani", "kuchi", "shinwari", "mohmand", "afridi", "mehsud", "wardak"}
    | {"kakar", "hotak", "tokhi", "mangal", "kharoti", "tarakai", "durrani", "baloch", "baluch"}
)
# Tribe and clan names built on a suffix: Noorzai, Stanekzai, Barakzai, Ahmadzai, Sulaimankhel
# (as keys: kh is read h); Persian script writes -zai as زی (zi).
TRIBE_ENDS = ("zai", "zay", "zoi", "hel", "hail", "hil")
_ABJAD_TRIBE_END = "zi"
# Articles before a nisba or a tribe (al-Rawi, el-Masri).
_ARTICLES = frozenset({"al", "el", "ul", "ad", "adh", "ash", "ur", "at", "ath", "az", "as"})
_TITLE_KEYS = frozenset(latin_key(word) for word in TITLES)
_TRIBE_KEYS = frozenset(latin_key(word) for word in TRIBES)
_TRIBE_SKELETONS = frozenset(skeleton(key) for key in _TRIBE_KEYS)


def is_affix(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether part i of a person's name is a title, a tribe or a nisba after the article."""
    token = tokens[i]
    if token.role != PartRole.NAME:
        return False
    if i > 0 and tokens[i - 1].role == PartRole.PARTICLE and tokens[i - 1].key in _ARTICLES:
        # A name part after the article that ends the name (al-Rawi) or stands before another
        # nisba (al-Masri al-Yemeni); not one inside a chain (Abd al-Rahman is a given name).
        return i == len(tokens) - 1 or tokens[i + 1].key in _ARTICLES
    return _affix_word(token.key, token.skeleton, token.abjad)


@lru_cache(maxsize=50_000)
def _affix_word(key: str, skel: str, abjad: bool) -> bool:
    """Whether a word is a title or a tribe, by its spelling (its consonants from an abjad)."""
    if abjad:
        return (len(skel) >= 3 and skel in _TRIBE_SKELETONS) or (
            len(key) >= 5 and key.endswith(_ABJAD_TRIBE_END)
        )
    return key in _TITLE_KEYS or key in _TRIBE_KEYS or (len(key) >= 6 and key.endswith(TRIBE_ENDS))
