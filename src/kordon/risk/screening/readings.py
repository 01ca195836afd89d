"""A company name's readings: as written and as its English gloss, and which are compared.

Фонд «Свободная Россия» is read as written (fond svobodnaya rossiya, as v26 read it) and as its
gloss (fund free russia, `org_words.gloss`), and so is Free Russia Foundation (free russia fund):
the glosses meet. Retrieval posts and looks up every reading, and a pair scores its best
reading against the other's (`compared` says which pairs of readings count).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.screening.chinese import (
    HAN,
    HAN_RANGES,
    PLACES,
    company_reading,
    legal_form_spellings,
    lexicon_words,
)
from kordon.risk.screening.company_words import company_parts
from kordon.risk.screening.features import Comparison, joined_similarity
from kordon.risk.screening.legal_forms import glossed_kind_keys, is_generic
from kordon.risk.screening.names import ParsedName, parse_name, written_parts
from kordon.risk.screening.org_words import Gloss, glossed_words, kind_words, read_gloss
from kordon.risk.screening.scorer import JOINED_MIN, LIFT_CAP
from kordon.risk.screening.text import SPELT, PartRole, Token, latin_key

# The readings of a name (`ParsedName.reading`): as written; an English name's gloss; the
# gloss of a name in Russian or Azerbaijani, a translation.
AS_WRITTEN, ENGLISH_GLOSS, TRANSLATED = 0, 1, 2


# A bracket holding Chinese characters: a company's own name in characters, printed beside its
# name in Latin letters (NANJING RESEARCH INSTITUTE (南京研究所)). What comes before the first
# character holds none, so that an open bracket and a long run of characters with no closing one
# are tried once, not once for each character.
_HAN_BRACKET = re.compile(f"[(（]([^()（）{HAN_RANGES}]*[{HAN_RANGES}][^()（）]*)[)）]")
_LATIN = re.compile("[A-Za-z]")
# A Latin name of one word this short beside a name in characters is mostly the company's
# acronym (NRIET): read alone it would meet every name with its consonants (North).
SHORT_ALONE = 6


def readings(text: str, kind: WatchlistKind) -> tuple[ParsedName, ...]:
    """A name as parsed and, for a company with words of the organisation vocabulary, as its
    English gloss too, when that reads otherwise; a company printed in Latin letters and in
    characters is read in each alone as well (`in_two_scripts`)."""
    found = _name_readings(text, kind)
    if kind != WatchlistKind.COMPANY:
        return found
    for alone in in_two_scripts(text):
        found += _name_readings(alone, kind)
    return found


def in_two_scripts(text: str) -> tuple[str, ...]:
    """A company name in Latin letters with its name in characters in brackets, as the two
    names apart; () for any other name. Read whole, each form is words the other lacks.

    The bracket is a name only when it holds no Latin word and its characters say which body it is:
    a place (中国, 深圳) or a legal form says where or what the company is, and "formerly ..."
    is no name. The Latin form is not read alone when it is one short word, an acronym.
    """
    found = _HAN_BRACKET.search(text)
    if found is None:
        return ()
    latin = f"{text[: found.start()]} {text[found.end() :]}".strip()
    han = found.group(1).strip()
    if HAN.search(latin) or not _LATIN.search(latin):
        return ()
    if _LATIN.search(han) or not _names_a_body(han):
        return ()
    words = written_parts(latin)
    if len(words) == 1 and len(words[0][0]) <= SHORT_ALONE:
        return (han,)
    return (latin, han)


def _names_a_body(run: str) -> bool:
    """Whether characters read as a company's name say which body it is: a word of it is
    neither a place, a legal form nor a kind of body (中国, 深圳有限公司 say none)."""
    forms, bodiless = _form_spellings(), _bodiless_keys()
    return any(
        word not in forms and latin_key(word) not in bodiless for word in company_reading(run)
    )


@lru_cache(maxsize=1)
def _form_spellings() -> frozenset[str]:
    """The Chinese and Japanese legal forms as the company reading writes them."""
    return frozenset(form for spellings in legal_form_spellings().values() for form in spellings)


@lru_cache(maxsize=1)
def _bodiless_keys() -> frozenset[str]:
    """The Latin keys of words that say no body by themselves: places and kinds of body."""
    return _place_keys() | kind_words()


def _name_readings(text: str, kind: WatchlistKind) -> tuple[ParsedName, ...]:
    """One name's readings: as parsed, and as its gloss where that reads otherwise."""
    parsed = parse_name(text, kind)
    parts = company_parts(text) if kind == WatchlistKind.COMPANY else []
    found = read_gloss(parts, text) if parts else None
    if found is None or _as_written(parts, found):
        return (parsed,)
    if found.foreign:
        # Read again without the legal form, whose words may be the vocabulary's (Obshchestvo).
        found = read_gloss(written_parts(text), text)
        if found is None:
            return (parsed,)
    reading = TRANSLATED if found.foreign else ENGLISH_GLOSS
    other = _as_words(parse_name(text, kind, glossed=True))
    if other.tokens == parsed.tokens and other.generic == parsed.generic:
        # Read the same either way (Фонд Ковчег is fund kovcheg already): one reading, a
        # translation's if it is one.
        return (replace(parsed, reading=TRANSLATED),) if found.foreign else (parsed,)
    return (parsed, replace(other, reading=reading))


