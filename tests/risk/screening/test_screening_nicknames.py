"""English given names and their everyday forms (Bill for William, Kate for Katherine), read
from a maintained names-and-nicknames table, beside the given-name groups of `given_names`.

Both directions: a nickname meets its full name, in a short form of a longer name or alone,
and a full name meets a listed nickname; two full names that share a nickname (Alfred and
Frederick, both Fred) stay two names, so that brothers do not match.
"""

from __future__ import annotations

from tests.risk.screening.name_classes import class_tests

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import DEFAULT_THRESHOLD
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.scorer import compare

PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("hargrove", PERSON, ("WILLIAM JOSEPH HARGROVE",)),
    WatchlistEntry("mosley", PERSON, ("Katherine Ann Mosley",)),
    WatchlistEntry("carver", PERSON, ("CARVER, Robert Lynn",)),
    WatchlistEntry("ellis", PERSON, ("Margaret Ellis",)),
    WatchlistEntry("marchetti", PERSON, ("Tony Marchetti",)),
    WatchlistEntry("dunmore", PERSON, ("Frederick Dunmore",)),
    WatchlistEntry("pike", PERSON, ("Samuel Pike",)),
    WatchlistEntry("others", PERSON, ("Walter Ellis", "Thomas Carver")),
]

MATCHES = [
    ("Bill, a middle name dropped", "Bill Hargrove", "hargrove"),
    ("Will, a middle name dropped", "Will Hargrove", "hargrove"),
    ("Kate", "Kate Mosley", "mosley"),
    ("Kathy with the middle name", "Kathy Ann Mosley", "mosley"),
    ("Bob, list form", "Bob Carver", "carver"),
    ("Peggy", "Peggy Ellis", "ellis"),
    ("a full name against a listed nickname", "Anthony Marchetti", "marchetti"),
    ("Fred", "Fred Dunmore", "dunmore"),
    ("Sam", "Sam Pike", "pike"),
]

NON_MATCHES = [
    ("another given name", "Walter Hargrove", "hargrove"),
    ("a nickname of another given name", "Jim Hargrove", "hargrove"),
    ("Alfred is not Frederick, though both are Fred", "Alfred Dunmore", "dunmore"),
    ("Samson is not Samuel, though both are Sam", "Samson Pike", "pike"),
    ("a nickname against another family name", "Bob Mitchell", "carver"),
]


index, test_one_name_written_two_ways_matches, test_another_person_does_not_match = class_tests(
    ENTRIES, MATCHES, NON_MATCHES
)


def test_brothers_sharing_a_nickname_are_relatives() -> None:
    """Two full names that share a nickname, with one family name, score as relatives."""
    value, _ = compare(
        parse_name("Alfred James Dunmore", PERSON),
        parse_name("Frederick James Dunmore", PERSON),
        lambda _: 1.0,
    )
    assert value < DEFAULT_THRESHOLD
