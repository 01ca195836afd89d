"""Organisation names in Chinese characters against their English names (`org_words.tsv`).

A company or institute named in characters is a translation of its English name, word for word:
its words are read in English from the vocabulary's Chinese column, and its gloss is compared
with the English name's as a Russian name's is. The names here are made up.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_translated_organisations import INDEX, both_ways

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.screening import DEFAULT_THRESHOLD
from kordon.risk.screening.chinese import company_reading, person_reading
from kordon.risk.screening.names import written_parts
from kordon.risk.screening.readings import TRANSLATED, in_two_scripts, readings

COMPANY = WatchlistKind.COMPANY

MATCHES = [
    # Trade words and kinds of body translated, a place as English spells it.
    ("长沙光学材料研究所", "Changsha Research Institute of Optical Materials"),
    ("福州船舶电子有限公司", "Fuzhou Shipbuilding Electronics Co., Ltd."),
    ("昆明航空航天大学", "Kunming University of Aeronautics and Astronautics"),
    ("杭州防务系统技术有限公司", "Hangzhou Defence Systems Technology Co., Ltd."),
    ("成都化学物理研究所", "Chengdu Institute of Chemical Physics"),
    # Traditional characters, and the forms Japanese writes (集団, 株式会社).
    ("台北電子技術研究所", "Taipei Research Institute of Electronics Technology"),
    ("青島機器人集団公司", "Qingdao Robotics Group Company"),
    # A distinctive name in Pinyin beside translated words, and a Japanese legal form.
    ("星河精密机械株式会社", "Xinghe Precision Machinery Co., Ltd."),
    ("IHX宇航株式会社", "IHX Aerospace Co., Ltd."),
]

NON_MATCHES = [
    # Two institutes sharing only generic words and a place.
    ("长沙光学材料研究所", "Changsha Research Institute of Marine Engines"),
    ("成都化学物理研究所", "Chengdu University of Aeronautics"),
    # Sister companies: one name, another trade.
    ("IHX宇航株式会社", "IHX Jet Service Co., Ltd."),
    ("星河精密机械株式会社", "Xinghe Maritime Systems Co., Ltd."),
    ("福州船舶电子有限公司", "Fuzhou Special Vehicles Co., Ltd."),
    # A kind of body and one translated word shared, each name with words of its own.
    ("杭州防务系统技术有限公司", "Nanning Defense Laboratory"),
]


@pytest.mark.parametrize(("a", "b"), MATCHES)
def test_a_name_in_characters_meets_its_english_name(a: str, b: str) -> None:
    assert min(both_ways(a, b)) >= DEFAULT_THRESHOLD, both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), NON_MATCHES)
def test_two_bodies_sharing_generic_words_stay_apart(a: str, b: str) -> None:
    assert max(both_ways(a, b)) < DEFAULT_THRESHOLD, both_ways(a, b)


def test_the_vocabulary_cuts_a_run_into_english_words() -> None:
    assert company_reading("长沙光学材料研究所") == [
        "changsha", "optics", "materials", "research", "institute",
    ]  # fmt: skip
    # Words the vocabulary lacks are read in Pinyin, joined as one distinctive name.
    assert company_reading("星河精密机械") == ["xinghe", "precision", "machinery"]


def test_a_name_in_characters_is_read_as_a_translation() -> None:
    assert any(r.reading == TRANSLATED for r in readings("成都化学物理研究所", COMPANY))


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("星河精密株式会社", "星河精密"),
        ("星河精密有限会社", "星河精密"),
        ("Xinghe Seimitsu Kabushiki Kaisha", "Xinghe Seimitsu"),
        ("Xinghe Seimitsu Yugen Kaisha", "Xinghe Seimitsu"),
    ],
)
def test_japanese_legal_forms_are_legal_forms(name: str, bare: str) -> None:
    assert written_parts(name) == written_parts(bare)


def test_a_person_in_characters_reads_as_before() -> None:
    # 高科 and 海洋 are words of the vocabulary; in a person's name they are syllables.
    assert person_reading("高科技") == "gao keji"
    assert person_reading("海洋") == "hai yang"
    assert INDEX.score_name("海洋", "Hai Yang", WatchlistKind.PERSON) >= DEFAULT_THRESHOLD


# A list prints a company's name in Latin letters with its name in characters in brackets.
IN_TWO_SCRIPTS = "Harbin Marine Electronics Institute (哈尔滨海洋电子研究所)"
TRADING = "Xinghe Trading Co., Ltd. (星河贸易有限公司)"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (IN_TWO_SCRIPTS, "HARBIN MARINE ELECTRONIC INSTITUTE"),
        (IN_TWO_SCRIPTS, "哈尔滨海洋电子研究所"),
        (TRADING, "XINGHE TRADING COMPANY"),
        (TRADING, "Xinghe Trade LLC"),
    ],
)
def test_a_name_in_two_scripts_meets_either_form(a: str, b: str) -> None:
    assert min(both_ways(a, b)) >= DEFAULT_THRESHOLD, both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (IN_TWO_SCRIPTS, "Harbin Optical Materials Institute"),
        (IN_TWO_SCRIPTS, "哈尔滨光学材料研究所"),
        (TRADING, "Tianhe Trading Co., Ltd."),
        (TRADING, "天河贸易有限公司"),
    ],
)
def test_a_name_in_two_scripts_stays_apart_from_another(a: str, b: str) -> None:
    assert max(both_ways(a, b)) < DEFAULT_THRESHOLD, both_ways(a, b)


def test_the_two_forms_are_taken_apart() -> None:
    assert in_two_scripts(TRADING) == ("Xinghe Trading Co., Ltd.", "星河贸易有限公司")
    assert in_two_scripts("星河贸易有限公司") == ()
    assert in_two_scripts("Xinghe Trading (Harbin) Co., Ltd.") == ()
    assert in_two_scripts("星河贸易 (哈尔滨)") == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A university named by its city and a word in Pinyin, and the city's own university.
        ("福州理工大学", "福州大学"),
        ("昆明交通大学", "Kunming University"),
        # A translated word beside the kind of body, against a name of place and kind alone.
        ("长沙工程大学", "Changsha University"),
        ("长沙工程大学", "长沙大学"),
        # A university of an academy, and the academy.
        ("杭州防务研究院大学", "杭州防务研究院"),
        # A distinctive name in Pinyin, and a word the vocabulary lacks, left over.
        ("大连星河研究所", "大连研究所"),
        ("青岛研究所", "Qingdao Research Institute of Acoustics"),
    ],
)
def test_a_body_is_not_its_citys_body_of_that_kind(a: str, b: str) -> None:
    assert max(both_ways(a, b)) < DEFAULT_THRESHOLD, both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A place in brackets is where the company is, no name of its own.
        ("Qinghe Machinery Co., Ltd. (上海)", "Shanghai Ltd"),
        ("Qinghe Machinery Co., Ltd. (台湾)", "台湾有限公司"),
        ("Qinghe Machinery Co., Ltd. (福州)", "Fuzhou Holdings Ltd"),
        # An acronym beside the name in characters is not read alone, by its consonants.
        ("HRNET (昆明光学研究所)", "HORNET"),
        ("HRNET (昆明光学研究所)", "HORNET TRADING LLC"),
        ("KMRT Ltd (昆明光学研究所)", "KAMRAT LLC"),
    ],
)
def test_a_bracket_is_read_alone_only_when_it_names_the_company(a: str, b: str) -> None:
    assert max(both_ways(a, b)) < DEFAULT_THRESHOLD, both_ways(a, b)


def test_an_acronym_with_its_name_in_characters_meets_the_name() -> None:
    assert min(both_ways("HRNET (昆明光学研究所)", "昆明光学研究所")) >= DEFAULT_THRESHOLD
    assert in_two_scripts("HRNET (昆明光学研究所)") == ("昆明光学研究所",)


def test_only_characters_naming_a_body_are_taken_apart() -> None:
    assert in_two_scripts("Qinghe Machinery (上海有限公司)") == ()
    # Latin words in the bracket: a former name, not the name in characters.
    assert in_two_scripts("Qinghe Machinery (formerly 星河机械有限公司)") == ()
    assert in_two_scripts("Qinghe Machinery (星河机械有限公司)") == (
        "Qinghe Machinery",
        "星河机械有限公司",
    )
    # An open bracket with no closing one is no bracket.
    assert in_two_scripts("Qinghe (" + "星河" * 50) == ()
