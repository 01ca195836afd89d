"""Foreign names written by their sound in katakana and in Chinese characters (`sounds`).

Both directions: a name in katakana or in transcription characters meets its Latin form and
the Latin form meets it; a native Chinese name is read as before and meets no unrelated Latin
name; another person, or a company sharing only generic words, does not match. The names are
made up.
"""

from __future__ import annotations

import pytest
from tests.risk.screening.name_classes import class_tests

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import DEFAULT_THRESHOLD, ScreeningIndex
from kordon.risk.screening.kana import reading
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.transcription import transcribed

PERSON, COMPANY = WatchlistKind.PERSON, WatchlistKind.COMPANY

ENTRIES = [
    WatchlistEntry("lebedev", PERSON, ("Viktor Lebedev",)),
    WatchlistEntry("haddad", PERSON, ("HADDAD, Omar",)),
    WatchlistEntry("valdez", PERSON, ("ロベルト・バルデス",)),
    WatchlistEntry("kostopoulos", PERSON, ("安德烈亚斯·科斯托普洛斯",)),
    WatchlistEntry("mirabela", PERSON, ("米拉贝拉",)),
    WatchlistEntry("farouk", PERSON, ("Khalid Farouk",)),
    WatchlistEntry("wang", PERSON, ("王建国",)),
    WatchlistEntry("lin", PERSON, ("林安东",)),
    WatchlistEntry("others", PERSON, ("Ivan Petrov", "Kenji Watanabe", "Li Ming")),
]

MATCHES = [
    ("katakana: ヴ v, ル a final l, ベ b, フ f", "ヴィクトル・レベデフ", "lebedev"),
    ("katakana: ッ doubling, ー length, ド d", "オマル・ハッダード", "haddad"),
    ("katakana: ファ fa, ール ru for ou", "ハーリド・ファールーク", "farouk"),
    ("Latin against katakana: b for v, ル l, ス z", "Roberto Valdez", "valdez"),
    ("Latin inverted against katakana", "VALDEZ, Roberto", "valdez"),
    ("dotted characters: 德 d, 烈 re, 斯 s", "Andreas Kostopoulos", "kostopoulos"),
    ("Latin inverted against characters", "Kostopoulos Andreas", "kostopoulos"),
    ("characters against katakana", "アンドレアス・コストプロス", "kostopoulos"),
    ("an undotted run of four: 拉 ra and la", "Mirabela", "mirabela"),
    ("characters against Latin: 夫 v, 维 v", "维克托·列别杰夫", "lebedev"),
]

NON_MATCHES = [
    ("another family name, one given name in katakana", "ヴィクトル・ペトロフ", "lebedev"),
    ("another given name in katakana", "ユスフ・ハッダード", "haddad"),
    ("another family name in characters", "安德烈亚斯·帕帕多普洛斯", "kostopoulos"),
    ("a native name against a Latin one of its letters", "Wayne Jensen", "wang"),
    ("a native name of transcription characters against a foreign one", "Linda Anton", "lin"),
]

index, test_one_name_written_two_ways_matches, test_another_person_does_not_match = class_tests(
    ENTRIES, MATCHES, NON_MATCHES
)

COMPANIES = ScreeningIndex.build(
    [
        WatchlistEntry("c1", COMPANY, ("Dalmoran Technologies Ltd",)),
        WatchlistEntry("c2", COMPANY, ("凯斯特雷尔系统公司",)),
        WatchlistEntry("c3", COMPANY, ("Meridian Systems Inc.",)),
        WatchlistEntry("c4", COMPANY, ("Northbay Technologies",)),
    ]
)


def _both_ways(a: str, b: str) -> list[float]:
    return [COMPANIES.score_name(a, b, COMPANY), COMPANIES.score_name(b, a, COMPANY)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("达尔莫兰科技公司", "Dalmoran Technologies Ltd"),
        ("凯斯特雷尔系统公司", "Kestrel Systems"),
        ("ダルモラン・テクノロジーズ", "Dalmoran Technologies"),
        # Parted by a dot, a run of native-looking characters is a foreign name's part too.
        ("达里安·基南贸易公司", "Darian Keenan Trading Company"),
    ],
)
def test_a_company_named_by_sound_meets_its_latin_name(a: str, b: str) -> None:
    assert min(_both_ways(a, b)) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("达尔莫兰科技公司", "Northbay Technologies"),
        ("凯斯特雷尔系统公司", "Meridian Systems Inc."),
        ("诺瓦克科技公司", "Dalmoran Technologies Ltd"),
    ],
)
def test_companies_sharing_only_generic_words_stay_apart(a: str, b: str) -> None:
    assert max(_both_ways(a, b)) < DEFAULT_THRESHOLD


