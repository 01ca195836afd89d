"""Chinese names in characters read in Wade-Giles as well as in Pinyin, as Taiwan writes them
(陳志明 = Chen Chih-ming), with the family names in the spellings Taiwan keeps (李 Lee), and a
given name written with a hyphen (Chih-ming) joined, as Pinyin joins it (Zhiming).

Both directions: a name in characters meets its Wade-Giles form, family name first or last, and
a Wade-Giles name meets it in characters; another given name or another family name does not,
and a Korean given name written with a hyphen (Chang-ho) is still read syllable by syllable.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import DEFAULT_THRESHOLD, ScreeningIndex
from kordon.risk.screening.names import parse_name

PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("chen", PERSON, ("陳志明",)),
    WatchlistEntry("huang", PERSON, ("黃淑芬",)),
    WatchlistEntry("li", PERSON, ("李建國",)),
    WatchlistEntry("zhang", PERSON, ("张家豪",)),
    WatchlistEntry("xu", PERSON, ("許文雄",)),
    WatchlistEntry("cai-latin", PERSON, ("TSAI, Cheng-hsien",)),
    WatchlistEntry("ri", PERSON, ("RI Chang-ho",)),
    WatchlistEntry("others", PERSON, ("林美玲", "Wang Xiaodong")),
]

MATCHES = [
    ("Wade-Giles, family name first", "Chen Chih-ming", "chen"),
    ("Wade-Giles, family name last", "Chih-ming Chen", "chen"),
    ("Wade-Giles, list form", "CHEN, Chih-Ming", "chen"),
    ("Pinyin still", "Chen Zhiming", "chen"),
    ("Wade-Giles sh and f", "Huang Shu-fen", "huang"),
    ("a Taiwanese family name: Lee", "Lee Chien-kuo", "li"),
    ("Wade-Giles of simplified characters", "Chang Chia-hao", "zhang"),
    ("Wade-Giles hs", "Hsu Wen-hsiung", "xu"),
    ("characters against Wade-Giles", "蔡正賢", "cai-latin"),
]

NON_MATCHES = [
    ("another given name, one family name", "Chen Chih-hung", "chen"),
    ("another family name, one given name", "Lin Chih-ming", "chen"),
    ("another given name of Lee", "Lee Chien-chung", "li"),
    ("another given name in characters", "蔡正雄", "cai-latin"),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "expected"), MATCHES)
def test_characters_and_wade_giles_match(
    index: ScreeningIndex, case: str, name: str, expected: str
) -> None:
    assert expected in matched(index, name, PERSON), case


@pytest.mark.parametrize(("case", "name", "entry"), NON_MATCHES)
def test_another_person_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    listed = index.entry(entry).names[0]
    assert index.score_name(name, listed, PERSON) < DEFAULT_THRESHOLD, case
    assert entry not in matched(index, name, PERSON), case


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("Chen Chih-ming", ["chen", "chihming"]),
        ("Kun-tse Lee", ["kuntse", "le"]),
        # Korean syllables stay apart: no Chinese spelling among them.
        ("RI Chang-ho", ["ri", "chang", "ho"]),
        ("Kim Jong-un", ["kim", "jong", "un"]),
        # Not Chinese syllables.
        ("Jean-Paul Sartre", ["jean", "paul", "sartre"]),
    ],
)
def test_a_chinese_given_name_with_a_hyphen_is_one_word(name: str, keys: list[str]) -> None:
    assert [t.key for t in parse_name(name, PERSON).tokens] == keys


def test_a_name_in_characters_is_read_in_pinyin_and_wade_giles() -> None:
    family, given = parse_name("許智傑", PERSON).tokens
    assert family.key == parse_name("Xu", PERSON).tokens[0].key
    assert parse_name("Hsu", PERSON).tokens[0].skeleton in family.readings()
    assert given.key == parse_name("Zhijie", PERSON).tokens[0].key
    assert parse_name("Chihchieh", PERSON).tokens[0].skeleton in given.readings()