def _as_written(parts: list[tuple[str, bool]], found: Gloss) -> bool:
    """Whether an English name's gloss is the name as written: its words the same, and those
    of the vocabulary generic words already (Trading Group International)."""
    if found.foreign or found.parts != parts:
        return False
    words = glossed_words()
    return all(is_generic(key) for key in (latin_key(p) for p, _ in parts) if key in words)


def _as_words(parsed: ParsedName) -> ParsedName:
    """A gloss whose distinctive words of the vocabulary are met as words, not as sounds.

    A transliterated name is compared by its consonants (Sirius, Source), a translated word
    by its spelling only: free is not Fure, support not Sbertekh. Such a word is written with
    a mark that no transliteration has (`SPELT`). Generic words (fund, International) are read
    as in the name as written.
    """
    words = glossed_words()
    generic = parsed.generic or (False,) * len(parsed.tokens)
    tokens = tuple(
        _as_word(t) if t.key in words and t.role == PartRole.NAME and not generic[i] else t
        for i, t in enumerate(parsed.tokens)
    )
    if tokens == parsed.tokens:
        return parsed
    # Run together, the words are read as written too: fund affairs is not fund free russia,
    # whose consonants run together alike.
    proper = [t for t in tokens if t.role == PartRole.NAME]
    return replace(
        parsed,
        tokens=tokens,
        joined="".join(t.key for t in proper),
        joined_skeleton="".join(t.skeleton for t in proper),
        joined_alt="".join(t.alt if t.abjad else t.skeleton for t in proper),
    )


def _as_word(token: Token) -> Token:
    """One word of the vocabulary in a gloss, met as a word (`_as_words`)."""
    key = SPELT + token.key
    return replace(token, key=key, skeleton=key, alt=key, extra="")


def compared(query: ParsedName, candidate: ParsedName) -> bool:
    """Whether two readings are compared: as written, or where one is a translation's gloss.

    The gloss is for names in two languages; two names written in English are compared as
    written, so that a kind of body read as generic (Foundation) does not leave a one-word
    name to meet every name spelt like it (SOURCE FOUNDATION, SIRIUS).
    """
    if TRANSLATED in (query.reading, candidate.reading):
        return True
    return query.reading == candidate.reading == AS_WRITTEN


