"""Short forms of a name: a shorter name found whole in the longer, everyday given names,
titles written with a final ى; generic company words in French, Spanish and Portuguese.

Each class in both directions: another published name of one person matches; a relative, a
namesake or another given name does not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.given_names import group_name
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.scorer import comparison, rule_inputs
from kordon.risk.screening.text import tokenize

PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("fajrul", PERSON, ("MUHAMMAD FAJRUL HIDAYAT SURYADI PRANOTO",)),
    WatchlistEntry("jubouri", PERSON, ("سلمان حارث الضبيعي",)),
    WatchlistEntry("gogiashvili", PERSON, ("Гогиашвили, Иване Шалвович",)),
    WatchlistEntry("tsiklauri", PERSON, ("ვლადიმერ წიკლაური",)),
    WatchlistEntry("sargsyan", PERSON, ("Ռուբեն Սարգսյան",)),
    WatchlistEntry("kvaratskhelia", PERSON, ("Tinatin Kvaratskhelia",)),
    WatchlistEntry("morales", PERSON, ("Francisco Morales Ybarra",)),
    WatchlistEntry("abakar", PERSON, ("Mohamed Abakar Idriss",)),
    WatchlistEntry("lukashevich", PERSON, ("Сцяпан Міхайлавіч Лукашэвіч",)),
    WatchlistEntry("melkonyan", PERSON, ("Նուարդ Մելքոնյան",)),
    WatchlistEntry("noorzai", PERSON, ("QADIR NOORZAI",)),
]

MATCHES = [
    ("a middle name left out, a title in front", "Dr. Salman al-Dubaiyi", "jubouri"),
    ("Georgian Vano for Ivane, patronymic dropped", "Vano Gogiashvili", "gogiashvili"),
    ("Georgian Lado for Vladimer", "Lado Tsiklauri", "tsiklauri"),
    ("Armenian Rubik for Ruben", "Rubik Sargsyan", "sargsyan"),
    ("Tina for Tinatin, in Cyrillic", "Кварацхелия, Тина", "kvaratskhelia"),
    ("Paco for Francisco", "Paco Morales", "morales"),
    ("Chadian Mahamat for Mohamed", "Mahamat Abakar Idriss", "abakar"),
    ("Belarusian сц for ст", "Stepan Lukashevich", "lukashevich"),
    ("Armenian ու before a vowel", "Nuard Melkonyan", "melkonyan"),
    ("Haji written with a final ى", "حاجى قادر نورزى", "noorzai"),
]

NON_MATCHES = [
    ("another given name before the same chain", "Ahmad Fajrul Hidayat", "fajrul"),
    ("another given name, a title in front", "Dr. Hamid al-Dubaiyi", "jubouri"),
    ("another Georgian given name", "Nika Gogiashvili", "gogiashvili"),
    ("another short form", "Dato Tsiklauri", "tsiklauri"),
    ("Robert is not Ruben", "Robert Sargsyan", "sargsyan"),
    ("another given name that starts alike", "Tamar Kvaratskhelia", "kvaratskhelia"),
    ("a short form of another name", "Pepe Morales", "morales"),
    ("a name that reads like a short form", "Franco Morales", "morales"),
    ("a brother: another given name", "Ahmat Abakar Idriss", "abakar"),
    ("Belarusian, another given name", "Сымон Лукашэвіч", "lukashevich"),
    ("Armenian ու, another given name", "Narine Melkonyan", "melkonyan"),
    ("Haji with a final ى, another given name", "حاجى نادر نورزى", "noorzai"),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "expected"), MATCHES)
def test_short_form_matches(index: ScreeningIndex, case: str, name: str, expected: str) -> None:
    assert expected in matched(index, name, PERSON), case


@pytest.mark.parametrize(("case", "name", "entry"), NON_MATCHES)
def test_relative_namesake_or_other_given_name_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    assert entry not in matched(index, name, PERSON), case


def short_form(query: str, entry: str) -> float:
    """The short-form feature of two person names."""
    cmp = comparison(parse_name(query, PERSON), parse_name(entry, PERSON), lambda _: 1.0)
    return rule_inputs(cmp)["short_form"]


@pytest.mark.parametrize(
    ("query", "entry", "expected"),
    [
        ("Fajrul Hidayat", "Muhammad Fajrul Hidayat Suryadi", 1.0),
        ("Fajrul Suryadi", "Muhammad Fajrul Hidayat Suryadi", 1.0),
        ("SURYADI, Fajrul", "Fajrul Hidayat Suryadi", 1.0),
        ("Muhammad Azim", "Sayyid Muhammad Azim Haidari", 1.0),
        ("Abdul Qadir", "Abdul Qadir Hazem Basir", 1.0),
        # Not from the given name on, not in order, or one part only.
        ("Hidayat Suryadi", "Muhammad Fajrul Hidayat Suryadi", 0.0),
        ("Suryadi Fajrul", "Fajrul Hidayat Suryadi", 0.0),
        ("Fajrul", "Fajrul Hidayat Suryadi", 0.0),
        # Muhammad and a part spelt only nearly alike; an Abd compound found in two halves.
        ("Muhammad Kazim", "Sayyid Muhammad Azim Haidari", 0.0),
        ("Abdul Qadir", "Abdul Hai Hazem Abdul Qader", 0.0),
        # Every part only nearly alike.
        ("Zakir Ahmadi", "ZAKI EZAT ZAKI AHMED", 0.0),
        # Names of one-syllable parts.
        ("Pak Yong", "PAK YONG SIK", 0.0),
        ("بک اونو", "PAK YONG SIK", 0.0),
    ],
)
def test_short_form_is_the_shorter_name_in_order_from_the_given_name(
    query: str, entry: str, expected: float
) -> None:
    assert short_form(query, entry) == expected


def test_a_short_form_joins_its_full_names_group() -> None:
    assert group_name("vano") == group_name("ivane") == "ivane"
    # Lado joins the group the Russian and Ukrainian forms of Vladimir already make.
    assert group_name("lado") == group_name("volodymyr") == "vladimir"
    assert group_name("robert") is None


def test_armenian_u_is_one_vowel() -> None:
    assert [t.key for t in tokenize("Ռուբեն Ճաբուա")] == ["ruben", "chabua"]


COMPANY = WatchlistKind.COMPANY

COMPANIES = [
    WatchlistEntry("pacifico", COMPANY, ("BANCO PACIFICO AZUL, S.A.",)),
    WatchlistEntry("horizon", COMPANY, ("BLUE HORIZON TELECOMMUNICATION",)),
    WatchlistEntry("alcatraz", COMPANY, ("SERVICIOS DE TRANSPORTE ALCATRAZ, S.A. DE C.V.",)),
]


@pytest.fixture(scope="module")
def companies() -> ScreeningIndex:
    """A list of the companies above."""
    return ScreeningIndex.build(COMPANIES)


@pytest.mark.parametrize(
    ("name", "entry", "expected"),
    [
        # Bank, services and transport in Spanish, telecommunication in English, are generic.
        ("PACIFICO AZUL", "pacifico", True),
        ("TRANSPORTES ALCATRAZ", "alcatraz", True),
        ("BLUE HORIZON COMPANY", "horizon", True),
        # Another distinctive word is another company.
        ("BANCO PACIFICO VERDE, S.A.", "pacifico", False),
        ("TRANSPORTES PELICANO", "alcatraz", False),
        ("BLUE RIVER TELECOMMUNICATION", "horizon", False),
    ],
)
def test_generic_words_in_french_spanish_and_portuguese(
    companies: ScreeningIndex, name: str, entry: str, expected: bool
) -> None:
    assert (entry in matched(companies, name, COMPANY)) is expected
