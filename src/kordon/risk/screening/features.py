"""Features of one name comparison: each a small function whose docstring explains it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import OSA, JaroWinkler, Levenshtein

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.screening.acronyms import acronym_agrees, spelt_by_heads
from kordon.risk.screening.affixes import TITLE, free_affixes
from kordon.risk.screening.chinese import HAN
from kordon.risk.screening.given_names import group_name
from kordon.risk.screening.initials import sounds_agree
from kordon.risk.screening.legal_forms import is_place
from kordon.risk.screening.names import (
    ParsedName,
    heads,
    initials,
    own_acronym,
    without_suffix_comma,
)
from kordon.risk.screening.sound_match import sound_similarity
from kordon.risk.screening.text import SPELT, PartRole, Token, latin_key, skeleton
from kordon.risk.screening.word_more import COMPANY_WORDS, Word, one_word_more

# Below this similarity two name parts are not taken to be the same part.
ALIGN_MIN = 0.75
# Two parts this similar count as agreeing for the given-name rule.
AGREE_MIN = 0.8
# Skeletons of first names that lists often leave out of a compound name (Muhammad Arif
# Qasmani = Arif Qasmani, Abdul Wakil = Wakil), and of Hafiz, a title as often as a name:
# their absence does not make a relative.
DROPPED_FIRST_NAMES = frozenset(
    {"mkmd", "mmd", "mkmt", "akmd", "abdl", "abd", "ab", "mr", "sd", "kvz"}
)
# Of those, the ones a short form may leave out in front of the given name: Muhammad (Mahamat
# in Chad) and the titles Sayyid, Mir and Hafiz. Abd and Abu make one name with the next part
# (Abd al-Baqi is not Baqi), and Ahmad is a given name of its own.
DROPPED_BEFORE_GIVEN = frozenset({"mkmd", "mmd", "mkmt", "mr", "sd", "kvz"})
# Muhammad's skeletons (Mahamat among them), and Abd's at the head of a compound.
MUHAMMAD = frozenset({"mkmd", "mmd", "mkmt"})
_ABD = frozenset({"abd", "abdl"})
# How alike a nickname and the name it stands for are: one given name, as two forms of a
# group in `given_names` are.
NICKNAME_SIMILARITY = 0.9
# How alike one part of a short form at least must be, and the parts after a Muhammad all.
SHORT_FORM_SPELT = 0.9
# Weight of an unmatched extra part when two or more parts already agree (missing middle
# names, patronymics and extra given names are common; a different surname is not).
EXTRA_PART_WEIGHT = 0.5
# Weight of those parts when every part of the other, shorter name is found in this one: a
# short form of the full name (Alaa Mubarak, MUBARAK Alaa Mohamed Hosni Elsayed; given and
# family name against a name with patronymic or nasab). The relatives rule still caps a name
# whose given name is not found.
SHORT_FORM_PART_WEIGHT = 0.25


def token_similarity(a: Token, b: Token) -> float:
    """How alike two name parts are, 0..1, by spelling or (across scripts) by skeleton."""
    if a.key == b.key:
        return 1.0
    if a.key.startswith(SPELT) != b.key.startswith(SPELT):
        # A translated word is met by its spelling only, never by a word spelt like it
        # (#generation is not generations). It is marked in a name where it is distinctive, not
        # where it is generic (civic beside its quoted name), so one word may be marked on one
        # side only: the same spelling is the same word.
        return 1.0 if a.key.removeprefix(SPELT) == b.key.removeprefix(SPELT) else 0.0
    if a.key.isdigit() or b.key.isdigit():
        # Numbers are not spelt: 445 is not 4455, Branch 312 not Branch 313.
        return 0.0
    if a.sound or b.sound:
        # A name read from katakana or characters by its sound (`sound_match`).
        return sound_similarity(a, b)
    # Edit distance with transpositions, not Jaro-Winkler: Melli and Mellat are different
    # words, Holidng and Holding are not.
    spelt = OSA.normalized_similarity(a.key, b.key)
    if _initials_clash(a, b):
        # Skeletons merge h with k and q (Russian writes Heydar as Гейдар), but a name that
        # starts with h is not one that starts with q or k (Haniyeh, Qaani; Heydarov, Kadyrov).
        # A kh written at the start is k in as many Latin spellings as it is h (Khawa, Kawa):
        # read as k, the spelling alone decides. An abjad spells the letter it means.
        if a.abjad or b.abjad:
            return spelt
        return max(spelt, OSA.normalized_similarity(_kh_as_k(a), _kh_as_k(b)))
    same = a.skeleton == b.skeleton or a.alt == b.skeleton or a.skeleton == b.alt
    if not same and (a.extra or b.extra or a.more or b.more):
        # A third reading (German voiced letters, a Korean final ng, a Hebrew letter of two
        # values) meets the other's.
        same = bool(set(a.readings()) & set(b.readings()))
    if (
        not same
        and ("h" in a.key) != ("h" in b.key)
        and min(len(a.key), len(b.key)) >= 4
        and abs(len(a.key) - len(b.key)) <= 3
        and not (a.abjad or b.abjad)
    ):
        # Russian and French drop an h that Armenian and Arabic sound (Ованес, Hovhannes;
        # Issène, Hissein).
        same = _without_h(a.key) == _without_h(b.key)
    if not same and ("th" in a.key) != ("th" in b.key) and not (a.abjad or b.abjad):
        # Arabic ث is th in one romanisation and s in another, as Persian and Urdu say it
        # (Harith, Haris; Uthman, Usman).
        same = _th_as_s(a.key) == b.skeleton or a.skeleton == _th_as_s(b.key)
    if not same and ("th" in a.key) != ("th" in b.key):
        # Arabic ذ and ظ are th or dh in Iraqi and Gulf spellings and z as Persian, Urdu and
        # Turkish say them (Kathim, Kazim, كاظم; al-Bathali, al-Bazali, البذالي).
        same = _th_as_z(a.key) in b.readings() or _th_as_z(b.key) in a.readings()
    if not same:
        if b.key in a.nicknamed or a.key in b.nicknamed:
            # A nickname and a name it stands for (Bill, William; Kate, Katherine).
            return max(spelt, NICKNAME_SIMILARITY)
        if a.alt == b.alt and (a.alt != a.skeleton or b.alt != b.skeleton):
            # Both read the same another way: one given name in two languages (Mykola,
            # Nikolai) or one romanisation read the English way (Siergiej, Sergej).
            return max(spelt, 0.9)
        if (
            (_is_compound(a) or _is_compound(b))
            and _compound_stem(a.key, a.abjad) == _compound_stem(b.key, b.abjad) != ""
            # 'Abd alone is the head of another compound (Abd al-Razzaq), not the first half
            # of this one (Obaidullah, Abdullah).
            and "abd" not in (a.key, b.key)
        ):
            # A compound given name and its first half (Sirajuddin, Siraj; Nasrullah, Nasr).
            return max(spelt, 0.85)
    elif a.skeleton:
        if a.abjad or b.abjad or a.vowels_guessed or b.vowels_guessed:
            # Two consonants say little without the vowels an abjad leaves out, unless they
            # are the very letters (Haqqani, حقانی), not just of one class.
            long = min(len(a.skeleton), len(b.skeleton)) >= 3
            return max(spelt, 0.95 if long or _consonants(a.key) == _consonants(b.key) else 0.8)
        if not {a.syllables, a.alt_syllables} & {b.syllables, b.alt_syllables}:
            if _one_given_name(a.key, b.key):
                # One given name in two languages (Mykhailo, Michail; Petro, Pyotr).
                return max(spelt, 0.9)
            # A different rhythm is a different name (Mahmud, Muhammad) unless the spelling
            # is close too (a typo that moves a vowel: Mehidyev, Mehdiyev).
            return max(spelt, 0.85) if spelt >= 0.6 else spelt
        if min(len(a.skeleton), len(b.skeleton)) >= 3:
            return max(spelt, 0.9)
        return max(spelt, 0.8, (1.0 + spelt) / 2)
    if (a.abjad or b.abjad) and min(len(a.skeleton), len(b.skeleton)) >= 2:
        # Only the abjad side's second reading counts here: a Latin part's second reading is
        # for Cyrillic romanisations, not for Persian.
        a_reads = {a.skeleton, a.alt, *a.more} if a.abjad else {a.skeleton}
        b_reads = {b.skeleton, b.alt, *b.more} if b.abjad else {b.skeleton}
        edits = min(Levenshtein.distance(x, y) for x in a_reads for y in b_reads)
        longest = max(len(a.skeleton), len(b.skeleton))
        # One consonant apart across scripts is a typo or a vowel letter read as a consonant,
        # provided the parts start alike (Hamid is not محمد), and neither is 'Abd, the head
        # of a compound, not a name one letter short of another (عبد, Obaidullah).
        abd = "abd" in (a.key, b.key)
        if edits == 1 and a.skeleton[0] == b.skeleton[0] and longest >= 4 and not abd:
            return max(spelt, 0.82)
        return max(spelt, 0.9 * (1 - edits / longest))
    return spelt


def _after_muhammad(joined: Token, name: Token) -> bool:
    """Whether a part is Muhammad joined to the other part, of three consonants or more."""
    for head in MUHAMMAD:
        rest = joined.skeleton[len(head) :]
        if joined.skeleton.startswith(head) and len(rest) >= 3 and rest in name.readings():
            return True
    return False


_LONE_H = re.compile(r"(?<![sczptgk])h")


@lru_cache(maxsize=100_000)
def _without_h(key: str) -> str:
    """The skeleton of a key without the h that stands for itself (not sh, ch, th ...)."""
    return skeleton(_LONE_H.sub("", key))


@lru_cache(maxsize=20_000)
def _th_as_s(key: str) -> str:
    """The skeleton of a key with th read as s."""
    return skeleton(key.replace("th", "s"))


@lru_cache(maxsize=20_000)
def _th_as_z(key: str) -> str:
    """The skeleton of a key with th read as z ("" for a key without th)."""
    return skeleton(key.replace("th", "z")) if "th" in key else ""


def _one_given_name(a: str, b: str) -> bool:
    """Whether two keys are forms of one given name (see `given_names`)."""
    group = group_name(a)
    return group is not None and group == group_name(b)


def _consonants(key: str) -> str:
    """The consonant letters of a key, as written (no classes merged)."""
    return "".join(c for c in key if c not in "aeiouy")


def _initials_clash(a: Token, b: Token) -> bool:
    """Whether one part starts with h and the other with q or k."""
    first = {a.key[:1], b.key[:1]}
    return "h" in first and bool(first & {"q", "k"})


def _kh_as_k(token: Token) -> str:
    """A part's key with a kh written at its start (folded into h) read as k."""
    return "k" + token.key[1:] if token.kh else token.key


