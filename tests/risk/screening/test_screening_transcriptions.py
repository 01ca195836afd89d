"""Transcriptions retrieval used to miss, in both directions: the variant matches, the other not.

Korean names in Russian (the Kontsevich system), foreign names in Hangul, German romanisations
with their voiced letters, Belarusian Cyrillic against Russian, acronyms read out in another
script, Ukrainian є, and Arabic compound given names written in two words.
"""

from __future__ import annotations

import pytest

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.text import tokenize

PERSON, COMPANY = WatchlistKind.PERSON, WatchlistKind.COMPANY

ENTRIES = [
    WatchlistEntry("pak-jong-chon", PERSON, ("PAK Jong Chon",)),
    WatchlistEntry("choe-ryong-hae", PERSON, ("Choe Ryong Hae",)),
    WatchlistEntry("kim-yong-chol", PERSON, ("Kim Yong Chol",)),
    WatchlistEntry("lavrov", PERSON, ("Sergey Viktorovich Lavrov",)),
    WatchlistEntry("medvedev", PERSON, ("Дмитрий Анатольевич Медведев",)),
    WatchlistEntry("zakharova", PERSON, ("Мария Владимировна Захарова",)),
    WatchlistEntry("prigozhin", PERSON, ("Евгений Викторович Пригожин",)),
    WatchlistEntry("azarov", PERSON, ("Николай Янович Азаров",)),
    WatchlistEntry("shoigu", PERSON, ("Сергей Кужугетович Шойгу",)),
    WatchlistEntry("tbc", COMPANY, ("JSC TBC Bank",)),
    WatchlistEntry("sirajuddin", PERSON, ("HAQQANI, Sirajuddin Jallaloudine",)),
    WatchlistEntry("nasiruddin", PERSON, ("نصیرالدین حقانی",)),
    *(
        WatchlistEntry(f"pad-{n}", PERSON, (f"{given} {surname}",))
        for n, (given, surname) in enumerate(
            (g, s)
            for g in ("Elnur", "Tural", "Farid", "Kamran", "Sergei", "Anna", "Pavel")
            for s in ("Mammadov", "Hasanov", "Ivanov", "Petrov", "Karimi", "Pak")
        )
    ),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """The list, indexed once for the module."""
    return ScreeningIndex.build(ENTRIES)


def matched(index: ScreeningIndex, name: str, kind: WatchlistKind) -> set[str]:
    """Ids of the entries that match a name at the default threshold."""
    return {hit.entry_id for hit in index.screen(name, kind=kind) if hit.match}


MATCHES = [
    ("Korean in Russian: чх is ch, ч is j, final н is ng", "Пак Чон Чхон", PERSON, "pak-jong-chon"),
    ("Korean in Russian: Чхве is Choe, ё is yo", "Чхве Рён Хэ", PERSON, "choe-ryong-hae"),
    ("Korean in Russian, family name with a comma", "КИМ, Ён Чхоль", PERSON, "kim-yong-chol"),
    ("foreign name in Hangul: ㅂ as v, ㅡ dropped", "세르게이 라브로프", PERSON, "lavrov"),
    ("foreign name in Hangul, Russian list", "드미트리 메드베데프", PERSON, "medvedev"),
    ("German s for з", "Marija Sacharowa", PERSON, "zakharova"),
    ("German s for з between vowels", "Mykola Asarow", PERSON, "azarov"),
    ("German sch for ж", "Jewgeni Prigoschin", PERSON, "prigozhin"),
    ("German sch for ш still read", "Sergei Schoigu", PERSON, "shoigu"),
    ("Belarusian дз and ў", "Дзмітрый Мядзведзеў", PERSON, "medvedev"),
    ("Ukrainian є is ye, Ukrainian given name", "Євген Пригожин", PERSON, "prigozhin"),
    ("Polish romanisation with a Russian given name", "Jewgienij Prigożyn", PERSON, "prigozhin"),
    ("acronym read out in Georgian", "სს „თიბისი ბანკი“", COMPANY, "tbc"),
    ("compound given name in two words", "سراج الدین حقانی", PERSON, "sirajuddin"),
    ("short form of a compound from Arabic script", "Nasir Haqqani", PERSON, "nasiruddin"),
]

NON_MATCHES = [
    ("Korean in Russian, one syllable differs", "Пак Чон Су", PERSON, "pak-jong-chon"),
    ("Korean in Russian, given name differs", "Ким Ён Нам", PERSON, "kim-yong-chol"),
    ("foreign name in Hangul, another surname", "세르게이 쇼이구", PERSON, "lavrov"),
    ("German romanisation, another given name", "Dmitri Asarow", PERSON, "azarov"),
    ("German romanisation, another surname", "Jewgeni Pugatschow", PERSON, "prigozhin"),
    ("Belarusian, another given name", "Аляксей Мядзведзеў", PERSON, "medvedev"),
    ("acronym with its letters in another order", "JSC BTC Bank", COMPANY, "tbc"),
    ("brother: another compound, same family name", "بدر الدین حقانی", PERSON, "sirajuddin"),
    ("brother: another compound in Latin", "Badruddin Haqqani", PERSON, "nasiruddin"),
]


@pytest.mark.parametrize(("case", "name", "kind", "expected"), MATCHES)
def test_transcription_matches(
    index: ScreeningIndex, case: str, name: str, kind: WatchlistKind, expected: str
) -> None:
    assert expected in matched(index, name, kind), case


@pytest.mark.parametrize(("case", "name", "kind", "entry"), NON_MATCHES)
def test_other_name_in_the_same_transcription_does_not_match(
    index: ScreeningIndex, case: str, name: str, kind: WatchlistKind, entry: str
) -> None:
    assert entry not in matched(index, name, kind), case


def test_a_korean_name_in_russian_is_read_in_the_lists_latin() -> None:
    assert [t.key for t in tokenize("Ли Бён Чхоль")] == ["ri", "byon", "chol"]


def test_a_russian_name_of_one_syllable_words_is_not_read_as_korean() -> None:
    assert [t.key for t in tokenize("Лев Кац")] == ["lev", "kats"]


def test_a_korean_name_in_hangul_stays_syllable_by_syllable() -> None:
    assert [t.key for t in tokenize("김정은")] == ["gim", "jeong", "eun"]


def test_a_foreign_name_in_hangul_is_one_part_per_word_with_two_readings() -> None:
    first, second = tokenize("블라디미르 푸틴")
    assert first.key == "bladimir"
    assert tokenize("Vladimir")[0].skeleton == first.alt
    assert tokenize("Putin")[0].skeleton == second.skeleton


def test_english_spellings_get_no_german_reading() -> None:
    assert tokenize("Zakharova")[0].extra == ""
