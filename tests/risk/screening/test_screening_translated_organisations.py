"""Organisation names listed under a translation of their name (Russian, Azerbaijani, English).

Registers print a foreign body's name in their own language: the names share no word once
transliterated, only once read word for word (`org_words`). The names here are made up.
"""

from __future__ import annotations

import pytest

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import DEFAULT_THRESHOLD, ScreeningIndex
from kordon.risk.screening.features import token_similarity
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.readings import TRANSLATED, readings

COMPANY = WatchlistKind.COMPANY

# Ordinary organisations so that part weights behave as on a real list.
PADDING = [
    WatchlistEntry("c1", COMPANY, ("Azer Trans Logistics LLC",)),
    WatchlistEntry("c2", COMPANY, ("ООО «Азертранс»",)),
    WatchlistEntry("c3", COMPANY, ("Bank Melli Iran",)),
    WatchlistEntry("c4", COMPANY, ("Kovcheg Foundation",)),
    WatchlistEntry("c5", COMPANY, ("Институт «Полярис»",)),
    WatchlistEntry("c6", COMPANY, ("Nord Alliance Institute for Democracy",)),
]
INDEX = ScreeningIndex.build(PADDING)


def both_ways(a: str, b: str) -> list[float]:
    return [INDEX.score_name(a, b, COMPANY), INDEX.score_name(b, a, COMPANY)]


MATCHES = [
    # Russian against English: the kind of body, descriptive words, a cause, a region.
    ("Фонд «Открытое будущее»", "Open Future Foundation"),
    ("Институт свободной Европы", "Free Europe Institute"),
    ("Национальный центр демократического развития", "National Centre for Democratic Development"),
    ("Черноморский институт стратегических исследований",
     "Black Sea Institute for Strategic Studies"),
    ("Сибирская правозащитная сеть", "Siberian Human Rights Network"),
    # A proper name is transliterated as before, its generic words translated.
    ("Центр «Полярис»", "Polaris Center"),
    ("Фонд Ковчег", "Kovcheg Foundation"),
    # A Russian name written in Latin letters is read as in Cyrillic.
    ("Fond Svobodnaya Sibir", "Free Siberia Foundation"),
    # Azerbaijani against English, with case and possessive endings.
    ("Azərbaycan Gənclər Birliyi", "Azerbaijan Youth Union"),
    ("Azad Jurnalistlər Şəbəkəsi", "Free Journalists Network"),
    ("Qafqaz Sülh İnstitutu", "Caucasus Peace Institute"),
    ("Xəzər Ekoloji Cəmiyyəti", "Caspian Environmental Society"),
    # Azerbaijani against Russian: both read in English.
    ("Qafqaz Sülh İnstitutu", "Кавказский институт мира"),
    ("Azad Jurnalistlər Şəbəkəsi", "Сеть свободных журналистов"),
    # Russian words of short stems, met as spelt, in the case forms the vocabulary lists.
    ("Фонд мира", "Peace Foundation"),
    ("Фонда «Новая Грузия»", "New Georgia Foundation"),
    ("Институт Черного моря", "Black Sea Institute"),
    ("Фонд поддержки семьи", "Family Support Foundation"),
    ("Музей Крыма", "Crimea Museum"),
    ("Лига Сетей", "Network League"),
    # English names of generic words only: those words are their distinctive words, and meet
    # a translation's as their gloss does.
    ("China Research Centre", "Центр изучения Китая"),
    ("National Development Bank", "Национальный банк развития"),
    # A word generic in one name (civic, beside a quoted name) and distinctive in the other.
    ("Общественное движение «Свободная Сибирь»", "Free Siberia Civic Movement"),
]  # fmt: skip

NON_MATCHES = [
    # One distinctive word apart, in translation: two bodies.
    ("Фонд «Открытое будущее»", "Free Future Foundation"),
    ("Институт свободной Европы", "Open Europe Institute"),
    ("Черноморский институт стратегических исследований",
     "Baltic Institute for Strategic Studies"),
    ("Qafqaz Sülh İnstitutu", "Baltic Peace Institute"),
    ("Azad Jurnalistlər Şəbəkəsi", "Independent Journalists Network"),
    # Descriptive words that differ, in a name of descriptive words only.
    ("Национальный центр демократического развития",
     "National Centre for Economic Development"),
    # Only the kind of body is shared: a foundation is not every foundation.
    ("Фонд Ковчег", "Polaris Foundation"),
    ("Фонд «Открытое будущее»", "Kovcheg Foundation"),
    ("Azərbaycan Gənclər Birliyi", "Azerbaijan Writers Union"),
    ("Xəzər Ekoloji Cəmiyyəti", "Caspian Shipping Company"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), MATCHES)
def test_translated_names_match(a: str, b: str) -> None:
    assert min(both_ways(a, b)) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("a", "b"), NON_MATCHES)
