"""Names in Greek script read as Greek is said and written in Latin letters: μπ, ντ and γκ as
b, d and g at a word's head and mb, nd and ng inside it, γγ as ng, αυ and ευ as av and ev (af
and ef before a voiceless consonant) or au and eu, ου as ou, χ as kh.

Both directions: a Greek name meets its Latin spellings and a Latin name meets it in Greek;
another given name or family name does not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.name_classes import class_tests

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening.names import parse_name

PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("baltas", PERSON, ("Σπυρίδων Μπαλτάς",)),
    WatchlistEntry("dokos", PERSON, ("Ευστάθιος Ντόκος",)),
    WatchlistEntry("lampropoulos", PERSON, ("Ευάγγελος Λαμπρόπουλος",)),
    WatchlistEntry("galitsis", PERSON, ("Γκαλίτσης, Αυγουστίνος",)),
    WatchlistEntry("latin", PERSON, ("Panteleimon Bourdoukoutas",)),
    WatchlistEntry("others", PERSON, ("Spyridon Maltezos", "Evangelos Lambrakis")),
]

MATCHES = [
    ("μπ at the head: b", "Spyridon Baltas", "baltas"),
    ("ντ at the head: d, ευ before θ: ef", "Efstathios Dokos", "dokos"),
    ("γγ: ng, μπ inside: mb, ου: ou", "Evangelos Lambropoulos", "lampropoulos"),
    ("γκ at the head: g, αυ: av", "Avgoustinos Galitsis", "galitsis"),
    ("a Latin name in Greek", "Παντελεήμων Μπουρδουκούτας", "latin"),
    ("αυ in the older spelling: au", "Augoustinos Galitsis", "galitsis"),
]

NON_MATCHES = [
    ("another family name", "Spyridon Maltezos", "baltas"),
    ("another family name, one head", "Evangelos Lambrakis", "lampropoulos"),
    ("another given name in Greek", "Γεράσιμος Μπουρδουκούτας", "latin"),
]


index, test_one_name_written_two_ways_matches, test_another_person_does_not_match = class_tests(
    ENTRIES, MATCHES, NON_MATCHES
)


@pytest.mark.parametrize(
    ("greek", "latin"),
    [
        ("Μπαλτάς", "baltas"),
        ("Λαμπρόπουλος", "lambropoulos"),
        ("Ευάγγελος", "evangelos"),
        ("Ευστάθιος", "efstathios"),
        ("Ντόκος", "dokos"),
        ("Γκαλίτσης", "galitsis"),
    ],
)
def test_greek_letters_are_read_as_greek_writes_them_in_latin(greek: str, latin: str) -> None:
    assert parse_name(greek, PERSON).tokens[0].key == parse_name(latin, PERSON).tokens[0].key


def test_av_and_ev_are_read_au_and_eu_as_well() -> None:
    (token,) = parse_name("Αυλωνίτης", PERSON).tokens
    assert parse_name("Avlonitis", PERSON).tokens[0].skeleton in token.readings()
    assert parse_name("Aulonitis", PERSON).tokens[0].skeleton in token.readings()
