"""A company or group named once with its descriptor and once without, or with it translated.

Lists write one body's name with or without the word for its kind (industry, agency,
movement, command, network), with a capital or country it sits in (TEHRAN, PAKISTAN), with a
Russian descriptor translated (MEKHANICHESKI ZAVOD, MECHANICAL PLANT; DENGI, MONEY;
STRAKHOVANIE, INSURANCE) and with a Persian joint-stock form romanised (SHERKAT SAHAMI KHASS,
SSK). Both directions: another published name of one body matches; another body of the same
kind, another distinctive word, or the same group's company in another country does not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.names import parse_name

COMPANY = WatchlistKind.COMPANY

ENTRIES = [
    WatchlistEntry("koral", COMPANY, ("KORAL INDUSTRY CO., LTD.",)),
    WatchlistEntry("nasr", COMPANY, ("Nasr Relief Agency",)),
    WatchlistEntry("nur", COMPANY, ("HARAKAT NUR AL-DIN",)),
    WatchlistEntry("zulfiqar", COMPANY, ("ZULFIQAR BRIGADES COMMAND",)),
    WatchlistEntry(
        "izhevsk", COMPANY, ("OTKRYTOE AKTSIONERNOE OBSHCHESTVO IZHEVSKI MEKHANICHESKI ZAVOD",)
    ),
    WatchlistEntry("kvant", COMPANY, ("KVANT.DENGI OOO",)),
    WatchlistEntry("rosa", COMPANY, ("ROSA STRAKHOVANIE OOO",)),
    WatchlistEntry("sepehr", COMPANY, ("SEPEHR SANAT CO. TEHRAN",)),
    WatchlistEntry("parsian", COMPANY, ("SHERKAT SAHAMI KHASS PARSIAN TOOS",)),
    WatchlistEntry("miras", COMPANY, ("MIRAS BANK (ARMENIA), CJSC",)),
    WatchlistEntry("others", COMPANY, ("KORAL MARINE CO., LTD.", "NOOR RELIEF AGENCY")),
]

MATCHES = [
    ("industry left out", "KORAL", "koral"),
    ("industry left out, a legal form more", "KORAL CO., LTD.", "koral"),
    ("agency written association", "Nasr Relief Association", "nasr"),
    ("movement translated from harakat", "Nur al-Din Movement", "nur"),
    ("command left out", "Zulfiqar Brigades", "zulfiqar"),
    ("mechanical plant translated", "OPEN JOINT STOCK COMPANY IZHEVSK MECHANICAL PLANT", "izhevsk"),
    ("money translated", "KVANT.MONEY LLC", "kvant"),
    ("insurance translated", "ROSA INSURANCE LLC", "rosa"),
    ("the capital left out", "SEPEHR SANAT COMPANY", "sepehr"),
    ("Persian form as English", "PARSIAN TOOS JSC", "parsian"),
    ("Persian form abbreviated", "PARSIAN TOOS CO SSK", "parsian"),
    ("the country added", "MIRAS BANK", "miras"),
]

NON_MATCHES = [
    ("another distinctive word", "KORAL MARINE", "koral"),
    ("another agency", "Nasr Media Agency", "nasr"),
    ("another movement", "Nur al-Sham Movement", "nur"),
    ("another plant of the same city", "IZHEVSK ELECTRICAL ENGINEERING PLANT OJSC", "izhevsk"),
    ("another city, one distinctive word more", "SEPEHR SANAT ISFAHAN", "sepehr"),
    ("the same bank in another country", "MIRAS BANK (BELARUS), CJSC", "miras"),
    ("the same bank in another country, the first written", "MIRAS BANK (UKRAINE)", "miras"),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "expected"), MATCHES)
def test_one_body_written_with_and_without_its_descriptor_matches(
    index: ScreeningIndex, case: str, name: str, expected: str
) -> None:
    assert expected in matched(index, name, COMPANY), case


@pytest.mark.parametrize(("case", "name", "entry"), NON_MATCHES)
def test_another_body_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    assert entry not in matched(index, name, COMPANY), case


def test_the_persian_form_romanised_is_a_legal_form_whole() -> None:
    # Sherkat (company) stays a generic word of the name; no part of the form is left over.
    parsed = parse_name("SHERKAT SAHAMI KHASS PARSIAN TOOS", COMPANY)
    assert parsed.legal_form == "jsc"
    assert [t.key for t in parsed.tokens] == ["compani", "parsian", "tos"]
    abbreviated = parse_name("PARSIAN TOOS CO SSK", COMPANY)
    assert abbreviated.legal_form == "jsc"
    assert [t.key for t in abbreviated.tokens] == ["parsian", "tos", "co"]
