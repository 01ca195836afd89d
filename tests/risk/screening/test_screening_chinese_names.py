"""Names in Chinese characters, read word by word as the lists write them in Pinyin.

Both directions: a company in characters meets its English name and the English name meets it,
a person's name in characters meets it written family name first or last; a branch or sister
company that differs in its distinctive words, and another person of the family, do not.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.chinese import PLACES, company_reading, person_reading
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.scorer import DEFAULT_THRESHOLD, compare

COMPANY = WatchlistKind.COMPANY
PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("huaxing-hangzhou", COMPANY, ("宁波华兴工程集团股份有限公司杭州分公司",)),
    WatchlistEntry("yuanhang", COMPANY, ("广东远航物流有限公司",)),
    WatchlistEntry("hongda", COMPANY, ("SHANDONG HONGDA TRADING CO., LTD.",)),
    WatchlistEntry("lanxin", COMPANY, ("香港蓝鑫貿易有限公司",)),
    WatchlistEntry("li-minghua", PERSON, ("李明华",)),
    WatchlistEntry("ouyang-jianhua", PERSON, ("JIANHUA OUYANG",)),
    WatchlistEntry(
        "others",
        COMPANY,
        ("NINGBO TIANYI MACHINERY CO., LTD.", "HEBEI YUANHANG LOGISTICS CO., LTD."),
    ),
]

MATCHES = [
    (
        "a branch, characters against English",
        "HANGZHOU BRANCH OF NINGBO HUAXING ENGINEERING GROUP CO., LTD.",
        COMPANY,
        "huaxing-hangzhou",
    ),
    (
        "a company, characters against English",
        "GUANGDONG YUANHANG LOGISTICS CO., LTD.",
        COMPANY,
        "yuanhang",
    ),
    ("a company, English against characters", "山东宏达贸易有限公司", COMPANY, "hongda"),
    (
        "traditional characters, a place English spells its own way",
        "HONG KONG LANXIN TRADING LIMITED",
        COMPANY,
        "lanxin",
    ),
    ("a person, family name first", "LI MINGHUA", PERSON, "li-minghua"),
    ("a person, family name last", "MINGHUA LI", PERSON, "li-minghua"),
    (
        "a two-character family name, English against characters",
        "欧阳建华",
        PERSON,
        "ouyang-jianhua",
    ),
]

NON_MATCHES = [
    ("a sister branch", "宁波华兴工程集团股份有限公司苏州分公司", COMPANY, "huaxing-hangzhou"),
    (
        "a sister branch in English",
        "SUZHOU BRANCH OF NINGBO HUAXING ENGINEERING GROUP CO., LTD.",
        COMPANY,
        "huaxing-hangzhou",
    ),
    ("another company of the trade and province", "广东远洋物流有限公司", COMPANY, "yuanhang"),
    ("another company, English against characters", "山东宏远贸易有限公司", COMPANY, "hongda"),
    ("another person of the family", "李建国", PERSON, "li-minghua"),
    ("another person of the family in English", "JIANGUO LI", PERSON, "li-minghua"),
]


# Pairs scored alone, as the benchmark scores a pair: sister companies written in characters
# share every generic word, and read as one long word they shared its first syllables too.
SISTERS = [
    (
        "another branch",
        "宁波华兴工程集团股份有限公司杭州分公司",
        "宁波华兴工程集团股份有限公司苏州分公司",
    ),
    ("a word of another character", "广东远航物流有限公司", "广东远洋物流有限公司"),
    ("another trading company", "山东宏达贸易有限公司", "山东宏远贸易有限公司"),
]
SAME = [
    ("a city read otherwise than its characters' commonest readings", "厦门建发集团有限公司",
     "XIAMEN JIANFA GROUP CO., LTD.", COMPANY),
    ("a municipality, traditional", "重慶長安汽車股份有限公司",
     "CHONGQING CHANGAN AUTOMOBILE CO., LTD.", COMPANY),
    ("a person, family name last", "张立新", "LIXIN ZHANG", PERSON),
    ("a person, family name first", "ZHANG LIXIN", "张立新", PERSON),
    ("a branch", "HANGZHOU BRANCH OF NINGBO HUAXING ENGINEERING GROUP CO., LTD.",
     "宁波华兴工程集团股份有限公司杭州分公司", COMPANY),
]  # fmt: skip


@pytest.mark.parametrize(("case", "one", "other"), SISTERS)
def test_sister_companies_in_characters_score_below_the_threshold(
    case: str, one: str, other: str
) -> None:
    found, _ = compare(parse_name(one, COMPANY), parse_name(other, COMPANY), lambda _: 1.0)
    assert found < DEFAULT_THRESHOLD, case


@pytest.mark.parametrize(("case", "one", "other", "kind"), SAME)
def test_one_name_in_characters_and_latin_scores_at_the_threshold(
    case: str, one: str, other: str, kind: WatchlistKind
) -> None:
    found, _ = compare(parse_name(one, kind), parse_name(other, kind), lambda _: 1.0)
    assert found >= DEFAULT_THRESHOLD, case


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of the entries above."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "kind", "expected"), MATCHES)
def test_one_name_in_characters_and_in_latin_matches(
    index: ScreeningIndex, case: str, name: str, kind: WatchlistKind, expected: str
) -> None:
    assert expected in matched(index, name, kind), case


@pytest.mark.parametrize(("case", "name", "kind", "entry"), NON_MATCHES)
def test_another_company_or_person_does_not_match(
    index: ScreeningIndex, case: str, name: str, kind: WatchlistKind, entry: str
) -> None:
    assert entry not in matched(index, name, kind), case


def test_a_company_run_is_read_word_by_word() -> None:
    assert company_reading("大连市政工程有限公司") == [
        "dalian",
        "municipal",
        "engineering",
        "youxiangongsi",
    ]
    name = parse_name("宁波华兴工程集团股份有限公司杭州分公司", COMPANY)
    english = parse_name("NINGBO HUAXING ENGINEERING GROUP HANGZHOU BRANCH", COMPANY)
    assert name.legal_form == "jsc"
    assert [t.key for t in name.tokens] == [t.key for t in english.tokens]


def test_a_person_is_read_family_name_first() -> None:
    assert person_reading("李明华") == "li minghua"
    assert person_reading("欧阳建华") == "ouyang jianhua"
    assert person_reading("单田芳") == "shan tianfang"
    # A foreign name's dotted parts: in Pinyin, or by sound where their characters are the
    # transcription tables' (哈克, `sounds.SOUND` twice, read from characters, before the
    # marked spelling).
    assert person_reading("阿不都·哈克") == "abudou KKhak"


# Places whose characters anyascii reads by their commonest reading, not the place's.
MISREAD_PLACES = {
    "厦门": "xiamen", "廈門": "xiamen", "重庆": "chongqing", "重慶": "chongqing",
    "长春": "changchun", "長春": "changchun", "长沙": "changsha", "長沙": "changsha",
    "喀什": "kashgar", "乌鲁木齐": "urumqi", "烏魯木齊": "urumqi", "呼和浩特": "hohhot",
    "哈尔滨": "harbin", "哈爾濱": "harbin",
}  # fmt: skip


def test_every_place_is_read_as_english_spells_it() -> None:
    for han, english in PLACES.items():
        # One capital a word, as English writes a place (not BeiJing, syllable by syllable).
        assert all(word[0].isupper() and word[1:].islower() for word in english.split()), han
        assert company_reading(han) == english.lower().split(), han
        assert company_reading(han + "有限公司") == [*english.lower().split(), "youxiangongsi"]
    for han, english in MISREAD_PLACES.items():
        assert company_reading(han) == [english], han


def test_a_character_is_read_as_it_reads_in_the_word() -> None:
    assert company_reading("长江航运集团") == ["changjiang", "shipping", "group"]
    assert company_reading("长城重工") == ["changcheng", "heavy", "industry"]
    assert person_reading("王长江") == "wang changjiang"
    assert person_reading("长江") == "chang jiang"