def test_translated_near_misses_stay_apart(a: str, b: str) -> None:
    assert max(both_ways(a, b)) < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A word of the vocabulary that is a name's own word keeps its transliteration too.
        ("Банк «Свобода»", "Bank Svoboda"),
        ("Xalq Bank", "Халг Банк"),
        ("Svobodnaya Sibir", "«Свободная Сибирь»"),
    ],
)
def test_the_transliteration_still_matches(a: str, b: str) -> None:
    assert min(both_ways(a, b)) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("listed", "screened"),
    [
        ("Open Future Foundation", "Фонд «Открытое будущее»"),
        ("Фонд «Открытое будущее»", "Open Future Foundation"),
        ("Qafqaz Sülh İnstitutu", "Caucasus Peace Institute"),
        ("Caucasus Peace Institute", "Кавказский институт мира"),
    ],
)
def test_screening_finds_the_translation(listed: str, screened: str) -> None:
    index = ScreeningIndex.build([*PADDING, WatchlistEntry("listed", COMPANY, (listed,))])
    hits = index.screen(screened, kind=COMPANY)
    assert hits and hits[0].entry_id == "listed" and hits[0].match
    assert hits[0].matched_name == listed


def test_a_shared_kind_of_body_alone_is_no_hit() -> None:
    index = ScreeningIndex.build(
        [*PADDING, WatchlistEntry("listed", COMPANY, ("Фонд «Открытое будущее»",))]
    )
    assert not [hit for hit in index.screen("Rainbow Foundation", kind=COMPANY) if hit.match]
    assert not [hit for hit in index.screen("Фонд Радуга", kind=COMPANY) if hit.match]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Two names in English are compared as written: read as glosses, Foundation would be
        # generic and leave one word to meet every name spelt like it.
        ("ORBIT FOUNDATION", "ORBITA LLC"),
        ("Harbour Foundation", "HARBOR TRUST"),
        # A translated word is met by its spelling, not by its consonants.
        ("Фонд поддержки", "SAPORT LLC"),
        ("Фонд «Свободный мир»", "FREE MOORE LLC"),
        # Each name keeps a kind of body of its own: two bodies.
        ("Фонд «Открытое будущее»", "Open Future Institute"),
        ("Azad Jurnalistlər Şəbəkəsi", "Free Journalists Union"),
        # One translated word shared, beside words one name lacks: a common word, no more.
        ("Georgian World Congress", "Globəl MMC"),
        ("Фонд свободы", "Фонд «Свободная Грузия»"),
        # A word ending in s is not another word's plural: AIDS is not aid, a support.
        ("AIDS Foundation", "Фонд поддержки"),
        # A word that begins as a short Russian word of the vocabulary does (груз, Грузия;
        # кит, Китай; семь, семья), or a surname made from one (Миров, Домов).
        ("ООО «Груз Сервис»", "Georgia Service LLC"),
        ("ООО «Кит Логистик»", "China Logistics LLC"),
        ("Росс Строй", "Russia Stroy LLC"),
        ("ООО «Семь»", "Family LLC"),
        ("ООО «Миров»", "Peace LLC"),
        ("Фонд Домов", "House Foundation"),
    ],
)
def test_glosses_meet_translations_only(a: str, b: str) -> None:
    assert max(both_ways(a, b)) < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Фонд «Новое общество»", "New Society Foundation"),
        ("Общество «Свободная Сибирь»", "Free Siberia Society"),
        ("Общество «Полярис»", "Polaris Society"),
    ],
)
def test_a_gloss_is_not_read_again_in_russian(a: str, b: str) -> None:
    # society, the gloss of общество, is not taken for a Russian word and read once more (as
    # общество of a joint-stock company, company).
    assert min(both_ways(a, b)) >= DEFAULT_THRESHOLD
    glossed = parse_name(a, COMPANY, glossed=True)
    assert "company" not in [t.key for t in glossed.tokens]


def test_a_gloss_read_once_still_tells_two_bodies_apart() -> None:
    assert max(both_ways("Фонд «Новое общество»", "New Russia Foundation")) < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One translated word shared beside a word one name lacks, whichever name is screened.
        ("Solidarity LLC", "Фонд «Солидарность»"),
        ("Revival LLC", "Фонд «Возрождение»"),
        ("Hope Fund International", "Фонд «Надежда»"),
    ],
)
def test_either_name_screened_gives_one_decision(a: str, b: str) -> None:
    forward, backward = both_ways(a, b)
    assert forward == backward < DEFAULT_THRESHOLD


def test_a_word_met_by_its_spelling_meets_no_word_spelt_like_it() -> None:
    # The gloss's solidarity meets solidarity, marked or not (a word generic in one name is
    # not marked there), but never a word a letter or two apart.
    gloss = next(r for r in readings("Фонд «Солидарность»", COMPANY) if r.reading == TRANSLATED)
    marked = next(t for t in gloss.tokens if t.key != "fund")
    same = parse_name("Solidarity", COMPANY).tokens[0]
    near = parse_name("Solidarite", COMPANY).tokens[0]
    assert marked.key != same.key
    assert token_similarity(marked, same) == token_similarity(same, marked) == 1.0
    assert token_similarity(marked, near) == token_similarity(near, marked) == 0.0


def test_a_qualifier_alone_is_a_word_of_the_name() -> None:
    # Открытое is open; only beside a joint-stock form is it the form's "open".
    alone = parse_name("Открытое общество «Заря»", COMPANY)
    assert alone.legal_form is None and "otkritoe" in [t.key for t in alone.tokens]
    beside = parse_name("ZAKRYTOE AKTSIONERNOE OBSHCHESTVO ZARYA", COMPANY)
    assert beside.legal_form == "jsc" and [t.key for t in beside.tokens] == ["zarya"]
