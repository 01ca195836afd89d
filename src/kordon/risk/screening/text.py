"""Name text to comparable tokens, across scripts and transliterations.

Every name part becomes a Latin *key* (ASCII, lower case, common transliteration digraphs
folded) and a consonant *skeleton* (vowels dropped, sounds that scripts render differently
merged). Persian and Arabic script write few vowels, so only skeletons compare across it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from anyascii import anyascii


class PartRole(IntEnum):
    """How much a name part says about who is named."""

    NAME = 0
    PATRONYMIC = 1
    PARTICLE = 2


@dataclass(frozen=True, slots=True)
class Token:
    """One name part: its Latin key, its skeleton, whether it came from an abjad, its role."""

    key: str
    skeleton: str
    abjad: bool
    role: PartRole = PartRole.NAME


_ABJAD = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_SPLIT = re.compile(r"[^0-9a-z]+")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200c\u200d\u200e\u200f\u0640\u00ad"), None)
# Letters that only Azerbaijani or Turkish Latin use: where they appear, c, x and q are read
# the Azerbaijani way (c = j, x = kh, q = g).
_TURKIC_MARKS = set("əğışçöüİ")
_TURKIC = {
    "ə": "a", "ğ": "gh", "ı": "i", "ş": "sh", "ç": "ch", "ö": "o", "ü": "u",
    "c": "j", "x": "kh", "q": "g",
}  # fmt: skip
_PERSIAN = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "e", "ٱ": "a", "ء": "", "ئ": "", "ؤ": "u", "ب": "b",
    "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh", "د": "d", "ذ": "z",
    "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "z", "ط": "t", "ظ": "z",
    "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n",
    "ة": "a", "ى": "a",
}  # fmt: skip
_DIGITS = {ord(c): str(i % 10) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩")}
_DIGRAPHS = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("ph", "f"))
_SKELETON_DIGRAPHS = (("sh", "S"), ("ch", "C"), ("th", "t"), ("ts", "c"))
# Russian writes the Azerbaijani and Persian h as g (Гейдар = Heydar), Persian has no
# written short vowels, and k/g/q/kh/h swap freely between transliterations: one class.
_SKELETON_CLASS = str.maketrans(
    {"g": "k", "q": "k", "h": "k", "x": "k", "f": "v", "w": "v", "c": "k", "j": "j"}
)
_VOWELS = set("aeiouy")
PATRONYMIC_MARKERS = frozenset(
    {"oglu", "ogly", "ogli", "oghlu", "uglu", "kizi", "qizi", "gizi", "kyzy", "ghizi", "kizy"}
)
PARTICLES = frozenset(
    {"al", "el", "ul", "bin", "ibn", "bint", "binti", "de", "van", "von", "der", "la", "di"}
)
_PATRONYMIC_SUFFIXES = ("ovich", "evich", "ovna", "evna", "ichna", "vich")


def fold_case(text: str) -> str:
    """Lower-case text the way Turkish and Azerbaijani expect (İ -> i), without accents on i."""
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH).translate(_DIGITS)
    text = text.replace("İ", "i").replace("I", "i").lower()
    return text.replace("i̇", "i")


def _persian_to_latin(word: str) -> str:
    """Spell a Persian or Arabic word in Latin, guessing the vowels the script leaves out."""
    out: list[str] = []
    last = len(word) - 1
    skip = False
    for i, char in enumerate(word):
        if skip or unicodedata.category(char) == "Mn":
            skip = False
            continue
        if i == 0 and char in "اآ" and len(word) > 1 and word[1] in "یيو":
            # ای and او open a word with a long i or u/o (ایران = Iran, امید = Omid).
            out.append("i" if word[1] != "و" else "o")
            skip = True
            continue
        if char in "یي":
            out.append("y" if i == 0 else "i")
        elif char == "و":
            out.append("v" if i == 0 or (out and out[-1] in ("a",)) else "u")
        elif char == "ع":
            out.append("a" if i == 0 or (out and out[-1] not in _VOWELS) else "")
        elif char in "هۀ":
            out.append("eh" if i == last and out and out[-1] not in _VOWELS else "h")
        else:
            out.append(_PERSIAN.get(char, anyascii(char).lower()))
    return "".join(out)


def _word_to_latin(word: str) -> tuple[str, bool]:
    """Spell one folded word in Latin; say whether it was written in an abjad."""
    if _ABJAD.search(word):
        return _persian_to_latin(word), True
    if _TURKIC_MARKS.intersection(word):
        word = "".join(_TURKIC.get(char, char) for char in word)
    return anyascii(word).lower(), False


@lru_cache(maxsize=200_000)
def latin_key(word: str) -> str:
    """Fold a Latin spelling so that common transliterations of one name coincide."""
    for old, new in _DIGRAPHS:
        word = word.replace(old, new)
    word = word.replace("x", "h").replace("w", "v").replace("iy", "i")
    # Collapsed doubles: Mammadov / Mamedov, Hassan / Hasan.
    word = re.sub(r"(.)\1+", r"\1", word)
    if len(word) >= 5 and word.endswith("h") and word[-2] in _VOWELS:
        word = word[:-1]
    return word


@lru_cache(maxsize=200_000)
def skeleton(key: str) -> str:
    """The consonant skeleton of a Latin key; an initial vowel is kept as 'a'."""
    if not key:
        return ""
    if key.isdigit():
        return key
    for old, new in _SKELETON_DIGRAPHS:
        key = key.replace(old, new)
    head = "a" if key[0] in _VOWELS and key[0] != "y" else ""
    body = key.translate(_SKELETON_CLASS)
    consonants = [c for c in (body if not head else body[1:]) if c not in _VOWELS or c == "y"]
    # y is a consonant only at the start of a word (Yusif); elsewhere it stands for i.
    if consonants and consonants[0] == "y" and (head or not key.startswith("y")):
        consonants = consonants[1:]
    consonants = [c for i, c in enumerate(consonants) if c != "y" or (i == 0 and not head)]
    out = head
    for c in consonants:
        if not out or out[-1] != c:
            out += c
    return out


@lru_cache(maxsize=400_000)
def _word_tokens(word: str) -> tuple[tuple[str, bool], ...]:
    """The Latin parts one folded word spells, each with its abjad flag."""
    latin, abjad = _word_to_latin(word)
    latin = latin.replace("'", "").replace("`", "")
    return tuple((part, abjad) for part in _SPLIT.split(latin) if part)


def name_parts(name: str) -> list[tuple[str, bool]]:
    """The Latin parts of a name, in order, each with its abjad flag."""
    raw: list[tuple[str, bool]] = []
    for word in fold_case(name).split():
        raw.extend(_word_tokens(word))
    return raw


def tokenize(name: str) -> tuple[Token, ...]:
    """Split a name into tokens, marking patronymics and particles."""
    return tokens_from_parts(name_parts(name))


def tokens_from_parts(raw: list[tuple[str, bool]]) -> tuple[Token, ...]:
    """Turn Latin parts into tokens, marking patronymics and particles."""
    tokens: list[Token] = []
    for part, abjad in raw:
        if part in PATRONYMIC_MARKERS:
            if tokens and tokens[-1].role == PartRole.NAME:
                prev = tokens[-1]
                tokens[-1] = Token(prev.key, prev.skeleton, prev.abjad, PartRole.PATRONYMIC)
            continue
        key = latin_key(part)
        role = PartRole.NAME
        if part in PARTICLES:
            role = PartRole.PARTICLE
        elif len(part) > 6 and part.endswith(_PATRONYMIC_SUFFIXES):
            role = PartRole.PATRONYMIC
        tokens.append(Token(key, skeleton(key), abjad, role))
    return tuple(tokens)
