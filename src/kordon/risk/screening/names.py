"""Parsed names: the tokens and legal form screening compares."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.screening.acronyms import (
    Initials,
    Words,
    read_acronym,
    stands_for,
    word_heads,
    word_initials,
)
from kordon.risk.screening.affixes import TITLE, affix_kinds
from kordon.risk.screening.company_words import company_parts, in_english, in_russian
from kordon.risk.screening.legal_forms import (
    glossed_kind_keys,
    is_generic,
    is_generic_glossed,
    kind_keys,
    split_legal_form,
    strip_legal_forms,
)
from kordon.risk.screening.org_words import read_gloss
from kordon.risk.screening.southern import SCRIPTS as SOUTHERN
from kordon.risk.screening.southern import initials as southern_initials
from kordon.risk.screening.text import PartRole, Token, name_parts, skeleton, tokens_from_parts


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A name as written, with its tokens and (for companies) its legal form's code."""

    text: str
    kind: WatchlistKind
    tokens: tuple[Token, ...]
    legal_form: str | None = None
    generic: tuple[bool, ...] = ()
    # The proper name parts' Latin keys without spaces, in written order, and its skeleton.
    joined: str = ""
    joined_skeleton: str = ""
    # The position of the given name among the tokens (-1 for none): the first proper name
    # part, or the first after the comma in "SURNAME, Given".
    given: int = -1
    # The proper name parts' skeletons (second readings where there are any) run together,
    # given name first: a compound written as one word or two (محمدجواد, Mohammad Javad).
    joined_alt: str = ""
    # Companies: the name read as an acronym when it is one word of capitals (ABB, МКБ). The
    # initials of its words are worked out when asked (`initials`), not kept: lists are long.
    acronym: str = ""
    # Persons: each part's kind of title, tribe or nisba (`affixes.affix_kinds`); () for none.
    affixes: tuple[str, ...] = ()
    # Persons: the positions of the parts written as initials (F., J. I., Ф.), read as
    # particles; their letters still say which given names they stand for (`initials`).
    initials_at: tuple[int, ...] = ()
    # Persons: the name parts and initials from where the given names stand on (after the
    # comma in "SURNAME, Given"; from the start otherwise), in written order.
    given_order: tuple[int, ...] = ()
    # Which reading of the name this is (`readings.AS_WRITTEN` ...): as written, or read as
    # its English gloss.
    reading: int = 0


def parse_name(text: str, kind: WatchlistKind, *, glossed: bool = False) -> ParsedName:
    """Tokenize a person's or company's name; companies lose their legal form. `glossed`
    reads a company's words of the organisation vocabulary as their English gloss."""
    legal_form = None
    acronym = ""
    written_text = text
    if kind == WatchlistKind.COMPANY:
        # The maintained list first, then the forms it lacks.
        stripped, legal_form = strip_legal_forms(without_own_acronym(text))
        written, local_form = split_legal_form(
            company_parts(stripped), text, beside_form=legal_form is not None
        )
        parts = in_english(*_gloss(written, text)) if glossed else in_english(written, text)
        legal_form = local_form or legal_form
        acronym = read_acronym(text, written)
    else:
        # A generational suffix after a comma (Hollis, Jr.) is read without it.
        written_text = without_suffix_comma(text)
        parts = name_parts(written_text, compounds=True)
    tokens = tokens_from_parts(parts, inverted="," in written_text)
    if kind == WatchlistKind.PERSON:
        tokens = tuple(
            replace(t, role=PartRole.PARTICLE) if t.key in _SUFFIXES else t for t in tokens
        )
    initials_at: tuple[int, ...] = ()
    if kind == WatchlistKind.PERSON and ("." in text or SOUTHERN.search(text)):
        tokens, initials_at = _initials_as_particles(text, tokens)
    if kind == WatchlistKind.COMPANY:
        generic = tuple(_generic(t.key, glossed) for t in tokens)
        # Little words (al-, of) are neither generic nor distinctive.
        if all(g for g, t in zip(generic, tokens, strict=True) if t.role == PartRole.NAME):
            # Generic words only (Credit Bank of Moscow): they are its distinctive words, but
            # for those that say what kind of body it is.
            kinds = glossed_kind_keys() if glossed else kind_keys()
            generic = tuple(t.key in kinds for t in tokens)
            if all(generic):
                generic = tuple(False for _ in tokens)
        generic = _outside_quotes(text, tokens, generic, glossed)
    else:
        generic = tuple(False for _ in tokens)
    joined = "".join(t.key for t in tokens if t.role == PartRole.NAME)
    proper = [t for t in tokens if t.role == PartRole.NAME]
    if "," in written_text and kind == WatchlistKind.PERSON:
        # SURNAME, Given: run the parts together in the written-out order, given name first.
        head = sum(
            1
            for t in tokens_from_parts(name_parts(written_text.split(",", 1)[0], compounds=True))
            if t.role == PartRole.NAME
        )
        proper = proper[head:] + proper[:head]
    # Abjad parts run together in their second reading (و as v); others as they are.
    joined_alt = "".join(t.alt if t.abjad else t.skeleton for t in proper)
    given = -1
    given_order: tuple[int, ...] = ()
    affixes = affix_kinds(tokens) if kind == WatchlistKind.PERSON else ()
    if kind == WatchlistKind.PERSON:
        surname = written_text.split(",", 1)[0]
        before = len(name_parts(surname, compounds=True)) if "," in written_text else 0
        # A title or rank in front (Dr. Muthanna al-Dari, General Taganda) is not the given
        # name: the name after it is.
        names = [
            i
            for i, t in enumerate(tokens)
            if t.role == PartRole.NAME and not (affixes and affixes[i] == TITLE)
        ] or [i for i, t in enumerate(tokens) if t.role == PartRole.NAME]
        given = next((i for i in names if i >= before), names[0] if names else -1)
        given_order = tuple(sorted(i for i in (*names, *initials_at) if i >= before))
    return ParsedName(
        text,
        kind,
        tokens,
        legal_form,
        generic,
        joined,
        skeleton(joined),
        given=given,
        joined_alt=joined_alt,
        acronym=acronym,
        affixes=affixes,
        initials_at=initials_at,
        given_order=given_order,
    )


