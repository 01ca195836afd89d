"""A grandfather's name that differs, names met part for part, ال at the head of a name that is not
Arabic, Muhammad joined to a given name, French c before e and i; company words of what a
company does.

Each class in both directions: another published name of one person or company matches; a
relative, a namesake or another company does not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.scorer import comparison, rule_inputs
from kordon.risk.screening.text import tokenize

PERSON = WatchlistKind.PERSON
COMPANY = WatchlistKind.COMPANY

ENTRIES = [
    WatchlistEntry("obeidi", PERSON, ("KHALID HAMID SAYYAF JASIM AL-OBEIDI",)),
    WatchlistEntry("hamdan", PERSON, ("MOHAMMED SALIM HAMDAN",)),
    WatchlistEntry("ri", PERSON, ("RI SONG MIN",)),
    WatchlistEntry("santoso", PERSON, ("BOUO SANTOSO",)),
    WatchlistEntry("tumba", PERSON, ("SYLVAIN TUMBA",)),
    WatchlistEntry("gasimov", PERSON, ("Eldar Gasimov",)),
    WatchlistEntry("nowruzi", PERSON, ("Javad Nowruzi",)),
    WatchlistEntry("tehrani", PERSON, ("سیامک تهرانی",)),
    WatchlistEntry("kamak", PERSON, ("کامک تهرانی",)),
    WatchlistEntry("baran", COMPANY, ("BARAN PRODUCTION COMPANY",)),
    WatchlistEntry("saderat", COMPANY, ("بانک صادرات ایران",)),
    WatchlistEntry("parsian", COMPANY, ("PARSIAN BROKERAGE COMPANY",)),
    WatchlistEntry("zagros", COMPANY, ("ZAGROS COMPANY",)),
    WatchlistEntry("valley", COMPANY, ("GREEN VALLEY DEVELOPMENT ORGANIZATION",)),
]

MATCHES = [
    ("another grandfather's name", "Khalid Hamid Saeed al-Obeidi", "obeidi"),
    ("the same, written SURNAME, Given", "AL-OBEIDI, Khalid Hamid Saeed", "obeidi"),
    ("two parts met part for part, one spelt alike", "Bowo Santoso", "santoso"),
    ("Eldar written الدار in Persian", "الدار قاسموف", "gasimov"),
    ("Muhammad joined to the given name", "محمدجواد نوروزی", "nowruzi"),
    ("French c before i is s", "Ciamak Tehrani", "tehrani"),
]

COMPANY_MATCHES = [
    ("production, romanised Persian", "SHERKAT-E TOLID-E BARAN", "baran"),
    ("Saderat the name of a bank, not a word", "Bank Saderat Iran", "saderat"),
    ("what the company does, added in English", "ZAGROS MECHANICAL ENGINEERING COMPANY", "zagros"),
    ("company words shortened", "GREEN VALLEY DEV ORG", "valley"),
]

NON_MATCHES = [
    ("a relative: another given name", "Omar Hamid Saeed al-Obeidi", "obeidi"),
    ("a cousin: another father's name", "Khalid Ahmad Saeed al-Obeidi", "obeidi"),
    ("a namesake: another family name", "Khalid Hamid Saeed al-Dulaimi", "obeidi"),
    ("Muhammad in front: the next part tells", "Mohammed Yusuf Hamdan", "hamdan"),
    ("names of one-syllable parts: a brother", "Ri Chol Min", "ri"),
    ("another given name beside the same family name", "Budi Santoso", "santoso"),
    ("a family name only partly alike", "Sylvain Tambwe", "tumba"),
    ("another given name after ال", "الدار قاسموف", "nowruzi"),
    ("Muhammad joined to another given name", "محمدحمید نوروزی", "nowruzi"),
    ("Muhammad joined to a short name, a namesake's", "محمدعلی نوروزی", "nowruzi"),
    ("c before i read s, not k", "Ciamak Tehrani", "kamak"),
]

COMPANY_NON_MATCHES = [
    ("another distinctive word", "SAMAN PRODUCTION COMPANY", "baran"),
    ("another bank", "Bank Melli Iran", "saderat"),
    ("another company of the same kind", "PARSIAN INSURANCE COMPANY", "parsian"),
    ("another distinctive word, company words shortened", "BLUE VALLEY DEV ORG", "valley"),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "expected"), MATCHES)
def test_one_person_written_two_ways_matches(
    index: ScreeningIndex, case: str, name: str, expected: str
) -> None:
    assert expected in matched(index, name, PERSON), case


@pytest.mark.parametrize(("case", "name", "expected"), COMPANY_MATCHES)
def test_one_company_named_by_what_it_does_matches(
    index: ScreeningIndex, case: str, name: str, expected: str
) -> None:
    assert expected in matched(index, name, COMPANY), case


@pytest.mark.parametrize(("case", "name", "entry"), NON_MATCHES)
def test_relative_namesake_or_other_name_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    assert entry not in matched(index, name, PERSON), case


@pytest.mark.parametrize(("case", "name", "entry"), COMPANY_NON_MATCHES)
def test_another_company_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    assert entry not in matched(index, name, COMPANY), case


def ends_agree(query: str, entry: str) -> float:
    """The ends-agree feature of two person names."""
    cmp = comparison(parse_name(query, PERSON), parse_name(entry, PERSON), lambda _: 1.0)
    return rule_inputs(cmp)["ends_agree"]


@pytest.mark.parametrize(
    ("query", "entry", "expected"),
    [
        ("Khalid Hamid Saeed al-Obeidi", "Khalid Hamid Sayyaf Jasim al-Obeidi", 1.0),
        ("Khalid Hamid Saeed Salman al-Obeidi", "Khalid Hamid Jasim al-Obeidi", 1.0),
        ("AL-OBEIDI, Khalid Hamid Saeed", "Khalid Hamid Sayyaf al-Obeidi", 1.0),
        # Two parts on one side: a short form, not this.
        ("Khalid al-Obeidi", "Khalid Hamid Sayyaf al-Obeidi", 0.0),
        # The given name, the father's name or the family name differs.
        ("Omar Hamid Saeed al-Obeidi", "Khalid Hamid Sayyaf al-Obeidi", 0.0),
        ("Khalid Ahmad Saeed al-Obeidi", "Khalid Hamid Sayyaf al-Obeidi", 0.0),
        ("Khalid Hamid Saeed al-Dulaimi", "Khalid Hamid Sayyaf al-Obeidi", 0.0),
        # Muhammad or Abdul in front; one-syllable parts.
        ("Mohammed Yusuf Hamdan", "Mohammed Salim Hamdan", 0.0),
        ("Ri Chol Min", "Ri Song Min", 0.0),
    ],
)
def test_ends_agree_is_the_given_father_and_family_name_with_another_part_further_on(
    query: str, entry: str, expected: float
) -> None:
    assert ends_agree(query, entry) == expected


@pytest.mark.parametrize(
    ("word", "reads_as", "expected"),
    [
        ("Youcef", "Yusef", True),
        ("Ciamak", "Siamak", True),
        # Turkish Çelik written without its mark, and an acronym: no s.
        ("Celik", "Selik", False),
        ("Iaci", "Iasi", False),
    ],
)
def test_a_french_c_before_e_and_i_is_read_s(word: str, reads_as: str, expected: bool) -> None:
    (token,) = tokenize(word)
    (other,) = tokenize(reads_as)
    assert (other.skeleton in token.readings()) == expected
