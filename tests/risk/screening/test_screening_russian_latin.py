"""Russian company names spelt in Latin letters, adjectives made from places, letters an abjad
spelling would run into a Latin digraph, ؤ read as و, titles with the Arabic article, German
romanisations without w or sch, and the glide after u.

Each class in both directions: another published name of one person or company matches; a
namesake, a relative or another company does not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.names import parse_name

PERSON = WatchlistKind.PERSON
COMPANY = WatchlistKind.COMPANY

ENTRIES = [
    WatchlistEntry("kazan", COMPANY, ("KAZAN OIL REFINERY",)),
    WatchlistEntry("kazan-electronics", COMPANY, ("KAZAN ELECTRONICS",)),
    WatchlistEntry("altai", COMPANY, ("ALTAI BANK FOR RECONSTRUCTION AND DEVELOPMENT",)),
    WatchlistEntry("karimi", PERSON, ("سحر کریمی",)),
    WatchlistEntry("yasin", PERSON, ("معتصم ياسين",)),
    WatchlistEntry("nasser", PERSON, ("الدكتور سامي ناصر",)),
    WatchlistEntry("bondarets", PERSON, ("Бондарец Елена Петровна",)),
    WatchlistEntry("zagoriy", PERSON, ("Юрий Загорий",)),
    WatchlistEntry("suandi", PERSON, ("TUAH SUANDI",)),
    WatchlistEntry("moayyed", PERSON, ("مؤید رضایی",)),
]

MATCHES = [
    ("a place's adjective, Latin", "Kazanskiy NPZ OAO", COMPANY, "kazan"),
    ("a place's adjective, Cyrillic", "ОАО «Казанский НПЗ»", COMPANY, "kazan"),
    (
        "a generic word of a Russian name spelt in Latin, in another case",
        "Kazanskaya Elektronika OOO",
        COMPANY,
        "kazan-electronics",
    ),
    ("и is and", "ПАО «Алтайский банк реконструкции и развития»", COMPANY, "altai"),
    ("ح after س is a letter of its own", "Sahar Karimi", PERSON, "karimi"),
    ("ت before ص is two letters", "Mutasim Yasin", PERSON, "yasin"),
    ("a title written with the article", "Sami Nasser", PERSON, "nasser"),
    ("German z for ц and j for й", "Jelena Bondarez", PERSON, "bondarets"),
    ("German s for з", "Jurij Sahorij", PERSON, "zagoriy"),
    ("the glide after u", "Tuwah Suwandi", PERSON, "suandi"),
    ("ؤ read v", "Movayyed Rezaei", PERSON, "moayyed"),
]

NON_MATCHES = [
    ("another place's adjective", "Samarskiy NPZ OAO", COMPANY, "kazan"),
    (
        "another place, the same generic word",
        "Permskaya Elektronika OOO",
        COMPANY,
        "kazan-electronics",
    ),
    (
        "another bank of the same kind",
        "ПАО «Камчатский банк реконструкции и развития»",
        COMPANY,
        "altai",
    ),
    ("Sher is not سحر", "Sher Karimi", PERSON, "karimi"),
    ("another given name after the title", "Rami Nasser", PERSON, "nasser"),
    ("a relative: another given name", "Olga Bondarez", PERSON, "bondarets"),
    ("another family name", "Jurij Sacharow", PERSON, "zagoriy"),
    ("another family name beside the glide", "Tuwah Sudirman", PERSON, "suandi"),
    ("another given name beside ؤ", "Mahmud Rezaei", PERSON, "moayyed"),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "kind", "expected"), MATCHES)
def test_one_name_written_two_ways_matches(
    index: ScreeningIndex, case: str, name: str, kind: WatchlistKind, expected: str
) -> None:
    assert expected in matched(index, name, kind), case


@pytest.mark.parametrize(("case", "name", "kind", "entry"), NON_MATCHES)
def test_another_person_or_company_does_not_match(
    index: ScreeningIndex, case: str, name: str, kind: WatchlistKind, entry: str
) -> None:
    assert entry not in matched(index, name, kind), case


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("Uralskiy Bank OAO", ["ural", "bank"]),
        ("Novosibirskoye Obyedineniye Luch OOO", ["novosibir", "asociation", "luch"]),
        ("NOVOSIBIRSK LUCH", ["novosibir", "luch"]),
        # Too short a place to take its -sk off (Minsk, Omsk).
        ("Minskiy Zavod OAO", ["minski", "plant"]),
        ("Fond Razvitiya i Investitsiy OAO", ["fund", "development", "and", "investment"]),
    ],
)
def test_russian_company_words_read_in_english(name: str, keys: list[str]) -> None:
    tokens = parse_name(name, COMPANY).tokens
    assert [t.key for t in tokens] == keys
