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

from kordon.domain.numbers import SMALL_NUMBERS, TENS
from kordon.risk.screening.chinese import HAN, person_reading
from kordon.risk.screening.given_names import group_name
from kordon.risk.screening.greek import GREEK
from kordon.risk.screening.greek import MARKS as GREEK_MARKS
from kordon.risk.screening.greek import spell as greek_spelling
from kordon.risk.screening.hebrew import HEBREW, MARKERS, spellings
from kordon.risk.screening.hebrew import spell as hebrew_spelling
from kordon.risk.screening.japanese import hepburn, in_polivanov
from kordon.risk.screening.kana import is_katakana
from kordon.risk.screening.kana import reading as kana_reading
from kordon.risk.screening.korean import SURNAMES_LATIN, common_spelling
from kordon.risk.screening.nicknames import clipped, nickname_pairs
from kordon.risk.screening.sounds import SOUND
from kordon.risk.screening.sounds import spellings as sound_spellings
from kordon.risk.screening.southern import DIGITS as SOUTHERN_DIGITS
from kordon.risk.screening.southern import has_letter as southern_letter
from kordon.risk.screening.southern import pieces as southern_pieces
from kordon.risk.screening.southern import spellings as southern_spellings
from kordon.risk.screening.southern import vowels_guessed as southern_vowels_guessed
from kordon.risk.screening.wade_giles import joined_given


class PartRole(IntEnum):
    """How much a name part says about who is named."""

    NAME = 0
    PATRONYMIC = 1
    PARTICLE = 2


# The mark in front of a gloss's translated word, met by its spelling (`readings`): no letter
# of a transliteration, so that it meets only the same word so marked.
SPELT = "#"


@dataclass(frozen=True, slots=True)
class Token:
    """One name part: Latin key, skeleton, whether it came from an abjad, its role."""

    key: str
    skeleton: str
    abjad: bool
    role: PartRole = PartRole.NAME
    # A second reading of the skeleton where the spelling is ambiguous: an abjad word read
    # the Arabic way (و as v, ض as d), a Latin name romanised the German, Polish or Czech way
    # (Schoigu, Szojgu, Šojgu), or a Ukrainian or Belarusian given name's Russian form.
    alt: str = ""
    # Vowel groups in the Latin key: Mahmud and Muhammad share a skeleton, not a rhythm.
    syllables: int = 0
    # A third reading where a spelling is ambiguous once more: a German romanisation read
    # with its voiced letters (Sacharowa = Zakharova, Prigoschin = Prigozhin), or a Korean
    # syllable without its final ng (Kontsevich writes 영 Yong as Ён); "" when there is none.
    extra: str = ""
    # Vowel groups of the second reading's spelling (Jewgienij is read Yevgeniy).
    alt_syllables: int = 0
    # Whether the part was written with kh (x, خ, Х) at its start: the key folds kh into h,
    # yet kh is k in as many spellings as it is h (Khawa, Kawa; Khalid, Halid).
    kh: bool = False
    # Readings beyond the second of a word in Hebrew script, whose letters of two values (ב,
    # פ, ו, צ) give several (`hebrew.spellings`); () for every other part.
    more: tuple[str, ...] = ()
    # The keys of the English given names a nickname stands for (Bill: William, Robert ...);
    # () for a part that is no nickname (`nicknames`). Found under, not read as, their skeletons.
    nicknamed: tuple[str, ...] = ()
    # Whether the part's vowels are a reading's guess (a word in Thai, Tamil, Devanagari ...,
    # `southern`): it is compared by its consonants, as an abjad's part is.
    vowels_guessed: bool = False
    # Whether the part was read by its sound from katakana or Chinese characters (`sounds`):
    # its vowels are the script's, and its readings the letters it cannot tell apart.
    sound: bool = False
    # Whether a part read by sound was read from Chinese characters, which leave out an r or l
    # before a consonant (马丁 Martin); katakana writes every one.
    characters: bool = False

    def posted(self) -> tuple[str, ...]:
        """The skeletons retrieval posts and looks the part up under: its readings, and a
        nickname's full names."""
        if not self.nicknamed:
            return self.readings()
        return tuple(dict.fromkeys((*self.readings(), *map(skeleton, self.nicknamed))))

    def readings(self) -> tuple[str, ...]:
        """The part's skeletons, every reading once: what retrieval posts and looks up."""
        if self.more:
            return (self.skeleton, self.alt, *self.more)
        if self.extra and self.extra not in (self.skeleton, self.alt):
            return (self.skeleton, self.alt, self.extra)
        return (self.skeleton, self.alt) if self.alt != self.skeleton else (self.skeleton,)