_COMPOUND_ENDS: tuple[str, ...] = ("udin", "odin", "edin", "ulah", "ula", "olah", "ola", "alah")
# Second halves written apart and joined to the first (`text._join_latin_compounds`): Saif
# al-Din is Saifadin, Burhan al-Deen Burhanaden, Shams ur-Rahman Shamsurahman.
_COMPOUND_ENDS += ("adin", "aden", "uden", "eden", "edine", "urahman", "arahman", "ulhaq")


# Spelt from Arabic script, -uddin has no vowel before the d (سراج‌الدین = srajdin).
_ABJAD_COMPOUND_ENDS = (*_COMPOUND_ENDS, "din")


def _is_compound(token: Token) -> bool:
    """Whether a part ends like an Arabic compound given name."""
    return token.key.endswith(_ABJAD_COMPOUND_ENDS if token.abjad else _COMPOUND_ENDS)


@lru_cache(maxsize=100_000)
def _compound_stem(key: str, abjad: bool = False) -> str:
    """The first half of an Arabic compound given name (Siraj of Sirajuddin); else ''."""
    ends = _ABJAD_COMPOUND_ENDS if abjad else _COMPOUND_ENDS
    for end in ends:
        if key.endswith(end) and len(key) - len(end) >= 3:
            return skeleton(key[: -len(end)])
    return skeleton(key) if len(key) >= 3 and not key.endswith(ends) else ""


@dataclass(slots=True)
class Comparison:
    """One screened name against one entry name: weights, aligned parts, context."""

    query: ParsedName
    candidate: ParsedName
    q_weights: list[float]
    c_weights: list[float]
    pairs: list[tuple[int, int, float]]
    query_country: str | None = None
    entry_country: str | None = None
    # How many of the list's entries carry a part of a skeleton; None where no list is known.
    carriers: Callable[[str], int] | None = None
    agreeing: int = 0
    generic_extra: float = EXTRA_PART_WEIGHT
    # Whether every proper name part of the query (of the candidate) is found in the other.
    query_whole: bool = False
    candidate_whole: bool = False
    # A person's parts without counterpart that are titles, tribes or nisbas (see `affixes`).
    q_affixes: dict[int, str] = field(default_factory=dict)
    c_affixes: dict[int, str] = field(default_factory=dict)
    # Whether a person's initial starts otherwise than the other's given name (`initials_disagree`):
    # the relatives rule and the names run together both read it.
    initials_differ: bool = False

    def __post_init__(self) -> None:
        """Work out once what several features need."""
        q, c = self.query.tokens, self.candidate.tokens
        self.agreeing = sum(
            1
            for i, j, sim in self.pairs
            if sim >= AGREE_MIN and q[i].role == PartRole.NAME and c[j].role == PartRole.NAME
        )
        if self.query.affixes or self.candidate.affixes:
            self.q_affixes, self.c_affixes = free_affixes(
                q,
                {i for i, _, _ in self.pairs},
                c,
                {j for _, j, _ in self.pairs},
                self.agreeing,
                (self.query.affixes, self.candidate.affixes),
            )
        if self.query.kind == WatchlistKind.PERSON and self.agreeing >= 2:
            q_agree = {i for i, _, sim in self.pairs if sim >= AGREE_MIN}
            c_agree = {j for _, j, sim in self.pairs if sim >= AGREE_MIN}
            # A title, tribe or nisba the other name lacks does not stop a name being found
            # whole (Abdul Qadir Haqqani in ABDUL QADEER BASIR ABDUL BASEER).
            self.query_whole = all(
                i in q_agree or i in self.q_affixes
                for i, t in enumerate(q)
                if t.role == PartRole.NAME
            )
            self.candidate_whole = all(
                j in c_agree or j in self.c_affixes
                for j, t in enumerate(c)
                if t.role == PartRole.NAME
            )
        if any(self.query.generic) and any(self.candidate.generic):
            q_used = {i for i, _, _ in self.pairs}
            c_used = {j for _, j, _ in self.pairs}
            q_gen = any(g and i not in q_used for i, g in enumerate(self.query.generic))
            c_gen = any(g and j not in c_used for j, g in enumerate(self.candidate.generic))
            # Generic words count less when only one side has any left over: Sberbank is
            # Sberbank of Russia, but PASHA Holding is not PASHA Bank.
            if q_gen and c_gen:
                self.generic_extra = 1.0
        self.initials_differ = initials_disagree(self)

    def coverage(self, name: ParsedName, weights: list[float], matched: dict[int, float]) -> float:
        """Weighted share of one side's parts found on the other side."""
        if name.kind == WatchlistKind.COMPANY:
            # A company's extra distinctive word is a different company; a generic one is not.
            extra = 1.0
        elif self.candidate_whole if name is self.query else self.query_whole:
            extra = SHORT_FORM_PART_WEIGHT
        else:
            extra = EXTRA_PART_WEIGHT if self.agreeing >= 2 else 1.0
        generic = name.generic
        # A title, tribe or nisba one published name has and the other lacks (Mohammad Aman
        # Akhund, Mohammad Aman Noorzai) weighs as a short form's extra parts, once two
        # parts agree.
        affix = SHORT_FORM_PART_WEIGHT if self.agreeing >= 2 else extra
        affixes = self.q_affixes if name is self.query else self.c_affixes
        found = 0.0
        total = 0.0
        for i, w in enumerate(weights):
            sim = matched.get(i)
            if sim is not None:
                found += w * sim
                total += w
            elif generic and generic[i]:
                total += w * self.generic_extra
            else:
                total += w * (min(extra, affix) if i in affixes else extra)
        return found / total if total else 0.0


def _generic_similarity(a: Token, b: Token) -> float:
    """Generic company words also agree when one abbreviates the other (Air, Airlines)."""
    short, long = sorted((a.key, b.key), key=len)
    if len(short) >= 2 and long.startswith(short):
        return max(0.9, token_similarity(a, b))
    return token_similarity(a, b)


