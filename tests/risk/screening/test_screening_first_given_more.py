"""A person's name with a first given name more in front, on the list or in the query.

Lists print a person's full name beside the name he goes by, which leaves out his first given
name (Étienne Lucien Marcel Moreau, Lucien Marcel Moreau; MBUYI KALALA, Patrice, Jean Patrice
Mbuyi Kalala). Both directions match, for a shorter name of three parts or more, while no other
entry of the list carries the family name. A son named before his father reads the same way,
so a family the list shows under one name (Nabil Fuad Haddad, Karim Nabil Fuad Haddad), a
shorter name of two parts, an Arabic name with its article and a name whose other given names
differ stay apart.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex

PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("moreau", PERSON, ("Étienne Lucien Marcel Moreau",)),
    WatchlistEntry("mbuyi", PERSON, ("MBUYI KALALA, Patrice",)),
    WatchlistEntry("ortega", PERSON, ("Tomás Ruiz Ortega",)),
    WatchlistEntry("renard", PERSON, ("Olivier Denis Renard",)),
    WatchlistEntry("jabouri", PERSON, ("Yusuf Tariq Hamid al-Jabouri",)),
    WatchlistEntry("haddad-father", PERSON, ("Nabil Fuad Haddad",)),
    WatchlistEntry("haddad-son", PERSON, ("Karim Nabil Fuad Haddad",)),
    WatchlistEntry("others", PERSON, ("Viktor Ivanovich Petrov", "Ahmad Jan Wazir", "Li Cheng He")),
]

MATCHES = [
    ("the list's first given name left out", "Lucien Marcel Moreau", "moreau"),
    ("the list's first given name left out, family name first", "MOREAU, Lucien Marcel", "moreau"),
    ("a first given name more in the query", "Jean Patrice Mbuyi Kalala", "mbuyi"),
    ("a first given name more, two family names", "Manuel Tomás Ruiz Ortega", "ortega"),
]

NON_MATCHES = [
    ("a son named before his father, both listed", "Karim Nabil Fuad Haddad", "haddad-father"),
    ("a father, his son listed with him", "Nabil Fuad Haddad", "haddad-son"),
    ("another son of a listed family", "Samir Nabil Fuad Haddad", "haddad-father"),
    ("a name of two parts may be the father's", "Denis Renard", "renard"),
    ("an Arabic name: the father's chain", "Tariq Hamid al-Jabouri", "jabouri"),
    ("the other given name differs", "Marc Lucien Marcel Moreau", "moreau"),
    ("the given names differ, one more in front", "Jean Paul Mbuyi Kalala", "mbuyi"),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "expected"), MATCHES)
def test_first_given_name_more_matches(
    index: ScreeningIndex, case: str, name: str, expected: str
) -> None:
    assert expected in matched(index, name, PERSON), case


@pytest.mark.parametrize(("case", "name", "entry"), NON_MATCHES)
def test_a_relative_or_other_given_name_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    assert entry not in matched(index, name, PERSON), case