_ABJAD = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_SPLIT = re.compile(r"[^0-9a-zWDTZAJBPLQXUCHVFK]+")
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
    "ا": "a", "آ": "a", "أ": "a", "إ": "e", "ٱ": "a", "ء": "", "ئ": "", "ؤ": "W", "ب": "b",
    "پ": "p", "ت": "t", "ث": "T", "ج": "J", "چ": "ch", "ح": "h", "خ": "kh", "د": "d", "ذ": "Z",
    "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "D", "ط": "t", "ظ": "z",
    "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n",
    "ة": "A", "ى": "a",
}  # fmt: skip
# Letters that would read as one sound with a following h (zh, sh, kh, gh, ch, th, ph).
_JOINS_H = frozenset("zskgcpt")
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
# aw before a consonant is the Arabic diphthong, written au as often.
_AW = re.compile(r"(?<=a)w(?=[b-df-hj-np-tv-z])")
# w between u and a vowel is the glide the u makes, written or not.
_UW = re.compile(r"(?<=u)w(?=[aeio])")
_LONE_Y = re.compile(r"(?<![aeiou])y(?![aeiou])")
_VOWELS = set("aeiouy")
_SON_OF = frozenset({"bin", "ibn", "ben", "bint", "bn", "abn", "bnt"})
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
    | {"qari", "mufti"}
)
HONORIFICS_ABJAD = frozenset(
    {"سید", "سيد", "حاجی", "حاجي", "الحاج", "حاج", "شیخ", "شيخ", "ملا", "ملّا", "مولوی"}
    | {"مولوي", "مولانا", "آیت‌الله", "آيت‌الله", "قاری", "قاري", "مفتی", "مفتي"}
    # Afghan lists end them in ى as often (حاجى مالك).
    | {"حاجى", "مولوى", "قارى", "مفتى"}
)
PARTICLES = frozenset(
    {"al", "el", "ul", "bin", "ibn", "bint", "binti", "de", "van", "von", "der", "la", "di"}
    | {"ol", "ud", "ad", "adh", "ash", "ur", "at", "ath", "az", "as"}
    # The little words of English company names (Bank of Georgia, საქართველოს ბანკი).
    | {"of", "the", "and", "for"}
    # بن, ابن and بنت as spelt from Arabic script.
    | {"bn", "abn", "bnt"}
    | HONORIFICS
)
# Arabic script writes the article joined to its word (الحسن = al-Hassan); Allah is one word.
_ARTICLE = "ال"
_SUN_ARTICLE = re.compile("ال(?=[تثدذرزسشصضطظلن])")
_NOT_ARTICLE = frozenset({"الله", "الهام", "الیاس", "الياس", "الكسندر"})
# Letters only Persian writes (and its own kaf and yeh): after them ال is no Arabic article but
# the start of a Persian, Azerbaijani or Russian name (الچین Elchin, الیف Aliyev, الکساندر).
_NOT_AFTER_ARTICLE = frozenset("پچژگکی")
# German, Polish and Czech spellings of Cyrillic, read the English way (Schtscherbakow,
# Szczerbakow, Ščerbakov = Shcherbakov). Czech and Polish letters with a mark come first.
_CENTRAL_MARKS = str.maketrans(
    {"š": "sh", "č": "ch", "ž": "zh", "ŝ": "shch", "ż": "zh", "ź": "zh", "ś": "sh", "ć": "ch",
     "ř": "rzh", "ʹ": "", "ʺ": "",
     # Serbian Cyrillic ћ is the Latin ć, a ч (Маровић = Marović = Марович).
     "ћ": "ch"}
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
    text = text.translate(SOUTHERN_DIGITS)
    text = text.replace("İ", "i").replace("I", "i").lower()
    return text.replace("i̇", "i")


def _persian_to_latin(word: str) -> str:
    """Spell a Persian or Arabic word in Latin, guessing the vowels the script leaves out."""
    out: list[str] = []
    last = len(word) - 1
    skip = False
    opening = last > 0 and word[0] in "اآ" and word[1] in "یيو"
    for i, char in enumerate(word):
        if char == _ZWNJ:
            continue
        if skip or unicodedata.category(char) == "Mn":
            skip = False
            continue
        if i == 0 and opening:
            # ای and او open a word with a long i or u/o (ایران = Iran, امید = Omid).
            out.append("i" if word[1] != "و" else "o")
            skip = True
            continue
        if char in "یي":
            out.append("y" if i == 0 else "i")
        elif char == "و":
            # W marks a و that may be read as v or as u/o; tokens keep both readings.
            # Between a consonant and ا, or a ی that ends the word, it opens a syllable: v
            # (جواد Javad, موسوی Musavi); before a ی inside the word it is as often a vowel
            # (شویگو Shoygu), and after a vowel letter it ends one (کوزلووی, پشیوی).
            after_consonant = i > 0 and word[i - 1] not in "اآیيوو"
            before_vowel = (
                after_consonant
                and i < last
                and (word[i + 1] in "اآ" or (word[i + 1] in "یي" and i + 1 == last))
            )
            # After أ that opens a word it is either: Arabic's aw (أول = Awal) or a foreign
            # name's o or u (أون = Un, أوباما = Obama).
            opens_foreign = i == 1 and word[0] == "أ"
            after_a = out and out[-1] in ("a",) and not opens_foreign
            out.append("v" if i == 0 or after_a or before_vowel else "W")
        elif char == "ع":
            out.append("a" if i == 0 or (out and out[-1] not in _VOWELS) else "")
        elif char in "هۀ":
            # A word-final ه after a consonant is the vowel e (زاده = zade, خامنه‌ای = Khamenei),
            # but not in a word of two letters (طه = Taha).
            final = (i == last or word[i + 1] == _ZWNJ) and i >= 2
            if final and out and out[-1] not in _VOWELS:
                out.append("e")
            elif out and out[-1] in _JOINS_H:
                # A vowel is heard between: ز and ه are not ژ (زهير = Zuhair, سهیل = Sohail).
                out.append("ah")
            else:
                out.append("h")
        elif char == "ح" and out and out[-1] in _JOINS_H:
            # ح after س, ک, ز ... is a letter of its own, not the h of a Latin digraph
            # (سحر = Sahar, not Shr; اسحاق = Ishaq keeps its consonants either way).
            out.append("ah")
        elif char in "سص" and out and out[-1] == "t":
            # ت before س is two letters, not ts (انتصار = Intisar, معتصم = Mutasim).
            out.append("as")
        else:
            out.append(_PERSIAN.get(char, anyascii(char).lower()))
    return "".join(out)


def _word_to_latin(word: str, mode: str) -> tuple[str, bool]:
    """Spell one folded word in Latin; say whether it was written in an abjad."""
    if _ABJAD.search(word):
        return _persian_to_latin(word), True
    if HEBREW.search(word):
        return hebrew_spelling(word), True
    if GREEK.search(word):
        return greek_spelling(word), False
    if mode == TURKIC:
        word = "".join(_TURKIC.get(char, char) for char in word)
    elif mode == KOREAN_CYRILLIC:
        return _kontsevich_to_latin(word), False
    else:
        # Ukrainian є is ye (Євген = Yevhen); anyascii writes ie. Armenian ու is one vowel, u
        # (Ռուբեն = Ruben), not o and a w that turns v before a vowel (Ճաբուա = Chabua).
        word = word.translate(_CENTRAL_MARKS).replace("є", "ye").replace("ու", "u")
    if mode == JAPANESE_CYRILLIC:
        return hepburn(word), False
    if mode == KOREAN_LATIN:
        # A syllable's initial d is the DPRK's t (Deok = Tok, Dong = Tong), and its initial ch
        # the j of other spellings (McCune-Reischauer Chong = Jong, Ho-chin = Ho-jin).
        # Custom spellings (Soo, Woo, Oh) are read first, as the lists spell the syllables.
        latin = _SYLLABLE_D.sub("Q", common_spelling(anyascii(word).lower()))
        return _SYLLABLE_CH.sub("X", latin), False
    if is_katakana(word):
        return kana_reading(word, lambda other: _word_to_latin(other, mode)[0]), False
    if HAN.search(word):
        return person_reading(word, every=True), False
    if _HANGUL.search(word):
        if mode == HANGUL_FOREIGN:
            return _hangul_foreign(word), False
        return " ".join(hangul_syllable(char) for char in word), False
    return anyascii(word).lower(), False


_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# How a name's words are read, decided once for the whole name.
TURKIC = "turkic"
KOREAN_CYRILLIC = "korean-cyrillic"
KOREAN_LATIN = "korean-latin"
HANGUL_FOREIGN = "hangul-foreign"
JAPANESE_CYRILLIC = "japanese-cyrillic"

# Korean family names as Russian writes them (Kontsevich and older spellings): a Cyrillic
# name of one-syllable words that starts with one of them is a Korean name.
_KOREAN_SURNAMES_CYRILLIC = frozenset(
    {"ким", "ли", "ри", "пак", "чхве", "цой", "чой", "чо", "чон", "ан", "кан", "юн", "хан"}
    | {"о", "но", "ро", "тхэ", "хван", "сон", "пэ", "мун", "чан", "рю", "нам", "квон", "ом"}
    | {"син", "со", "хо", "пён", "хён", "ём", "ким", "ха", "чу", "ян", "рим", "лим", "чхон"}
    | {"у", "хон", "пэк", "ку", "хам"}
)
_CYRILLIC_VOWELS = re.compile("[аеёиоуыэюя]+")
# Kontsevich back to the Latin DPRK and UN lists use: aspirates (чх, тх) are ch and t, the
# plain ч is j (Чон = Jong), ль is l, э is ae, ы is u, and в after a consonant before е is
# the o of oe (Чхве = Choe); д is marked Q, read d or t like a Hangul ㄷ.
_KONTSEVICH = (
    ("чх", "C"), ("тх", "t"), ("пх", "p"), ("кх", "k"), ("дж", "j"), ("ч", "j"), ("ль", "l"),
)  # fmt: skip
_KONTSEVICH_LETTERS = str.maketrans(
    {"а": "a", "б": "b", "в": "v", "г": "g", "д": "Q", "е": "e", "ё": "yo", "ж": "j", "з": "j",
     "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
     "с": "s", "т": "t", "у": "u", "ф": "p", "х": "h", "ц": "ts", "ш": "sh", "ы": "u",
     "ь": "", "ъ": "", "э": "ae", "ю": "yu", "я": "ya", "C": "ch"}
)  # fmt: skip
_KONTSEVICH_OE = re.compile("(?<=[бвгджзклмнпрстфхцчш])ве")


def _kontsevich_to_latin(word: str) -> str:
    """A Korean syllable written in Russian (Kontsevich) in the Latin of the lists."""
    if word.startswith("л"):
        word = "р" + word[1:]  # Ли is the family name Ri (리)
    if word.endswith("р") and len(word) > 1:
        # A syllable's final ㄹ is l in every Latin system; older Russian writes it р (Ким Ир
        # Сен = Kim Il Sung), Kontsevich ль.
        word = word[:-1] + "ль"
    word = _KONTSEVICH_OE.sub("оэ", word).replace("оэ", "oe")
    for old, new in _KONTSEVICH:
        word = word.replace(old, new)
    return word.translate(_KONTSEVICH_LETTERS)


# Letters only an ISO 9 romanisation of Cyrillic writes, and the way back to Cyrillic.
_ISO9_MARKS = frozenset("čžšŝëèûâʹʺČŽŠŜËÈÛÂ")
_ISO9_BACK = str.maketrans(
    {"a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "ë": "ё", "ž": "ж", "z": "з",
     "i": "и", "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р",
     "s": "с", "t": "т", "u": "у", "f": "ф", "h": "х", "c": "ц", "č": "ч", "š": "ш", "ŝ": "щ",
     "ʺ": "ъ", "y": "ы", "ʹ": "ь", "è": "э", "û": "ю", "â": "я"}
)  # fmt: skip


# Letters that ISO 9 writes and English does not (ŝ for щ, â û ë è for я ю ё э, ʺ and ʹ for
# the hard and soft signs); č, š and ž are Czech, Slovak and Baltic letters too.
_ISO9_ONLY = re.compile("[ŝëèûâʹʺ]")
_ISO9_BACK_BUT_J = {**_ISO9_BACK, ord("j"): "j"}
# What ISO 9 never writes: letters it has no use for, digraphs it writes with one letter (ч is
# č, not ch), and other letters with marks (é, ü, ñ).
_NOT_ISO9 = re.compile(r"[qwx]|[csz]h|[^a-zčžšŝëèûâʹʺ'’,.\-]")
# What French and English write for one sound and ISO 9 seldom: ф and т are f and t, у is u; ph,
# th and ou are пх, тх and оу, which few Russian names hold (Тхакахов). French writes ë, è, â and
# û as well (Joël Couderc, Gaël Clouet), so with one of these a name is ISO 9 only where it holds
# a letter neither French nor English writes (`_ISO9_PROOF`).
_NOT_ISO9_LETTERS = re.compile(r"ph|th|ou")
# Letters French and English never write: č, š, ž, ŝ, the hard and the soft sign.
_ISO9_PROOF = re.compile("[čšžŝʹʺ]")


def _iso9_spelt(words: list[str]) -> bool:
    """Whether a folded Latin name is an ISO 9 romanisation of Cyrillic: a letter ISO 9 writes
    and English does not, none it never writes, no word opening with y (ы), which no Russian
    word does (Yacef Saâdi is French), and no French or English spelling (ph, th, ou) unless a
    letter neither writes says it is ISO 9 (Gaël Clouet is French)."""
    text = " ".join(words)
    if not _ISO9_ONLY.search(text) or any(_NOT_ISO9.search(w) or w.startswith("y") for w in words):
        return False
    return not _NOT_ISO9_LETTERS.search(text) or bool(_ISO9_PROOF.search(text))


def _iso9_back(words: list[str]) -> list[str]:
    """Folded Latin words written back in Cyrillic, letter for letter, as ISO 9 spells them."""
    return [w.translate(_ISO9_BACK) for w in words]


_SYLLABLE_D = re.compile(r"(?<![a-z])d")
_SYLLABLE_CH = re.compile(r"(?<![a-z])ch(?!h)")
_LATIN_VOWELS = re.compile("[aeiouy]+")


def korean_in_latin(words: list[str]) -> bool:
    """Whether a folded Latin name is a Korean one: a Korean family name, syllables apart."""
    if len(words) < 2 or len(words) > 4:
        return False
    parts = [w.strip(",") for w in words]
    if parts[0] not in SURNAMES_LATIN:
        return False
    syllables = [s for w in parts for s in w.split("-")]
    return all(re.fullmatch("[a-z]+", s) and len(_LATIN_VOWELS.findall(s)) == 1 for s in syllables)


def korean_in_cyrillic(words: list[str]) -> bool:
    """Whether a folded Cyrillic name is a Korean one: one-syllable words, a Korean surname."""
    if len(words) < 2 or len(words) > 4:
        return False
    parts = [w.strip(",") for w in words]
    # The family name first: most names fail here, before the costlier checks.
    if parts[0] not in _KOREAN_SURNAMES_CYRILLIC:
        return False
    if not all(re.fullmatch("[а-яё]+", w) for w in parts):
        return False
    return all(len(_CYRILLIC_VOWELS.findall(w)) == 1 for w in parts)


def hangul_foreign(words: list[str]) -> bool:
    """Whether a name in Hangul is a foreign one spelt out (words of two syllables or more).

    A Korean name is written as one word (김정은) or with its one-syllable family name apart;
    foreign names keep their spaces (블라디미르 푸틴).
    """
    hangul = [w for w in words if _HANGUL.search(w)]
    return len(hangul) >= 2 and all(len(w) >= 2 for w in hangul)


# Hangul letters as the Korean transcription of foreign names uses them. B, P and L mark
# letters read two ways: ㅂ is b or v, ㅍ is p or f, and a word's first ㄹ is r or l; Z marks ㅈ,
# j in both readings and z in a third (스베토자르 = Svetozar).
_INITIALS = ("g", "k", "n", "d", "t", "r", "m", "B", "p", "s", "s", "", "Z", "j", "ch", "k",
             "t", "P", "h")  # fmt: skip
_MEDIALS = ("a", "e", "ya", "ye", "o", "e", "yo", "ye", "o", "wa", "we", "oe", "yo", "u", "wo",
            "we", "wi", "yu", "", "i", "i")  # fmt: skip
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m",
           "B", "p", "s", "s", "ng", "j", "ch", "k", "t", "p", "h")  # fmt: skip
