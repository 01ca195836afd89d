"""Long or odd names read in bounded work: the readings of Hebrew letters of two values, the
Polivanov test of a Cyrillic name and the hyphens of a Taiwanese given name do not grow faster
than the name (each of these inputs took seconds to hours before)."""

from __future__ import annotations

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.screening.hebrew import MAX_SPELLINGS, spell, spellings
from kordon.risk.screening.japanese import in_polivanov
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.wade_giles import joined_given


def test_a_hebrew_word_of_many_letters_of_two_values_keeps_few_readings() -> None:
    for letter in ("ב", "פ", "צ", "ו"):
        word = spell(letter * 40)
        readings = spellings(word)
        assert 1 <= len(readings) <= MAX_SPELLINGS
    parsed = parse_name("צ" * 30 + " כהן", WatchlistKind.PERSON)
    assert parsed.tokens


def test_a_failing_cyrillic_word_is_refused_without_trying_every_split() -> None:
    assert not in_polivanov(["а" + "на" * 60 + "ы", "сато"])
    assert in_polivanov(["ёсикава", "хадзимэ"])
    assert in_polivanov(["кэнъити", "сато"])


def test_a_word_ending_in_a_long_run_of_signs_is_read_in_one_pass() -> None:
    word = "a-" + "-" * 200_000 + "x"
    assert joined_given(word) == word
    assert joined_given("chih-chieh,") == "chihchieh,"
    assert joined_given("chih-chieh" + "," * 1000) == "chihchieh" + "," * 1000