def capped(cmp: Comparison, value: float) -> float:
    """A score with the glosses' caps: a pair that only a gloss's loose reading joins is
    listed, never an alert.

    Read as glosses, a name's kind of body is generic (Фонд «Свободная Россия», Free Russia).
    But where each name keeps generic words of its own and one of them is a kind of body
    (Фонд «Медиа», Media Project; Open Foundation, Открытая Россия), they are two bodies; and
    where the names share one word only beside their kinds of body, a translated word, and
    either has words the other lacks (Ukrainian World Congress, Global; Фонд Свободы, Фонд
    «Свободная Россия»), a common word is all they share.
    """
    if value < LIFT_CAP:
        return value
    q_used, c_used = {i for i, _, _ in cmp.pairs}, {j for _, j, _ in cmp.pairs}
    if (
        _in_characters(cmp)
        and (
            _unplaced(cmp.query, q_used, cmp.candidate)
            or _unplaced(cmp.candidate, c_used, cmp.query)
        )
        # Pinyin run together against its syllables apart (沈忠, Shen Zhong) is one name.
        and joined_similarity(cmp) < JOINED_MIN
    ):
        return min(value, LIFT_CAP)
    if cmp.query.reading == cmp.candidate.reading == AS_WRITTEN:
        return value
    q_free, c_free = _free_generic(cmp.query, q_used), _free_generic(cmp.candidate, c_used)
    kinds = glossed_kind_keys()
    if q_free and c_free and not kinds.isdisjoint(q_free | c_free):
        return min(value, LIFT_CAP)
    # The words met, each as both names write it: the cap holds whichever name is screened.
    shared = [
        (cmp.query.tokens[i].key, cmp.candidate.tokens[j].key)
        for i, j, _ in cmp.pairs
        if cmp.query.tokens[i].role == PartRole.NAME
        and cmp.query.tokens[i].key not in kinds
        and cmp.candidate.tokens[j].key not in kinds
    ]
    left = _left_over(cmp.query, q_used) or _left_over(cmp.candidate, c_used)
    # Words left over that run together alike (Фалуньгун, Falun Gong) are shared too.
    if (
        len(shared) == 1
        and any(key.startswith(SPELT) for key in shared[0])
        and left
        and joined_similarity(cmp) < JOINED_MIN
    ):
        return min(value, LIFT_CAP)
    return value


def _in_characters(cmp: Comparison) -> bool:
    """Whether a company name in the comparison is written in Chinese characters alone: read
    as written or as its gloss, it is cut into words of the vocabulary, a translation either
    way. (A name in two scripts is read in each alone, `in_two_scripts`.)"""
    return any(
        name.kind == WatchlistKind.COMPANY
        and HAN.search(name.text) is not None
        and _LATIN.search(name.text) is None
        for name in (cmp.query, cmp.candidate)
    )


def _unplaced(name: ParsedName, used: set[int], other: ParsedName) -> bool:
    """Whether a name has a word without counterpart that says which body it is.

    A place does not: it is often left out (北京华为, Huawei); nor does a generic word (Co.,
    公司 company). In a name in characters, a word read in Pinyin does (理工 ligong, 交通
    jiaotong); so does a kind of body beside the other name's own (大学 university, 中国科学院
    the academy), and any word where the other name is only places and kinds of body (Harbin
    University beside 哈尔滨工程大学); a translated word the English name leaves out (研究
    research) does not. In an English name, a word the vocabulary lacks does (Telemetry); one
    of its words may be one the characters write as one (航空航天 aerospace, Aeronautics and
    Astronautics).
    """
    left = _left_words(name, used)
    if HAN.search(name.text) is None:
        words = glossed_words()
        return any(
            not (t.key.startswith(SPELT) or t.key in words or is_generic(t.key)) for t in left
        )
    kinds, bodies = glossed_kind_keys(), kind_words()
    others = _left_words(other, set())
    bare = all(t.key in kinds for t in others)
    kind_beside = any(t.key in bodies for t in others)
    return any(
        bare
        or (kind_beside and t.key in bodies)
        or t.key.removeprefix(SPELT) not in _lexicon_keys()
        for t in left
    )


def _left_words(name: ParsedName, used: set[int]) -> list[Token]:
    """A name's words without counterpart that are no place."""
    return [
        t
        for i, t in enumerate(name.tokens)
        if i not in used and t.role == PartRole.NAME and t.key not in _place_keys()
    ]


@lru_cache(maxsize=1)
def _lexicon_keys() -> frozenset[str]:
    """The Latin keys of the words a name in characters is read as when the lexicon knows them."""
    return frozenset(latin_key(word) for word in lexicon_words())


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    """The Latin keys of the places a name in characters is read with (Nanjing, Hong Kong)."""
    return frozenset(latin_key(word) for place in PLACES.values() for word in place.lower().split())


def _left_over(name: ParsedName, used: set[int]) -> bool:
    """Whether a name has a word without counterpart."""
    return any(i not in used and t.role == PartRole.NAME for i, t in enumerate(name.tokens))


def _free_generic(name: ParsedName, used: set[int]) -> set[str]:
    """A company name's generic words without counterpart."""
    generic = name.generic or (False,) * len(name.tokens)
    return {
        t.key
        for i, t in enumerate(name.tokens)
        if generic[i] and i not in used and t.role == PartRole.NAME
    }