_HANGUL_FIRST = str.maketrans({"B": "b", "P": "p", "L": "r", "Z": "j"})
_HANGUL_SECOND = str.maketrans({"B": "v", "P": "f", "L": "l", "Z": "j"})
_HANGUL_Z = str.maketrans({"B": "v", "P": "f", "L": "l", "Z": "z"})
_HANGUL_MARKS = frozenset("BPLZ")


def _hangul_foreign(word: str) -> str:
    """A foreign name part written in Hangul, back in Latin letters.

    The vowel ㅡ that Korean puts after a lone consonant is dropped (세르게이 = sergei), and
    ㄹㄹ is one l (올레크 = olek).
    """
    out: list[str] = []
    final = 0
    for n, char in enumerate(word):
        code = ord(char) - 0xAC00
        if not 0 <= code < 11172:
            out.append(anyascii(char).lower())
            final = 0
            continue
        initial, medial, final_now = code // 588, (code % 588) // 28, code % 28
        if initial == 5:  # ㄹ
            head = "L" if n == 0 else ("" if _FINALS[final] == "l" else "r")
        else:
            head = _INITIALS[initial]
        out.append(head + _MEDIALS[medial] + _FINALS[final_now])
        final = final_now
    return "".join(out)


def hangul_syllable(char: str) -> str:
    """One Hangul syllable romanised the way DPRK and UN lists write it (ㄹ = r, not l).

    An initial ㄷ is marked Q: South Korean spelling writes it d (Deok), the DPRK's t (Tok).
    """
    latin = anyascii(char).lower()
    if latin.startswith("l"):
        return "r" + latin[1:]
    return "Q" + latin[1:] if latin.startswith("d") and not latin.startswith("dd") else latin


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


