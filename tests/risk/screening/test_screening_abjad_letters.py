"""Letters an abjad and a Latin spelling write differently: ذ and ظ as th or dh and as z, the
alif Persian and Arabic put before a foreign name's s and a stop, and the French soft g.

Both directions: another published name of one person matches; a namesake does not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex

PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("jubouri", PERSON, ("ناظم كاظم الجبوري",)),
    WatchlistEntry("hafiz", PERSON, ("HAFIZ, Abu Hamza",)),
    WatchlistEntry("petrosyan", PERSON, ("استپان پطروسیان",)),
    WatchlistEntry("nakhle", PERSON, ("جورج نخلة",)),
    WatchlistEntry("abdullayev", PERSON, ("جاوید عبداللهیف",)),
    WatchlistEntry("others", PERSON, ("Nabil Saadeh", "Karim Haddad")),
]

MATCHES = [
    ("ظ written th", "Nathim Kathim al-Jubouri", "jubouri"),
    ("ظ written z", "Nazim Kazim al-Jubouri", "jubouri"),
    ("th and z in Latin", "HAFITH, Abu Hamza", "hafiz"),
    ("an alif before s and a stop", "Stepan Petrosyan", "petrosyan"),
    ("a French g before a silent e", "Georges Nakhle", "nakhle"),
    ("Abdullah with a family name's ending, one word", "Javid Abdullayev", "abdullayev"),
]

NON_MATCHES = [
    ("another given name beside ظ", "Salim Kathim al-Jubouri", "jubouri"),
    ("another kunya beside th", "HAFITH, Abu Bakr", "hafiz"),
    ("another family name after the alif", "Stepan Sargsyan", "petrosyan"),
    ("another family name after Georges", "Georges Haddad", "nakhle"),
    ("another family name built on 'Abd", "Javid Abdurahmanov", "abdullayev"),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "expected"), MATCHES)
def test_one_name_in_two_scripts_matches(
    index: ScreeningIndex, case: str, name: str, expected: str
) -> None:
    assert expected in matched(index, name, PERSON), case


@pytest.mark.parametrize(("case", "name", "entry"), NON_MATCHES)
def test_another_person_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    assert entry not in matched(index, name, PERSON), case
