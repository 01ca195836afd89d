"""How names are read: Korean names in Russian (Kontsevich), foreign names in Hangul, German
voiced letters. Whole-name matches of these classes are in test_screening_classes.py.
"""

from __future__ import annotations

from kordon.risk.screening.text import tokenize


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