# A number as a name part, an ordinal's ending left out (66TH = 66; 33RD = 33).
_NUMBER = re.compile(r"(\d+)(?:st|nd|rd|th)?")


@lru_cache(maxsize=200_000)
def latin_key(word: str) -> str:
    """Fold a Latin spelling so that common transliterations of one name coincide."""
    number = _NUMBER.fullmatch(word)
    if number:
        # A number is its digits, every one: a doubled digit is no doubled letter (558 is not
        # 58, 66 not 6).
        return number.group(1)
    # A final h after a vowel is often not written (Alizadeh / Alizade); kh, sh ... stay.
    if len(word) >= 4 and word.endswith("h") and word[-2] in _VOWELS:
        word = word[:-1]
    for old, new in _DIGRAPHS:
        word = word.replace(old, new)
    word = _OW.sub("o", word)  # Rowhani = Rouhani, Khosrow = Khosro
    word = _AW.sub("u", word)  # Awlaki = Aulaqi, Mawlawi = Maulavi
    word = _UW.sub("", word)  # a glide after u: Tuwah = Tuah, Juwaini = Juaini
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
def _word_tokens(word: str, mode: str) -> tuple[tuple[str, bool], ...]:
    """The Latin parts one folded word spells, each with its abjad flag."""
    if word in HONORIFICS_ABJAD:
        return (("sayyid", True),)  # any honorific: a particle, whichever it is
    if southern_letter(word):
        # Kept in its script: its token is spelt several ways (`southern`).
        return tuple((piece, False) for piece in southern_pieces(word))
    if (
        word.startswith(_ARTICLE)
        and len(word) > 3
        and word not in _NOT_ARTICLE
        # Allah at the head of a compound (اللهوردی Allahverdi, اللهیار Allahyar) is no article.
        and not word.startswith(_ALLAH)
        and word[2] not in _NOT_AFTER_ARTICLE
    ):
        return (("al", True), *_word_tokens(word[2:], mode))
    for head, latin in _JOINED_HEADS:
        rest = word[len(head) :]
        if word.startswith(head) and len(rest) >= 3 and not rest.startswith(_NOT_A_NAME):
            # Sayyid written joined to the name it stands before (سیدمحمدعلی): lists write it
            # apart or leave it out, as any honorific. Muhammad joined to a given name stays
            # one compound: taken apart, its common half found alone in a short name is chance.
            return ((latin, True), *_word_tokens(rest, mode))
    if (
        word.startswith(_ABD_ARTICLE)
        and len(word) > 6
        and word[5:] not in _ALLAH_ENDS
        # Abdullah with a family name's ending (عبداللهیف Abdullayev, عبداللهزاده): the
        # divine name itself, one word, as in Latin (`_split_abd`).
        and not word.startswith(_ABDULLAH_ABJAD)
    ):
        # 'Abd al-Kabir written as one word (عبدالکبیر): the servant and the divine name
        # apart, as Latin writes them (Abdul Kabir, Abd al-Kabir).
        return (("abd", True), *_word_tokens(word[5:], mode))
    if len(word) >= 5 and _ARTICLE in word[1:]:
        # Inside a compound the article before a sun letter is not heard: بدرالدین is
        # Badruddin, نصرالله Nasrullah.
        word = word[0] + _SUN_ARTICLE.sub("", word[1:])
    latin, abjad = _word_to_latin(word, mode)
    latin = latin.replace("'", "").replace("`", "")
    parts = [part for part in _SPLIT.split(latin) if part]
    if not abjad:
        parts = [piece for part in parts for piece in _split_abd(_MUHAMMAD_SHORT.get(part, part))]
    return tuple((part, abjad) for part in parts)


_ALLAH = "الله"
# An honorific written joined before a name (a particle).
_JOINED_HEADS = (("سید", "sayyid"), ("سيد", "sayyid"))
# What follows it in a family name built on it, not a name (سیدزاده, سیدی, سیدان).
_NOT_A_NAME = ("زاده", "پور", "نژاد", "یان", "يان", "ی", "ي", "لو", "وند", "خانی", "ان")
# Muhammad as lists abbreviate it (Ibrahim Isa Hijji Mohd Albaker, Md. Abdul Karim).
_MUHAMMAD_SHORT = dict.fromkeys(("mohd", "muhd", "mhd", "mohd", "md"), "muhammad")


_ABD_ARTICLE = "عبدال"
_ABDULLAH_ABJAD = "عبدالله"
# Abdullah, and Abdollahi with the Persian ending -i: the divine name itself, one word.
_ALLAH_ENDS = frozenset({"له", "لاه", "ه", "لهی", "لهي", "لاهی", "لاهي"})
# 'Abd (servant of) and the article, as Latin spellings join them: Abdul, Abdel, Abdol,
# Abdur, Abdus (the article takes the sound of a sun letter).
_ABD_PREFIX = re.compile(r"abd(?:[aeiou]sh|[aeiou][lrsntzd]|)(?=[a-z]{3})")
_ABD_FORMS = frozenset({"abdul", "abdel", "abdal", "abdol", "abdur", "abdus", "abdu", "abdoul"})
# Abdullah spelt with one l, with or without the final h and the Persian -i (Abdulah, Abdolahi).
_ABDULLAH = re.compile(r"abd[aeiou]ll?ah?[iy]?")
# Surname endings of names built on an Abd- compound (Abdurakhmanov, Abdullayev): kept whole.
_SURNAME_ENDS = ("ov", "ev", "ova", "eva", "ovich", "ovna", "zade", "zadeh", "li", "ly", "lu")


def _split_abd(part: str) -> list[str]:
    """An 'Abd compound given name in Latin (Abdelmajid, Abdussalam) as 'abd' and the name."""
    if part in _ABD_FORMS:
        return ["abd"]
    if not part.startswith("abd") or part.endswith(_SURNAME_ENDS):
        return [part]
    found = _ABD_PREFIX.match(part)
    if found is None or part[found.end()] == "l" or _ABDULLAH.fullmatch(part):
        # Abdullah, Abdallah, Abdolahi: the divine name itself, one word.
        return [part]
    prefix, rest = found.group(), part[found.end() :]
    if len(prefix) > 3 and prefix[-1] != "l" and rest[0] in _VOWELS:
        # A sun letter the article took the sound of, written once (Abdusalam, Abdurahim,
        # Abdushakur): it is the name's first letter, as in Abdussalam, Abdurrahim.
        cut = 2 if prefix.endswith("sh") else 1
        rest = prefix[-cut:] + rest
    return ["abd", rest]


# Second halves of Arabic compound given names, which Persian often writes apart (سراج الدین,
# خلیل الرحمن): written together they are one name (Sirajuddin, Khalilurrahman).
_COMPOUND_HALVES = frozenset(
    {"الدین", "الدين", "الله", "الرحمن", "الرحيم", "الرحیم", "الحق", "الملک", "الملك"}
)


def _join_compounds(words: list[str]) -> list[str]:
    """Abjad words with a compound's second half written apart, joined to it."""
    out: list[str] = []
    for word in words:
        if out and word in _COMPOUND_HALVES and _ABJAD.search(out[-1]) and len(out[-1]) > 1:
            out[-1] += word
        else:
            out.append(word)
    return out


