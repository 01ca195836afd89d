"""Names in Thaana, Devanagari and Sinhala compared by their vowels, which these scripts write;
Tamil and Thai by their consonants, since Tamil adds vowels a borrowed name's Latin spelling
lacks and Thai leaves out inherent vowels Latin spellings write.
Each word's spellings read as Latin words are (ch as sh), these scripts' digits as digits, and
Thai abbreviations and जी not taken for initials. Every name here was made up for the tests.
"""

from __future__ import annotations

import pytest

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import DEFAULT_THRESHOLD, ScreeningIndex, thaana
from kordon.risk.screening.index import _ACRONYM, _SOLO, _NameIndex
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.southern import pieces

PERSON = WatchlistKind.PERSON
COMPANY = WatchlistKind.COMPANY

# (what the case shows, the name in its script, a Latin name, its kind)
SAME = [
    ("Thaana, the vowels agree", "ހަސަން ނަޒީރު", "Hasan Nazeer", PERSON),
    ("Devanagari, the vowels agree", "सुरेश पाल", "Suresh Pal", PERSON),
    ("Sinhala, the vowels agree", "නිමල් පෙරේරා", "Nimal Perera", PERSON),
    ("Thai ช read sh", "สมศักดิ์ ชูพัตร", "Somsak Shupatra", PERSON),
    ("Tamil adds vowels Latin lacks", "அகமது நசீர்", "Ahmed Naseer", PERSON),
    ("Thai leaves out a vowel Latin writes", "ทรงวุฒิ ภัทรกุล", "Songwut Phataragul", PERSON),
    ("Thai digits", "บริษัท สยามรุ่ง ๔๕ จำกัด", "บริษัท สยามรุ่ง 45 จำกัด", COMPANY),
    ("Devanagari digits", "गंगा २७ ट्रेडर्स", "गंगा 27 ट्रेडर्स", COMPANY),
]
OTHER = [
    ("Thaana, other vowels", "ހަސަން ނަޒީރު", "Husaini Nazar", PERSON),
    ("Devanagari, other vowels", "सुरेश पाल", "Sears Pal", PERSON),
    ("Sinhala, other vowels", "නිමල් පෙරේරා", "Nimal Prior", PERSON),
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of every name of the cases."""
    names = [(a, k) for _, a, b, k in SAME + OTHER] + [(b, k) for _, a, b, k in SAME + OTHER]
    return ScreeningIndex.build(
        WatchlistEntry(f"e{n}", kind, (name,)) for n, (name, kind) in enumerate(names)
    )


@pytest.mark.parametrize(("case", "written", "latin", "kind"), SAME)
def test_one_name_meets_its_latin_form_both_ways(
    index: ScreeningIndex, case: str, written: str, latin: str, kind: WatchlistKind
) -> None:
    assert index.score_name(written, latin, kind) >= DEFAULT_THRESHOLD, case
    assert index.score_name(latin, written, kind) >= DEFAULT_THRESHOLD, case


@pytest.mark.parametrize(("case", "written", "latin", "kind"), OTHER)
def test_other_vowels_are_another_name_both_ways(
    index: ScreeningIndex, case: str, written: str, latin: str, kind: WatchlistKind
) -> None:
    assert index.score_name(written, latin, kind) < DEFAULT_THRESHOLD, case
    assert index.score_name(latin, written, kind) < DEFAULT_THRESHOLD, case


def test_only_tamil_and_thai_vowels_are_guessed() -> None:
    for word in ("நசீர்", "สมชาย"):
        (token,) = parse_name(word, PERSON).tokens
        assert token.vowels_guessed, word
    for word in ("ނަޒީރު", "सुरेश", "නිමල්", "ਸੁਰੇਸ਼"):
        (token,) = parse_name(word, PERSON).tokens
        assert not token.vowels_guessed, word


def test_a_long_thaana_word_spells_no_more_than_it_keeps() -> None:
    # Every ދ reads d or dh: a long word of them would spell one string per letter.
    letter: tuple[tuple[str, ...], str] = (("d", "dh"), "a")
    letters = [letter] * 500
    assert len(thaana._spelt(letters)) == thaana.MAX_SPELLINGS


def test_digits_and_stray_signs_are_no_words_of_the_script() -> None:
    assert [t.key for t in parse_name("๔๕", COMPANY).tokens] == ["45"]
    assert pieces("्") == []
    # A stray sign is read as any other letterless word is, not as a word of the script.
    assert all(t.key.isascii() for t in parse_name("सुरेश ् ा", PERSON).tokens)


def test_thai_abbreviations_and_ji_are_no_initials() -> None:
    assert [t.key for t in parse_name("น.ส. สมศรี", PERSON).tokens] == ["somsi"]
    assert [t.key for t in parse_name("พ.ต.ท. สมศรี", PERSON).tokens] == ["somsi"]
    assert parse_name("सुरेश जी", PERSON).initials_at == ()
    assert parse_name("जी॰ सुरेश", PERSON).initials_at == (0,)


def _pair_keys(index: _NameIndex) -> list[int]:
    """The pair keys an index posts (neither a joined name's nor an acronym's)."""
    return [int(k) for k in index.keys if int(k) >> 32 > 0 and not int(k) & (_SOLO | _ACRONYM)]


def test_a_name_posts_pairs_of_readings_only_across_its_words() -> None:
    # A word of these scripts has several readings; no query asks for two of one word.
    one = _NameIndex(PERSON)
    one.build([(0, "செல்வராசா")])
    assert len(one.names[0].tokens[0].readings()) > 1
    assert _pair_keys(one) == []
    two = _NameIndex(PERSON)
    two.build([(0, "முருகேசன் செல்வராசா")])
    first, second = (set(t.readings()) for t in two.names[0].tokens)
    assert len(_pair_keys(two)) == len(first) * len(second)
    assert two.candidates(parse_name("Murugesan Selvarajah", PERSON), fuzzy=False) == [0]
