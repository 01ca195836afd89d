"""Short names: a company name of one short distinctive word, a name of three letters, and a
three-letter acronym.

One short word says which company it is by its spelling alone: a first consonant apart
(DALSO, KALSO) or two consonants read alike (KOCHAN, GANI) is another company, and two names of
three letters a vowel apart (TOR, TAR) are two names. Vowels written otherwise (VELOR, VALOR),
a vowel in front (SPAN, ASPAN), an ending more (TOLAN, TOLANE), a letter apart further on
(KORZA, KORSA), consonants written otherwise for one sound (RK BANK, RC BANK) and names in
another script (ДАЛСО, DALSO) still meet. A three-letter acronym stands for a name up to its
last word but one, a legal form in front aside (KAM, PJSC KARUN AVIATION MACHINERY), not for
the head of a longer name (KAM, KARUN AVIATION MACHINERY RESEARCH CENTER).
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.acronyms import stands_for

COMPANY = WatchlistKind.COMPANY
PERSON = WatchlistKind.PERSON

MATCHES = [
    ("vowels written otherwise", "VELOR", COMPANY, "VALOR"),
    ("vowels written otherwise, first one too", "ORSAN", COMPANY, "ARSAN"),
    ("a vowel in front", "SPAN", COMPANY, "ASPAN"),
    ("an ending more", "TOLAN", COMPANY, "TOLANE"),
    ("a letter apart further on", "KORZA", COMPANY, "KORSA"),
    ("vowels written otherwise, a longer word", "SOOREH", COMPANY, "SUREH"),
    ("a short word a vowel apart beside a generic word", "BANK DAY", COMPANY, "BANK DEY"),
    ("a three-letter name against its spelling with a vowel", "NRA", COMPANY, "NORA"),
    ("consonants written otherwise for one sound", "RK BANK", COMPANY, "RC BANK"),
    ("three letters with consonants written otherwise", "AO IFK", COMPANY, "JSC IFC"),
    ("one word in Cyrillic", "ДАЛСО", COMPANY, "DALSO"),
    ("a three-letter name spelt the same", "TOR", COMPANY, "TOR"),
    ("an acronym after a legal form", "KAM", COMPANY, "PJSC KARUN AVIATION MACHINERY"),
    ("an acronym before one word", "KAM", COMPANY, "KARUN AVIATION MACHINERY COMPANY"),
]

NON_MATCHES = [
    ("a first consonant apart", "DALSO", COMPANY, "KALSO"),
    ("a first consonant apart, a legal form beside", "DALSO S.A.", COMPANY, "KALSO"),
    ("a first consonant apart, another letter", "BORTA", COMPANY, "NORTA"),
    ("a voiced first consonant", "SELMA", COMPANY, "ZELMA"),
    ("two consonants read alike", "KOCHAN", COMPANY, "GANI"),
    ("two consonants read alike, another spelling", "CACHAR", COMPANY, "GERA"),
    ("three letters a vowel apart", "TOR", COMPANY, "TAR"),
    ("three letters a vowel apart, another name", "BEK", COMPANY, "BAK"),
    ("a person's name of three letters a vowel apart", "NUR", PERSON, "NOR"),
    (
        "an acronym of a name's head",
        "KAM",
        COMPANY,
        "KARUN AVIATION MACHINERY RESEARCH CENTER",
    ),
]

CASES = [(case, name, kind, entry, True) for case, name, kind, entry in MATCHES] + [
    (case, name, kind, entry, False) for case, name, kind, entry in NON_MATCHES
]


@pytest.mark.parametrize(("case", "name", "kind", "entry", "alert"), CASES)
def test_short_names_meet_by_their_spelling(
    case: str, name: str, kind: WatchlistKind, entry: str, alert: bool
) -> None:
    index = ScreeningIndex.build([WatchlistEntry("listed", kind, (entry,))])
    assert ("listed" in matched(index, name, kind)) is alert, case


@pytest.mark.parametrize(
    ("acronym", "letters", "distinctive", "expected"),
    [
        ("kam", "kam", (0, 3), True),
        ("kam", "kamc", (0, 3), True),
        ("kam", "pkam", (1, 4), True),
        ("kam", "kamrc", (0, 3), False),
        ("kamrc", "kamrcx", (0, 5), True),
    ],
)
def test_a_three_letter_acronym_stops_at_most_one_word_short(
    acronym: str, letters: str, distinctive: tuple[int, int], expected: bool
) -> None:
    assert stands_for(acronym, ((letters, *distinctive),)) is expected