# Numbers written in English words, read as their figures (EL TWENTY = EL 20; SIXTY THREE,
# SIXTY-THREE = 63). Only numbers from eleven on, or a tens word with its unit: one to ten
# alone are words of names too (Тен, Ten is a Korean family name).
_UNITS = {w: n for n, w in enumerate(SMALL_NUMBERS) if 1 <= n <= 9}
_TEENS = {w: n for n, w in enumerate(SMALL_NUMBERS) if n >= 11}
_TENS = {w: 20 + 10 * n for n, w in enumerate(TENS)}
_TRAILING = re.compile(r"[^\w]+$")


def _numbers_in_figures(words: list[str]) -> list[str]:
    """Words that spell a number from eleven to ninety-nine replaced by its figures."""
    out: list[str] = []
    tens_before = False  # the word before was a tens word alone: SIXTY THREE
    for word in words:
        bare = _TRAILING.sub("", word)
        tail = word[len(bare) :]
        head, _, unit = bare.partition("-")
        if tens_before and bare in _UNITS:
            out[-1] = f"{int(out[-1]) + _UNITS[bare]}{tail}"
            tens_before = False
            continue
        tens_before = False
        if head in _TEENS and not unit:
            word = f"{_TEENS[head]}{tail}"
        elif head in _TENS and (not unit or unit in _UNITS):
            word = f"{_TENS[head] + _UNITS.get(unit, 0)}{tail}"
            tens_before = not unit and not tail
        out.append(word)
    return out


# A number sign written against its number (ZAVOD №9, MINE NO3, NR12): the sign and the number.
_GLUED_SIGN = re.compile(r"(№|no|nr)(\d+\W*)")


def _signs_apart(words: list[str]) -> list[str]:
    """Words made of a number sign and its number split in two, so that a serial number reads
    alike however it is written (№9 as № 9, NO. 9)."""
    out: list[str] = []
    for word in words:
        glued = _GLUED_SIGN.fullmatch(word)
        out.extend(glued.groups() if glued else (word,))
    return out


def name_parts(name: str, compounds: bool = False) -> list[tuple[str, bool]]:
    """The Latin parts of a name, in order, each with its abjad flag; with `compounds`, a
    person's compound given names written apart joined (`_join_latin_compounds`, and a Chinese
    given name's syllables joined by a hyphen, `wade_giles.joined_given`)."""
    raw: list[tuple[str, bool]] = []
    words = _join_compounds(_numbers_in_figures(_signs_apart(fold_case(name).split())))
    if compounds:
        # A person's Chinese given name written with a hyphen is one word (Chih-ming).
        words = [joined_given(word) if "-" in word else word for word in words]
    # One Azerbaijani or Turkish letter anywhere tells how to read c, x and q in every word.
    if any(_TURKIC_MARKS.intersection(word) for word in words):
        mode = TURKIC
    elif korean_in_cyrillic(words):
        mode = KOREAN_CYRILLIC
    elif korean_in_latin(words):
        mode = KOREAN_LATIN
    elif _ISO9_MARKS.intersection(name) and korean_in_cyrillic(cyrillic := _iso9_back(words)):
        # A Korean name in Russian, romanised by ISO 9 (Kim Čen Ir = Ким Чен Ир).
        mode, words = KOREAN_CYRILLIC, cyrillic
    elif in_polivanov(words):
        mode = JAPANESE_CYRILLIC
    elif _iso9_spelt(words):
        # ISO 9 Latin is read as the Cyrillic it spells letter for letter (Ŝerbakov =
        # Щербаков; Âmauti, Koiti = Ямаути, Коити, a Japanese name in Russian). Its j (й) stays
        # j, which the Latin readings take as y or i as well (Andrej, Andrejs, Andrey).
        if in_polivanov(cyrillic := _iso9_back(words)):
            mode, words = JAPANESE_CYRILLIC, cyrillic
        else:
            mode, words = "", [w.translate(_ISO9_BACK_BUT_J) for w in words]
    elif hangul_foreign(words):
        mode = HANGUL_FOREIGN
    else:
        mode = ""
    breaks = set()
    for word in words:
        raw.extend(_word_tokens(word, mode))
        if word.endswith(","):
            breaks.add(len(raw))
    if not compounds or mode in (KOREAN_CYRILLIC, KOREAN_LATIN):
        return raw
    return _join_latin_compounds(raw, breaks)


# Second halves of Arabic compound given names as Latin spellings write them apart, with the
# article run into them or written as a word of its own (Najib Ullah, Bashir Uddin; Shams
# ur-Rahman, Zia u Rahman, Saif al-Din): lists write the same names in one word (Najibullah,
# Bashiruddin, Shamsurrahman, Saifuddin). Ulla and Din alone are not taken: Ulla is a Swedish
# given name, Din a Punjabi one (Mohammad Din).
_LATIN_HALVES = frozenset(
    {"ullah", "ulah", "allah", "ollah", "olah", "illah", "uddin", "udin", "uddeen", "udeen"}
    | {"eddin", "eddine", "edine", "addin", "urrahman", "urrehman", "urahman", "urrahim"}
)
# Halves that follow the article written apart (ud-Din, ur-Rahman, ul-Haq), and the article's
# spellings (u and e where the l is not written at all).
_LATIN_HALVES_AFTER_ARTICLE = frozenset(
    {"din", "deen", "dine", "rahman", "rehman", "rahim", "raheem", "haq", "hak"}
    # As Russian spells them (Нур-уль-Хак, Шамс-ур-Рахман).
    | {"khak", "rakhman", "rakhim"}
)
_LATIN_ARTICLES = frozenset({"al", "el", "ul", "ud", "ad", "ed", "ur", "ar", "er", "u", "e"})
# What a compound's first half is never: a particle, an honorific, 'Abd (Abd al-Rahman is
# read by its own rule) or Muhammad, which stands before a compound (Muhammad Allah Dad).
_NOT_FIRST_HALF = PARTICLES | _SON_OF | {"abd", "abu", "abou", "muhammad", "mohammad"}
_HALF_ENDS = (*_LATIN_HALVES, *_LATIN_HALVES_AFTER_ARTICLE)


def _join_latin_compounds(
    raw: list[tuple[str, bool]], breaks: set[int] | frozenset[int] = frozenset()
) -> list[tuple[str, bool]]:
    """Latin parts with a compound given name's second half written apart joined to the first
    (Najib Ullah = Najibullah; Shams ur-Rahman = Shamsurrahman; Saif al-Din = Saifaddin).

    The article before a sun letter takes its sound (al-Din is ad-Din), as a joined spelling
    writes it. A first half that already ends as a compound (Hamdullah Allah Noor) keeps the
    next part: it starts a name of its own; so does a part after a comma (MATIN, Allah Dad),
    where the family name ends. `breaks` holds the parts that follow a comma.
    """
    out: list[tuple[str, bool]] = []
    n = 0
    while n < len(raw):
        part, abjad = raw[n]
        first = out[-1] if out else None
        if first is None or n in breaks or abjad or first[1] or not _first_half(first[0]):
            out.append(raw[n])
            n += 1
            continue
        if part in _LATIN_HALVES:
            out[-1] = (first[0] + part, False)
            n += 1
            continue
        after = raw[n + 1] if n + 1 < len(raw) else None
        if (
            part in _LATIN_ARTICLES
            and after is not None
            and not after[1]
            and after[0] in _LATIN_HALVES_AFTER_ARTICLE
        ):
            sun = part.endswith("l") and latin_key(after[0])[:1] in ("d", "r")
            article = part[:-1] + latin_key(after[0])[0] if sun else part
            out[-1] = (first[0] + article + after[0], False)
            n += 2
            continue
        out.append(raw[n])
        n += 1
    return out


