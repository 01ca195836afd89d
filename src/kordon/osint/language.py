"""Which language a report is written in, paragraph by paragraph (lingua, offline models).

The reader supports English, Russian and Azerbaijani. A report mostly in another language is
refused with an error naming that language, never read as if it held no seizure. A report that
mixes supported languages (an Azerbaijani release quoting a Russian one) is read with each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kordon.osint.report import ReportError

SUPPORTED = {"en": "English", "ru": "Russian", "az": "Azerbaijani"}
# Languages a report in this region may be written in besides the supported ones: each is
# detected so that it can be named, and a text in it refused. More languages cost memory.
_REGIONAL = (
    "ENGLISH", "RUSSIAN", "AZERBAIJANI", "TURKISH", "PERSIAN", "ARABIC", "GEORGIAN",
    "ARMENIAN", "UKRAINIAN", "KAZAKH", "BELARUSIAN", "BULGARIAN", "SERBIAN", "MACEDONIAN",
    "UZBEK", "TAJIK", "KIRGHIZ", "TURKMEN", "MONGOLIAN", "ALBANIAN", "GERMAN", "FRENCH",
    "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "POLISH", "ROMANIAN", "GREEK", "CHINESE",
    "HINDI", "URDU",
)  # fmt: skip
# A paragraph shorter than this is a headline fragment or a name: too short to weigh.
_MIN_LETTERS = 20
# A supported language is read when it makes up at least this share of a report's letters.
_MIN_SHARE = 0.2
# "ə" is written in Azerbaijani and in no other Latin alphabet of the region (Turkish, Turkmen,
# Uzbek): a short Azerbaijani report the detector takes for Turkish is Azerbaijani when this
# share of its letters or more are "ə" (it is about one letter in twelve in Azerbaijani prose).
_SCHWA_SHARE = 0.02
# Below this many letters the detector often misreads a Russian line as Macedonian or Serbian
# and an English one as French or Turkish; such a short text is then told by its letters and
# words. A longer text gives the detector enough to go on.
_SHORT_LETTERS = 200
# Letters of the other Cyrillic alphabets of the region (Ukrainian, Belarusian, Macedonian,
# Serbian, Kazakh, Kyrgyz, Tajik, Mongolian), none of them Russian.
_OTHER_CYRILLIC = frozenset("іїєґўѓќѕљњџјђћәғқңөұүһӣӯҳҷ")
# Letters that Russian writes and Bulgarian, Macedonian and Serbian do not.
_RUSSIAN_LETTERS = frozenset("ыэё")
# Words no other Cyrillic language of the region writes: Russian pronouns and past tenses, and
# the endings of its declined adjectives and reflexive verbs ("-ого", "-ому", "-тся").
_RUSSIAN_WORDS = re.compile(
    r"\b(?:что|его|был[аои]?|котор\w+|также|нашли|изъял\w*|изъят\w*|обнаружил\w*"
    r"|\w{3,}(?:ого|ому|тся|ться))\b",
    re.IGNORECASE,
)
# Words of English prose that no other Latin-script language of the region writes.
_ENGLISH_WORDS = re.compile(
    r"\b(?:the|of|and|at|was|were|with|from|by|has|have|been|into|for|seized|found)\b",
    re.IGNORECASE,
)


class UnsupportedLanguage(ReportError):
    """A report written in a language the reader does not read."""

    def __init__(self, language: str) -> None:
        self.language = language
        super().__init__(
            f"the report is written in {language}, which the reader does not support "
            f"(it reads {', '.join(SUPPORTED.values())})"
        )


@dataclass(frozen=True, slots=True)
class Languages:
    """The supported languages a report is written in, the main one first."""

    main: str
    all: tuple[str, ...]


@cache
def _detector() -> Any:
    """The lingua detector for the region's languages, built once per process (~50 MB)."""
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _REGIONAL if hasattr(Language, name)]
    return (
        LanguageDetectorBuilder.from_languages(*languages)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )


def _code(language: Any) -> str:
    return str(language.iso_code_639_1.name).lower()


def _name(language: Any) -> str:
    return str(language.name).title()


def detect_languages(text: str) -> Languages:
    """The supported languages of a text; UnsupportedLanguage when it is mostly in another."""
    detector = _detector()
    whole = detector.detect_language_of(text) if len(re.findall(r"[^\W\d_]", text)) else None
    weights: dict[str, float] = {}
    for paragraph in text.split("\n"):
        letters = len(re.findall(r"[^\W\d_]", paragraph))
        if letters < _MIN_LETTERS:
            continue
        language = detector.detect_language_of(paragraph)
        if language is None:
            continue
        code = _azerbaijani_if_written_so(_code(language), paragraph)
        weights[code] = weights.get(code, 0.0) + letters
    if whole is None:
        return Languages("en", ("en",))  # no prose to weigh: figures and names only
    # The text as a whole decides its main language; short lines alone are easily misread.
    main = _azerbaijani_if_written_so(_code(whole), text)
    if main not in SUPPORTED:
        raise UnsupportedLanguage(_name(whole))
    total = sum(weights.values()) or 1.0
    ranked = sorted(weights, key=lambda c: weights[c], reverse=True)
    present = tuple(c for c in ranked if c in SUPPORTED and weights[c] / total >= _MIN_SHARE)
    return Languages(main, (main, *(c for c in present if c != main)))


def _azerbaijani_if_written_so(code: str, text: str) -> str:
    """The detected language, or Azerbaijani for a Latin Turkic text written with "ə"; a short
    text the detector puts in an unsupported language may be Russian or English by its
    letters and words."""
    if code in SUPPORTED:
        return code
    letters = len(re.findall(r"[^\W\d_]", text))
    schwas = len(re.findall(r"[əƏ]", text))
    if letters and schwas / letters >= _SCHWA_SHARE:
        return "az"
    return _russian_or_english_if_written_so(code, text) if letters < _SHORT_LETTERS else code


def _russian_or_english_if_written_so(code: str, text: str) -> str:
    """Russian for a short Cyrillic text with none of the other Cyrillic alphabets' letters
    and with Russian's own letters or words; English for a short text written in plain Latin
    letters with English words. Otherwise the detected language."""
    lower = text.lower()
    cyrillic = [c for c in lower if "а" <= c <= "я" or c == "ё" or c in _OTHER_CYRILLIC]
    if cyrillic:
        if _OTHER_CYRILLIC.intersection(cyrillic):
            return code
        russian = _RUSSIAN_LETTERS.intersection(cyrillic) or _RUSSIAN_WORDS.search(lower)
        return "ru" if russian else code
    letters = re.findall(r"[^\W\d_]", lower)
    if letters and all("a" <= c <= "z" for c in letters) and _ENGLISH_WORDS.search(lower):
        return "en"
    return code