# A generational suffix written after a comma at the end of a person's name (Samuel Rose, Jr.;
# RUBEN LAVILLA, JR; Clayton Pruitt, III): not the given name of a name written family name
# first.
_SUFFIX_COMMA = re.compile(r",\s*((?:jr|sr|jnr|snr|junior|senior|ii|iii|iv)\.?)\s*$", re.IGNORECASE)


# The keys of generational suffixes: who of a family, not which family, so a particle.
_SUFFIXES = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv"})


def without_suffix_comma(text: str) -> str:
    """A person's name with the comma before a generational suffix at its end taken out."""
    return _SUFFIX_COMMA.sub(r" \1", text)


# A letter of any script followed by a full stop: F., J.I., Ф.
_INITIAL = re.compile(r"(?<!\w)([^\W\d_])\.")


def _initials_as_particles(
    text: str, tokens: tuple[Token, ...]
) -> tuple[tuple[Token, ...], tuple[int, ...]]:
    """A person's initials (Raed M. Hijazi, Taha, Abdul Rahman S., Ф.) as particles, and
    where they stand.

    An initial stands for a name the other spelling may write out or leave out: it names no
    one, so it weighs as little as a particle and is never the given name.
    """
    letters = {_letter_key(found.group(1)) for found in _INITIAL.finditer(text)}
    if SOUTHERN.search(text):
        letters |= southern_initials(text)
    at = tuple(i for i, t in enumerate(tokens) if t.role == PartRole.NAME and t.key in letters)
    out = tuple(replace(t, role=PartRole.PARTICLE) if i in at else t for i, t in enumerate(tokens))
    return out, at


def _letter_key(letter: str) -> str:
    """The key a letter written alone gets as a name part (Ж is j, Ф is f)."""
    return next((t.key for t in tokens_from_parts(name_parts(letter))), "")


def _generic(key: str, glossed: bool) -> bool:
    """Whether a company name's part is a generic word, in the name as read or as its gloss."""
    return is_generic_glossed(key) if glossed else is_generic(key)


def _gloss(
    parts: list[tuple[str, bool]], written: str
) -> tuple[list[tuple[str, bool]], str, tuple[bool, ...]]:
    """The parts read as their English gloss, or as they are where none is, with the name as
    written and which parts are gloss words: `in_english`'s arguments."""
    found = read_gloss(parts, written)
    return (parts, written, ()) if found is None else (found.parts, written, found.english)


_BRACKETED = re.compile(r"\s*\(([^()]+)\)")
# A company's own name in quotes (ПАО «Татнефть» имени В. Д. Шашина, JSC 'DRUZHBA'): double
# quotes of any kind, or single ones that open and close a word, not an apostrophe inside it.
_QUOTED = re.compile(r"[«„“”\"]([^«»„“”\"]+)[»“”\"]|(?<![\w'’])['‘’]([^'‘’]+?)['’](?![\w'’])")

_QUOTE_MARKS = frozenset("«»„“”\"'‘’")


def quoted(text: str) -> str:
    """The innermost quoted part of a name (the name itself in ОАО «НК «Роснефть»); else ''."""
    found = ""
    while True:
        inner = [m.group(1) or m.group(2) for m in _QUOTED.finditer(text)]
        inner = [part.strip() for part in inner if part and part.strip()]
        if len(inner) != 1 or inner[0] == text.strip():
            return found if len(inner) <= 1 else ""
        found = text = inner[0]