def _first_half(part: str) -> bool:
    """Whether a Latin part can be a compound given name's first half (Najib, Shams, Saif)."""
    return len(part) >= 3 and part not in _NOT_FIRST_HALF and not part.endswith(_HALF_ENDS)


def tokenize(name: str) -> tuple[Token, ...]:
    """Split a name into tokens, marking patronymics and particles."""
    return tokens_from_parts(name_parts(name), inverted="," in name)


# Letters Persian and Arabic read differently, marked while spelling a word: W is و or ؤ
# (u or v: مؤید is Moayyed and Movayyed), T is ث (s or th), Z is ذ (z or dh), D is ض (z or d),
# A is ة (a, or at before a genitive).
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
    if SOUND in part:
        return _sound_token(part, role)
    if abjad and MARKERS.intersection(part):
        return _hebrew_token(part, role)
    if not part.isascii() and (spelt := southern_spellings(part)):
        return _spelt_token(spelt, role, guessed=southern_vowels_guessed(part))
    if not abjad and "H" in part:
        return _han_token(part, role)
    if not abjad and GREEK_MARKS.intersection(part):
        # Greek αυ and ευ: av, ev (af, ef) first, au, eu second.
        modern = part.replace("V", "v").replace("F", "f")
        return _two_readings(modern, part.replace("V", "u").replace("F", "u"), abjad, role)
    if not abjad and _HANGUL_MARKS.intersection(part):
        # A foreign name in Hangul: ㅂ as b, ㅍ as p first (푸틴 = Putin), as v and f second
        # (라브로프 = Lavrov).
        key = latin_key(part.translate(_HANGUL_FIRST))
        second = latin_key(part.translate(_HANGUL_SECOND))
        # The third reading: ㅈ as z with the second reading's letters (스베토자르 = Svetozar);
        # else a Slavic name's first b or p with a v or f after it (퍼르바노프 = Parvanov,
        # 보리소프 = Borisov), the first marked letter read the first way, the rest the second.
        extra = ""
        marked = [n for n, char in enumerate(part) if char in "BP"]
        if "Z" in part:
            extra = skeleton(latin_key(part.translate(_HANGUL_Z)))
        elif len(marked) >= 2:
            head, rest = part[: marked[0] + 1], part[marked[0] + 1 :]
            mixed = head.translate(_HANGUL_FIRST) + rest.translate(_HANGUL_SECOND)
            extra = skeleton(latin_key(mixed))
        return Token(
            key, skeleton(key), abjad, role, skeleton(second), _rhythm(key), extra,
            alt_syllables=_rhythm(second),
        )  # fmt: skip
    if not abjad and "X" in part:
        written = part.replace("X", "ch")
        if "Q" in part or KOREAN_FAMILY_NAMES.get(latin_key(written)) is not None:
            # A family name has its own second reading; d read as t comes first.
            part = written
        else:
            # A Korean syllable's ch: as written first, j second (Chong = Jong).
            return _two_readings(written, part.replace("X", "j"), abjad, role)
    if not abjad and "Q" in part:
        # A Korean ㄷ: d first, the DPRK's t second (덕 = Deok, Tok; Дон = Dong, Tong).
        return _two_readings(part.replace("Q", "d"), part.replace("Q", "t"), abjad, role)
    key = latin_key(_persian_reading(part)).replace("J", "j")
    skel = skeleton(key)
    second = key
    if not abjad and _ACRONYM.fullmatch(part):
        # An acronym, read out letter by letter the way other scripts spell it (TBC is
        # თიბისი, tibisi).
        second = latin_key("".join(_LETTER_NAMES[c] for c in part))
    elif abjad and part != key:
        second = latin_key(_arabic_reading(part)).replace("J", "j")
    elif not abjad and (korean := KOREAN_FAMILY_NAMES.get(key)) is not None:
        second = korean
    elif not abjad and (central := central_reading(part)):
        second = latin_key(central)
    elif (group := group_name(part) or group_name(key)) is not None:
        # As written, or as folded (Armenian Ռ is rr: Ռուբիկ = Rubik).
        second = latin_key(group)
    alt = skeleton(second) if second != key else skel
    extra = _abjad_third_reading(part, key) if abjad else _third_reading(part, key)
    nicknamed = () if abjad or role != PartRole.NAME else _nicknamed().get(key, ())
    return Token(
        key, skel, abjad, role, alt, _rhythm(key), extra, _rhythm(second), part.startswith("kh"),
        nicknamed=nicknamed,
    )  # fmt: skip


@lru_cache(maxsize=1)
def _nicknamed() -> dict[str, tuple[str, ...]]:
    """The key of every English nickname of two letters or more to its full names' keys, but
    for a nickname that is its full name cut short (`nicknames.clipped`)."""
    table: dict[str, set[str]] = {}
    for nickname, full in nickname_pairs():
        short, long = latin_key(nickname), latin_key(full)
        if len(nickname) >= 2 and nickname not in PARTICLES and not clipped(short, long):
            table.setdefault(short, set()).add(long)
    return {nickname: tuple(sorted(full)) for nickname, full in table.items()}


def _hebrew_token(part: str, role: PartRole) -> Token:
    """The token of a word in Hebrew script with letters of two values: every reading."""
    keys = [latin_key(spelt) for spelt in spellings(part)]
    readings = list(dict.fromkeys(skeleton(key) for key in keys))
    second = readings[1] if len(readings) > 1 else readings[0]
    return Token(
        keys[0], readings[0], True, role, second, _rhythm(keys[0]),
        more=tuple(readings[2:MAX_HEBREW_READINGS]),
    )  # fmt: skip


def _spelt_token(spelt: tuple[str, ...], role: PartRole, *, guessed: bool) -> Token:
    """The token of a word in a script of South or Southeast Asia spelt several ways
    (`southern.spellings`): the first spelling its key, every spelling's skeleton a reading,
    then the other readings each has as a Latin word (ch as sh or k, `make_token`), up to
    `MAX_SPELT_READINGS`, and the rhythm of a spelling without the vowels the script adds
    (Tamil சிறீ for Sri) too. With `guessed` (`southern.vowels_guessed`) it is compared by its
    consonants."""
    keys = [latin_key(spelling) for spelling in spelt]
    latin = [r for key in keys for r in make_token(key, False).readings()]
    readings = list(dict.fromkeys([*map(skeleton, keys), *latin]))
    rhythm = _rhythm(keys[0])
    other = min((_rhythm(key) for key in keys), key=lambda r: (r == rhythm, r))
    return Token(
        keys[0], readings[0], False, role, readings[1] if len(readings) > 1 else readings[0],
        rhythm, alt_syllables=other, more=tuple(readings[2:MAX_SPELT_READINGS]),
        vowels_guessed=guessed,
    )  # fmt: skip


# Readings kept of a word in a script of South or Southeast Asia.
MAX_SPELT_READINGS = 8


def _han_token(part: str, role: PartRole) -> Token:
    """The token of a name in characters read in Pinyin, Wade-Giles and Taiwan's spellings
    (`chinese.person_reading`): the Pinyin its key, every reading a skeleton."""
    keys = [latin_key(spelt) for spelt in part.split("H") if spelt]
    readings = list(dict.fromkeys(skeleton(key) for key in keys))
    second = keys[1] if len(keys) > 1 else keys[0]
    return Token(
        keys[0], readings[0], False, role, readings[1] if len(readings) > 1 else readings[0],
        _rhythm(keys[0]), alt_syllables=_rhythm(second), more=tuple(readings[2:]),
    )  # fmt: skip


