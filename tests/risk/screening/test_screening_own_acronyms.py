"""A company's own acronym in brackets, acronyms of French names, numbers written in words, and a
company named only as a company against its trade.

Lists print a company's acronym beside its name (SEPAHAN DRILLING COMPANY (SEDCO) LIMITED) and
give the acronym alone as another name: its letters need not be the words' initials, the name
says what it stands for. The acronym of a French name skips its articles and prepositions (de,
du, des), as an English one skips of and the. A nickname or a company name writes a number in
words or in figures (EL FORTY-SEVEN, EL 47). Both directions: the acronym or number the name
gives matches; another acronym, another number or a bracketed word that is no acronym does not.
A company named with the word for a company alone (HORMOZ CO.) is the one named with its trade
(HORMOZ LINES); another trade on each side, a place, or a distinctive word more is not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.names import initials, own_acronym
from kordon.risk.screening.text import name_parts

COMPANY = WatchlistKind.COMPANY
PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("sedco", COMPANY, ("SEPAHAN DRILLING COMPANY (SEDCO) LIMITED",)),
    WatchlistEntry("czt", COMPANY, ("COPPER & ZINC TRADE (CZT)",)),
    WatchlistEntry("fpls", COMPANY, ("FRONT POPULAIRE DE LIBERATION DU SAHEL",)),
    WatchlistEntry("cmgp", COMPANY, ("CMGP",)),
    WatchlistEntry("kazan", COMPANY, ("VOSTOK BANK (KAZAN)",)),
    WatchlistEntry("stars", COMPANY, ("FIFTEEN STARS SHIPPING",)),
    WatchlistEntry("forty", PERSON, ("EL 47",)),
    WatchlistEntry("sixty", PERSON, ("EL SIXTY",)),
    WatchlistEntry("ten", PERSON, ("Viktor Ten",)),
    WatchlistEntry("hormoz", COMPANY, ("HORMOZ CO.",)),
    WatchlistEntry("parsian", COMPANY, ("PARSIAN MONEY EXCHANGE",)),
    WatchlistEntry("sepid", COMPANY, ("SEPID INVESTMENTS LLC",)),
    WatchlistEntry("cooperation", COMPANY, ("ASSOCIATION FOR INTERNATIONAL COOPERATION",)),
    WatchlistEntry("asia", COMPANY, ("Asia Group LLC", "Gaz Group")),
]

MATCHES = [
    ("the acronym the name prints", "SEDCO", COMPANY, "sedco"),
    ("the acronym under a legal form", "SEDCO LLC", COMPANY, "sedco"),
    ("initials without the bracketed letters", "CZT SARL", COMPANY, "czt"),
    ("a French name's acronym", "FPLS", COMPANY, "fpls"),
    ("an acronym's French name", "COMPAGNIE MARITIME DES GRANDS PORTS", COMPANY, "cmgp"),
    ("a number in figures", "15 STARS SHIPPING", COMPANY, "stars"),
    ("a number in words, hyphenated", "EL FORTY-SEVEN", PERSON, "forty"),
    ("a number in words, written apart", "EL FORTY SEVEN", PERSON, "forty"),
    ("a tens word in figures", "EL 60", PERSON, "sixty"),
    ("the company's trade for the word company", "HORMOZ LINES", COMPANY, "hormoz"),
    ("the word company for its trade", "Parsian Company", COMPANY, "parsian"),
    ("shirkat for its trade", "Parsian Shirkat", COMPANY, "parsian"),
]

NON_MATCHES = [
    ("another acronym", "SEDKO", COMPANY, "sedco"),
    ("the acronym with a letter more", "SEDCOM", COMPANY, "sedco"),
    ("another French name's acronym", "FPLT", COMPANY, "fpls"),
    ("another French name", "COMPAGNIE MARITIME DES GRANDS LACS", COMPANY, "cmgp"),
    ("a city in brackets is no acronym", "KAZAN", COMPANY, "kazan"),
    ("another number", "16 STARS SHIPPING", COMPANY, "stars"),
    ("another number in words", "EL FORTY-EIGHT", PERSON, "forty"),
    ("a tens word without its unit", "EL FORTY", PERSON, "forty"),
    ("another tens word", "EL 70", PERSON, "sixty"),
    ("a family name that is a number word", "Viktor 10", PERSON, "ten"),
    ("a distinctive word more", "HORMOZ GOLDEN LINES", COMPANY, "hormoz"),
    ("a place more", "HORMOZ LINES (ARMENIA)", COMPANY, "hormoz"),
    ("another trade on each side", "SEPID LEASING LLC", COMPANY, "sepid"),
    ("generic words alone shared", "NOOR INTERNATIONAL COMPANY", COMPANY, "cooperation"),
    ("a short word met loosely", "ASE CO.", COMPANY, "asia"),
    ("a short word spelt otherwise", "KSO COMPANY", COMPANY, "asia"),
]

_INDEX = ScreeningIndex.build(ENTRIES)
# Each case once: whether the name screened should alert on the entry.
CASES = [(case, name, kind, entry, True) for case, name, kind, entry in MATCHES] + [
    (case, name, kind, entry, False) for case, name, kind, entry in NON_MATCHES
]


@pytest.mark.parametrize(("case", "name", "kind", "entry", "alert"), CASES)
def test_own_acronyms_french_acronyms_and_numbers_in_words(
    case: str, name: str, kind: WatchlistKind, entry: str, alert: bool
) -> None:
    assert (entry in matched(_INDEX, name, kind)) is alert, case


@pytest.mark.parametrize(
    ("name", "entry_name"),
    [
        ("SEPAHAN DRILLING COMPANY (SEDCO) LIMITED", "SEDCO"),
        ("COPPER & ZINC TRADE (CZT)", "CZT SARL"),
        ("FRONT POPULAIRE DE LIBERATION DU SAHEL", "FPLS"),
    ],
)
def test_the_long_name_screened_finds_its_acronym(name: str, entry_name: str) -> None:
    index = ScreeningIndex.build([WatchlistEntry("short", COMPANY, (entry_name,))])
    assert "short" in matched(index, name, COMPANY)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("SEPAHAN DRILLING COMPANY (SEDCO) LIMITED", "sedco"),
        ("COPPER & ZINC TRADE (CZT)", "czt"),
        ("VOSTOK BANK (KAZAN)", ""),
        ("SEPAHAN DRILLING COMPANY", ""),
    ],
)
def test_a_company_prints_its_own_acronym(text: str, letters: str) -> None:
    assert own_acronym(text) == letters


def test_initials_leave_out_the_own_acronym() -> None:
    assert [found[0] for found in initials("COPPER & ZINC TRADE (CZT)", COMPANY)] == ["czt"]


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("EL SIXTY-THREE", ["el", "63"]),
        ("EL SIXTY THREE", ["el", "63"]),
        ("NINETEEN, EL", ["19", "el"]),
        ("Viktor Ten", ["viktor", "ten"]),
        ("SEVEN SEAS", ["seven", "seas"]),
    ],
)
def test_numbers_from_eleven_on_are_read_as_figures(name: str, parts: list[str]) -> None:
    assert [part for part, _ in name_parts(name)] == parts
