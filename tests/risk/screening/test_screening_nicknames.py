"""English given names and their everyday forms (Bill for William, Kate for Katherine), read
from a maintained names-and-nicknames table, beside the given-name groups of `given_names`.

Both directions: a nickname meets its full name, in a short form of a longer name or alone,
and a full name meets a listed nickname; two full names that share a nickname (Alfred and
Frederick, both Fred) stay two names, so that brothers do not match. A nickname that is its
full name cut short (Ali of Alison, Dan of Daniel) is a given name of its own in other languages,
and is not read as the longer name.
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
    WatchlistEntry("alison", PERSON, ("Alison Hassan",)),
    WatchlistEntry("alisa", PERSON, ("Alisa Aliyeva",)),
    WatchlistEntry("anastasia", PERSON, ("Anastasia Teixeira",)),
    WatchlistEntry("daniel", PERSON, ("Daniel Marinescu",)),
    WatchlistEntry("christina", PERSON, ("Christina Kapanadze",)),
    WatchlistEntry("janet", PERSON, ("Janet Nowicki",)),
]

MATCHES = [
    ("Bill, a middle name dropped", "Bill Hargrove", "hargrove"),
    ("Billy, a middle name dropped", "Billy Hargrove", "hargrove"),
    ("Kate", "Kate Mosley", "mosley"),
    ("Kathy with the middle name", "Kathy Ann Mosley", "mosley"),
    ("Bob, list form", "Bob Carver", "carver"),
    ("Peggy", "Peggy Ellis", "ellis"),
    ("a full name against a listed nickname", "Anthony Marchetti", "marchetti"),
    ("Freddie", "Freddie Dunmore", "dunmore"),
    ("Sammy", "Sammy Pike", "pike"),
]

NON_MATCHES = [
    ("another given name", "Walter Hargrove", "hargrove"),
    ("a nickname of another given name", "Jim Hargrove", "hargrove"),
    ("Alfred is not Frederick, though both are Fred", "Alfred Dunmore", "dunmore"),
    ("Samson is not Samuel, though both are Sam", "Samson Pike", "pike"),
    ("a nickname against another family name", "Bob Mitchell", "carver"),
    # A nickname cut from its full name's head or tail is a given name of its own elsewhere.
    ("Arabic Ali is not Alison", "Ali Hassan", "alison"),
    ("Azerbaijani Ali is not Alisa", "Ali Aliyev", "alisa"),
    ("Portuguese Ana is not Anastasia", "Ana Teixeira", "anastasia"),
    ("Romanian Dan is not Daniel", "Dan Marinescu", "daniel"),
    ("Georgian Tina is not Christina", "Tina Kapanadze", "christina"),
    ("Polish Jan is not Janet", "Jan Nowicki", "janet"),
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


def test_a_nickname_made_otherwise_than_by_cutting_the_name_short_still_matches() -> None:
    """Bill, Bob and Kate are no cut of William, Robert and Katherine: they stay read as them."""
    for short, full in (
        ("Bill Clinton", "William Clinton"),
        ("Bob Smith", "Robert Smith"),
        ("Kate Moss", "Katherine Moss"),
    ):
        value, _ = compare(parse_name(short, PERSON), parse_name(full, PERSON), lambda _: 1.0)
        assert value >= DEFAULT_THRESHOLD, (short, full)
