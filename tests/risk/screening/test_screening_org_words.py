"""The vocabulary of organisation names in English, Russian and Azerbaijani (`org_words`)."""

from __future__ import annotations

import pytest

from kordon.risk.screening.company_words import company_parts
from kordon.risk.screening.org_words import (
    CLASSES,
    EXACT,
    azerbaijani_stems,
    gloss,
    kind_words,
    read_vocabulary,
    russian_stem,
    vocabulary,
)
from kordon.risk.screening.text import latin_key, name_parts


def glossed(name: str) -> list[str] | None:
    """The English gloss of a name's parts, as words."""
    found = gloss(company_parts(name), name)
    return None if found is None else [part for part, _ in found]


def stem(word: str) -> str:
    """The Russian stem of one written word."""
    return russian_stem(name_parts(word)[0][0])


def test_every_line_of_the_vocabulary_is_read() -> None:
    words = vocabulary()
    assert len(words.concepts) > 100
    assert {concept.kind for concept in words.concepts} == CLASSES


@pytest.mark.parametrize("language", ["english", "russian", "azerbaijani"])
def test_no_form_stands_for_two_concepts(language: str) -> None:
    lexicon = getattr(vocabulary(), language)
    seen: dict[tuple[str, ...], tuple[str, ...]] = {}
    for rows in lexicon.values():
        for form, concept in rows:
            assert seen.setdefault(form, concept.gloss) == concept.gloss, form


@pytest.mark.parametrize(
    "forms",
    [
        # An adjective in every case and gender, in Cyrillic and in Latin letters.
        ["свободный", "свободная", "свободное", "свободного", "свободной", "свободному",
         "свободную", "свободным", "свободные", "свободных", "свободными", "Svobodnyy",
         "Svobodnaya", "Svobodnyi", "Svobodnaia"],
        ["демократический", "демократическая", "демократического", "демократических"],
        # Nouns of the three declensions, in the singular and the plural.
        ["фонд", "фонда", "фонду", "фондом", "фонде", "фонды", "фондов", "фондами"],
        ["общество", "общества", "обществу", "обществом", "обществе", "обществ"],
        ["организация", "организации", "организацию", "организацией", "организаций",
         "организациям", "Organizatsiya", "Organizatsii"],
        ["движение", "движения", "движению", "движением", "движении"],
    ],
)  # fmt: skip
def test_russian_words_are_met_in_any_case_and_gender(forms: list[str]) -> None:
    assert len({stem(form) for form in forms}) == 1


def test_a_short_russian_word_keeps_an_ending_of_one_letter() -> None:
    # новое is нов-ое; Нова, a name's word, is not the feminine of "new" cut short.
    assert stem("новое") == stem("новый") == "nov"
    assert stem("Нова") == "nova"


@pytest.mark.parametrize(
    ("written", "lemma"),
    [
        ("Hüquqları", "hüquq"),
        ("Birliyi", "birlik"),
        ("Əməkdaşlığı", "əməkdaşlıq"),
        ("Mərkəzinin", "mərkəz"),
        ("Dəstəyi", "dəstək"),
        ("Cəmiyyətlərinin", "cəmiyyət"),
        ("Fondu", "fond"),
    ],
)
def test_azerbaijani_words_are_met_without_their_endings(written: str, lemma: str) -> None:
    turkic = "ə " + written  # read the Azerbaijani way, as in a name with its letters
    part = name_parts(turkic)[1][0]
    assert name_parts("ə " + lemma)[1][0] in azerbaijani_stems(part)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Фонд «Открытое будущее»", ["fund", "open", "future"]),
        ("Open Future Foundation", ["open", "future", "fund"]),
        ("Институт свободной Европы", ["institute", "free", "europe"]),
        ("Svobodnaya Evropa", ["free", "europe"]),
        ("Azad Avropa Mərkəzi", ["free", "europe", "centre"]),
        # Naminə, not in the vocabulary, keeps its Latin spelling as a name's word does.
        ("Gələcək Naminə Açıq Cəmiyyət", ["future", "namina", "open", "society"]),
        ("Центр по правам человека в Сибири", ["centre", "human", "rights", "siberia"]),
        ("İnsan Hüquqları Uğrunda Birlik", ["human", "rights", "union"]),
        # Words not in the vocabulary keep their Latin spelling: a proper name is no gloss.
        ("Фонд Вертинского", ["fund", "vertinskogo"]),
    ],
)
def test_names_are_read_as_their_english_gloss(name: str, words: list[str]) -> None:
    assert glossed(name) == words


def test_a_name_without_vocabulary_words_has_no_gloss() -> None:
    assert glossed("Vertinsky Holding") is None
    assert glossed("Kapanadze Trans") is None
    # Words written in English are read as they are (and weigh as the vocabulary says).
    assert glossed("Institute of Modern Art") == ["institute", "of", "modern", "art"]


@pytest.mark.parametrize(
    "name", ["Груз", "Кит", "Росс", "Семь", "Медь", "Миров", "Домов", "Мед", "Нова", "Новиков"]
)
def test_a_word_that_begins_as_a_short_russian_word_has_no_gloss(name: str) -> None:
    # Груз is not Грузия, nor Медь медиа: words of short stems are met as spelt.
    assert glossed(f"Фонд {name}") == ["fund", name_parts(name)[0][0]]


def test_no_russian_form_is_met_by_a_stem_under_five_letters() -> None:
    for key in vocabulary().russian:
        assert key.startswith(EXACT) or len(key) >= 5, key


def test_a_word_ending_in_s_is_not_read_as_a_plural() -> None:
    # AIDS is not aid (support), News not new: an English plural is read where it is listed.
    assert glossed("AIDS Foundation") == ["aids", "fund"]
    assert glossed("Baltic News Centre") == ["baltic", "news", "centre"]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Americans for Free Georgia", ["america", "for", "free", "georgia"]),
        ("Civil Liberties Union", ["civil", "free", "union"]),
        ("Homes and Trusts", ["house", "and", "fund"]),
    ],
)
def test_english_plurals_are_listed(name: str, words: list[str]) -> None:
    assert glossed(name) == words


def test_azerbaijani_words_need_azerbaijani_letters_or_two_words() -> None:
    # Azad is a given name too: alone in a Latin name it is read as written.
    assert glossed("Azad Trading") is None
    assert glossed("Azad Fikir Universiteti") == ["free", "fikir", "university"]


def test_the_kinds_of_body_are_generic_words_and_no_others() -> None:
    kinds = kind_words()
    assert {latin_key(w) for w in ("fund", "foundation", "institute", "society")} <= kinds
    # Words that describe or name a body tell two bodies apart (Free, Open Russia).
    assert not {latin_key(w) for w in ("free", "open", "democracy", "europe")} & kinds


def test_a_bad_line_is_refused_with_its_number() -> None:
    with pytest.raises(ValueError, match="line 2: expected gloss, class"):
        read_vocabulary(["# a comment", "fund\tbody\tfoundation\tфонд\tfond"])
