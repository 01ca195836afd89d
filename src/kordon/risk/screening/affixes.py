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


NISBA = "nisba"
WORD = "title or tribe"


def affix_kind(tokens: tuple[Token, ...], i: int) -> str:
    """NISBA or WORD when part i of a person's name is a nisba, or a title or tribe; else ''."""
    token = tokens[i]
    if token.role != PartRole.NAME:
        return ""
    if i > 0 and tokens[i - 1].role == PartRole.PARTICLE and tokens[i - 1].key in _ARTICLES:
        # A name part after the article that ends the name (al-Rawi) or stands before another
        # nisba (al-Masri al-Yemeni); not one inside a chain (Abd al-Rahman is a given name).
        last = i == len(tokens) - 1 or tokens[i + 1].key in _ARTICLES
        return NISBA if last else ""
    return WORD if _affix_word(token.key, token.skeleton, token.abjad) else ""


# From this many agreeing parts on, two different nisbas are one person's (a clan and a town:
# Bashar Sabawi Ibrahim Hasan al-Bayjat, al-Tikriti).
NISBAS_AGREE = 3


def free_affixes(
    q: tuple[Token, ...], q_used: set[int], c: tuple[Token, ...], c_used: set[int], agreeing: int
) -> tuple[frozenset[int], frozenset[int]]:
    """The parts of each name, without counterpart in the other, that are affixes.

    A nisba left over on both sides of a short name is a difference, not an addition: Abu
    Hafs al-Masri is not Abu Hafs al-Mauritani.
    """
    q_kinds = {i: k for i in range(len(q)) if i not in q_used and (k := affix_kind(q, i))}
    c_kinds = {j: k for j in range(len(c)) if j not in c_used and (k := affix_kind(c, j))}
    both = NISBA in q_kinds.values() and NISBA in c_kinds.values()
    if both and agreeing < NISBAS_AGREE:
        q_kinds = {i: k for i, k in q_kinds.items() if k != NISBA}
        c_kinds = {j: k for j, k in c_kinds.items() if k != NISBA}
    return frozenset(q_kinds), frozenset(c_kinds)


@lru_cache(maxsize=50_000)
def _affix_word(key: str, skel: str, abjad: bool) -> bool:
    """Whether a word is a title or a tribe, by its spelling (its consonants from an abjad)."""
    if abjad:
        return (len(skel) >= 3 and skel in _TRIBE_SKELETONS) or (
            len(key) >= 5 and key.endswith(_ABJAD_TRIBE_END)
        )
    return key in _TITLE_KEYS or key in _TRIBE_KEYS or (len(key) >= 6 and key.endswith(TRIBE_ENDS))
