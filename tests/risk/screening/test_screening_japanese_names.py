"""Japanese names written in Russian (Polivanov's system) and in its ISO 9 Latin form, read as
their Hepburn spelling; and ISO 9 Latin of Russian names read back as the Cyrillic it spells.

Both directions: a Japanese name in Cyrillic or in ISO 9 meets its Hepburn form and the Hepburn
form meets it; another given name with the family name, or another family name with the given
name, does not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.name_classes import class_tests

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening.names import parse_name

PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("matsumoto", PERSON, ("Shunsuke Matsumoto",)),
    WatchlistEntry("tsukada", PERSON, ("TSUKADA, Chieko",)),
    WatchlistEntry("yoshida", PERSON, ("Yoshida Jun'ichiro",)),
    WatchlistEntry("nakajima", PERSON, ("Накадзима, Тэцуя",)),
    WatchlistEntry("sakai", PERSON, ("Сакаи, Кёко",)),
    WatchlistEntry("ishiwata", PERSON, ("Isivata, Ûiti",)),
    WatchlistEntry("shcherbatov", PERSON, ("Щербатов Юрий Фёдорович",)),
    WatchlistEntry("kovalchuk", PERSON, ("Yaroslava Kovalchuk",)),
    WatchlistEntry("others", PERSON, ("Kenji Watanabe", "Ivan Petrov")),
]

MATCHES = [
    ("Polivanov: си shi, цу tsu, сю shu", "Мацумото, Сюнсукэ", "matsumoto"),
    ("ISO 9 of Polivanov", "Macumoto, Sûnsukè", "matsumoto"),
    ("Polivanov: ти chi, э e", "Цукада, Тиэко", "tsukada"),
    ("ISO 9: c for ц, è for э", "Cukada, Tièko", "tsukada"),
    ("Polivanov: ё yo, дзю ju, ъ", "Ёсида, Дзюнъитиро", "yoshida"),
    ("ISO 9: ë, û, ʺ", "Ësida, Dzûnʺitiro", "yoshida"),
    ("Hepburn against Polivanov: дз z, я ya", "Tetsuya Nakajima", "nakajima"),
    ("Hepburn with a macron against Polivanov: кё kyo", "Kyōko Sakai", "sakai"),
    ("Hepburn against ISO 9 of Polivanov", "Yuichi Ishiwata", "ishiwata"),
    ("ISO 9 of a Russian name: ŝ, û, ë", "Ŝerbatov Ûrij Fëdorovič", "shcherbatov"),
    ("ISO 9 of a Russian name: â", "Âroslava Koval'čuk", "kovalchuk"),
]

NON_MATCHES = [
    ("another given name, one family name", "Мацумото, Кэнсукэ", "matsumoto"),
    ("another family name, one given name", "Macuda, Sûnsukè", "matsumoto"),
    ("another given name in Hepburn", "Kenta Nakajima", "nakajima"),
    ("another family name in Hepburn", "Kyoko Sakamoto", "sakai"),
    ("another family name in ISO 9", "Ŝukin Ûrij Fëdorovič", "shcherbatov"),
]


index, test_one_name_written_two_ways_matches, test_another_person_does_not_match = class_tests(
    ENTRIES, MATCHES, NON_MATCHES
)


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("Цутия, Тидзуру", ["tsuchiya", "chizuru"]),
        ("Ямагути, Сё", ["yamaguchi", "sho"]),
        ("Вада, Кэйити", ["wada", "keiichi"]),
        ("Âmaguti, Së", ["yamaguchi", "sho"]),
    ],
)
def test_polivanov_is_read_in_hepburn(name: str, keys: list[str]) -> None:
    assert [t.key for t in parse_name(name, PERSON).tokens] == [
        t.key for t in parse_name(" ".join(keys), PERSON).tokens
    ]


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        # Russian names that Polivanov's syllables could spell: read as Russian still.
        ("Анна Иванова", ["ana", "ivanova"]),
        ("Нина Митина", ["nina", "mitina"]),
        ("Тимур Сидоров", ["timur", "sidorov"]),
    ],
)
def test_a_russian_name_is_not_read_as_japanese(name: str, keys: list[str]) -> None:
    assert [t.key for t in parse_name(name, PERSON).tokens] == keys


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        # ISO 9: ŝ is щ, â я, ʹ the soft sign; j is й, kept j as Latin spellings write it.
        ("Ŝukina Darʹâ", ["shchukina", "darya"]),
        ("Sokolʹnikov Andrej", ["sokolnikov", "andrej"]),
        # French, not ISO 9: a word opens with y, which no Russian word does (ы).
        ("Yanis Benâli", ["yanis", "benali"]),
        # French, not ISO 9: ë with ou, which ISO 9 seldom writes and French often; c stays c.
        ("Gaël Clouet", ["gael", "clouet"]),
        ("Joël Couderc", ["joel", "couderc"]),
        ("Maëlle Coulibaly", ["maele", "coulibali"]),
        # ISO 9 all the same: th (тх) with a soft sign and č, which French never writes.
        ("Thagapsoev Tamerlan Ûrʹevič", ["thagapsoev", "tamerlan", "yurevich"]),
    ],
)
def test_iso9_is_read_back_as_the_cyrillic_it_spells(name: str, keys: list[str]) -> None:
    assert [t.key for t in parse_name(name, PERSON).tokens] == keys
