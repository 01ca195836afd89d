"""Legal forms written with their qualifiers, short or in another script.

Lists write whether a company is private or public in front of its form (PRIVATE LIMITED, (PVT)
LTD, PUBLIC-JOINT STOCK COMPANY with a hyphen), an Iranian company's form without its "company"
(COMPANY PUBLIC JOINT STOCK), the Russian form romanised with -oye (AKTSIONERNOYE OBSHCHESTVO),
a Korean joint venture as a joint operation company, and Limited in Persian letters (لمتد). Each
is the legal form, not a word of the name. Both directions: the company under another spelling
of its form matches; a qualifier that stands away from the form stays a word of the name, and a
company with another distinctive word does not match.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.company_words import company_parts
from kordon.risk.screening.legal_forms import split_legal_form, strip_legal_forms

COMPANY = WatchlistKind.COMPANY

ENTRIES = [
    WatchlistEntry("korma", COMPANY, ("KORMA BANK, PJSC",)),
    WatchlistEntry("triveni", COMPANY, ("TRIVENI TEXTILES PTE LTD",)),
    WatchlistEntry("sahand", COMPANY, ("SAHAND MACHINERY CO.",)),
    WatchlistEntry("volga", COMPANY, ("VOLZHSKIY PODSHIPNIK AO",)),
    WatchlistEntry("paektu", COMPANY, ("PAEKTU TEXTILE JOINT VENTURE COMPANY",)),
    WatchlistEntry("sepid", COMPANY, ("SEPID TEJARAT LTD",)),
    WatchlistEntry("rahat", COMPANY, ("راحت لمتد",)),
    WatchlistEntry("nur", COMPANY, ("نور ليمتد",)),
    WatchlistEntry("alfa", COMPANY, ("ALFA PENSION FUND",)),
]

MATCHES = [
    ("public before a hyphen", "PUBLIC-JOINT STOCK COMPANY KORMA BANK", "korma"),
    ("private joint stock", "KORMA BANK PRIVATE JOINT STOCK COMPANY", "korma"),
    ("private limited", "TRIVENI TEXTILES PRIVATE LIMITED", "triveni"),
    ("pvt in brackets", "TRIVENI TEXTILES (PVT) LTD", "triveni"),
    ("public joint stock after company", "SAHAND MACHINERY COMPANY PUBLIC JOINT STOCK", "sahand"),
    ("the Russian form with -oye", "AKTSIONERNOYE OBSHCHESTVO VOLZHSKIY PODSHIPNIK", "volga"),
    ("a joint operation company", "Paektu Textile Joint Operation Company", "paektu"),
    ("Limited in Persian letters", "سپید تجارت لمتد", "sepid"),
]

NON_MATCHES = [
    ("private away from the form", "ALFA PRIVATE PENSION FUND", "alfa"),
    ("another bank, public before a hyphen", "PUBLIC-JOINT STOCK COMPANY KORUND BANK", "korma"),
    ("another company, private limited", "TRIVENI CABLES PRIVATE LIMITED", "triveni"),
    ("another joint operation company", "Paektu Machinery Joint Operation Company", "paektu"),
    # A short word in an abjad left alone spells too many Latin names by its consonants.
    ("a word whose consonants a Persian name's are", "RIGHT LLC", "rahat"),
    ("another word with those consonants", "REACT LTD", "rahat"),
    ("a word whose consonants an Arabic name's are", "NEAR LLC", "nur"),
]

_INDEX = ScreeningIndex.build(ENTRIES)
CASES = [(case, name, entry, True) for case, name, entry in MATCHES] + [
    (case, name, entry, False) for case, name, entry in NON_MATCHES
]


@pytest.mark.parametrize(("case", "name", "entry", "alert"), CASES)
def test_legal_forms_with_their_qualifiers(case: str, name: str, entry: str, alert: bool) -> None:
    assert (entry in matched(_INDEX, name, COMPANY)) is alert, case


@pytest.mark.parametrize(
    ("name", "rest"),
    [
        ("PUBLIC-JOINT STOCK COMPANY KORMA BANK", "korma bank"),
        ("TRIVENI TEXTILES (PVT) LTD", "triveni textiles"),
        ("ALFA PRIVATE PENSION FUND LTD", "alfa private pension fund"),
    ],
)
def test_a_qualifier_is_taken_off_with_the_form_it_stands_before(name: str, rest: str) -> None:
    assert " ".join(strip_legal_forms(name)[0].split()) == rest


@pytest.mark.parametrize(
    ("name", "words"),
    [
        # The form stays with a short word in an abjad it would leave alone.
        ("راحت لمتد", 2),
        ("نور ليمتد", 2),
        ("سپید تجارت لمتد", 2),
    ],
)
def test_a_form_is_kept_where_it_leaves_a_short_word_in_an_abjad(name: str, words: int) -> None:
    assert len(split_legal_form(company_parts(name), name)[0]) == words
