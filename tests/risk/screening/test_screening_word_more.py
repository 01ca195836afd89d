"""A company or group named once with a word of its own and once without it.

Lists print a body by its full name and by a shorter one that leaves out one word: a founder's
name (ZARRIN RAFSANJAN CEMENT COMPANY), what it does (CORTEZ GRILL RESTAURANT), or a word more
of a long name (Soldiers of the Caliphate in the Land of Algeria). Both directions: a shorter
name of two distinctive words or more found whole in the longer matches; a name of one
distinctive word (a brand a group's companies share: GAZPROM, KANIYAT), a place the longer adds
(the group's branch in a country), a group's name three or more of the list's entries carry
(ASCOTEC), or a shared name of generic words and a place only (Bank of Georgia) does not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.word_more import is_territory

COMPANY = WatchlistKind.COMPANY

ENTRIES = [
    WatchlistEntry("zarrin", COMPANY, ("ZARRIN RAFSANJAN CEMENT COMPANY",)),
    WatchlistEntry("kaniyat", COMPANY, ("KANIYAT MILITIA",)),
    WatchlistEntry("cortez", COMPANY, ("PUERTO CORTEZ GRILL RESTAURANT",)),
    WatchlistEntry("qaida", COMPANY, ("AL-QAIDA IN THE ARABIAN PENINSULA",)),
    WatchlistEntry("duratex", COMPANY, ("DURATEX S.A.",)),
    WatchlistEntry("sahand", COMPANY, ("SAHAND TOOS PROJECT",)),
    WatchlistEntry("jund", COMPANY, ("Soldiers of the Caliphate in the Land of Algeria",)),
    WatchlistEntry("ast", COMPANY, ("Ansar al-Sharia in Tunisia",)),
    WatchlistEntry("bog", COMPANY, ("JSC BANK OF GEORGIA",)),
    WatchlistEntry("ascotec-steel", COMPANY, ("ASCOTEC STEEL",)),
    WatchlistEntry("ascotec-mineral", COMPANY, ("ASCOTEC MINERAL AND MACHINERY GMBH",)),
    WatchlistEntry("ascotec-holding", COMPANY, ("ASCOTEC HOLDING GMBH",)),
    WatchlistEntry("ascotec-trading", COMPANY, ("ASCOTEC TRADING",)),
    WatchlistEntry(
        "others",
        COMPANY,
        ("KORAL MARINE CO., LTD.", "NOOR RELIEF AGENCY", "MIRAS BANK", "SEPEHR SANAT CO."),
    ),
]

MATCHES = [
    ("the founder's name left out", "RAFSANJAN CEMENT COMPANY", "zarrin"),
    ("a place's name left out", "CORTEZ GRILL RESTAURANT", "cortez"),
    ("a word of its own added", "Al-Qaida in the South Arabian Peninsula", "qaida"),
    ("the word for a company against a word of its own", "SAHAND TOOS CO.", "sahand"),
    ("a word of its own left out of a long name", "Soldiers of the Caliphate in Algeria", "jund"),
]

NON_MATCHES = [
    ("one distinctive word, a brand", "KANIYAT", "kaniyat"),
    ("a country added: the group's branch there", "DURATEX ECUADOR", "duratex"),
    ("a country left out: another branch", "Ansar al-Sharia", "ast"),
    ("a group's name many entries carry", "ASCOTEC GMBH", "ascotec-steel"),
    ("a group's name many entries carry, a trade more", "ASCOTEC GMBH", "ascotec-mineral"),
    ("only a generic word and a place shared", "JSC HALYK BANK GEORGIA", "bog"),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "expected"), MATCHES)
def test_one_body_with_and_without_a_word_of_its_own_matches(
    index: ScreeningIndex, case: str, name: str, expected: str
) -> None:
    assert expected in matched(index, name, COMPANY), case


@pytest.mark.parametrize(("case", "name", "entry"), NON_MATCHES)
def test_a_place_or_a_group_word_more_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    assert entry not in matched(index, name, COMPANY), case


@pytest.mark.parametrize("key", ["tunisia", "ecuador", "germani", "kiev"])
def test_countries_and_capitals_are_territories(key: str) -> None:
    assert is_territory(key)


@pytest.mark.parametrize("key", ["restaurante", "militia", "cement", "zarin"])
def test_names_and_trades_are_no_territories(key: str) -> None:
    assert not is_territory(key)
