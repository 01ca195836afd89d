"""Sister companies told apart by a serial number (BRIDGE CONSTRUCTION JSC NO. 7).

A group numbers the companies it founds with the same words (No. 1, No. 7, No. 12): the number
after the number sign says which one a name is, and the group's company named without one is
another company. Two names that each keep a number of their own (JSC NO. 1, JSC NO. 12; SHIPYARD
42, SHIPYARD 43) are two companies however many words they share. Both directions: the numbered
company under its other spellings matches; the name without its number, or with another, does
not, screened either way.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.text import name_parts

COMPANY = WatchlistKind.COMPANY

ENTRIES = [
    WatchlistEntry("seven", COMPANY, ("HONG LAM BRIDGE CONSTRUCTION JSC NO. 7",)),
    WatchlistEntry("group", COMPANY, ("TAN PHU IRRIGATION WORKS JOINT STOCK COMPANY",)),
    WatchlistEntry("plant", COMPANY, ("ЗАВОД СИЛИКАТНОГО КИРПИЧА № 4",)),
    WatchlistEntry(
        "long", COMPANY, ("HONG LAM SONG DA THANH HOA BRIDGE ROAD CONSTRUCTION JSC NO. 7",)
    ),
    WatchlistEntry("yard", COMPANY, ("NORTHERN STAR RIVER VALLEY HARBOUR SHIPYARD 42",)),
]

MATCHES = [
    (
        "the legal form written out",
        "HONG LAM BRIDGE CONSTRUCTION JOINT STOCK COMPANY NO. 7",
        "seven",
    ),
    ("the number sign for No.", "HONG LAM BRIDGE CONSTRUCTION JSC № 7", "seven"),
    ("the plant in Latin letters", "ZAVOD SILIKATNOGO KIRPICHA NO. 4", "plant"),
    # The sign written against its number, as one word.
    ("the number sign glued to the number", "HONG LAM BRIDGE CONSTRUCTION JSC №7", "seven"),
    ("No. glued to the number", "HONG LAM BRIDGE CONSTRUCTION JSC NO7", "seven"),
    ("the Russian plant, sign glued", "ЗАВОД СИЛИКАТНОГО КИРПИЧА №4", "plant"),
]

NON_MATCHES = [
    ("the number left out", "HONG LAM BRIDGE CONSTRUCTION JSC", "seven"),
    ("another number", "HONG LAM BRIDGE CONSTRUCTION JSC NO. 17", "seven"),
    ("a number the list's name lacks", "TAN PHU IRRIGATION WORKS JSC NO. 2", "group"),
    ("the plant without its number", "ZAVOD SILIKATNOGO KIRPICHA", "plant"),
    (
        "another number after many shared words",
        "HONG LAM SONG DA THANH HOA BRIDGE ROAD CONSTRUCTION JSC NO. 17",
        "long",
    ),
    ("another plain number", "NORTHERN STAR RIVER VALLEY HARBOUR SHIPYARD 43", "yard"),
    ("another number, sign glued", "HONG LAM BRIDGE CONSTRUCTION JSC №17", "seven"),
]

_INDEX = ScreeningIndex.build(ENTRIES)
CASES = [(case, name, entry, True) for case, name, entry in MATCHES] + [
    (case, name, entry, False) for case, name, entry in NON_MATCHES
]


@pytest.mark.parametrize(("case", "name", "entry", "alert"), CASES)
def test_a_serial_number_tells_sister_companies_apart(
    case: str, name: str, entry: str, alert: bool
) -> None:
    assert (entry in matched(_INDEX, name, COMPANY)) is alert, case


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("№7", ["no", "7"]),
        ("no12", ["no", "12"]),
        ("Nr.3", ["nr", "3"]),
        # Words that only start like a sign keep their letters.
        ("NOKIA9", ["nokia9"]),
        ("N9", ["n9"]),
    ],
)
def test_a_number_sign_glued_to_its_number_is_read_apart(written: str, parts: list[str]) -> None:
    assert [part for part, _ in name_parts(written)] == parts
