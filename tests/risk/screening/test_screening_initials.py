"""People whose given names lists write as initials.

An initial weighs as a particle (a list may write the name out or leave it out), but it still
says which letter the given name starts with: a name whose initial starts otherwise than the
other name's given name or initial is another person, as a relative whose given name differs
is. Both directions, in Latin and across scripts: initials that agree with the other name,
a middle initial on one side only, and a family name with no given name still alert.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.text import PartRole

PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("bhayat", PERSON, ("BHAYAT, Y. M.",)),
    WatchlistEntry("moolla", PERSON, ("Rashid Omar Moolla",)),
    WatchlistEntry("tarasenko", PERSON, ("ТАРАСЕНКО, Ж. В.",)),
    WatchlistEntry("others", PERSON, ("Ivan Petrovich Sidorenko", "Hamid Karzai Nuri")),
]

MATCHES = [
    ("the same initials", "BHAYAT, Y. M.", "bhayat"),
    ("the same initials in front", "Y. M. Bhayat", "bhayat"),
    ("the first initial only", "Y. BHAYAT", "bhayat"),
    ("a middle initial on one side only", "Rashid O. Moolla", "moolla"),
    ("the family name alone against initials", "BHAYAT", "bhayat"),
    ("a Cyrillic initial against its Latin reading", "Zh. V. Tarasenko", "tarasenko"),
    ("a Latin J for the Cyrillic Ж", "J. Tarasenko", "tarasenko"),
]

NON_MATCHES = [
    ("another initial", "BHAYAT, S. M.", "bhayat"),
    ("another initial in front", "S. Bhayat", "bhayat"),
    ("initials in the other order of name and family name", "K. A. Bhayat", "bhayat"),
    ("an initial against another written-out given name", "F. Moolla", "moolla"),
    ("an initial and a middle initial against another given name", "MOOLLA, F. O.", "moolla"),
    ("a Latin initial against another Cyrillic one", "N. V. Tarasenko", "tarasenko"),
    ("a Cyrillic initial against another Latin one", "Ф. Бхаят", "bhayat"),
]

_INDEX = ScreeningIndex.build(ENTRIES)
CASES = [(case, name, entry, True) for case, name, entry in MATCHES] + [
    (case, name, entry, False) for case, name, entry in NON_MATCHES
]


@pytest.mark.parametrize(("case", "name", "entry", "alert"), CASES)
def test_initials_that_agree_alert_and_initials_that_differ_do_not(
    case: str, name: str, entry: str, alert: bool
) -> None:
    assert (entry in matched(_INDEX, name, PERSON)) is alert, case


@pytest.mark.parametrize(
    ("screened", "listed", "alert"),
    [
        # Latin against Latin, either order of initials and family name.
        ("OSMANOV, F.", "OSMANOV, J. I.", False),
        ("F. Osmanov", "OSMANOV, J. I.", False),
        # An initial against written-out given names.
        ("OSMANOV, F.", "Jamal Ilyas Osmanov", False),
        # Cyrillic against Latin.
        ("ОСМАНОВ, Ф.", "OSMANOV, J.", False),
        ("Ф. Османов", "Jamal Osmanov", False),
        # The same initials, a middle initial on one side only, no given name at all.
        ("OSMANOV, F.", "OSMANOV, F.", True),
        ("Osmanov, J. I.", "J. I. Osmanov", True),
        ("Farhad A. Osmanov", "Farhad Osmanov", True),
        ("OSMANOV", "OSMANOV, J. I.", True),
    ],
)
def test_a_pair_scores_above_the_threshold_only_where_the_initials_agree(
    screened: str, listed: str, alert: bool
) -> None:
    index = ScreeningIndex.build([WatchlistEntry("listed", PERSON, (listed,))])
    assert (index.score_name(screened, listed, PERSON) >= 0.8) is alert


@pytest.mark.parametrize(
    ("written", "keys"),
    [("ТАРАСЕНКО, Ж. В.", [("tarasenko", True), ("j", False), ("v", False)])],
)
def test_initials_in_any_script_are_read_as_particles(
    written: str, keys: list[tuple[str, bool]]
) -> None:
    parsed = parse_name(written, PERSON)
    assert [(t.key, t.role == PartRole.NAME) for t in parsed.tokens] == keys
