"""Arabic compound given names written in one word or with their second half apart (Saif
Ullah, Saifullah; Zia ur Rahman, Ziaurrahman; Nur al-Din, Nuruddin), 'Abd, the head of
another compound, against a name one letter longer across scripts, and letters an abjad and a
Latin spelling write differently: ذ and ظ as th or dh and as z, the alif Persian and Arabic
put before a foreign name's s and a stop, the French soft g, and Abdullah with a family
name's ending written as one word.

Each class in both directions: another published name of one person matches; a namesake or a
given name alone does not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import DEFAULT_THRESHOLD, ScreeningIndex
from kordon.risk.screening.names import parse_name

PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("juma", PERSON, ("NAJIBULLAH MUHAMMAD JUMA",)),
    WatchlistEntry("zahir", PERSON, ("SHAMSURRAHMAN ABDUL ZAHIR",)),
    WatchlistEntry("farooqi", PERSON, ("ZIA-UR-RAHMAN FAROOQI",)),
    WatchlistEntry("noori", PERSON, ("Obaidullah Noori Yar Mohammad",)),
    WatchlistEntry("siraj", PERSON, ("JALALUDDIN HAQQANI SIRAJ",)),
    WatchlistEntry("barakzai", PERSON, ("KHEIRULLAH BARAKZAI KHUDAI NAZAR",)),
    WatchlistEntry("akhund", PERSON, ("عبدالرزاق آخوند",)),
    WatchlistEntry("akhunds", PERSON, ("Mohammad Akhund", "Hassan Akhund", "Abdul Ghani Akhund")),
    WatchlistEntry("jubouri", PERSON, ("ناظم كاظم الجبوري",)),
    WatchlistEntry("hafiz", PERSON, ("HAFIZ, Abu Hamza",)),
    WatchlistEntry("petrosyan", PERSON, ("استپان پطروسیان",)),
    WatchlistEntry("nakhle", PERSON, ("جورج نخلة",)),
    WatchlistEntry("abdullayev", PERSON, ("جاوید عبداللهیف",)),
    WatchlistEntry("others", PERSON, ("Nabil Saadeh", "Karim Haddad")),
]

# A compound written apart in a short form of a longer name: found whole only once the two
# halves are one name.
MATCHES = [
    ("Ullah written apart", "Najib Ullah Juma", "juma"),
    ("ur-Rahman written apart", "Shams ur-Rahman Zahir", "zahir"),
    ("al-Rahman, the article before a sun letter", "Diya al-Rahman Farooqi", "farooqi"),
    ("Ullah written apart, given and family name", "Obaid Ullah Noori", "noori"),
    ("ud-Din written apart", "Jalal ud-Din Haqqani", "siraj"),
    ("Ullah after a three-letter half", "Khair Ullah Barakzai", "barakzai"),
    ("ظ written th", "Nathim Kathim al-Jubouri", "jubouri"),
    ("ظ written z", "Nazim Kazim al-Jubouri", "jubouri"),
    ("th and z in Latin", "HAFITH, Abu Hamza", "hafiz"),
    ("an alif before s and a stop", "Stepan Petrosyan", "petrosyan"),
    ("a French g before a silent e", "Georges Nakhle", "nakhle"),
    ("Abdullah with a family name's ending, one word", "Javid Abdullayev", "abdullayev"),
]

NON_MATCHES = [
    ("another family name", "Najib Ullah Rahmani", "juma"),
    ("the compound given name alone", "Shams ur-Rahman", "zahir"),
    ("another compound on the same half", "Badr ud-Din Haqqani", "siraj"),
    ("Obaidullah is not 'Abd al-Razzaq", "Obaidullah Akhund", "akhund"),
    ("Obaid Ullah is not 'Abd al-Razzaq", "Obaid Ullah Akhund", "akhund"),
    ("another given name beside ظ", "Salim Kathim al-Jubouri", "jubouri"),
    ("another kunya beside th", "HAFITH, Abu Bakr", "hafiz"),
    ("another family name after the alif", "Stepan Sargsyan", "petrosyan"),
    ("another family name after Georges", "Georges Haddad", "nakhle"),
    ("another family name built on 'Abd", "Javid Abdurahmanov", "abdullayev"),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "expected"), MATCHES)
def test_one_compound_written_two_ways_matches(
    index: ScreeningIndex, case: str, name: str, expected: str
) -> None:
    assert expected in matched(index, name, PERSON), case


@pytest.mark.parametrize(("case", "name", "entry"), NON_MATCHES)
def test_another_person_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    listed = index.entry(entry).names[0]
    assert index.score_name(name, listed, PERSON) < DEFAULT_THRESHOLD, case


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("Saif Ullah Hamdard", ["saifula", "hamdard"]),
        ("Zia ur-Rahman", ["ziaurahman"]),
        ("Saif al-Din", ["saifadin"]),
        # A first half that is a compound already starts a name of its own.
        ("Hamdullah Allah Noor", ["hamdula", "ala", "nor"]),
        # Abd al-Rahman is read by the Abd rule; the family name before a comma keeps its own.
        ("Abd al-Rahman", ["abd", "al", "rahman"]),
        ("MATIN, Allah Dad", ["matin", "ala", "dad"]),
    ],
)
def test_compound_halves_written_apart_are_joined(name: str, keys: list[str]) -> None:
    assert [t.key for t in parse_name(name, PERSON).tokens] == keys
