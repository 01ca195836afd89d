"""A person's name with one part transliterated two ways, every other part alike.

Lists transliterate a father's name or a family name one way in one entry and another way in
the next (Bashir Mohamed Mohamud, Bashir Mohamed Mahmoud; XIRSI, Xasan Cabdilaahi, XIRSI,
Xasan Cabdulle). Both directions: one part spelt otherwise matches; a given name that differs
(a brother), the name after an Abd that differs (Abdul Rahman, Abdul Rahim), two names that
only look alike (Mansour, Mahmoud) and Korean names of one-syllable parts do not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex

PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("bashir", PERSON, ("Bashir Mohamed Mahmoud",)),
    WatchlistEntry("xirsi", PERSON, ("XIRSI, Xasan Cabdulle",)),
    WatchlistEntry("angga", PERSON, ("Angga Dimas Persadha",)),
    WatchlistEntry("budvi", PERSON, ("Hafiz Abdusalam Budvi",)),
    WatchlistEntry("rahman", PERSON, ("Abdul Rahman Bashir",)),
    WatchlistEntry("kim", PERSON, ("Kim Jong Gak",)),
    WatchlistEntry("others", PERSON, ("Viktor Ivanovich Petrov", "Ahmad Jan Wazir", "Li Cheng He")),
]

MATCHES = [
    ("the family name spelt otherwise", "Bashir Mohamed Mohamud", "bashir"),
    ("the father's name spelt otherwise, family name first", "XIRSI, Xasan Cabdilaahi", "xirsi"),
    ("the family name spelt otherwise, letters moved", "Angga Dimas Prasondha", "angga"),
    ("the family name spelt otherwise after a title", "Hafiz Abdussalaam Bhutvi", "budvi"),
]

NON_MATCHES = [
    ("another given name: a brother", "Yusuf Mohamed Mahmoud", "bashir"),
    ("another name after Abd", "Abdul Rahim Bashir", "rahman"),
    ("two names that only look alike", "Bashir Mohamed Mansour", "bashir"),
    ("one-syllable parts: a brother", "Kim Jong Sik", "kim"),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "expected"), MATCHES)
def test_one_part_spelt_otherwise_matches(
    index: ScreeningIndex, case: str, name: str, expected: str
) -> None:
    assert expected in matched(index, name, PERSON), case


@pytest.mark.parametrize(("case", "name", "entry"), NON_MATCHES)
def test_another_part_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    assert entry not in matched(index, name, PERSON), case
