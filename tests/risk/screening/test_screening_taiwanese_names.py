"""Chinese names in characters read in Wade-Giles as well as in Pinyin, as Taiwan writes them
(陳志明 = Chen Chih-ming), with the family names in the spellings Taiwan keeps (李 Lee), and a
given name written with a hyphen (Chih-ming) joined, as Pinyin joins it (Zhiming).

Both directions: a name in characters meets its Wade-Giles form, family name first or last, and
a Wade-Giles name meets it in characters; another given name or another family name does not,
and a Korean given name written with a hyphen (Chang-ho) is still read syllable by syllable.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.name_classes import class_tests

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
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


index, test_one_name_written_two_ways_matches, test_another_person_does_not_match = class_tests(
    ENTRIES, MATCHES, NON_MATCHES
)


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
