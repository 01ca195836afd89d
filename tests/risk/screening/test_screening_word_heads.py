"""Acronyms made of the heads of a company's words (NOASCO, NOvin Arya Shipping COmpany).

Iranian and Russian companies are listed under acronyms that take a syllable of some words and a
letter of others, often the Co of Company, where English acronyms take initials. A list prints
such an acronym as one, and a name screened whose words' heads spell it, in order and every word
taken, matches it. A name screened in capitals is not read so: any word of five or six capitals
(PLANET, MARKET) is the heads of some listed name, so it matches only what its letters or
initials do. An acronym of four letters, one that leaves out a word, takes the words out of order
or stands for a name of two words does not match either.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.acronyms import heads_keys, spelt_by_heads
from kordon.risk.screening.names import heads

COMPANY = WatchlistKind.COMPANY

ENTRIES = [
    WatchlistEntry("novin", COMPANY, ("NOVIN ARYA SHIPPING COMPANY",)),
    WatchlistEntry("noasco", COMPANY, ("NOASCO",)),
    WatchlistEntry("kimaz", COMPANY, ("KIMAZ, OAO",)),
    WatchlistEntry("plastic", COMPANY, ("PLASTIC NEGIN TOOS",)),
    WatchlistEntry("market", COMPANY, ("MARAL KAVIR ETEMAD TRADING",)),
    WatchlistEntry("marod", COMPANY, ("MAROD",)),
    WatchlistEntry("rodan", COMPANY, ("MAHTAB RODAN",)),
    WatchlistEntry("tabco", COMPANY, ("TABCO",)),
]

MATCHES = [
    ("heads and the Co of Company", "NOVIN ARYA SHIPPING COMPANY", "noasco"),
    ("heads under a legal form", "PJSC NOVIN ARYA SHIPPING COMPANY", "noasco"),
    ("a Russian name's heads", "Кировский машиностроительный завод", "kimaz"),
    ("the acronym's name screened", "MAHTAB ROSHAN DARYA", "marod"),
    ("the acronym's name under a legal form", "TAVAN BORNA COMPANY LTD", "tabco"),
]

NON_MATCHES = [
    ("an acronym screened against the name", "NOASCO", "novin"),
    ("a word in capitals the heads of a name spell", "PLANET LLC", "plastic"),
    ("another word so spelt", "MARKET LTD", "market"),
    ("four letters over three words", "NOVIN ARYA SHIPPING", "noasco"),
    ("a distinctive word left out", "NOVIN SHIPPING COMPANY", "noasco"),
    ("the words out of order", "ARYA SHIPPING NOVIN COMPANY", "noasco"),
    ("heads of a name of two words", "MAROD", "rodan"),
    ("another word's head", "MAHTAB ROSHAN KAVIR", "marod"),
]

_INDEX = ScreeningIndex.build(ENTRIES)
CASES = [(case, name, entry, True) for case, name, entry in MATCHES] + [
    (case, name, entry, False) for case, name, entry in NON_MATCHES
]


@pytest.mark.parametrize(("case", "name", "entry", "alert"), CASES)
def test_acronyms_of_word_heads(case: str, name: str, entry: str, alert: bool) -> None:
    assert (entry in matched(_INDEX, name, COMPANY)) is alert, case


@pytest.mark.parametrize(
    ("acronym", "words", "spelt"),
    [
        ("noasco", ("novin", "arya", "shipping", "company"), True),
        ("kimaz", ("kirovskiy", "mashinostroitelnyy", "zavod"), True),
        ("noasc", ("novin", "arya", "shipping", "company"), True),
        # As many letters as words: initials, not heads.
        ("nasc", ("novin", "arya", "shipping", "company"), False),
        ("noarsh", ("novin", "arya", "shipping", "company"), False),
        ("nosco", ("novin", "arya", "shipping", "company"), False),
    ],
)
def test_an_acronym_takes_a_head_of_every_word(
    acronym: str, words: tuple[str, ...], spelt: bool
) -> None:
    assert spelt_by_heads(acronym, (words,)) is spelt


def test_a_name_is_read_without_its_legal_form_and_little_words() -> None:
    assert heads("BANK OF NOVIN ARYA LLC", COMPANY)[0] == ("bank", "novin", "arya")


def test_a_name_of_two_words_has_no_heads_to_read() -> None:
    assert heads("MAHTAB RODAN", COMPANY) == ()


def test_a_name_looks_up_the_acronyms_its_heads_spell() -> None:
    assert "kimaz" in heads_keys((("kirovskiy", "mashinostroitelnyy", "zavod"),))


def test_an_acronym_still_finds_the_name_its_initials_spell_among_many_heads() -> None:
    # Names whose initials the acronym's letters may stand for as word heads (ILS, IRS, ISL
    # ...) are looked up only where nothing else met: they do not crowd out the name its own
    # initials spell.
    words = ("INDIGO", "LOTUS", "SUMMIT", "RAVEN", "IRIS", "LINDEN", "SILVER", "RIDGE")
    crowd = [
        WatchlistEntry(f"crowd-{n}", COMPANY, (f"{a} {b} {c} TRADING",))
        for n, (a, b, c) in enumerate(
            (a, b, c) for a in words[:1] + words[4:5] for b in words for c in words
        )
    ]
    own = WatchlistEntry("own", COMPANY, ("INDIGO RIVER ISLAND SHIPPING LINES",))
    index = ScreeningIndex.build([*crowd, own])
    assert "own" in matched(index, "IRISL", COMPANY)
