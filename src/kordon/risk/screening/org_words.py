"""Organisation names in translation: read word for word as their English gloss.

National registers print a foreign organisation under a translation of its name (Фонд
«Свободная Россия» for the Free Russia Foundation; Azərbaycan İnsan Hüquqları Mərkəzi for the
Human Rights Centre of Azerbaijan): once transliterated the two share no word. The words such
names are made of (fund, institute, free, open, human rights, European, the Black Sea) are few;
`org_words.tsv` lists them in English, Russian and Azerbaijani, and in Chinese, whose column
`chinese.company_reading` reads (a name in characters is cut into English words, and is a
translation: `read_gloss`). A company name is read a
second time with each listed word as its English gloss (`gloss`), the other words as they are
(Jamestown, Marshall, Falun Dafa still meet their transliterations).

Russian words are met in any case and gender by an endings rule on their Latin spelling
(`russian_stem`: свободная, svobodnaya and свободного are one word), so that Russian names
written in Latin letters are read too; a word of a short stem (фонд, мир) in the case forms
the file lists; Azerbaijani words by taking their case, possessive and
plural endings off (`azerbaijani_stems`: Hüquqları is hüquq, birliyi is birlik); English words
as written, their plurals listed. The kinds of body are generic words in a gloss (`kind_words`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

from kordon.risk.screening.chinese import HAN
from kordon.risk.screening.company_words import in_cyrillic, is_russian
from kordon.risk.screening.text import latin_key, name_parts

VOCABULARY_FILE = "org_words.tsv"
# The classes of the vocabulary's words: a kind of body (fund, institute) is a generic word in a
# name's gloss; any other word is translated and weighs as the lists weigh it (free and Europe
# are distinctive, so that Free Russia and Open Russia are two bodies; International is generic
# as before).
KIND, WORD = "kind", "word"
CLASSES = frozenset({KIND, WORD})
COLUMNS = ("gloss", "class", "english", "russian", "azerbaijani", "chinese")
# Little words a translation adds or leaves out (Фонд имени Генриха Бёлля; Vətəndaş
# Cəmiyyəti üçün): no part of the gloss.
RUSSIAN_LITTLE = frozenset(
    {"v", "vo", "na", "po", "za", "dlya", "pri", "i", "ili", "s", "so", "ot", "k", "ko", "o"}
    | {"ob", "iz", "u", "imeni", "im"}
)
AZERBAIJANI_LITTLE = frozenset({"va", "ve", "uchun", "ughrunda", "ugrunda", "ila", "ile"})
# English little words that are not particles already (of, the, and, for are: `text.PARTICLES`).
ENGLISH_LITTLE = frozenset(
    {"in", "to", "at", "on", "by", "with", "from", "a", "an", "under", "into", "upon", "via"}
)
# Russian endings of nouns and adjectives as Latin letters spell them, with the spellings of
# other romanisations (-aia, -iia, -yi): taken off the longest first.
_RUSSIAN_ENDINGS = tuple(
    sorted(
        (
            "iyami", "iyakh", "yami", "yakh", "iyam", "yuyu", "yaya", "ogo", "ego", "omu", "emu",
            "ymi", "imi", "ykh", "ikh", "ami", "akh", "yam", "uyu", "aya", "aia", "aja", "iya",
            "iia", "ija", "iyu", "iey", "iem", "oye", "iye", "yye", "ov", "ev", "om", "em",
            "ey", "oy", "am", "ie", "ii", "iy", "yy", "yi", "ye", "oe", "ee", "ym", "im", "ya",
            "yu", "ia", "iu", "ju", "a", "e", "i", "o", "u", "y",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
# The shortest stem an ending is taken from: shorter ones say too little. A stem of three
# letters only loses an ending of two or more (новое is нов-ое, but Нова stays Нова).
_STEM_MIN = 3
_SHORT_STEM = 3
# Azerbaijani case, possessive and plural endings as written; read in both the spellings an
# Azerbaijani name's Latin parts take (`_forms`).
_AZERBAIJANI_ENDINGS_WRITTEN = (
    "larının", "lərinin", "larını", "lərini", "larına", "lərinə", "larında", "lərində",
    "ların", "lərin", "ları", "ləri", "lar", "lər", "sının", "sinin", "sunun", "sünün",
    "sını", "sini", "sına", "sinə", "sında", "sində", "ının", "inin", "unun", "ünün", "ına",
    "inə", "una", "ünə", "ında", "ində", "nın", "nin", "nun", "nün", "sı", "si", "su", "sü",
    "ın", "in", "un", "ün", "nı", "ni", "nu", "nü", "na", "nə", "ya", "yə", "da", "də",
    "dan", "dən", "ı", "i", "u", "ü", "a", "ə",
)  # fmt: skip
# Letters only Azerbaijani (and Turkish) Latin writes: a name with one is read in Azerbaijani.
_AZERBAIJANI_MARKS = re.compile("[əƏıİğĞşŞ]")
# `name_parts` reads every word of a name the Azerbaijani way (c as j, x as kh, q as g) when
# one of its words has an Azerbaijani letter: a form is read so by writing this word before it.
_AZERBAIJANI_WORD = "ə"
# Where two or more of a Latin name's words are Azerbaijani words and not English ones, it is
# an Azerbaijani name written without its letters (Azad Fikir Universiteti).
_AZERBAIJANI_WORDS_MIN = 2


@dataclass(frozen=True, slots=True)
class Concept:
    """One line of the vocabulary: the English words it is read as, and how they weigh."""

    gloss: tuple[str, ...]
    kind: str


# The first word of a form to every (form, concept) starting with it, longest forms first.
Lexicon = dict[str, list[tuple[tuple[str, ...], Concept]]]
Candidates = Callable[[str], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The vocabulary read from `org_words.tsv`, one lexicon a language."""

    concepts: tuple[Concept, ...]
    english: Lexicon
    russian: Lexicon
    azerbaijani: Lexicon


