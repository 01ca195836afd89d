"""Russian and Ukrainian research and production enterprises (НПП, NPP, научно-производственное
предприятие, SCIENTIFIC PRODUCTION ENTERPRISE), Ukrainian joint-stock qualifiers (приватне,
публічне) and the kind of body a name says (a compound, a state
establishment, consulting engineers), as registered names and lists write them.

Both directions: another published name of one company matches; another company of the same
kind, with another distinctive word or a distinctive word more, does not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.names import parse_name

COMPANY = WatchlistKind.COMPANY

ENTRIES = [
    WatchlistEntry(
        "granit",
        COMPANY,
        ("AKTSIONERNOE OBSHCHESTVO NAUCHNO-PROIZVODSTVENNOE PREDPRIYATIE GRANIT",),
    ),
    WatchlistEntry(
        "vektor", COMPANY, ("JOINT STOCK COMPANY SCIENTIFIC PRODUCTION ENTERPRISE VEKTOR",)
    ),
    WatchlistEntry("zenit", COMPANY, ("ПРИВАТНЕ АКЦІОНЕРНЕ ТОВАРИСТВО ЗЕНІТ",)),
    WatchlistEntry("prominvest", COMPANY, ("PJSC PROMINVEST BANK",)),
    WatchlistEntry("tyazhmash", COMPANY, ("SCIENTIFIC INDUSTRIAL CONCERN TYAZHMASH",)),
    WatchlistEntry("sabalan", COMPANY, ("SABALAN INDUSTRIAL COMPOUND",)),
    WatchlistEntry("basra", COMPANY, ("BASRA TRADING STATE COMPANY",)),
    WatchlistEntry("pars", COMPANY, ("PARS TOOS CONSULTING ENGINEERING COMPANY",)),
    WatchlistEntry(
        "others",
        COMPANY,
        ("ORION OOO", "GRANIT BANK", "ZAGROS CEMENT COMPANY", "MOSUL TRADING STATE COMPANY"),
    ),
]

MATCHES = [
    ("НПП abbreviated", "NPP GRANIT, AO", "granit"),
    ("НПП in Cyrillic", "АО НПП «Гранит»", "granit"),
    ("translated", "JSC SCIENTIFIC PRODUCTION ENTERPRISE GRANIT", "granit"),
    ("translated with and", "SCIENTIFIC AND PRODUCTION ENTERPRISE GRANIT JSC", "granit"),
    ("abbreviated against the translation", "NPP VEKTOR, AO", "vektor"),
    (
        "Russian against the translation",
        "AO NAUCHNO-PROIZVODSTVENNOE PREDPRIYATIE VEKTOR",
        "vektor",
    ),
    ("Ukrainian qualifier romanised", "PRYVATNE AKTSIONERNE TOVARYSTVO ZENIT", "zenit"),
    ("Ukrainian form abbreviated", "ПрАТ «Зеніт»", "zenit"),
    (
        "Ukrainian public form romanised",
        "PUBLICHNE AKTSIONERNE TOVARYSTVO PROMINVEST BANK",
        "prominvest",
    ),
    ("a company for a compound", "Sabalan Industrial Company", "sabalan"),
    ("a state establishment for a state company", "BASRA TRADING STATE ESTABLISHMENT", "basra"),
    ("consulting engineers", "PARS TOOS CONSULTING ENGINEERS SSK", "pars"),
]

NON_MATCHES = [
    ("another enterprise", "NPP ORION, AO", "granit"),
    ("a distinctive word more", "NPP GRANIT-ELEKTRON, AO", "granit"),
    ("another enterprise, translated", "SCIENTIFIC PRODUCTION ENTERPRISE VOLNA JSC", "vektor"),
    ("another company, Ukrainian", "PRYVATNE AKTSIONERNE TOVARYSTVO ZORIA", "zenit"),
    ("another bank, Ukrainian", "PUBLICHNE AKTSIONERNE TOVARYSTVO PRAVEX BANK", "prominvest"),
    ("the bank of the name, not the enterprise", "GRANIT BANK", "granit"),
    ("another compound", "Zagros Industrial Compound", "sabalan"),
    ("another city's establishment", "MOSUL TRADING STATE ESTABLISHMENT", "basra"),
    ("other consulting engineers", "PARS NOVIN CONSULTING ENGINEERS", "pars"),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "expected"), MATCHES)
def test_one_enterprise_written_two_ways_matches(
    index: ScreeningIndex, case: str, name: str, expected: str
) -> None:
    assert expected in matched(index, name, COMPANY), case


@pytest.mark.parametrize(("case", "name", "entry"), NON_MATCHES)
def test_another_company_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    assert entry not in matched(index, name, COMPANY), case


def test_scientific_is_research_only_before_production() -> None:
    before = parse_name("SCIENTIFIC PRODUCTION ENTERPRISE VEKTOR", COMPANY)
    assert [t.key for t in before.tokens][:2] == ["research", "production"]
    elsewhere = parse_name("SCIENTIFIC INDUSTRIAL CONCERN TYAZHMASH", COMPANY)
    assert elsewhere.tokens[0].key != "research"


@pytest.mark.parametrize(
    "name", ["JOSEP PRAT", "MIQUEL Y PRAT SA", "PRAT INDUSTRIAL", "TALLERS PRAT SL"]
)
def test_prat_is_a_name_where_nothing_says_ukrainian(name: str) -> None:
    assert "prat" in [t.key for t in parse_name(name, COMPANY).tokens]


def test_a_surname_prat_is_no_legal_form() -> None:
    assert parse_name("JOSEP PRAT", COMPANY).legal_form is None


@pytest.mark.parametrize(
    "name",
    [
        "ПрАТ «Зеніт»",
        "ПРАТ ЗЕНІТ",
        "PRAT ZENIT, PRYVATNE AKTSIONERNE TOVARYSTVO",
        "ZENIT PRAT (AKTSIONERNE TOVARYSTVO)",
    ],
)
def test_prat_is_a_form_in_a_ukrainian_name(name: str) -> None:
    parsed = parse_name(name, COMPANY)
    assert "prat" not in [t.key for t in parsed.tokens]
    assert parsed.legal_form == "jsc"