def align(q: ParsedName, c: ParsedName) -> list[tuple[int, int, float]]:
    """Pair each part of one name with its most similar free part of the other, greedily."""
    q_generic = q.generic or (False,) * len(q.tokens)
    c_generic = c.generic or (False,) * len(c.tokens)
    similarity = _exact_similarity if _both_in_characters(q, c) else token_similarity
    # Most similar first; between equals, parts in the same place (Abdul ... Abdul).
    scored = [
        (
            -(_generic_similarity(a, b) if q_generic[i] and c_generic[j] else similarity(a, b)),
            abs(i - j),
            i,
            j,
        )
        for i, a in enumerate(q.tokens)
        for j, b in enumerate(c.tokens)
        if (a.role == PartRole.PARTICLE) == (b.role == PartRole.PARTICLE)
    ]
    scored.sort()
    used_q: set[int] = set()
    used_c: set[int] = set()
    pairs = []
    for negative, _, i, j in scored:
        sim = -negative
        if sim < ALIGN_MIN:
            break
        if i not in used_q and j not in used_c:
            used_q.add(i)
            used_c.add(j)
            pairs.append((i, j, sim))
    if q.kind == WatchlistKind.PERSON:
        pairs.extend(_joined_particle_pairs(q, c, used_q, used_c))
        pairs.extend(_compound_pairs(q, c, used_q, used_c))
        pairs.extend(
            _muhammad_joined_pairs(q, c, {i for i, _, _ in pairs}, {j for _, j, _ in pairs})
        )
    return pairs


def _both_in_characters(q: ParsedName, c: ParsedName) -> bool:
    """Whether both names are written in Chinese characters."""
    return bool(HAN.search(q.text)) and bool(HAN.search(c.text))


def _exact_similarity(a: Token, b: Token) -> float:
    """Two parts read from Chinese characters: alike only when read alike. Their Pinyin is
    the characters' own reading, not a spelling that may slip: 远航 Yuanhang and 远洋 Yuanyang
    are two words, not one written two ways."""
    return 1.0 if a.key == b.key else 0.0


def _muhammad_joined_pairs(
    q: ParsedName, c: ParsedName, used_q: set[int], used_c: set[int]
) -> list[tuple[int, int, float]]:
    """A pair for Muhammad joined to a given name on one side and that name alone on the other
    (محمدحسن, Hassan), once nothing else has met them: lists drop Muhammad in front, written
    apart or joined."""
    for i, a in enumerate(q.tokens):
        if i in used_q or a.role != PartRole.NAME:
            continue
        for j, b in enumerate(c.tokens):
            if (
                j not in used_c
                and b.role == PartRole.NAME
                and (_after_muhammad(a, b) or _after_muhammad(b, a))
            ):
                return [(i, j, MUHAMMAD_DROPPED_SIMILARITY)]
    return []


def _joined_particle_pairs(
    q: ParsedName, c: ParsedName, used_q: set[int], used_c: set[int]
) -> list[tuple[int, int, float]]:
    """Pairs for a part written joined to the particle or title before it on one side
    (Hajizadeh, Abuzubair) and apart on the other (Haji Zadeh, Abu Zubeyr)."""
    out: list[tuple[int, int, float]] = []
    if not any(t.role == PartRole.PARTICLE for t in (*q.tokens, *c.tokens)):
        return out
    for many, one, used_many, used_one in ((q, c, used_q, used_c), (c, q, used_c, used_q)):
        for k in range(1, len(many.tokens)):
            head, tail = many.tokens[k - 1], many.tokens[k]
            if head.role != PartRole.PARTICLE or tail.role != PartRole.NAME or k in used_many:
                continue
            j = next(
                (
                    j
                    for j, t in enumerate(one.tokens)
                    if j not in used_one and t.role == PartRole.NAME and _run_is(head, tail, t)
                ),
                None,
            )
            if j is None:
                continue
            used_many.update((k - 1, k))
            used_one.add(j)
            found = [(k - 1, j, COMPOUND_SIMILARITY), (k, j, COMPOUND_SIMILARITY)]
            out.extend(found if many is q else [(a, b, sim) for b, a, sim in found])
    return out


# Similarity given to the parts of a compound name written in one word on the other side.
COMPOUND_SIMILARITY = 0.95
# Muhammad joined to a name, against that name alone: one given name, with a part dropped.
MUHAMMAD_DROPPED_SIMILARITY = 0.85


def _compound_pairs(
    q: ParsedName, c: ParsedName, used_q: set[int], used_c: set[int]
) -> list[tuple[int, int, float]]:
    """Pairs for a compound name written as one word on one side and two on the other."""
    q_free = [i for i, t in enumerate(q.tokens) if i not in used_q and t.role == PartRole.NAME]
    c_free = [j for j, t in enumerate(c.tokens) if j not in used_c and t.role == PartRole.NAME]
    if not _one_compound(q, q_free, c, c_free):
        return _adjacent_compound_pairs(q, q_free, c, c_free)
    if len(q_free) == 1:
        return [(q_free[0], j, COMPOUND_SIMILARITY) for j in c_free]
    return [(i, c_free[0], COMPOUND_SIMILARITY) for i in q_free]


# The fewest consonants two parts run together must share with one word across scripts, where
# only the consonants can agree.
RUN_ABJAD_MIN = 5


def _run_is(head: Token, tail: Token, word: Token) -> bool:
    """Whether two parts run together are one word of the other name (Haji Zadeh, Hajizadeh).

    Consonants alone join names by chance (Elena Aghai, Ilonggo): in one script the spelling
    must agree too; across scripts the run must be long.
    """
    run = skeleton(head.key + tail.key)
    if run not in (word.skeleton, word.alt) or len(run) < JOINED_SKELETON_MIN:
        return False
    if any(t.abjad or t.vowels_guessed for t in (head, tail, word)):
        return len(run) >= RUN_ABJAD_MIN
    return OSA.normalized_similarity(latin_key(head.key + tail.key), word.key) >= AGREE_MIN


def _adjacent_compound_pairs(
    q: ParsedName, q_free: list[int], c: ParsedName, c_free: list[int]
) -> list[tuple[int, int, float]]:
    """Pairs for one free word that is two free parts of the other name, next to each other,
    run together (Allahdad, ALLAH DAD MATIN; Abuminyar, Abu Minyar)."""
    out: list[tuple[int, int, float]] = []
    if len(q_free) + len(c_free) < 3:
        # One word on one side and two on the other at the least.
        return out
    used: set[tuple[bool, int]] = set()  # (on the query's side, part)
    for one, one_free, many, many_free, flip in (
        (q, q_free, c, c_free, False),
        (c, c_free, q, q_free, True),
    ):
        # Only a word long enough to hold two parts can be them run together.
        words = [j for j in one_free if len(one.tokens[j].skeleton) >= JOINED_SKELETON_MIN]
        for k in many_free if words else ():
            if k + 1 not in many_free or {(flip, k), (flip, k + 1)} & used:
                continue
            j = next(
                (
                    j
                    for j in words
                    if (not flip, j) not in used
                    and _run_is(many.tokens[k], many.tokens[k + 1], one.tokens[j])
                ),
                None,
            )
            if j is None:
                continue
            used.update({(flip, k), (flip, k + 1), (not flip, j)})
            for part in (k, k + 1):
                out.append(
                    (part, j, COMPOUND_SIMILARITY) if flip else (j, part, COMPOUND_SIMILARITY)
                )
    return out


def query_coverage(cmp: Comparison) -> float:
    """Share of the screened name's weight (rare parts weigh more) found in the entry's name."""
    return cmp.coverage(cmp.query, cmp.q_weights, {i: s for i, _, s in cmp.pairs})


def entry_coverage(cmp: Comparison) -> float:
    """Share of the entry name's weight found in the screened name."""
    return cmp.coverage(cmp.candidate, cmp.c_weights, {j: s for _, j, s in cmp.pairs})


def given_name_agreement(cmp: Comparison) -> float:
    """1 when a person's given name agrees too, not the surname alone; 0 when it does not."""
    if cmp.query.kind != WatchlistKind.PERSON:
        return 1.0
    # A title left over is no name part (Pahlawan Shamsuddin, SHAMSUDDIN).
    q_names = sum(
        1
        for i, t in enumerate(cmp.query.tokens)
        if t.role == PartRole.NAME and cmp.q_affixes.get(i) != TITLE
    )
    c_names = sum(
        1
        for j, t in enumerate(cmp.candidate.tokens)
        if t.role == PartRole.NAME and cmp.c_affixes.get(j) != TITLE
    )
    need = min(2, q_names, c_names) if min(q_names, c_names) >= 2 else max(q_names, c_names)
    if cmp.agreeing >= min(need, 2):
        return 1.0
    if cmp.agreeing == 1 and need >= 2:
        return 1.0 if _long_part_spelt_apart(cmp) or _every_part_aligned(cmp) else 0.0
    return 0.0