def russian_stem(part: str) -> str:
    """A Russian word's Latin spelling without its case or gender ending (the longest that
    leaves a stem long enough): svobodnaya, svobodnogo and svobodnyy are svobodn."""
    for ending in _RUSSIAN_ENDINGS:
        stem = len(part) - len(ending)
        if part.endswith(ending) and (
            stem > _SHORT_STEM or (stem == _SHORT_STEM and len(ending) > 1)
        ):
            return part[: -len(ending)]
    return part


# A Russian form written with this mark in front is met as spelt, not by its stem: two words
# of one stem (выборы, elections; выбор, choice) are told apart by their forms.
EXACT = "="
# The shortest stem a Russian form of the vocabulary is met by. A shorter one begins too many
# other words and names (груз- is Грузия and груз, cargo; кит- Китай and кит, whale; мир- мир
# and the surname Миров): such a word is met as spelt, in the case forms the file lists.
_LOOKUP_STEM_MIN = 5


def _russian_candidates(part: str) -> tuple[str, ...]:
    """The stem a Russian word is looked up by, and its spelling for the forms met as spelt."""
    return (russian_stem(part), EXACT + part)


def _russian_form(form: str) -> tuple[str, ...]:
    """A Russian form's keys: each word's stem, or its spelling where it is marked `EXACT` or
    its stem is short (`_LOOKUP_STEM_MIN`)."""
    if form.startswith(EXACT):
        return tuple(EXACT + part for part in _parts(form[len(EXACT) :]))
    return tuple(_russian_key(part) for part in _parts(form))


def _russian_key(part: str) -> str:
    """One word of a Russian form as it is looked up: by its stem, or as spelt if that is short."""
    stem = russian_stem(part)
    return stem if len(stem) >= _LOOKUP_STEM_MIN else EXACT + part


def english_candidates(part: str) -> tuple[str, ...]:
    """An English word as written: its plurals are listed in the file, for a final s that is
    no plural's would read AIDS as aid and News as new."""
    return (part,)


@lru_cache(maxsize=1)
def _azerbaijani_endings() -> tuple[str, ...]:
    """The endings in both spellings of an Azerbaijani name's parts, longest first."""
    found = {spelt for ending in _AZERBAIJANI_ENDINGS_WRITTEN for spelt in _forms(ending)}
    return tuple(sorted(found, key=len, reverse=True))


@lru_cache(maxsize=50_000)
def azerbaijani_stems(part: str) -> tuple[str, ...]:
    """An Azerbaijani word as written, then without one or two endings, with a final k or q
    that softens before a vowel given back (birliyi, birlik; əməkdaşlığı, əməkdaşlıq)."""
    found = [part]
    for word in (part, *_strip_once(part)):
        found.extend(_strip_once(word))
    out: list[str] = []
    for stem in found:
        out.extend(_softened(stem))
    return tuple(dict.fromkeys(out))


def _strip_once(word: str) -> list[str]:
    """The word without each ending it has, leaving three letters at least."""
    return [
        word[: -len(ending)]
        for ending in _azerbaijani_endings()
        if word.endswith(ending) and len(word) - len(ending) >= _STEM_MIN
    ]