def _sound_token(part: str, role: PartRole) -> Token:
    """The token of a name read by its sound (`sounds`): every reading a skeleton, the key its
    own where the part keeps one (a company's Pinyin), else its first reading's."""
    own, _, marked = part.partition(SOUND)
    characters = marked.startswith(SOUND)
    keys = [latin_key(spelt) for spelt in sound_spellings(marked.removeprefix(SOUND))]
    key = latin_key(own) if own else keys[0]
    readings = list(dict.fromkeys(skeleton(k) for k in (key, *keys)))
    return Token(
        key, readings[0], False, role, readings[1] if len(readings) > 1 else readings[0],
        _rhythm(key), more=tuple(readings[2:]), sound=True, characters=characters,
    )  # fmt: skip


# Readings kept of a word in Hebrew script: each is a key it is posted and looked up under.
MAX_HEBREW_READINGS = 6


def _two_readings(first: str, second: str, abjad: bool, role: PartRole) -> Token:
    """The token of a part spelt one way first and another second (a Korean ㄷ, ch)."""
    key = latin_key(first)
    other = latin_key(second)
    return Token(
        key, skeleton(key), abjad, role, skeleton(other), _rhythm(key),
        _third_reading(first, key), _rhythm(other),
    )  # fmt: skip


def _abjad_third_reading(part: str, key: str) -> str:
    """The skeleton of an abjad part's third reading, or "".

    A final h here is ح (a final ه reads as a vowel), a consonant that Latin spellings end
    in h and Latin keys lose with the h of Fatemeh: read without it too (صالح = Saleh).
    """
    if key.endswith("h") and len(key) >= 4 and key[-2] not in _DIGRAPH_FIRST:
        return skeleton(key[:-1])
    if _ONE_SYLLABLE_NG.fullmatch(key):
        # نغ is how Arabic writes a foreign ng: one Korean syllable, which Kontsevich's
        # Cyrillic writes without it (يونغ = Yong = Ён).
        return skeleton(key[:-1])
    if _DIGRAPH_THEN_H.search(part):
        # ه after ش, خ, غ, چ or ژ is a letter of its own with a vowel before it (شهاب =
        # Shahab, منوشهر = Manouchehr), not the h a Latin digraph would swallow.
        heard = _DIGRAPH_THEN_H.sub(r"\1ah", part)
        return skeleton(latin_key(_persian_reading(heard)).replace("J", "j"))
    if _PROTHETIC.match(key):
        # Persian and Arabic put a vowel, written ا, before a foreign name's s and a stop
        # (استپان = Stepan, استفان = Stefan, اسکندر = Skander): read without it too.
        return skeleton(key[1:])
    return ""


# One syllable ending in ng.
_ONE_SYLLABLE_NG = re.compile(r"[^aeiou]*[aeiou]+ng")
# An alif before s and a stop at the head of a word, as an abjad spells a foreign name.
_PROTHETIC = re.compile(r"a(?=s[tpk][a-z]{2})")


# A Latin digraph spelt for one abjad letter, then the h of a ه.
_DIGRAPH_THEN_H = re.compile(r"([sckgz]h)h")


# Letters that make a digraph with a following h (sh, kh, th, dh, gh, zh, ch).
_DIGRAPH_FIRST = frozenset("sktdgzc")


# Korean family names as South Korean spelling writes them, read the way DPRK and UN lists do:
# an initial ㄹ dropped or written n or l (이 Yi, Lee = 리 Ri; 노 No = 로 Ro; 림 Lim, Im = Rim),
# and the older spellings (Park = Pak, Choi = Choe, Cho = Jo, Chung = Jong).
KOREAN_FAMILY_NAMES = {
    "li": "ri", "yi": "ri", "i": "ri", "le": "ri", "rhe": "ri", "rhie": "ri", "no": "ro",
    "noh": "ro", "roh": "ro", "yu": "riu", "lim": "rim", "im": "rim",
    "yim": "rim", "yang": "riang", "liang": "riang", "yom": "riom", "yeom": "riom",
    "park": "pak", "bak": "pak", "choi": "choe", "cho": "jo", "chung": "jong", "jung": "jong",
    "chon": "jon", "shin": "sin", "yoon": "yun",
}  # fmt: skip
# A Latin part without a vowel is an acronym; English names of its letters.
_ACRONYM = re.compile(r"[b-df-hj-np-tv-xz]{2,5}")
_LETTER_NAMES = dict(
    zip(
        "bcdfghjklmnpqrstvwxz",
        "bi si di ef ji eich jei kei el em en pi kiu ar es ti vi dablyu eks zet".split(),  # noqa: SIM905
        strict=True,
    )
)


def _rhythm(key: str) -> int:
    """Vowel groups in a Latin key."""
    return len(_VOWEL_GROUPS.findall(key))


_BELARUSIAN_DZ = re.compile(r"dz(?![aouh])")
_BELARUSIAN_TS = re.compile(r"ts(?=[iey])")
_BELARUSIAN_U = re.compile(r"(?<=[aeo])u(?=[bcdfgklmnprstvz]|$)")
_BELARUSIAN = re.compile(
    r"dz(?![aouh])|sts(?=[iey])|(?<=[bdfgklmnprstvyz][aeo])u$|[aeo]u[ckst]h?[ae]nka$"
)
_POLISH = re.compile(r"sz|cz|rz|ie|[łżźśćńąę]")
_GERMAN = re.compile(r"sch|w")
# Where German spells a Slavic ending: -ец as -ez, -цкий as -zki, -ий as -ij (Donez, Balizki,
# Sahorij). A z elsewhere is as often Persian or Arabic z (Rezazad, Aziz), read as it is.
_GERMAN_LETTERS = re.compile(r"(?<=[aeiou])z$|zk|ij$")
_ENGLISH = re.compile(r"zh|kh|sh|y")
# A single s before a vowel (not the second of ss, not in ts) is German's з.
_GERMAN_VOICED_S = re.compile(r"(?<![st])s(?=[aeiouy])")
_GERMAN_SCH = re.compile(r"(?<!t)sch")


def _third_reading(part: str, key: str) -> str:
    """The skeleton of a part's third reading, or "" (see `Token.extra`)."""
    if key.endswith("ng") and len(key) >= 3 and key[-3] in _VOWELS and _rhythm(key) == 1:
        # One Korean syllable ending in ng: Kontsevich's Cyrillic writes the final ng as n.
        return skeleton(key[:-1])
    if _BELARUSIAN.search(part):
        # Belarusian writes дз and ц where Russian has a soft д and т (Дзмітрый, Цімафей,
        # Сцяпан = Stepan),
        # and ў where Russian has в (Мядзведзеў = Medvedev, Раўкоў = Ravkov, Галоўчанка =
        # Golovchenko).
        russian = _BELARUSIAN_DZ.sub("d", part)
        russian = _BELARUSIAN_TS.sub("t", _BELARUSIAN_U.sub("v", russian))
        return skeleton(latin_key(russian))
    if _GERMAN.search(part) and not _POLISH.search(part) and (german := _german_reading(part)):
        return german
    french = _arabic_in_latin(part)
    if (
        not french
        and _GERMAN_LETTERS.search(part)
        and not _POLISH.search(part)
        and not _ENGLISH.search(part)
    ):
        # Nor does German need a w or sch to be German: a Slavic ending spelt with z for ц or
        # j for й says it as well (Donez = Donets, Balizki = Balitsky, Sahorij = Zagoriy),
        # where no French reading of an Arabic name claims the part first and no English
        # letter says it is English (Zakharova, Zhukov, Zagoriy).
        return _german_reading(part)
    return french