def _every_part_aligned(cmp: Comparison) -> bool:
    """Whether two names of as many parts meet part for part, one spelt alike and the others
    nearly (Bosco Ntagenda, BOSCO TAGANDA; Tuwah Febriwansah, TUAH FEBRIWANSYAH): one name
    written by two lists, not a namesake, who differs in a whole part."""
    q_names = [i for i, t in enumerate(cmp.query.tokens) if t.role == PartRole.NAME]
    c_names = [j for j, t in enumerate(cmp.candidate.tokens) if t.role == PartRole.NAME]
    if len(q_names) != len(c_names):
        return False
    q, c = cmp.query.tokens, cmp.candidate.tokens
    aligned = [
        sim for i, j, sim in cmp.pairs if q[i].role == PartRole.NAME and c[j].role == PartRole.NAME
    ]
    return len(aligned) == len(q_names) and max(aligned, default=0.0) >= SHORT_FORM_SPELT


# A long part this many letters or more, aligned to another below AGREE_MIN, is one name spelt
# two ways (Mutebuzi, MUTEBUTSI; Qalehbani, Ghalebani), once the given name agrees.
SPELT_APART_LEN = 8


def _long_part_spelt_apart(cmp: Comparison) -> bool:
    """Whether the given names agree and another long part is aligned, if less closely."""
    q, c = cmp.query, cmp.candidate
    given = any(i == q.given and j == c.given and sim >= AGREE_MIN for i, j, sim in cmp.pairs)
    return given and any(
        i != q.given
        and q.tokens[i].role == PartRole.NAME
        and c.tokens[j].role == PartRole.NAME
        and min(len(q.tokens[i].key), len(c.tokens[j].key)) >= SPELT_APART_LEN
        for i, j, sim in cmp.pairs
        if sim < AGREE_MIN
    )


def relatives(cmp: Comparison) -> float:
    """1 when the names share a family tail but not the given name (a father, son or brother)."""
    if cmp.query.kind != WatchlistKind.PERSON:
        return 0.0
    if cmp.initials_differ:
        # Initials that differ name other given names (DOCKRAT, F.; DOCKRAT, J. I.).
        return 1.0
    q, c = cmp.query, cmp.candidate
    q_names = [i for i, t in enumerate(q.tokens) if t.role == PartRole.NAME]
    c_names = [j for j, t in enumerate(c.tokens) if t.role == PartRole.NAME]
    if len(q_names) < 2 or len(c_names) < 2 or q.given < 0 or c.given < 0:
        return 0.0
    to_c = {i: j for i, j, _ in cmp.pairs}
    to_q = {j: i for i, j, _ in cmp.pairs}
    # Titles, tribes and nisbas one name adds (Akhund, Noorzai, al-Rawi) name nobody else.
    q_free = [i for i in q_names if i not in to_c and i not in cmp.q_affixes]
    c_free = [j for j in c_names if j not in to_q and j not in cmp.c_affixes]
    # A part on each side with no counterpart while two agree: one name part differs
    # (Kim Yong Chol / Kim Yong Nam; Barzan / Watban Ibrahim Hasan).
    if q_free and c_free and cmp.agreeing >= 2:
        if _given_and_next_agree(q, c, to_c, q_names, c_names):
            # The given name agrees and so does the father's name or the family name: a part
            # further on is spelt or kept differently (Umar Mahmud Rahim al-Kubaysi, UMAR
            # MAHMUD IRHAYYIM AL-KUBAYSI), not another man; a relative differs in the given name.
            return 0.0
        return 0.0 if _one_compound(q, q_free, c, c_free) else 1.0
    if to_c.get(q.given) == c.given:
        return 0.0
    q_given_free, c_given_free = q.given not in to_c, c.given not in to_q
    # Nasab chains: one side's given name is the other's father's name (Saddam Hussein,
    # Odai Saddam Hussein); a first name lists often drop (Muhammad, Abdul) is not one.
    if q_given_free != c_given_free:
        free = q.tokens[q.given] if q_given_free else c.tokens[c.given]
        if free.skeleton in DROPPED_FIRST_NAMES or first_given_more(cmp):
            return 0.0
        # A compound given name written in two words on one side and one on the other
        # (Ali Akbar, علی‌اکبر; Mohammad Javad, محمدجواد) is the same given name.
        if q_given_free:
            return 0.0 if _compound_given(q, q.given, c, to_c) else 1.0
        return 0.0 if _compound_given(c, c.given, q, to_q) else 1.0
    if q_given_free and c_given_free:
        # Both given names differ while the rest agrees (Barzan / Watban Ibrahim Hasan).
        return 1.0 if cmp.agreeing >= 1 else 0.0
    # Both given names are found elsewhere: the order differs (SURNAME Given).
    return 0.0


def initials_disagree(cmp: Comparison) -> bool:
    """Whether a person's given name written as an initial starts otherwise than the other
    name's given name or initial (DOCKRAT, F.; DOCKRAT, J. I.), see `initials`."""
    q, c = cmp.query, cmp.candidate
    if q.kind != WatchlistKind.PERSON or not (q.initials_at or c.initials_at):
        return False
    if cmp.agreeing < 1:
        return False
    q_first = _first_given(q, {i for i, _, _ in cmp.pairs})
    c_first = _first_given(c, {j for _, j, _ in cmp.pairs})
    if q_first is None or c_first is None:
        return False
    if q_first not in q.initials_at and c_first not in c.initials_at:
        # Two given names written out are the relatives rule's to compare.
        return False
    return not sounds_agree(q.tokens[q_first], c.tokens[c_first])


def _first_given(name: ParsedName, aligned: set[int]) -> int | None:
    """Where a name's first given name or initial stands, when the other name does not share
    it (None when it does, or the name has none): a first name lists often drop (Muhammad)
    is passed over."""
    for i in name.given_order:
        token = name.tokens[i]
        if i in name.initials_at:
            return i
        if i in aligned:
            return None
        if token.skeleton not in DROPPED_FIRST_NAMES:
            return i
    return None


def _given_and_next_agree(
    q: ParsedName, c: ParsedName, to_c: dict[int, int], q_names: list[int], c_names: list[int]
) -> bool:
    """Whether both given names meet, and the next part too where the given name is one
    lists put before many names (Muhammad, Abdul); never for names of one-syllable parts.

    Korean and Chinese names put the family name first: there a shared first and second
    syllable with a third that differs is a brother (RI CHOL MIN, RI CHOL HUN).
    """
    if to_c.get(q.given) != c.given:
        return False
    if all(q.tokens[i].syllables <= 1 for i in q_names) or all(
        c.tokens[j].syllables <= 1 for j in c_names
    ):
        return False
    if q_names[-1] not in to_c and c_names[-1] not in to_c.values():
        # Both family names differ: a namesake (Ahmad Ali Karimi, Ahmad Ali Rezaei).
        return False
    if q.tokens[q.given].skeleton not in DROPPED_FIRST_NAMES:
        return True
    q_next = next((i for i in q_names if i > q.given), None)
    c_next = next((j for j in c_names if j > c.given), None)
    return q_next is not None and c_next is not None and to_c.get(q_next) == c_next


def _one_compound(q: ParsedName, q_free: list[int], c: ParsedName, c_free: list[int]) -> bool:
    """Whether the free parts are one compound name, in one word on one side (محمدجواد)."""
    if len(q_free) == 1 and len(c_free) > 1:
        one, many = q.tokens[q_free[0]], [c.tokens[j] for j in c_free]
    elif len(c_free) == 1 and len(q_free) > 1:
        one, many = c.tokens[c_free[0]], [q.tokens[i] for i in q_free]
    else:
        return False
    run = skeleton("".join(t.key for t in many))
    return run in (one.skeleton, one.alt)


def _compound_given(
    name: ParsedName, given: int, other: ParsedName, to_other: dict[int, int]
) -> bool:
    """Whether a free given name and the next part are one word of the other name, run together."""
    nxt = given + 1
    if nxt >= len(name.tokens) or nxt not in to_other:
        return False
    word = other.tokens[to_other[nxt]]
    run = skeleton(name.tokens[given].key + name.tokens[nxt].key)
    return run in (word.skeleton, word.alt)