def _softened(stem: str) -> tuple[str, ...]:
    """A stem and the stem its final y, gh or g stands for before a vowel ending (k, q)."""
    if stem.endswith("gh"):
        return (stem, stem[:-2] + "g")
    if stem.endswith("y"):
        return (stem, stem[:-1] + "k")
    if stem.endswith("g"):
        return (stem, stem[:-1] + "q", stem[:-1] + "k")
    return (stem,)


def _forms(written: str) -> tuple[str, ...]:
    """The Latin parts a written Azerbaijani word or ending takes: read the Azerbaijani way
    (`name_parts` in a name with an Azerbaijani letter), and folded to ASCII as names written
    without those letters spell it."""
    turkic = "".join(part for part, _ in name_parts(f"{_AZERBAIJANI_WORD} {written}")[1:])
    plain = re.sub(r"[^a-z]", "", anyascii(written).lower())
    return tuple(dict.fromkeys(form for form in (turkic, plain) if form))


def _parts(form: str) -> tuple[str, ...]:
    """The Latin parts of a written form, as a name's are."""
    return tuple(part for part, _ in name_parts(form))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The vocabulary, read once from the packaged file."""
    text = resources.files("kordon.risk.screening").joinpath(VOCABULARY_FILE).read_text("utf-8")
    return read_vocabulary(text.splitlines())


def read_vocabulary(lines: Iterable[str]) -> Vocabulary:
    """A vocabulary from the lines of a file written as `org_words.tsv` is."""
    concepts: list[Concept] = []
    english: Lexicon = {}
    russian: Lexicon = {}
    azerbaijani: Lexicon = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS) or cells[1] not in CLASSES:
            raise ValueError(
                f"{VOCABULARY_FILE}, line {number}: expected gloss, class "
                f"({', '.join(sorted(CLASSES))}), English, Russian, Azerbaijani and Chinese "
                "forms separated by tabs"
            )
        # The Chinese forms are read where a name in characters is cut into words
        # (`chinese.company_reading`): the parts it gives are English words already.
        gloss, kind, en, ru, az, _ = cells
        concept = Concept(_parts(gloss), kind)
        concepts.append(concept)
        _add(english, [concept.gloss, *map(_parts, _cell(en))], concept)
        _add(russian, [_russian_form(form) for form in _cell(ru)], concept)
        for form in _cell(az):
            readings = [_forms(word) for word in form.split()]
            for n in range(max(len(r) for r in readings)):
                _add(azerbaijani, [tuple(r[min(n, len(r) - 1)] for r in readings)], concept)
    for lexicon in (english, russian, azerbaijani):
        for rows in lexicon.values():
            rows.sort(key=lambda row: -len(row[0]))
    return Vocabulary(tuple(concepts), english, russian, azerbaijani)


def _cell(cell: str) -> list[str]:
    """The forms of one cell ("-" for none)."""
    return [form.strip() for form in cell.split(";") if form.strip() and form.strip() != "-"]


def _add(lexicon: Lexicon, forms: list[tuple[str, ...]], concept: Concept) -> None:
    """File each form under its first word."""
    for form in forms:
        if form and (form, concept) not in lexicon.get(form[0], []):
            lexicon.setdefault(form[0], []).append((form, concept))


@dataclass(frozen=True, slots=True)
class Gloss:
    """A name's parts read as their English gloss, and whether a word of it was read in
    Russian or Azerbaijani (a translation) rather than in English only. `english` says which
    parts are gloss words, English already: they are not read again as Russian words."""

    parts: list[tuple[str, bool]]
    foreign: bool
    english: tuple[bool, ...] = ()


def gloss(parts: list[tuple[str, bool]], written: str) -> list[tuple[str, bool]] | None:
    """A company name's parts with the vocabulary's words as their English gloss, the other
    parts as they are; None when no part is a word of the vocabulary or a little word."""
    found = read_gloss(parts, written)
    return None if found is None else found.parts


def read_gloss(parts: list[tuple[str, bool]], written: str) -> Gloss | None:
    """A company name's gloss (`gloss`), and whether it translates; None where there is none.

    `written` is the name as written: Cyrillic names are read in Russian, Latin ones in
    English and, with a Russian legal form or ending (`company_words.is_russian`), in Russian,
    or with Azerbaijani letters or words, in Azerbaijani.
    """
    readers = _readers(parts, written)
    english = vocabulary().english
    little = _little(readers)
    out: list[tuple[str, bool]] = []
    english_at: list[bool] = []
    changed = False
    # A name in Chinese characters is read as English words already (`chinese.company_reading`,
    # with the vocabulary's Chinese column): a translation, as a Russian name's gloss is.
    foreign = HAN.search(written) is not None
    i = 0
    while i < len(parts):
        part, abjad = parts[i]
        found = None if abjad else _longest(parts, i, readers)
        if found is not None:
            length, concept, lexicon = found
            out.extend((word, False) for word in concept.gloss)
            english_at.extend(True for _ in concept.gloss)
            # Read the same, the word may still weigh otherwise (institute, a kind of body).
            changed = True
            foreign = foreign or lexicon is not english
            i += length
            continue
        if part in little and not abjad:
            changed = True
        else:
            out.append((part, abjad))
            english_at.append(False)
        i += 1
    return Gloss(out, foreign, tuple(english_at)) if changed and out else None


def _readers(parts: list[tuple[str, bool]], written: str) -> list[tuple[Lexicon, Candidates]]:
    """The lexicons a name is read in, in order, each with how it looks a word up."""
    words = vocabulary()
    if in_cyrillic(written):
        # A register may print the name's English form beside the Russian one.
        latin = any(ch.isascii() and ch.isalpha() for ch in written)
        russian: list[tuple[Lexicon, Candidates]] = [(words.russian, _russian_candidates)]
        return [*russian, (words.english, english_candidates)] if latin else russian
    readers: list[tuple[Lexicon, Candidates]] = []
    if is_russian(written):
        readers.append((words.russian, _russian_candidates))
    elif _AZERBAIJANI_MARKS.search(written) or _azerbaijani_words(parts) >= _AZERBAIJANI_WORDS_MIN:
        readers.append((words.azerbaijani, azerbaijani_stems))
    readers.append((words.english, english_candidates))
    return readers


def _little(readers: list[tuple[Lexicon, Candidates]]) -> frozenset[str]:
    """The little words of the languages a name is read in."""
    words = vocabulary()
    found: set[str] = set()
    for lexicon, _ in readers:
        if lexicon is words.russian:
            found |= RUSSIAN_LITTLE
        elif lexicon is words.azerbaijani:
            found |= AZERBAIJANI_LITTLE
        else:
            found |= ENGLISH_LITTLE
    return frozenset(found)


def _azerbaijani_words(parts: list[tuple[str, bool]]) -> int:
    """How many parts are Azerbaijani words of the vocabulary and not English ones."""
    words = vocabulary()
    return sum(
        1
        for part, abjad in parts
        if not abjad
        and not any(c in words.english for c in english_candidates(part))
        and any(stem in words.azerbaijani for stem in azerbaijani_stems(part))
    )


def _longest(
    parts: list[tuple[str, bool]], i: int, readers: list[tuple[Lexicon, Candidates]]
) -> tuple[int, Concept, Lexicon] | None:
    """The longest form of the first lexicon that has one starting at part i: its length, its
    concept and the lexicon."""
    for lexicon, candidates in readers:
        best: tuple[int, Concept] | None = None
        for key in candidates(parts[i][0]):
            for form, concept in lexicon.get(key, ()):
                n = len(form)
                if (best is None or n > best[0]) and _form_at(parts, i, form, candidates):
                    best = (n, concept)
        if best is not None:
            return (*best, lexicon)
    return None


def _form_at(
    parts: list[tuple[str, bool]], i: int, form: tuple[str, ...], candidates: Candidates
) -> bool:
    """Whether the parts from i on spell the form, each word by its candidates."""
    if i + len(form) > len(parts):
        return False
    return all(
        not parts[i + k][1] and form[k] in candidates(parts[i + k][0]) for k in range(1, len(form))
    )


@lru_cache(maxsize=1)
def glossed_words() -> frozenset[str]:
    """The Latin keys of every gloss word: the words a name's gloss is made of."""
    return frozenset(latin_key(word) for c in vocabulary().concepts for word in c.gloss)


@lru_cache(maxsize=1)
def kind_words() -> frozenset[str]:
    """The Latin keys of the kinds of body, as glossed and as English writes them: generic
    words in a name's gloss (`legal_forms.is_generic_glossed`, `glossed_kind_keys`)."""
    words = vocabulary()
    found = {latin_key(word) for c in words.concepts if c.kind == KIND for word in c.gloss}
    for rows in words.english.values():
        # A phrase's words alone are not the phrase: its gloss is.
        found.update(latin_key(f[0]) for f, c in rows if c.kind == KIND and len(f) == 1)
    return frozenset(found)
