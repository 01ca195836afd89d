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
# Titles as Persian, Pashto and Arabic write them (آخوند, استاد, الدكتور, دکتر): by their
# consonants.
_TITLE_SKELETONS = frozenset(skeleton(latin_key(word)) for word in ("akhund", "ustad", "doctor"))


TITLE, TRIBE, NISBA = "title", "tribe", "nisba"


def affix_kind(tokens: tuple[Token, ...], i: int) -> str:
    """TITLE, TRIBE or NISBA when part i of a person's name is one; else ''."""
    token = tokens[i]
    if token.role != PartRole.NAME:
        return ""
    word = _affix_word(token.key, token.skeleton, token.abjad)
    if word == TITLE:
        # Arabic writes a title with the article (الدكتور, al-Duktur): a title still.
        return word
    if i > 0 and tokens[i - 1].role == PartRole.PARTICLE and tokens[i - 1].key in _ARTICLES:
        # A name part after the article that ends the name (al-Rawi) or stands before another
        # nisba (al-Masri al-Yemeni); not one inside a chain (Abd al-Rahman is a given name).
        last = i == len(tokens) - 1 or tokens[i + 1].key in _ARTICLES
        return NISBA if last else ""
    return word


# From this many agreeing parts on, a name's tribe or nisba against another's is one person's
# (a clan and a town: Bashar Sabawi Ibrahim Hasan al-Bayjat, al-Tikriti).
AFFIXES_AGREE = 3


def affix_kinds(tokens: tuple[Token, ...]) -> tuple[str, ...]:
    """Each part's affix kind ('' for none); () when no part is one, as most names have."""
    kinds = tuple(affix_kind(tokens, i) for i in range(len(tokens)))
    return kinds if any(kinds) else ()


def free_affixes(
    q: tuple[Token, ...],
    q_used: set[int],
    c: tuple[Token, ...],
    c_used: set[int],
    agreeing: int,
    kinds: tuple[tuple[str, ...], tuple[str, ...]],
) -> tuple[dict[int, str], dict[int, str]]:
    """The parts of each name, without counterpart in the other, that are affixes, by kind.

    `kinds` are the two names' `affix_kinds`.

    An affix is an addition only where the other name has none of its kind: a short name's
    tribe or nisba against another tribe or nisba names another man (Abu Hafs al-Masri, Abu
    Hafs al-Mauritani; Ahmad Shah Kuchi, Ahmad Shah Zadran). A title names nobody.
    """
    q_all, c_all = kinds
    q_kinds = {i: k for i, k in enumerate(q_all) if k and i not in q_used}
    c_kinds = {j: k for j, k in enumerate(c_all) if k and j not in c_used}
    if agreeing < AFFIXES_AGREE:
        both = (set(q_kinds.values()) & set(c_kinds.values())) - {TITLE}
        # A nisba against the one other name part the other name has left is a family name
        # against another (Abu Bakr al-Baghdadi, Abu Bakar Bashir).
        q_both = both | ({NISBA} if _other_free(c, c_used, c_kinds) == 1 else set())
        c_both = both | ({NISBA} if _other_free(q, q_used, q_kinds) == 1 else set())
        q_kinds = {i: k for i, k in q_kinds.items() if k not in q_both}
        c_kinds = {j: k for j, k in c_kinds.items() if k not in c_both}
    return q_kinds, c_kinds


def _other_free(tokens: tuple[Token, ...], used: set[int], kinds: dict[int, str]) -> int:
    """How many proper name parts without counterpart are not affixes."""
    return sum(
        1
        for i, t in enumerate(tokens)
        if i not in used and i not in kinds and t.role == PartRole.NAME
    )


@lru_cache(maxsize=50_000)
def _affix_word(key: str, skel: str, abjad: bool) -> str:
    """TITLE or TRIBE for a word that is one, by its spelling (its consonants from an abjad)."""
    if abjad:
        if len(skel) >= 3 and skel in _TITLE_SKELETONS:
            return TITLE
        tribe = (len(skel) >= 3 and skel in _TRIBE_SKELETONS) or (
            len(key) >= 5 and key.endswith(_ABJAD_TRIBE_END)
        )
        return TRIBE if tribe else ""
    if key in _TITLE_KEYS:
        return TITLE
    return TRIBE if key in _TRIBE_KEYS or (len(key) >= 6 and key.endswith(TRIBE_ENDS)) else ""