def weakest_part(cmp: Comparison) -> float:
    """Similarity of the least alike aligned pair of parts (small typos lower it)."""
    return min((s for _, _, s in cmp.pairs), default=0.0)


def reordered(cmp: Comparison) -> float:
    """1 when the parts agree in another order (SURNAME, Given; reordered parts)."""
    order = [j for _, j, _ in sorted(cmp.pairs)]
    return 1.0 if order != sorted(order) else 0.0


def cross_script(cmp: Comparison) -> float:
    """1 when one name was written in Persian/Arabic script and the other was not."""
    q_abjad = any(t.abjad for t in cmp.query.tokens)
    c_abjad = any(t.abjad for t in cmp.candidate.tokens)
    return 1.0 if q_abjad != c_abjad else 0.0


def joined_similarity(cmp: Comparison) -> float:
    """How alike the names are with spaces ignored (Mohammadreza / Mohammad Reza)."""
    q, c = cmp.query.joined, cmp.candidate.joined
    if cmp.initials_differ:
        # Initials are left out of the names run together: DOCKRAT, F. and DOCKRAT, J. I. run
        # together alike but are two people.
        return 0.0
    if q == c:
        return 1.0
    if _in_characters(cmp):
        return _distinctive_joined_similarity(cmp.query, cmp.candidate)
    if _name_count(cmp.query) == _name_count(cmp.candidate):
        return 0.0
    spelt = JaroWinkler.normalized_similarity(q, c)
    same_alt = cmp.query.joined_alt and cmp.query.joined_alt == cmp.candidate.joined_alt
    same = cmp.query.joined_skeleton == cmp.candidate.joined_skeleton or same_alt
    if same and len(cmp.query.joined_skeleton) >= JOINED_SKELETON_MIN:
        # Across scripts only the consonants can agree (محمدباقر = Mohammad Bagher); but two or
        # three consonants run together say little (George, Гиорги Коки; Lava, Leyla Aliyevi).
        return max(spelt, 0.96)
    return spelt


# The fewest consonants a name run together must have for them alone to join it to another.
JOINED_SKELETON_MIN = 4


def _in_characters(cmp: Comparison) -> bool:
    """Whether a company's name on either side is written in Chinese characters."""
    return cmp.query.kind == WatchlistKind.COMPANY and bool(
        HAN.search(cmp.query.text) or HAN.search(cmp.candidate.text)
    )


def _distinctive_joined_similarity(query: ParsedName, candidate: ParsedName) -> float:
    """How alike two companies' distinctive words are run together (沈忠 = Shen Zhong).

    A name in characters is read into words here, its generic words in English; run together
    with them, sister companies share all but a short stretch (Weihai Construction Group Qingdao
    Branch, ... Tianjin Branch), which says nothing about how their distinctive words are spaced.
    """
    q, c = _distinctive(query), _distinctive(candidate)
    if len(q) == len(c) or not q[0] or not c[0]:
        return 0.0
    # Edits, not Jaro-Winkler: sister companies share a long head (the place and the group's
    # short name, Xinjiang Xinjiaojian ...), which Jaro-Winkler rewards.
    return Levenshtein.normalized_similarity("".join(q), "".join(c))


def _distinctive(name: ParsedName) -> list[str]:
    """The Latin keys of a company name's distinctive words, in written order."""
    generic = name.generic or tuple(False for _ in name.tokens)
    return [
        t.key
        for t, g in zip(name.tokens, generic, strict=True)
        if t.role == PartRole.NAME and not g
    ] or [""]


def _name_count(name: ParsedName) -> int:
    """How many proper name parts a name has."""
    return sum(1 for t in name.tokens if t.role == PartRole.NAME)


def short_in_long(cmp: Comparison) -> float:
    """1 when a person's name of two parts meets one of four or more, given name elsewhere.

    A short form keeps the given name (Anwar al-Aulaqi, AL-AULAQI, Anwar Nasser Abdulla);
    two common parts found anywhere in a long chain are chance (Muhammad Ahmadi, AHMED JAN
    WAZIR AKHTAR MOHAMMAD).
    """
    q, c = cmp.query, cmp.candidate
    if q.kind != WatchlistKind.PERSON:
        return 0.0
    q_count, c_count = _name_count(q), _name_count(c)
    if min(q_count, c_count) > 2 or max(q_count, c_count) < 4:
        return 0.0
    to_c = {i: j for i, j, _ in cmp.pairs}
    return 0.0 if q.given >= 0 and to_c.get(q.given) == c.given else 1.0


def short_form(cmp: Comparison) -> float:
    """1 when a person's shorter name of two parts or more is found whole in the longer, in the
    same order and from the same given name (Bahrun Naim, Muhammad Bahrum Naim Anggih Tamtomo).

    Lists print a person's given and family name beside the full name with the father's and
    grandfather's names or middle names; the shorter is then every part of the longer's,
    spelt alike or nearly, in their order. A name that starts elsewhere in the chain (Cherif
    Said, Ataf Cherif Said) may be the father's: not this.
    """
    q, c = cmp.query, cmp.candidate
    if not (cmp.query_whole or cmp.candidate_whole):
        # Neither name found whole, two parts agreeing at least (persons only): no short form.
        return 0.0
    orders = _person_orders(cmp, 2)
    if orders is None:
        return 0.0
    q_order, c_order = orders
    to_c = {i: (j, sim) for i, j, sim in cmp.pairs}
    to_q = {j: (i, sim) for i, j, sim in cmp.pairs}
    if len(q_order) <= len(c_order):
        short_name, short, long, long_name, found = q, q_order, c_order, c, to_c
    else:
        short_name, short, long, long_name, found = c, c_order, q_order, q, to_q
    place = {part: n for n, part in enumerate(long)}
    at, sims = [], []
    for part in short:
        other, sim = found.get(part, (-1, 0.0))
        if sim < AGREE_MIN or other not in place:
            return 0.0
        at.append(place[other])
        sims.append(sim)
    if at != sorted(at) or len(set(at)) < len(at):
        return 0.0
    if any(
        short_name.tokens[part].skeleton in _ABD and at[n + 1] != at[n] + 1
        for n, part in enumerate(short[:-1])
    ):
        # Abd and the divine name after it are one given name (Abdul Qadir): found apart in
        # the longer name they are two others' halves (Abdul Hai ... Abdul Qader).
        return 0.0
    if max(sims) < SHORT_FORM_SPELT:
        # Every part only nearly alike (Zakir Ahmadi, ZAKI EZAT ZAKI AHMED): chance as often.
        return 0.0
    if short_name.tokens[short[0]].skeleton in MUHAMMAD and min(sims[1:]) < SHORT_FORM_SPELT:
        # Muhammad is the commonest given name: the rest must be spelt alike (Muhammad Kazim
        # is not Muhammad Azim).
        return 0.0
    # The shorter name starts at the longer's given name, or after Muhammad or a title.
    dropped = all(long_name.tokens[i].skeleton in DROPPED_BEFORE_GIVEN for i in long[: at[0]])
    return 1.0 if dropped else 0.0


# The fewest parts of the shorter name for `first_given_more`.
FIRST_GIVEN_SHORT_MIN = 3