def test_a_company_found_through_the_list_by_sound() -> None:
    found = [hit.entry_id for hit in COMPANIES.screen("Kestrel Systems", COMPANY)]
    assert "c2" in found


def test_katakana_is_read_by_its_syllables() -> None:
    # Markers for the letters katakana does not tell apart; a final vowel it adds dropped.
    assert reading("モハメド・ナジル", str) == "Kmohamed KnaJiL"
    assert reading("ティナ・ウィルソン", str) == "Ktina KwiLuTon"
    # Half width, and other letters in the word read as they are.
    assert reading("ﾃｨﾅ", str) == "Ktina"
    assert reading("ACMEジェット", str.lower) == "acme KJet"


@pytest.mark.parametrize(
    ("run", "dotted", "expected"),
    [
        ("德米特里", False, True),  # four transcription characters
        ("林安东", False, False),  # a native name of three, each used in transcriptions too
        ("王建国", False, False),
        ("马丁", True, True),  # two, parted from the next by a dot
        ("华为", True, False),  # half of them only
    ],
)
def test_transcriptions_are_told_by_their_share(run: str, dotted: bool, expected: bool) -> None:
    assert transcribed(run, dotted) is expected


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("蒂尔", True),  # 尔 is seldom native
        ("泰安", False),  # a native place's two characters, each used in transcriptions too
        ("安东尼", True),
    ],
)
def test_a_company_run_of_two_or_three_needs_a_foreign_character(run: str, expected: bool) -> None:
    assert transcribed(run, short=True) is expected


def test_a_native_chinese_name_reads_as_before() -> None:
    assert [t.key for t in parse_name("王建国", PERSON).tokens] == ["vang", "jianguo"]
    assert not any(t.sound for t in parse_name("林安东", PERSON).tokens)


PEOPLE = ScreeningIndex.build([WatchlistEntry("o", PERSON, ("Ivan Petrov", "Li Ming"))])


def _scores(a: str, b: str, kind: WatchlistKind) -> list[float]:
    index = COMPANIES if kind is COMPANY else PEOPLE
    return [index.score_name(a, b, kind), index.score_name(b, a, kind)]


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # One or two consonants in common, the first vowels of other classes: katakana and
        # characters write vowels, so these are other names.
        ("リサ・ベル", "Rose Bull", PERSON),
        ("ララ・ビル", "Vera Riley", PERSON),
        ("ジョン・スミス", "Jan Schmidt", PERSON),
        ("マリク・カーン", "Mirko Kun", PERSON),
        ("サミ・ハリル", "Soumaya Hilal", PERSON),
        ("海尔集团公司", "Hill Group", COMPANY),
        # 特 before 斯 is te, not the affricate ts read k.
        ("特斯拉公司", "Kerr Company", COMPANY),
        # Katakana writes the r of Bayramov: a consonant missing in it is another name.
        ("パムパ・ブサル", "Vusal Bayramov", PERSON),
    ],
)
def test_a_reading_by_sound_meets_no_other_name(a: str, b: str, kind: WatchlistKind) -> None:
    assert max(_scores(a, b, kind)) < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("リサ・ベル", "Lisa Bell", PERSON),
        ("サミ・ハリル", "Sami Khalil", PERSON),
        ("ジョン・スミス", "John Smith", PERSON),
        # Katakana writes an English final r as a long vowel (ター, ラー).
        ("ハンター・ダンカン", "Hunter Duncan", PERSON),
        ("ラッセル・バトラー", "Russell Butler", PERSON),
        # The h of an Indic aspirate is not written in katakana.
        ("パムパ・ブサル", "Pampha Bhusal", PERSON),
        ("特斯拉公司", "Tesla Inc", COMPANY),
        # Two family names, the husband's first: a native name, read syllable by syllable.
        ("范徐丽泰", "Fan Xu Litai", PERSON),
        ("范徐丽泰", "Fan Hsu Lai-tai", PERSON),
    ],
)
def test_a_reading_by_sound_meets_its_name(a: str, b: str, kind: WatchlistKind) -> None:
    assert min(_scores(a, b, kind)) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("伊利", False),  # 伊 and 德 begin native words
        ("德化", False),
        ("斯文", False),  # a run of two is read by sound only by its second character
        ("海尔", True),
    ],
)
def test_a_company_run_of_two_reads_by_its_second_character(run: str, expected: bool) -> None:
    assert transcribed(run, short=True) is expected
