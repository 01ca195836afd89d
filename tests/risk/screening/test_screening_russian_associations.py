"""Russian associations of enterprises: НПО (research and production association) and
объединение, as registered names keep them and lists abbreviate or translate them.

Both directions: another published name of one company matches; another company of the same
kind, or one with a distinctive word more, does not.
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
        "zvezda", COMPANY, ("AKTSIONERNOE OBSHCHESTVO NAUCHNO-PROIZVODSTVENNOE OBEDINENIE ZVEZDA",)
    ),
    WatchlistEntry(
        "kristall",
        COMPANY,
        ("OTKRYTOE AKTSIONERNOE OBSHCHESTVO PROIZVODSTVENNOE OBEDINENIE KRISTALL",),
    ),
    WatchlistEntry("others", COMPANY, ("NOVATOR OOO", "KRISTALL BANK")),
]

MATCHES = [
    ("НПО abbreviated", "NPO ZVEZDA, AO", "zvezda"),
    ("НПО abbreviated after the name", "ZVEZDA NPO OAO", "zvezda"),
    ("translated", "JSC RESEARCH AND PRODUCTION ASSOCIATION ZVEZDA", "zvezda"),
    ("объединение translated as amalgamation", "OJSC PRODUCTION AMALGAMATION KRISTALL", "kristall"),
    ("объединение translated as association", "OJSC PRODUCTION ASSOCIATION KRISTALL", "kristall"),
]

NON_MATCHES = [
    ("another association", "NPO ORION, AO", "zvezda"),
    ("a distinctive word more", "NPO ZVEZDA-AVIA, AO", "zvezda"),
    (
        "a distinctive word more, translated",
        "PRODUCTION ASSOCIATION KRISTALL-NEFT OJSC",
        "kristall",
    ),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "expected"), MATCHES)
def test_one_association_written_two_ways_matches(
    index: ScreeningIndex, case: str, name: str, expected: str
) -> None:
    assert expected in matched(index, name, COMPANY), case


@pytest.mark.parametrize(("case", "name", "entry"), NON_MATCHES)
def test_another_company_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    assert entry not in matched(index, name, COMPANY), case


def test_npo_is_a_kind_of_body_in_a_russian_name_and_a_form_elsewhere() -> None:
    russian = parse_name("NPO ZVEZDA, AO", COMPANY)
    assert [t.key for t in russian.tokens] == ["research", "production", "asociation", "zvezda"]
    assert russian.legal_form == "jsc"
    assert parse_name("Greenpeace NPO", COMPANY).legal_form == "ngo"