def first_given_more(cmp: Comparison) -> float:
    """1 when a person's name of three parts or more is found whole, in its order, in a name
    of one part more, that part the longer name's first given name (Muhindo Akili Mundos,
    Charles Muhindo Akili Mundos; LESAGE, Jacques Ghislain, LESAGE, Carol Jacques Ghislain),
    and no other of the list's entries carries the family name.

    A son named before his father reads the same way (Amine Gemayel, Pierre Amine Gemayel;
    Mohamed Hosni Mubarak, Alaa Mohamed Hosni Mubarak): a family the list shows under that
    name keeps the relatives rule, and so do a name whose other given names differ and an
    Arabic name written with its article or in Arabic script, where the part after the given
    name is the father's.
    """
    c = cmp.candidate
    if c.kind != WatchlistKind.PERSON or cmp.carriers is None:
        return 0.0
    if not (cmp.query_whole or cmp.candidate_whole) or _nasab_written(cmp):
        return 0.0
    # A name of two parts (Setiawan Rahmat, NURHADI SETIAWAN RAHMAT) is as often a father's,
    # the son named before him; a chain of three the son repeats whole is rarer.
    orders = _person_orders(cmp, FIRST_GIVEN_SHORT_MIN)
    if orders is None:
        return 0.0
    q_order, c_order = orders
    if len(q_order) + 1 == len(c_order):
        short_name, short, long = cmp.query, q_order, c_order
        found = {i: (j, sim) for i, j, sim in cmp.pairs}
    elif len(c_order) + 1 == len(q_order):
        short_name, short, long = c, c_order, q_order
        found = {j: (i, sim) for i, j, sim in cmp.pairs}
    else:
        return 0.0
    at = [found.get(part, (-1, 0.0)) for part in short]
    if [j for j, _ in at] != long[1:] or min(sim for _, sim in at) < AGREE_MIN:
        return 0.0
    if max(sim for _, sim in at) < SHORT_FORM_SPELT:
        return 0.0
    heads = DROPPED_FIRST_NAMES | _ABD
    long_name = c if short_name is cmp.query else cmp.query
    if long_name.tokens[long[0]].skeleton in heads or short_name.tokens[short[0]].skeleton in heads:
        # Muhammad in front is `short_form`'s; Abd and Abu make one name with the next part.
        return 0.0
    return 1.0 if cmp.carriers(c.tokens[c_order[-1]].skeleton) <= 1 else 0.0


def _nasab_written(cmp: Comparison) -> bool:
    """Whether either name is written in an abjad or has an article or a nasab particle (al-,
    bin): an Arabic name, where the part after the given name is the father's (Saddam Hussein
    al-Tikriti, Odai Saddam Hussein al-Tikriti)."""
    return any(
        t.abjad or t.role == PartRole.PARTICLE for t in (*cmp.query.tokens, *cmp.candidate.tokens)
    )


def ends_agree(cmp: Comparison) -> float:
    """1 when two names of a person of three parts or more agree in the given name, the next
    (the father's) name and the family name, and differ only further on (Khalid Hamid Saeed
    al-Obeidi, KHALID HAMID SAYYAF JASIM AL-OBEIDI).

    Lists print a grandfather's name or a tribe one way in one entry and another way, or
    another one, in the next; a relative differs in the given name, a cousin in the father's
    name, a namesake in the family name. Not for a given name lists put before many
    (Muhammad, Abdul), nor for names of one-syllable parts (RI CHOL MIN, RI CHOL HUN).
    """
    q = cmp.query
    orders = _person_orders(cmp, 3) if q.kind == WatchlistKind.PERSON else None
    if orders is None:
        return 0.0
    q_order, c_order = orders
    if q.tokens[q_order[0]].skeleton in DROPPED_FIRST_NAMES | _ABD:
        return 0.0
    to_c = {i: (j, sim) for i, j, sim in cmp.pairs}
    given, family = to_c.get(q_order[0], (-1, 0.0)), to_c.get(q_order[-1], (-1, 0.0))
    father = to_c.get(q_order[1], (-1, 0.0))
    if given[0] != c_order[0] or father[0] != c_order[1] or family[0] != c_order[-1]:
        return 0.0
    sims = (given[1], father[1], family[1])
    if min(sims) < AGREE_MIN or max(sims) < SHORT_FORM_SPELT:
        return 0.0
    return 1.0


# How alike (Jaro-Winkler on the Latin keys) the one part that differs on each side of two
# person's names otherwise alike must be spelt to be one name written two ways (Mohamud,
# Mahmoud; Cabdilaahi, Cabdulle): Mansour and Mahmoud are two names and stay below it.
SPELT_OTHERWISE = 0.8


def part_spelt_otherwise(cmp: Comparison) -> float:
    """1 when two names of a person of three parts or more agree in the given name and in
    every part but one on each side, and those two parts stand in one place and are one name
    spelt two ways (Bashir Mohamed Mohamud, Bashir Mohamed Mahmoud; XIRSI, Xasan Cabdilaahi,
    XIRSI, Xasan Cabdulle).

    Lists transliterate a father's name or a family name one way in one entry and another way
    in the next. A relative differs in the given name (or in the name after a Muhammad or an
    Abd, which is the given name), a namesake in a whole part spelt otherwise; names of
    one-syllable parts (KIM JONG GAK, KIM JONG SIK) are brothers, not spellings.
    """
    if cmp.query.kind != WatchlistKind.PERSON or cmp.agreeing < 2:
        return 0.0
    orders = _person_orders(cmp, 3)
    if orders is None:
        return 0.0
    q, c = cmp.query, cmp.candidate
    q_parts = [i for i in orders[0] if i not in cmp.q_affixes]
    c_parts = [j for j in orders[1] if j not in cmp.c_affixes]
    to_c = {i: (j, sim) for i, j, sim in cmp.pairs}
    c_agree = {j for _, j, sim in cmp.pairs if sim >= AGREE_MIN}
    q_free = [i for i in q_parts if to_c.get(i, (-1, 0.0))[1] < AGREE_MIN]
    c_free = [j for j in c_parts if j not in c_agree]
    if len(q_free) != 1 or len(c_free) != 1 or not q_parts or not c_parts:
        return 0.0
    at, other_at = q_parts.index(q_free[0]), c_parts.index(c_free[0])
    if at != other_at and len(q_parts) - at != len(c_parts) - other_at:
        # The parts that differ stand in other places: not one part spelt two ways.
        return 0.0
    given = to_c.get(q_parts[0], (-1, 0.0))
    if given[0] != c_parts[0] or given[1] < AGREE_MIN or at == 0:
        return 0.0
    if at == 1 and q.tokens[q_parts[0]].skeleton in DROPPED_FIRST_NAMES:
        # Abdul Rahman and Abdul Rahim, Muhammad Rahim and Muhammad Rafi: two given names.
        return 0.0
    a, b = q.tokens[q_free[0]].key, c.tokens[c_free[0]].key
    return 1.0 if JaroWinkler.similarity(a, b) >= SPELT_OTHERWISE else 0.0


def _person_orders(cmp: Comparison, least: int) -> tuple[list[int], list[int]] | None:
    """Both names' parts given name first (`_written_out`), when each has a given name and
    `least` parts or more, and not every part is one syllable; else None.

    Korean and Chinese names: one syllable found in another name is chance (PAK YONG SIK),
    and two of three make a brother (RI CHOL MIN, RI CHOL HUN).
    """
    q, c = cmp.query, cmp.candidate
    if q.given < 0 or c.given < 0:
        return None
    q_order, c_order = _written_out(q), _written_out(c)
    if min(len(q_order), len(c_order)) < least:
        return None
    if _one_syllable_parts(q, q_order) or _one_syllable_parts(c, c_order):
        return None
    return q_order, c_order


def _one_syllable_parts(name: ParsedName, parts: list[int]) -> bool:
    """Whether a name written in an alphabet has one syllable in every part (Korean)."""
    return all(not name.tokens[i].abjad and name.tokens[i].syllables <= 1 for i in parts)


def _written_out(name: ParsedName) -> list[int]:
    """A person's proper name parts, titles left out, given name first ("SURNAME, Given"
    read as Given SURNAME)."""
    titles = name.affixes or ("",) * len(name.tokens)
    parts = [i for i, t in enumerate(name.tokens) if t.role == PartRole.NAME and titles[i] != TITLE]
    if "," not in name.text or "," not in without_suffix_comma(name.text):
        return parts
    return [i for i in parts if i >= name.given] + [i for i in parts if i < name.given]


def distinctive_extra(cmp: Comparison) -> float:
    """1 when one company name is the other's plus a distinctive word (Gazprom Neft, Gazprom)."""
    if cmp.query.kind != WatchlistKind.COMPANY:
        return 0.0
    q_used, c_used = {i for i, _, _ in cmp.pairs}, {j for _, j, _ in cmp.pairs}
    if cmp.pairs and _free_places(cmp.query, q_used) and _free_places(cmp.candidate, c_used):
        # Each name with a place of its own (VTB Bank Ukraine, VTB Bank Armenia): the same
        # group's companies in two countries.
        return 1.0
    if cmp.pairs and _free_number(cmp.query, q_used) and _free_number(cmp.candidate, c_used):
        # Each name with a number of its own (JSC NO. 1, JSC NO. 12; BRANCH 215, BRANCH 216):
        # the group's sister companies, or two bodies of one kind, however long the words
        # they share.
        return 1.0
    # A place added to a name with no place (Korea Foreign Trade Bank, Foreign Trade Bank) says
    # little; added beside another place (Syrian Lebanese Commercial Bank, Commercial Bank of
    # Syria) it names another company.
    q_places, c_places = _has_place(cmp.query), _has_place(cmp.candidate)
    q_free = _free_distinctive(cmp.query, q_used, c_places)
    c_free = _free_distinctive(cmp.candidate, c_used, q_places)
    # One word more, and a real word: an extra founder's name (Hacı Ömer Sabancı Holding) or
    # a short acronym (Концерн ВКО «Алмаз-Антей») does not make another company.
    if sorted((len(q_free), len(c_free))) != [0, 1] or not cmp.pairs:
        return 0.0
    # A body known by its number (BRANCH 251, BRANCH 251-AL-KHATEEB; JSC 558 ARP): the number
    # both names keep says which one it is, and the word more is the name it goes by.
    return 0.0 if _shared_number(cmp) else 1.0