def _outside_quotes(
    text: str, tokens: tuple[Token, ...], generic: tuple[bool, ...], glossed: bool = False
) -> tuple[bool, ...]:
    """Generic flags with the words outside a quoted name generic too.

    Registers write a company's own name in quotes after words that say what it is (Государственная
    корпорация по атомной энергии «Росатом»; OPEN JOINT-STOCK COMPANY "OIL TRUNK PIPELINES
    'DRUZHBA'"); lists often give the quoted name alone (Rosatom, JSC 'DRUZHBA').
    """
    inside = quoted(text) if _QUOTE_MARKS.intersection(text) else ""
    if not inside:
        return generic
    parts = company_parts(inside)
    read = in_english(*_gloss(parts, inside)) if glossed else in_english(parts, inside)
    keys = {t.key for t in tokens_from_parts(read)}
    if not any(t.key in keys and t.role == PartRole.NAME for t in tokens):
        return generic
    return tuple(
        g or (t.role == PartRole.NAME and t.key not in keys)
        for g, t in zip(generic, tokens, strict=True)
    )


def without_own_acronym(text: str) -> str:
    """A company name without its own acronym in brackets (NAFTIRAN INTERTRADE COMPANY (NICO)).

    The acronym says the name once more: left in, it would count as a distinctive word the
    other name lacks. Brackets that hold anything else are kept.
    """
    return _own_acronym(text)[1]


def own_acronym(text: str) -> str:
    """The acronym a company name prints for itself in brackets, in Latin letters, or "".

    PETROIRAN DEVELOPMENT COMPANY (PEDCO) LIMITED is PEDCO as lists print it alone: the
    name says so itself, whether the letters are its words' initials or not.
    """
    return _own_acronym(text)[0] if "(" in text else ""


@lru_cache(maxsize=20_000)
def _own_acronym(text: str) -> tuple[str, str]:
    """A company name's own acronym in brackets and the name without it; ("", text) for none."""
    found = _BRACKETED.search(text)
    if found is None or "(" in text[found.end() :]:
        return "", text
    inside = found.group(1).strip()
    letters = read_acronym(inside, name_parts(inside))
    rest = (text[: found.start()] + text[found.end() :]).strip()
    if not letters or not rest:
        return "", text
    if stands_for(letters, initials(rest, WatchlistKind.COMPANY)):
        return letters, rest
    # Acronyms in brackets take a letter or two from inside a word as often as not (NICO,
    # Naftiran Intertrade Company; AQAP, Al-Qaida in the Arabian Peninsula): the name's first
    # letter, then the others in order.
    run = "".join(part for part, abjad in name_parts(rest) if not abjad)
    if run[:1] == letters[:1] and _in_order(letters, run):
        return letters, rest
    return "", text


def _in_order(letters: str, run: str) -> bool:
    """Whether the letters appear in the run in their order, not necessarily together."""
    position = 0
    for letter in letters:
        position = run.find(letter, position) + 1
        if not position:
            return False
    return True


@lru_cache(maxsize=20_000)
def initials(text: str, kind: WatchlistKind) -> tuple[Initials, ...]:
    """The initials of a company name's words, as written and in English (see `acronyms`)."""
    if kind != WatchlistKind.COMPANY:
        return ()
    written, whole, english = _readings(text)
    # Russian acronyms take in the legal form too (ОСК, Объединённая судостроительная
    # корпорация: United Shipbuilding Corporation).
    russian = in_russian(in_english(whole, without_own_acronym(text)))
    return word_initials(written, whole, english, in_russian(english), russian)


def heads(text: str, kind: WatchlistKind) -> tuple[Words, ...]:
    """A company name's words as written and in English, for acronyms of their heads (see
    `acronyms.spelt_by_heads`)."""
    if kind != WatchlistKind.COMPANY:
        return ()
    written, _, english = _readings(text)
    return word_heads(written, english)


Parts = list[tuple[str, bool]]


def written_parts(text: str) -> Parts:
    """A company name's parts without its legal form and its own acronym in brackets."""
    return _readings(text)[0]


@lru_cache(maxsize=20_000)
def _readings(text: str) -> tuple[Parts, Parts, Parts]:
    """A company name's parts without its legal form, with it, and in English; its own acronym
    in brackets left out, being no word of it (METAL & MINERAL TRADE (MMT) is MMT, not MMTM).

    Worked out once for the initials and the word heads of a name: the callers only read them.
    """
    text = without_own_acronym(text)
    stripped, form = strip_legal_forms(text)
    written, _ = split_legal_form(company_parts(stripped), text, beside_form=form is not None)
    return written, company_parts(text), in_english(written, text)
