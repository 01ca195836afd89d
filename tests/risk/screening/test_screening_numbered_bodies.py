"""Armed and state bodies named with and without their kind, by their number, and Russian names
in Latin letters told by their plural and short adjectives.

Lists write one group with or without the word for what kind of body it is (army, brigade,
province, force, navy, military intelligence), with the region it names itself after (the
Levant), and a unit, branch or plant by its number with the words around it added or left out
(BRANCH 312; SYRIAN AIR FORCE INTELLIGENCE BRANCH 312 - HAMA). A Russian name spelt in Latin letters
keeps its adjectives in the plural (STROITELNYYE) or short (FINANSOVY) whatever legal
form the list gives it. Both directions: another published name of one body matches; another
body of the same kind, another number, or another distinctive word does not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.features import token_similarity
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.text import latin_key, make_token

COMPANY = WatchlistKind.COMPANY

ENTRIES = [
    WatchlistEntry("sahel", COMPANY, ("ISLAMIC STATE WEST SAHEL PROVINCE",)),
    WatchlistEntry("tripoli", COMPANY, ("Islamic State of Iraq and the Levant - Tripoli",)),
    WatchlistEntry("missile", COMPANY, ("STRATEGIC MISSILE FORCE OF THE PEOPLE'S NAVY",)),
    WatchlistEntry("branch", COMPANY, ("SYRIAN AIR FORCE INTELLIGENCE BRANCH 312 - HAMA",)),
    WatchlistEntry("plant", COMPANY, ("JSC 445 ARMOURED REPAIR PLANT",)),
    WatchlistEntry("partner", COMPANY, ("ZAO 'FINANSOVY PARTNER'",)),
    WatchlistEntry("nahrawan", COMPANY, ("NAHRAWAN BRIGADES",)),
    WatchlistEntry("others", COMPANY, ("NAHRAWAN TRADING", "PLANT 17 OOO")),
]

MATCHES = [
    ("the province left out", "Islamic State West Sahel", "sahel"),
    ("the province left out, a dash for it", "ISLAMIC STATE - WEST SAHEL", "sahel"),
    ("the region left out", "Islamic State - Tripoli", "tripoli"),
    ("the navy left out", "STRATEGIC MISSILE FORCE", "missile"),
    ("the force's command", "Strategic Missile Forces Command", "missile"),
    ("the branch by its number", "BRANCH 312", "branch"),
    ("the plant by its ordinal", "445TH ARMOURED REPAIR PLANT", "plant"),
    ("a short adjective under an English form", "CJSC 'FINANSOVY PARTNER'", "partner"),
]

NON_MATCHES = [
    ("another province", "ISLAMIC STATE EAST SAHEL PROVINCE", "sahel"),
    ("another city", "Islamic State of Iraq and the Levant - Derna", "tripoli"),
    ("another distinctive word", "NAHRAWAN MARTYRS BRIGADES", "nahrawan"),
    ("another branch number", "BRANCH 313", "branch"),
    ("the number with a digit less", "BRANCH 31", "branch"),
    ("the same number, another city", "BRANCH 312 - HOMS", "branch"),
    ("a doubled digit written once", "JSC 45 ARMOURED REPAIR PLANT", "plant"),
    ("a digit more", "JSC 4455 ARMOURED REPAIR PLANT", "plant"),
    ("another Russian name", "ZAO 'FINANSOVY KONSULTANT'", "partner"),
]


_INDEX = ScreeningIndex.build(ENTRIES)
# Each case once: whether the name screened should alert on the entry.
CASES = [(case, name, entry, True) for case, name, entry in MATCHES] + [
    (case, name, entry, False) for case, name, entry in NON_MATCHES
]


@pytest.mark.parametrize(("case", "name", "entry", "alert"), CASES)
def test_one_body_by_its_kind_number_or_city_alerts_and_another_does_not(
    case: str, name: str, entry: str, alert: bool
) -> None:
    assert (entry in matched(_INDEX, name, COMPANY)) is alert, case


@pytest.mark.parametrize(
    ("written", "key"), [("558", "558"), ("66th", "66"), ("33rd", "33"), ("1st", "1")]
)
def test_a_number_is_read_whole_without_its_ordinal_ending(written: str, key: str) -> None:
    assert latin_key(written) == key


def test_numbers_are_not_spelt() -> None:
    assert token_similarity(make_token("445", False), make_token("4455", False)) == 0.0
    assert token_similarity(make_token("312", False), make_token("312", False)) == 1.0


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("CJSC 'FINANSOVY PARTNER'", ["financial", "partner"]),
        ("OPEN JOINT-STOCK COMPANY STROITELNYYE RESHENIYA", ["construction", "reshenia"]),
        ("STROITELNYE SISTEMY LLC", ["construction", "sistemi"]),
    ],
)
def test_russian_plural_and_short_adjectives_tell_a_russian_name(
    name: str, keys: list[str]
) -> None:
    # Its generic words are read in English, as under a Russian legal form.
    assert [t.key for t in parse_name(name, COMPANY).tokens] == keys