def _german_reading(part: str) -> str:
    """The skeleton of a German romanisation read the English way, or ""."""
    # German writes з as s and ж as sch, where English writes z and zh; German z is ц.
    voiced = _GERMAN_SCH.sub("zh", part.replace("z", "ts"))
    voiced = _GERMAN_VOICED_S.sub("z", voiced)
    if voiced == part:
        return ""
    return skeleton(latin_key(central_reading(voiced) or voiced))


# French spellings of Arabic names: ou before a vowel is w (Zaouahiri = Zawahiri, Sinouar =
# Sinwar), dj is j (Djouadi = Juwadi, Djamel = Jamal), ch is sh (Cherri = Sherri; ç, read ch
# the Turkish way, is French s: Fayçal = Faysal).
_FRENCH_W = re.compile(r"ou(?=[aei])")
_FRENCH_J = re.compile(r"dj")
# Not at the end: a final ch (Ivanovich) is a Slavic ч, and a reading fewer keeps the index
# small.
_FRENCH_SH = re.compile(r"ch(?!$)")
# Egyptian Arabic says ج as g (Gamal = Jamal, al-Golani = al-Jolani).
_EGYPTIAN_G = re.compile(r"^g(?=[aeiou])")
# zh between vowels in an Arabic or Persian name is z (or ظ) and h, two letters (Azhar = أزهر,
# Mazhari = مظهری), not the Russian ж; the vowel written here keeps the two apart.
_Z_THEN_H = re.compile(r"(?<=[aeiou])zh(?=[aeiou])")
# A final ch is French sh where an e follows it or ou goes before (Tantouche = Tantoush,
# Allouch = علوش), never a Slavic ч (Ivanovich); g before a final e or before i and a vowel
# is French j (Serge = سيرج, Freige = فريج, Frangieh = فرنجية), and so is g before an e that
# only softens it, before o, a or u, or before a final es French does not sound (Georges =
# جورج).
_FRENCH_FINAL_SH = re.compile(r"(?<=ou)ch$|che$")
_FRENCH_SOFT_G = re.compile(r"(?<=[a-z])g(?:(?=e$)|i(?=[aeou]))|ge(?=[aou])|ges$")
# c before e, i or y is French and English s (Youcef = Yusuf, Realtcity = Rieltsiti), where the
# skeleton reads it the Turkish way (Cevad = Javad). At the head of a word only before i and a
# vowel (Ciamak = سیامک): Celik is Turkish Çelik, ch. Not in a word of four letters or fewer,
# an acronym as often as a name (IACI).
_FRENCH_SOFT_C = re.compile(r"(?<=[a-z])c(?=[eiy])|^c(?=i[aeou])")
_FRENCH_SOFT_C_MIN = 5


def _arabic_in_latin(part: str) -> str:
    """The skeleton of a French or Egyptian spelling read the English way, or ""."""
    english = _FRENCH_FINAL_SH.sub("sh", _FRENCH_SOFT_G.sub("j", part))
    if len(part) >= _FRENCH_SOFT_C_MIN:
        english = _FRENCH_SOFT_C.sub("s", english)
    english = _FRENCH_SH.sub("sh", _FRENCH_J.sub("j", _FRENCH_W.sub("w", english)))
    english = _Z_THEN_H.sub("zah", _EGYPTIAN_G.sub("j", english))
    return skeleton(latin_key(english)) if english != part else ""


def tokens_from_parts(raw: list[tuple[str, bool]], inverted: bool = False) -> tuple[Token, ...]:
    """Turn Latin parts into tokens, marking patronymics and particles.

    A patronymic is the part before oglu/qizi (Azerbaijani), or a part ending in -ovich,
    -ovna ... in a name of three parts or more that is not in the surname's place (last, or
    first when the name is written SURNAME, Given).
    """
    tokens: list[Token] = []
    # A Korean name has no particles: Вон in Ким Вон Хон is a syllable (Won), not von.
    korean = korean_in_latin([part for part, abjad in raw if not abjad])
    for n, (part, abjad) in enumerate(raw):
        if _persian_reading(part) in PATRONYMIC_MARKERS:
            if n == len(raw) - 1 and tokens:
                # A trailing oglu is part of a Turkish surname written apart (Davut oğlu).
                prev = tokens.pop()
                tokens.append(make_token(prev.key + "oglu", prev.abjad))
            elif tokens and tokens[-1].role == PartRole.NAME:
                tokens[-1] = replace(tokens[-1], role=PartRole.PATRONYMIC)
            continue
        # ben is a particle inside an Arabic name (Usama ben Laden), a given name in front.
        inside = part == "ben" and 0 < n < len(raw) - 1
        particle = (part in PARTICLES or inside) and not korean
        # A name part's role is left to its default: the cache's key is then the text and a
        # flag, which the collector stops tracking, where a key holding the role (an enum
        # member) would stay tracked for as long as its entry lives.
        token = make_token(part, abjad, PartRole.PARTICLE) if particle else make_token(part, abjad)
        if abjad and n and raw[n - 1] == ("al", True) and not token.extra:
            # ال at the head of a name that is not Arabic is no article: Persian writes Eldar
            # and Elmar الدار and المار. Read with it too.
            token = replace(token, extra=skeleton(latin_key("al" + _persian_reading(part))))
        tokens.append(token)
    names = [i for i, t in enumerate(tokens) if t.role == PartRole.NAME]
    # A nasab chain: a name after bin or ibn is a father's or grandfather's, unless it is the
    # family name at the end (Usama bin Muhammad bin Awad bin Laden = Usama bin Laden).
    for i in names[1:-1]:
        if tokens[i - 1].role == PartRole.PARTICLE and tokens[i - 1].key in _SON_OF:
            tokens[i] = replace(tokens[i], role=PartRole.PATRONYMIC)
    if any(not t.abjad and t.key.endswith(_ARMENIAN_ENDS) for t in tokens):
        tokens = [_armenian_h(t) for t in tokens]
    names = [i for i, t in enumerate(tokens) if t.role == PartRole.NAME]
    if len(names) >= 3:
        surname = names[0] if inverted else names[-1]
        for i in names:
            t = tokens[i]
            if i != surname and len(t.key) > 6 and t.key.endswith(_PATRONYMIC_SUFFIXES):
                tokens[i] = replace(t, role=PartRole.PATRONYMIC)
    return tuple(tokens)


# Armenian surnames end in -yan; Russian drops the Armenian initial h before a vowel (Hakobyan =
# Акопян, Hovik = Овик), writes it g before r (Hrant = Грант), and ovh as og (Hovhannisyan =
# Оганесян). A name with such a surname gets that reading for its parts in h.
_ARMENIAN_ENDS = ("yan", "ian", "jan")
_ARMENIAN_H = re.compile(r"^h(?=[aeiou])")


def _armenian_h(token: Token) -> Token:
    """A Latin part in h with its Russian reading as the third (see above)."""
    if token.abjad or token.extra or not token.key.startswith("h"):
        return token
    russian = _ARMENIAN_H.sub("", token.key.replace("ovh", "og"))
    russian = "g" + russian[1:] if russian.startswith("hr") else russian
    return replace(token, extra=skeleton(latin_key(russian)))
