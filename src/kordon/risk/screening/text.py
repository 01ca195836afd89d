"""Name text to comparable tokens, across scripts and transliterations.

Every name part becomes a Latin *key* (ASCII, lower case, common transliteration digraphs
folded) and a consonant *skeleton* (vowels dropped, sounds that scripts render differently
merged). Persian and Arabic script write few vowels, so only skeletons compare across it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from enum import IntEnum
from functools import lru_cache

from anyascii import anyascii

from kordon.risk.screening.given_names import group_name


class PartRole(IntEnum):
    """How much a name part says about who is named."""

    NAME = 0
    PATRONYMIC = 1
    PARTICLE = 2


@dataclass(frozen=True, slots=True)
class Token:
    """One name part: Latin key, skeleton, whether it came from an abjad, its role."""

    key: str
    skeleton: str
    abjad: bool
    role: PartRole = PartRole.NAME
    # A second reading of the skeleton where the spelling is ambiguous: Persian و as v or u,
    # or a Latin name romanised the German, Polish or Czech way (Schoigu, Szojgu, Šojgu).
    alt: str = ""
    # Vowel groups in the Latin key: Mahmud and Muhammad share a skeleton, not a rhythm.
    syllables: int = 0


_ABJAD = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_SPLIT = re.compile(r"[^0-9a-zWDTZAJ]+")
# The zero-width non-joiner is kept: in Persian it ends a morpheme inside a word.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200d\u200e\u200f\u0640\u00ad"), None)
_ZWNJ = "\u200c"
# Letters that only Azerbaijani or Turkish Latin use: where they appear, c, x and q are read
# the Azerbaijani way (c = j, x = kh, q = g).
_TURKIC_MARKS = set("əğışçöüİ")
_TURKIC = {
    "ə": "a", "ğ": "gh", "ı": "i", "ş": "sh", "ç": "ch", "ö": "o", "ü": "u",
    "c": "j", "x": "kh", "q": "g",
}  # fmt: skip
_PERSIAN = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "e", "ٱ": "a", "ء": "", "ئ": "", "ؤ": "u", "ب": "b",
    "پ": "p", "ت": "t", "ث": "T", "ج": "J", "چ": "ch", "ح": "h", "خ": "kh", "د": "d", "ذ": "Z",
    "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "D", "ط": "t", "ظ": "z",
    "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n",
    "ة": "A", "ى": "a",
}  # fmt: skip
_DIGITS = {ord(c): str(i % 10) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩")}
_DIGRAPHS = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("ph", "f"))
# sh and s merge: Turkish and Azerbaijani text often loses its cedillas (Şamxani, Samhani).
_SKELETON_DIGRAPHS = (("sh", "s"), ("ch", "C"), ("th", "t"), ("ts", "c"))
# Russian writes the Azerbaijani and Persian h as g (Гейдар = Heydar), Persian has no
# written short vowels, and k/g/q/kh/h swap freely between transliterations: one class.
_SKELETON_CLASS = str.maketrans(
    {"g": "k", "q": "k", "h": "k", "x": "k", "f": "v", "w": "v", "c": "k", "p": "b"}
)
_SOFT_C = re.compile(r"c(?=[ei])")
_DOUBLES = re.compile(r"(.)\1+")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_OW = re.compile(r"ow(?![aeiouy])")
_LONE_Y = re.compile(r"(?<![aeiou])y(?![aeiou])")
_VOWELS = set("aeiouy")
PATRONYMIC_MARKERS = frozenset(
    {"oglu", "ogly", "ogli", "oghlu", "uglu", "kizi", "qizi", "gizi", "kyzy", "ghizi", "kizy"}
)
# Honorifics lists and documents put in front of a name or leave out (Haji, Sheikh, Sayyid,
# Mullah, Mawlawi ...), in Latin spellings and in Arabic script; they say who is respected,
# not who is named.
HONORIFICS = frozenset(
    {"sayyid", "seyyed", "seyed", "seyid", "sayed", "sayyed", "syed", "sid", "haji", "hajji"}
    | {"hadji", "haj", "alhaj", "alhajj", "sheikh", "shaykh", "shaikh", "sheik", "cheikh"}
    | {"mullah", "mulla", "mula", "mollah", "molla", "maulavi", "mawlawi", "maulvi", "molvi"}
    | {"maulawi", "mawlavi", "mowlavi", "mawlana", "maulana", "ayatollah", "hojatoleslam"}
)
HONORIFICS_ABJAD = frozenset(
    {"سید", "سيد", "حاجی", "حاجي", "الحاج", "حاج", "شیخ", "شيخ", "ملا", "ملّا", "مولوی"}
    | {"مولوي", "مولانا", "آیت‌الله", "آيت‌الله"}
)
PARTICLES = frozenset(
    {"al", "el", "ul", "bin", "ibn", "bint", "binti", "de", "van", "von", "der", "la", "di"}
    | {"ol", "ud", "ad", "adh", "ash", "ur"}
    | HONORIFICS
)
# Arabic script writes the article joined to its word (الحسن = al-Hassan); Allah is one word.
_ARTICLE = "ال"
_SUN_ARTICLE = re.compile("ال(?=[تثدذرزسشصضطظلن])")
_NOT_ARTICLE = frozenset({"الله", "الهام", "الیاس", "الياس", "الكسندر"})
# German, Polish and Czech spellings of Cyrillic, read the English way (Schtscherbakow,
# Szczerbakow, Ščerbakov = Shcherbakov). Czech and Polish letters with a mark come first.
_CENTRAL_MARKS = str.maketrans(
    {"š": "sh", "č": "ch", "ž": "zh", "ŝ": "shch", "ż": "zh", "ź": "zh", "ś": "sh", "ć": "ch",
     "ř": "rzh", "ʹ": "", "ʺ": ""}
)  # fmt: skip
_CENTRAL_SPELLINGS = (
    ("schtsch", "S"), ("shch", "S"), ("dsch", "J"), ("tsch", "C"), ("sch", "sh"),
    ("szcz", "S"), ("sz", "sh"), ("cz", "C"), ("dzh", "J"),
)  # fmt: skip
_SOFTENED = re.compile(r"(?<=[bcdfgklmnprstvwz])ie")
_CENTRAL_MARKERS = re.compile(r"sch|sz|cz|w|j|(?<=[bcdfgklmnprstvz])ie|ch|x")
# Russian, Ukrainian and Belarusian patronymics (-ovich, -ovych, -ivna, -auna ...).
_PATRONYMIC_SUFFIXES = (
    "ovich", "evich", "ovna", "evna", "ichna", "vich", "ovych", "evych", "ivna", "auna",
)  # fmt: skip


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
        if char == _ZWNJ:
            continue
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
            # W marks a و that may be read as v or as u/o; tokens keep both readings.
            out.append("v" if i == 0 or (out and out[-1] in ("a",)) else "W")
        elif char == "ع":
            out.append("a" if i == 0 or (out and out[-1] not in _VOWELS) else "")
        elif char in "هۀ":
            # A word-final ه after a consonant is the vowel e (زاده = zade, خامنه‌ای = Khamenei).
            final = i == last or word[i + 1] == _ZWNJ
            out.append("e" if final and out and out[-1] not in _VOWELS else "h")
        else:
            out.append(_PERSIAN.get(char, anyascii(char).lower()))
    return "".join(out)


def _word_to_latin(word: str, turkic: bool) -> tuple[str, bool]:
    """Spell one folded word in Latin; say whether it was written in an abjad."""
    if _ABJAD.search(word):
        return _persian_to_latin(word), True
    if turkic:
        word = "".join(_TURKIC.get(char, char) for char in word)
    else:
        word = word.translate(_CENTRAL_MARKS)
    if _HANGUL.search(word):
        return " ".join(_hangul_syllable(char) for char in word), False
    return anyascii(word).lower(), False


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _hangul_syllable(char: str) -> str:
    """One Hangul syllable romanised the way DPRK and UN lists write it (ㄹ = r, not l)."""
    latin = anyascii(char).lower()
    return "r" + latin[1:] if latin.startswith("l") else latin


def central_reading(part: str) -> str:
    """A Latin part read as a German, Polish or Czech romanisation of Cyrillic ('' if not one).

    ch is kh, j is y, w is v, sch/sz is sh, tsch/cz is ch, ie after a consonant is e and x is
    ks (Alexej); English spellings are left alone, so this is only a second reading.
    """
    if not _CENTRAL_MARKERS.search(part):
        return ""
    word = part
    for old, new in _CENTRAL_SPELLINGS:
        word = word.replace(old, new)
    word = _SOFTENED.sub("e", word).replace("ch", "kh").replace("x", "ks")
    word = word.replace("j", "y").replace("w", "v").replace("C", "ch").replace("J", "dzh")
    word = word.replace("S", "shch")
    return word if word != part else ""


@lru_cache(maxsize=200_000)
def latin_key(word: str) -> str:
    """Fold a Latin spelling so that common transliterations of one name coincide."""
    # A final h after a vowel is often not written (Alizadeh / Alizade); kh, sh ... stay.
    if len(word) >= 4 and word.endswith("h") and word[-2] in _VOWELS:
        word = word[:-1]
    for old, new in _DIGRAPHS:
        word = word.replace(old, new)
    word = _OW.sub("o", word)  # Rowhani = Rouhani, Khosrow = Khosro
    word = word.replace("x", "h").replace("w", "v").replace("iy", "i")
    word = _LONE_Y.sub("i", word)  # Kadyrov = Kadirov, Йылдырым = Yildirim
    # Collapsed doubles: Mammadov / Mamedov, Hassan / Hasan.
    return _DOUBLES.sub(r"\1", word)


@lru_cache(maxsize=200_000)
def skeleton(key: str) -> str:
    """The consonant skeleton of a Latin key; an initial vowel is kept as 'a'."""
    if not key:
        return ""
    if key.isdigit():
        return key
    for old, new in _SKELETON_DIGRAPHS:
        key = key.replace(old, new)
    # Turkish and Azerbaijani c before e/i is j (Recep, Cevad); elsewhere c is k.
    key = _SOFT_C.sub("j", key)
    if key[0] == "y" and len(key) > 1 and key[1] in _VOWELS:
        key = key[1:]  # Yevgeny = Evgeniy, Yusif = یوسف
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
def _word_tokens(word: str, turkic: bool) -> tuple[tuple[str, bool], ...]:
    """The Latin parts one folded word spells, each with its abjad flag."""
    if word in HONORIFICS_ABJAD:
        return (("sayyid", True),)  # any honorific: a particle, whichever it is
    if word.startswith(_ARTICLE) and len(word) > 3 and word not in _NOT_ARTICLE:
        return (("al", True), *_word_tokens(word[2:], turkic))
    if len(word) >= 5 and _ARTICLE in word[1:]:
        # Inside a compound the article before a sun letter is not heard: بدرالدین is
        # Badruddin, نصرالله Nasrullah.
        word = word[0] + _SUN_ARTICLE.sub("", word[1:])
    latin, abjad = _word_to_latin(word, turkic)
    latin = latin.replace("'", "").replace("`", "")
    return tuple((part, abjad) for part in _SPLIT.split(latin) if part)


def name_parts(name: str) -> list[tuple[str, bool]]:
    """The Latin parts of a name, in order, each with its abjad flag."""
    raw: list[tuple[str, bool]] = []
    words = fold_case(name).split()
    # One Azerbaijani or Turkish letter anywhere tells how to read c, x and q in every word.
    turkic = any(_TURKIC_MARKS.intersection(word) for word in words)
    for word in words:
        raw.extend(_word_tokens(word, turkic))
    return raw


def tokenize(name: str) -> tuple[Token, ...]:
    """Split a name into tokens, marking patronymics and particles."""
    return tokens_from_parts(name_parts(name), inverted="," in name)


# Letters Persian and Arabic read differently, marked while spelling a word: W is و (u or v),
# T is ث (s or th), Z is ذ (z or dh), D is ض (z or d), A is ة (a, or at before a genitive).
# J is ج, kept apart until the Latin digraphs are folded (محمدجواد is not "mohamjavad").
_PERSIAN_READING = str.maketrans({"W": "u", "T": "s", "Z": "z", "D": "z", "A": "a"})
_ARABIC_READING = str.maketrans({"W": "v", "T": "t", "Z": "d", "D": "d", "A": "at"})


def _persian_reading(part: str) -> str:
    """A spelt abjad word read the Persian way (the first reading)."""
    return part.translate(_PERSIAN_READING)


def _arabic_reading(part: str) -> str:
    """A spelt abjad word read the Arabic way, with و as a consonant (the second reading)."""
    return part.translate(_ARABIC_READING)


@lru_cache(maxsize=200_000)
def make_token(part: str, abjad: bool, role: PartRole = PartRole.NAME) -> Token:
    """The token of one Latin part (W marks a Persian و read either way)."""
    key = latin_key(_persian_reading(part)).replace("J", "j")
    skel = skeleton(key)
    if abjad and part != key:
        alt = skeleton(latin_key(_arabic_reading(part)).replace("J", "j"))
    elif not abjad and (central := central_reading(part)):
        alt = skeleton(latin_key(central))
    elif (group := group_name(part)) is not None:
        alt = skeleton(latin_key(group))
    else:
        alt = skel
    return Token(key, skel, abjad, role, alt, len(_VOWEL_GROUPS.findall(key)))


def tokens_from_parts(raw: list[tuple[str, bool]], inverted: bool = False) -> tuple[Token, ...]:
    """Turn Latin parts into tokens, marking patronymics and particles.

    A patronymic is the part before oglu/qizi (Azerbaijani), or a part ending in -ovich,
    -ovna ... in a name of three parts or more that is not in the surname's place (last, or
    first when the name is written SURNAME, Given).
    """
    tokens: list[Token] = []
    for n, (part, abjad) in enumerate(raw):
        if _persian_reading(part) in PATRONYMIC_MARKERS:
            if n == len(raw) - 1 and tokens:
                # A trailing oglu is part of a Turkish surname written apart (Davut oğlu).
                prev = tokens.pop()
                tokens.append(make_token(prev.key + "oglu", prev.abjad))
            elif tokens and tokens[-1].role == PartRole.NAME:
                tokens[-1] = replace(tokens[-1], role=PartRole.PATRONYMIC)
            continue
        role = PartRole.PARTICLE if part in PARTICLES else PartRole.NAME
        tokens.append(make_token(part, abjad, role))
    names = [i for i, t in enumerate(tokens) if t.role == PartRole.NAME]
    if len(names) >= 3:
        surname = names[0] if inverted else names[-1]
        for i in names:
            t = tokens[i]
            if i != surname and len(t.key) > 6 and t.key.endswith(_PATRONYMIC_SUFFIXES):
                tokens[i] = replace(t, role=PartRole.PATRONYMIC)
    return tuple(tokens)
