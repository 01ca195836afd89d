"""Names in Hebrew script, read as an abjad: a consonant skeleton, ו and י as vowels or as
consonants, the final forms, and the letters with two values (ב b or v, פ p or f, כ k or kh,
ש sh or s, צ ts, tz or z).

Both directions: a name in Hebrew meets its Latin and Cyrillic spellings (English, Polish,
German, Czech) and a Latin name meets it in Hebrew; another given name with the family name, or
another family name with the given name, does not.
"""

from __future__ import annotations

from tests.risk.screening.name_classes import class_tests

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening.names import parse_name

PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("tzadok", PERSON, ("יעקב צדוק",)),
    WatchlistEntry("shapira", PERSON, ("אביגדור שפירא",)),
    WatchlistEntry("efraim", PERSON, ("אפרים גולדפרב",)),
    WatchlistEntry("rivka", PERSON, ("רבקה שטרנברג",)),
    WatchlistEntry("barlev", PERSON, ("חנוך בר-לב",)),
    WatchlistEntry("berkovich", PERSON, ("עוזי ברקוביץ",)),
    WatchlistEntry("tzipora", PERSON, ("ציפורה אלמוג",)),
    WatchlistEntry("yosef-latin", PERSON, ("Yosef Tzvieli",)),
    WatchlistEntry("nahum-latin", PERSON, ("NACHUM KATZENELSON",)),
    WatchlistEntry("ohad-latin", PERSON, ("Ohad Ben-Ezra",)),
    WatchlistEntry("others", PERSON, ("Moshe Levin", "Dan Mizrahi")),
]

MATCHES = [
    ("ב read v, צ read tz", "Yaakov Tzadok", "tzadok"),
    ("צ read z, Polish spelling", "Jakow Zadok", "tzadok"),
    ("family name first", "TZADOK, Yaakov", "tzadok"),
    ("Cyrillic", "Яаков Цадок", "tzadok"),
    ("ב read v, פ read p in the middle", "Avigdor Shapira", "shapira"),
    ("German spelling", "Awigdor Schapira", "shapira"),
    ("פ read f, ב read b", "Efraim Goldfarb", "efraim"),
    ("ב read v, ש read sh", "Rivka Shternberg", "rivka"),
    ("ש read s", "Rivka Sternberg", "rivka"),
    ("ח read h, כ read kh", "Hanoch Bar-Lev", "barlev"),
    ("ח and כ read ch", "Chanoch Bar Lew", "barlev"),
    ("ו read u, צ read ts", "Uzi Berkovits", "berkovich"),
    ("צ read ts before i", "Tsipora Almog", "tzipora"),
    ("Latin listed, Hebrew screened", "יוסף צביאלי", "yosef-latin"),
    ("Latin listed, Hebrew screened, ח and צ", "נחום קצנלסון", "nahum-latin"),
    ("Latin listed, Hebrew screened, ע at the head", "אוהד בן-עזרא", "ohad-latin"),
]

NON_MATCHES = [
    ("another given name, one family name", "Moshe Tzadok", "tzadok"),
    ("another family name, one given name", "Yaakov Cohen", "tzadok"),
    ("another given name in Hebrew", "משה צביאלי", "yosef-latin"),
    ("another family name in Hebrew", "יוסף כהנא", "yosef-latin"),
    ("another given name, Efraim's family", "Yehuda Goldfarb", "efraim"),
    ("another family name, Rivka's given name", "Rivka Stern", "rivka"),
]


index, test_one_name_written_two_ways_matches, test_another_person_does_not_match = class_tests(
    ENTRIES, MATCHES, NON_MATCHES
)


def test_hebrew_words_are_read_as_an_abjad() -> None:
    tokens = parse_name("חנוך בר-לב", PERSON).tokens
    assert all(t.abjad for t in tokens)
    assert [t.skeleton for t in tokens] == ["knk", "br", "lv"]


def test_a_letter_of_two_values_gives_both_readings() -> None:
    (token,) = parse_name("צבי", PERSON).tokens
    # ts, tz or z; v or b.
    assert {"kv", "tzv", "zv", "zb"} <= set(token.readings())
    (first,) = parse_name("בר", PERSON).tokens
    # A word's first ב is b.
    assert first.readings() == ("br",)


def test_final_forms_read_as_their_letters() -> None:
    (kaf,) = parse_name("ברך", PERSON).tokens
    (kaf_medial,) = parse_name("ברכה", PERSON).tokens
    assert kaf.skeleton == kaf_medial.skeleton == "brk"
    (nun,) = parse_name("נתן", PERSON).tokens
    assert nun.skeleton == "ntn"
    # A final פ is f only (ף); in the middle of a word p as well.
    (final,) = parse_name("יוסף", PERSON).tokens
    assert final.readings() == ("asv",)
