"""Translated company words, acronyms, French and Egyptian spellings, Armenian h in Russian."""

from __future__ import annotations

import pytest

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import DEFAULT_THRESHOLD, ScreeningIndex
from kordon.risk.screening.names import parse_name

PERSON, COMPANY = WatchlistKind.PERSON, WatchlistKind.COMPANY

# Ordinary names so that part weights behave as on a real list.
PADDING = [
    WatchlistEntry("p1", PERSON, ("Rəşad Məmmədov",)),
    WatchlistEntry("p2", PERSON, ("Касем Сулеймани",)),
    WatchlistEntry("p3", PERSON, ("Hassan Rouhani",)),
    WatchlistEntry("c1", COMPANY, ("Azer Trans Logistics LLC",)),
    WatchlistEntry("c2", COMPANY, ("ООО «Азертранс»",)),
    WatchlistEntry("c3", COMPANY, ("Bank Melli Iran",)),
]
INDEX = ScreeningIndex.build(PADDING)


def score(a: str, b: str, kind: WatchlistKind) -> float:
    return INDEX.score_name(a, b, kind)


def both_ways(a: str, b: str, kind: WatchlistKind) -> list[float]:
    return [score(a, b, kind), score(b, a, kind)]


MATCHES = [
    # Generic words, places and country adjectives translated.
    ("Credit Bank of Moscow", "ПАО «Московский кредитный банк»", COMPANY),
    ("Credit Bank of Moscow", "Moskovskiy Kreditnyy Bank PAO", COMPANY),
    ("Bank of Georgia", "სს „საქართველოს ბანკი“", COMPANY),
    ("Bank Saint Petersburg", "ПАО «Банк «Санкт-Петербург»", COMPANY),
    # Acronyms against their names, in one script or two, and one acronym in two scripts.
    ("IRISL", "Islamic Republic of Iran Shipping Lines", COMPANY),
    ("ПАО «МКБ»", "ПАО «Московский кредитный банк»", COMPANY),
    ("OMM", "OCEAN MARITIME MANAGEMENT COMPANY, LIMITED", COMPANY),
    ("UAC", "PUBLIC JOINT STOCK COMPANY UNITED AIRCRAFT CORPORATION", COMPANY),
    ("ОАО «РЖД»", "RZD", COMPANY),
    # French spellings of Arabic names, and the Egyptian g.
    ("Fayçal Mekdad", "Faisal Mekdad", PERSON),
    ("Ayman al-Zaouahiri", "Ayman al-Zawahiri", PERSON),
    ("Amine Cherri", "أمين شري", PERSON),
    ("Abu Mohamed al-Golani", "Abu Mohammad al-Julani", PERSON),
    ("Abu Mohamed al-Golani", "أبو محمد الجولاني", PERSON),
    # Armenian names in Russian, without the initial h.
    ("Anna Hakobyan", "Анна Акопян", PERSON),
    ("Arayik Harutyunyan", "Араик Арутюнян", PERSON),
]  # fmt: skip

NON_MATCHES = [
    # A company that is another's name plus a distinctive word is another company.
    ("Gazprom Neft", "Gazprom", COMPANY),
    ("Gazprom Neft", "ПАО «Газпром»", COMPANY),
    # Translated generic words do not make two companies of one place one company.
    ("Credit Bank of Moscow", "Bank of Moscow", COMPANY),
    ("International Bank of Azerbaijan", "Central Bank of Azerbaijan", COMPANY),
    # An acronym must take in every distinctive word: NIOC is not the Tanker Company.
    ("NIOC", "National Iranian Tanker Company", COMPANY),
    ("OMC", "Ocean Maritime Management Company", COMPANY),
    # Readings for one language do not join different names.
    ("Amine Cherri", "Amine Kerimov", PERSON),
    ("Anna Hakobyan", "Anna Akopova", PERSON),
]


@pytest.mark.parametrize(("a", "b", "kind"), MATCHES)
def test_names_of_one_entity_match_both_ways(a: str, b: str, kind: WatchlistKind) -> None:
    assert min(both_ways(a, b, kind)) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("a", "b", "kind"), NON_MATCHES)
def test_names_of_different_entities_stay_below_both_ways(
    a: str, b: str, kind: WatchlistKind
) -> None:
    assert max(both_ways(a, b, kind)) < DEFAULT_THRESHOLD


def test_a_matching_company_name_stays_a_match() -> None:
    assert min(both_ways("Gazprom Neft", "ПАО «Газпром нефть»", COMPANY)) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("IRISL", "Islamic Republic of Iran Shipping Lines"),
        ("Islamic Republic of Iran Shipping Lines", "IRISL"),
        ("ПАО «МКБ»", "ПАО «Московский кредитный банк»"),
        ("ПАО «Московский кредитный банк»", "ПАО «МКБ»"),
    ],
)
def test_retrieval_finds_an_acronym_and_its_name(query: str, listed: str) -> None:
    index = ScreeningIndex.build([*PADDING, WatchlistEntry("target", COMPANY, (listed,))])
    hits = index.screen(query, kind=COMPANY)
    assert hits and hits[0].entry_id == "target"


def test_acronyms_are_words_in_capitals_only() -> None:
    assert parse_name("ПАО «МКБ»", COMPANY).acronym == "mkb"
    assert parse_name("Gazprom", COMPANY).acronym == ""
    assert parse_name("Mkb", COMPANY).acronym == ""


def test_the_armenian_reading_needs_an_armenian_surname() -> None:
    hassan = parse_name("Hassan Rouhani", PERSON).tokens[0]
    hakob = parse_name("Hakob Arshakyan", PERSON).tokens[0]
    assert hassan.extra == ""
    assert hakob.extra == parse_name("Акоп Аршакян", PERSON).tokens[0].skeleton
