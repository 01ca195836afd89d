"""A generational suffix after a comma (Dwayne Marcus Hollis, Jr.) is no inversion: the name
before the comma is not the family name, nor the suffix the given name.

Both directions: the name with its suffix meets the name without it, written given name first
or family name first; another given name with the family name does not.
"""

from __future__ import annotations

from tests.risk.screening.name_classes import class_tests

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening.names import parse_name

PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("hollis", PERSON, ("Dwayne Marcus Hollis, Jr.",)),
    WatchlistEntry("pruitt", PERSON, ("CLAYTON EARL PRUITT",)),
    WatchlistEntry("others", PERSON, ("Travis Hollis", "Vernon Pruett")),
]

MATCHES = [
    ("the suffix left out", "Dwayne Marcus Hollis", "hollis"),
    ("the suffix left out, a middle initial", "Dwayne M. Hollis", "hollis"),
    ("the suffix left out, family name first", "HOLLIS, Dwayne Marcus", "hollis"),
    ("the suffix added", "Clayton Earl Pruitt, Jr.", "pruitt"),
    ("the suffix added, Sr.", "Clayton E. Pruitt, Sr.", "pruitt"),
    ("the suffix added, III", "Clayton Earl Pruitt, III", "pruitt"),
]

NON_MATCHES = [
    ("another given name", "Travis Lee Hollis, Jr.", "hollis"),
    ("another given name, the suffix added", "Vernon Earl Pruitt, Jr.", "pruitt"),
]


index, test_one_name_written_two_ways_matches, test_another_person_does_not_match = class_tests(
    ENTRIES, MATCHES, NON_MATCHES
)


def test_the_given_name_is_the_first_name_before_the_suffix() -> None:
    parsed = parse_name("Dwayne Marcus Hollis, Jr.", PERSON)
    assert parsed.tokens[parsed.given].key == "dvayne"