def word_more(cmp: Comparison) -> float:
    """1 when one company name of two distinctive words or more is found whole in the other,
    which adds one word of its own that is no place, and the shared name is not a group's that
    three or more of the list's entries carry (ZARRIN RAFSANJAN CEMENT COMPANY, RAFSANJAN CEMENT
    COMPANY), see `word_more`."""
    if cmp.query.kind != WatchlistKind.COMPANY or not cmp.pairs:
        return 0.0
    q_more = _words_more(cmp.query, {i for i, _, _ in cmp.pairs})
    c_more = _words_more(cmp.candidate, {j for _, j, _ in cmp.pairs})
    if q_more == c_more or (q_more and c_more):
        # Neither name has a word more, or both have one: not the shape, and no list look-up.
        return 0.0
    q_words = _words(cmp, cmp.query, {i: sim for i, _, sim in cmp.pairs})
    c_words = _words(cmp, cmp.candidate, {j: sim for _, j, sim in cmp.pairs})
    return 1.0 if one_word_more(q_words, c_words) or one_word_more(c_words, q_words) else 0.0


def _words_more(name: ParsedName, used: set[int]) -> bool:
    """Whether a company name has a proper name word with no counterpart, the word for a
    company aside."""
    return any(
        i not in used and t.role == PartRole.NAME and t.key not in COMPANY_WORDS
        for i, t in enumerate(name.tokens)
    )


def _words(cmp: Comparison, name: ParsedName, found: dict[int, float]) -> list[Word]:
    """A company name's proper name words, as `word_more` reads them."""
    generic = name.generic or (False,) * len(name.tokens)
    count = cmp.carriers
    return [
        Word(t.key, generic[i], found.get(i), count(t.skeleton) if count else 1)
        for i, t in enumerate(name.tokens)
        if t.role == PartRole.NAME
    ]


# The fewest digits of a number that says which body a name is (Branch 215, Plant 558).
NUMBER_DIGITS_MIN = 2


def same_number(cmp: Comparison) -> float:
    """1 when two company names keep one number of two digits or more and one name is found
    whole in the other (BRANCH 290, SYRIAN MILITARY INTELLIGENCE BRANCH 290 - ALEPPO BRANCH).

    Military units, branches, plants and institutes are known by their number; the words
    around it are added, translated or left out from one list to the next. A word of its own
    on each side (BRANCH 312 - HOMS, BRANCH 312 - HAMA) is another body with the same number.
    """
    if cmp.query.kind != WatchlistKind.COMPANY or not _shared_number(cmp):
        return 0.0
    q_used, c_used = {i for i, _, _ in cmp.pairs}, {j for _, j, _ in cmp.pairs}
    q_whole = all(i in q_used for i, t in enumerate(cmp.query.tokens) if t.role == PartRole.NAME)
    c_whole = all(
        j in c_used for j, t in enumerate(cmp.candidate.tokens) if t.role == PartRole.NAME
    )
    return 1.0 if q_whole or c_whole else 0.0


def _shared_number(cmp: Comparison) -> bool:
    """Whether both names keep one number of two digits or more, aligned part to part."""
    q, c = cmp.query.tokens, cmp.candidate.tokens
    return any(
        q[i].key == c[j].key and q[i].key.isdigit() and len(q[i].key) >= NUMBER_DIGITS_MIN
        for i, j, _ in cmp.pairs
    )


# The least similarity of the distinctive word both names share, for `company_word_only`.
COMPANY_WORD_AGREES = 0.9


def company_word_only(cmp: Comparison) -> float:
    """1 when two company names share every distinctive word and one says only that it is a
    company where the other says what it does (HDAS CO., HDAS LINES; Al Kawthar Company,
    Al-Kawthar Hawala).

    The word for a company names no business, so it cannot name another one; what the other
    name adds is the same company's trade. A place the other adds (VTB BANK (BELARUS)) names a
    company of the group in that country, and a second generic word on the short side (Sberbank
    Investments, Sberbank Leasing) another company: neither is read so.
    """
    if cmp.query.kind != WatchlistKind.COMPANY or not cmp.pairs:
        return 0.0
    q, c = cmp.query, cmp.candidate
    q_generic = q.generic or (False,) * len(q.tokens)
    if not any(
        not q_generic[i]
        and q.tokens[i].role == PartRole.NAME
        and similarity >= COMPANY_WORD_AGREES
        and min(len(q.tokens[i].key), len(c.tokens[j].key)) >= 4
        for i, j, similarity in cmp.pairs
    ):
        # Only generic words shared (NPC International Company, Association for International
        # Cooperation), or a short distinctive word met loosely (ASE CO., Asia Group): nothing
        # says it is one company.
        return 0.0
    q_used, c_used = {i for i, _, _ in cmp.pairs}, {j for _, j, _ in cmp.pairs}
    if _free_names(q, q_used, generic=False) or _free_names(c, c_used, generic=False):
        return 0.0
    q_words = _free_names(q, q_used, generic=True)
    c_words = _free_names(c, c_used, generic=True)
    if not q_words or not c_words or any(is_place(w) for w in q_words + c_words):
        return 0.0
    return 1.0 if set(q_words) <= COMPANY_WORDS or set(c_words) <= COMPANY_WORDS else 0.0


# How alike (edit distance with transpositions) the one distinctive word of a company name
# written in Latin letters must be spelt to the word it meets in another Latin name, where
# both words have four to six letters, start with another letter and no reading of their
# sound brings them together: a first consonant apart is another word (FATSA, MATSA).
ONE_WORD_SPELT = 0.85
ONE_WORD_MIN = 4
ONE_WORD_LETTERS = 6
# Two consonants read alike say too little of two short words spelt this far apart (COCHAN,
# GENI: k and n), however a skeleton merges c, ch and g.
SKELETON_ONLY_SPELT = 0.6
# Two names this short, each one word, meet only spelt the same (SEI is not SAI) or as the
# same vowels with their consonants written otherwise (IFK, IFC).
SHORT_NAME_LETTERS = 3
_VOWEL_LETTERS = frozenset("aeiouy")


def loose_short_name(cmp: Comparison) -> float:
    """1 when a name of one distinctive word, both names written in Latin letters, meets the
    other only by a first consonant apart or two consonants alike (FATSA, MATSA; COCHAN, GENI),
    or two names of three letters meet a vowel apart (SEI, SAI).

    One short word says which company it is by its spelling alone: no other word beside it
    tells two such names apart. Vowels written otherwise (SOOREH, SUREH; SRA, SARA), an ending
    more (ARME, ARMED), a letter apart after the first (PLAZMA, PLASMA) and the readings of one
    sound (HONOR, ONER) keep meeting, and names in another script keep every reading (a
    one-word name in Cyrillic or Arabic meets its Latin spellings by skeleton).
    """
    q, c = cmp.query, cmp.candidate
    q_words, c_words = _distinctive_words(q), _distinctive_words(c)
    if len(q_words) != 1 and len(c_words) != 1:
        # Most names have two words or more: the cheap test first, on every comparison.
        return 0.0
    for i, j, _ in cmp.pairs:
        a, b = q.tokens[i], c.tokens[j]
        if a.key == b.key or a.role != PartRole.NAME or b.role != PartRole.NAME:
            continue
        if q_words != [i] and c_words != [j]:
            continue
        if (
            _loose_short_word(a, b, both_alone=_name_count(q) == _name_count(c) == 1)
            or (q.kind == WatchlistKind.COMPANY and _loose_one_word(a, b))
        ) and (_latin_written(q.text) and _latin_written(c.text)):
            return 1.0
    return 0.0


def _loose_short_word(a: Token, b: Token, *, both_alone: bool) -> bool:
    """Whether two names of one word of three letters or fewer are two names."""
    if not both_alone or max(len(a.key), len(b.key)) > SHORT_NAME_LETTERS:
        return False
    return a.skeleton != b.skeleton or _vowels(a.key) != _vowels(b.key)


def _loose_one_word(a: Token, b: Token) -> bool:
    """Whether two short distinctive words that start otherwise meet only by an edit or by
    two consonants alike."""
    shorter, longer = sorted((len(a.key), len(b.key)))
    if shorter < ONE_WORD_MIN or longer > ONE_WORD_LETTERS:
        return False
    if a.key[0] == b.key[0]:
        # A letter apart further on is as often a spelling (PLAZMA, PLASMA; SAIC, SAIRC).
        return False
    spelt = OSA.normalized_similarity(a.key, b.key)
    if spelt >= ONE_WORD_SPELT:
        return False
    if token_similarity(a, b) > spelt:
        # A reading of one sound brought them together (CHAM, SHAM; ESKAM, ASKAM): only two
        # consonants are too few.
        return min(len(a.skeleton), len(b.skeleton)) < 3 and spelt < SKELETON_ONLY_SPELT
    # A vowel in front (SKAM, ASKAM) is a spelling; another consonant is another word.
    return _consonants_written(a.key) != _consonants_written(b.key)


def _vowels(key: str) -> str:
    """A Latin key's vowel letters, in order."""
    return "".join(ch for ch in key if ch in _VOWEL_LETTERS)


def _consonants_written(key: str) -> str:
    """A Latin key's consonant letters as written, in order (no skeleton's merging)."""
    return "".join(ch for ch in key if ch not in _VOWEL_LETTERS)


def _distinctive_words(name: ParsedName) -> list[int]:
    """The positions of a name's proper name parts that are not generic company words."""
    generic = name.generic or (False,) * len(name.tokens)
    return [i for i, t in enumerate(name.tokens) if t.role == PartRole.NAME and not generic[i]]


def _latin_written(text: str) -> bool:
    """Whether every letter of a name is a Latin one (with its accents), none of another script."""
    if text.isascii():
        return True
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def _free_names(name: ParsedName, used: set[int], *, generic: bool) -> list[str]:
    """A company name's generic (or distinctive) words without counterpart, short ones too."""
    flags = name.generic or (False,) * len(name.tokens)
    return [
        t.key
        for i, t in enumerate(name.tokens)
        if flags[i] == generic and i not in used and t.role == PartRole.NAME
    ]


def words_left_over(cmp: Comparison) -> float:
    """1 when a company name has a distinctive word the other lacks, or both lack generic ones.

    Such names are other companies as often as not (Ural Bank for Reconstruction and
    Development, Credit Ural Bank; Russian National Commercial Bank, Bank of Russia): the rules
    may find them alike, the learned decision may not lift them higher.
    """
    if cmp.query.kind != WatchlistKind.COMPANY or not cmp.pairs:
        return 0.0
    q_used = {i for i, _, _ in cmp.pairs}
    c_used = {j for _, j, _ in cmp.pairs}
    # A place left over counts here, wherever it stands (International Bank of Azerbaijan is
    # not a company called International).
    if _free_distinctive(cmp.query, q_used, True) or _free_distinctive(cmp.candidate, c_used, True):
        return 1.0
    return 1.0 if _free_generic(cmp.query, q_used) and _free_generic(cmp.candidate, c_used) else 0.0


def _free_generic(name: ParsedName, used: set[int]) -> bool:
    """Whether a company name has a generic word without counterpart."""
    generic = name.generic or (False,) * len(name.tokens)
    return any(
        generic[i] and i not in used and t.role == PartRole.NAME for i, t in enumerate(name.tokens)
    )


def _has_place(name: ParsedName) -> bool:
    """Whether a company name names a place or country."""
    return any(is_place(t.key) for t in name.tokens)


def _free_places(name: ParsedName, used: set[int]) -> bool:
    """Whether a company name has a place or country without counterpart."""
    return any(
        i not in used and t.role == PartRole.NAME and is_place(t.key)
        for i, t in enumerate(name.tokens)
    )


def _free_distinctive(name: ParsedName, used: set[int], places_count: bool) -> list[str]:
    """A company name's words that are not generic and have no counterpart, and its serial
    number (`_serial_numbers`) where the other name has none."""
    # A name of generic words only has them all as its distinctive ones (Credit Bank of Moscow).
    generic = name.generic or (False,) * len(name.tokens)
    serial = _serial_numbers(name)
    return [
        t.key
        for i, t in enumerate(name.tokens)
        if i not in used
        and t.role == PartRole.NAME
        and not generic[i]
        and (places_count or not is_place(t.key))
        and (len(t.key) >= 4 or i in serial)
    ]


def _free_number(name: ParsedName, used: set[int]) -> bool:
    """Whether a company name has a number without counterpart."""
    return any(i not in used and t.key.isdigit() for i, t in enumerate(name.tokens))


# The words for "number" that mark a company's serial number (No. 12, № 12, Nr. 12).
_NUMBER_SIGNS = frozenset({"no", "nr", "number"})


def _serial_numbers(name: ParsedName) -> set[int]:
    """The positions of a company name's numbers written after a number sign (WATER SUPPLY
    CONSTRUCTION JSC NO. 12, ЗАВОД № 9).

    A group numbers its sister companies so: the number says which one it is, and a name
    without it is the group's other company, not this one. A number alone (BRANCH 251, VTB
    24) may be the name a body goes by and is left as it is.
    """
    tokens = name.tokens
    return {
        i
        for i in range(1, len(tokens))
        if tokens[i].key.isdigit() and tokens[i - 1].key in _NUMBER_SIGNS
    }


def acronym(cmp: Comparison) -> float:
    """1 when one company name is the other's acronym (IRISL; МКБ, Credit Bank of Moscow)."""
    q, c = cmp.query, cmp.candidate
    if not q.acronym and not c.acronym:
        return 0.0
    if (q.acronym and q.acronym == own_acronym(c.text)) or (
        c.acronym and c.acronym == own_acronym(q.text)
    ):
        # The other name prints the acronym beside itself (PEDCO; PETROIRAN DEVELOPMENT
        # COMPANY (PEDCO) LIMITED), however its letters were taken from its words.
        return 1.0
    q_initials = () if q.acronym else initials(q.text, q.kind)
    c_initials = () if c.acronym else initials(c.text, c.kind)
    if acronym_agrees(q.acronym, q_initials, c.acronym, c_initials):
        return 1.0
    # A listed acronym of the heads of the screened name's words (KIPAS, KIMIYA PARS SEBON),
    # unless that name prints its own acronym (SEDCO is SEPAHAN DRILLING COMPANY (SEDCO), SEDCOM
    # is not). Only the list's: it prints an acronym as one, while a screened name in capitals
    # is as often a word (PLANET LLC), and any word of five or six letters is the heads of some
    # listed name.
    if not c.acronym or q.acronym or own_acronym(q.text):
        return 0.0
    return 1.0 if spelt_by_heads(c.acronym, heads(q.text, q.kind)) else 0.0


def legal_form_mismatch(cmp: Comparison) -> float:
    """1 when both companies state a legal form and the forms differ (LLC vs JSC)."""
    q, c = cmp.query.legal_form, cmp.candidate.legal_form
    return 1.0 if q and c and q != c else 0.0


def country_mismatch(cmp: Comparison) -> float:
    """1 when both the screened name and the entry carry a country and the countries differ."""
    q, c = cmp.query_country, cmp.entry_country
    return 1.0 if q and c and q.upper() != c.upper() else 0.0


FEATURES: tuple[Callable[[Comparison], float], ...] = (
    query_coverage,
    entry_coverage,
    given_name_agreement,
    relatives,
    weakest_part,
    reordered,
    cross_script,
    joined_similarity,
    legal_form_mismatch,
    country_mismatch,
    acronym,
    distinctive_extra,
    words_left_over,
    short_in_long,
    short_form,
    first_given_more,
    ends_agree,
    part_spelt_otherwise,
    same_number,
    company_word_only,
    word_more,
    loose_short_name,
)


def explain(name: str) -> str:
    """The one-line explanation of a feature, by name."""
    for func in FEATURES:
        if func.__name__ == name:
            return (func.__doc__ or name).strip()
    raise KeyError(name)
