"""Names in Tamil, Sinhala, Devanagari, Thai and Thaana against their Latin forms.

Both directions: a name written in one of these scripts meets its common Latin spellings (and a
Latin name meets it in the script); another given name with the same family name, or another
family name with the same given name, does not. Tamil writes no voicing (க k or g, ச s, ch or
j, ட t or d, த th or d); Devanagari and Sinhala write inherent vowels and aspirates; Thai is
romanised by sound and by letter (final ศ t or s, silent letters under ์); Thaana ends names
borrowed from Arabic in u. Initials are written as their letters' names (एम॰ M) or consonants
(க. K). Every name here was made up for the tests.
"""

from __future__ import annotations

from tests.risk.screening.name_classes import class_tests

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.southern import pieces, spellings

PERSON = WatchlistKind.PERSON

ENTRIES = [
    WatchlistEntry("thangarasa", PERSON, ("முருகேசன் தங்கராசா",)),
    WatchlistEntry("nadarasa", PERSON, ("இராசையா நடராசா",)),
    WatchlistEntry("balasingam", PERSON, ("செல்வநாயகம் பாலசிங்கம்",)),
    WatchlistEntry("sivakumar-latin", PERSON, ("Kandiah Sivakumar",)),
    WatchlistEntry("sivalingam", PERSON, ("க. சிவலிங்கம்",)),
    WatchlistEntry("jeyanthakumar", PERSON, ("ஜெயந்தகுமார் செல்வராசா",)),
    WatchlistEntry("ranasinghe", PERSON, ("ප්‍රසන්න රණසිංහ",)),
    WatchlistEntry("gunawardena", PERSON, ("චමින්ද ගුණවර්ධන",)),
    WatchlistEntry("bhattarai", PERSON, ("रमेश कुमार भट्टराई",)),
    WatchlistEntry("thapa-latin", PERSON, ("Bhupendra Singh Thapa",)),
    WatchlistEntry("rajasekhar", PERSON, ("एम॰ राजशेखर",)),
    WatchlistEntry("sriwong", PERSON, ("สมศักดิ์ ศรีวงศ์",)),
    WatchlistEntry("chanwit", PERSON, ("พงศ์ศักดิ์ ชาญวิทย์",)),
    WatchlistEntry("somyot-latin", PERSON, ("Somyot Kittipong",)),
    WatchlistEntry("rasheed", PERSON, ("އަޙްމަދު ރަޝީދު",)),
    WatchlistEntry("nasir-latin", PERSON, ("Ibrahim Nasir",)),
]

MATCHES = [
    ("Tamil க read g, ச read s", "Murugesan Thangarasa", "thangarasa"),
    ("Tamil ச read j, family name first", "THANGARAJAH, Murugesan", "thangarasa"),
    ("Tamil இ before r left out, ட read d", "Rasiah Nadarajah", "nadarasa"),
    ("Tamil ப read b, ங்க read ng", "Selvanayagam Balasingam", "balasingam"),
    ("Latin listed, Tamil screened, ந்த read nd", "கந்தையா சிவகுமார்", "sivakumar-latin"),
    ("Tamil initial", "K. Sivalingam", "sivalingam"),
    ("Tamil compound written as one word", "Jayantha Kumar Selvarajah", "jeyanthakumar"),
    ("Sinhala inherent vowels", "Prasanna Ranasinghe", "ranasinghe"),
    ("Sinhala ධ read d, ව read w", "Chaminda Gunawardena", "gunawardena"),
    ("Sinhala, family name first", "GUNAWARDHANA, Chaminda", "gunawardena"),
    ("Devanagari, last inherent vowel not said", "Ramesh Kumar Bhattarai", "bhattarai"),
    ("Devanagari, family name first", "BHATTARAI, Ramesh Kumar", "bhattarai"),
    ("Latin listed, Devanagari screened", "भूपेन्द्र सिंह थापा", "thapa-latin"),
    ("Devanagari initial written as the letter's name", "M. Rajasekhar", "rajasekhar"),
    ("Thai by letter, silent letter left out", "Somsak Sriwong", "sriwong"),
    ("Thai by sound", "Somsak Siwong", "sriwong"),
    ("Thai พ read p, final ศ read t", "Pongsak Chanwit", "chanwit"),
    ("Thai, the system's ph", "Phongsak Chanwit", "chanwit"),
    ("Latin listed, Thai screened", "สมยศ กิตติพงศ์", "somyot-latin"),
    ("Thaana final u left out", "Ahmed Rasheed", "rasheed"),
    ("Thaana, another spelling", "Ahmad Rashid", "rasheed"),
    ("Latin listed, Thaana screened", "އިބްރާހީމް ނާޞިރު", "nasir-latin"),
]

NON_MATCHES = [
    ("another family name, Tamil given name", "Murugesan Sivakumar", "thangarasa"),
    ("another given name, one family name, in Tamil", "சுப்பிரமணியம் சிவகுமார்", "sivakumar-latin"),
    ("another initial", "S. Sivalingam", "sivalingam"),
    ("another given name, Tamil compound's family name", "Jeyanthan Selvarajah", "jeyanthakumar"),
    ("another given name, Sinhala family name", "Ruwan Ranasinghe", "ranasinghe"),
    ("another given name, Devanagari family name", "Suresh Bhattarai", "bhattarai"),
    ("another family name, Thai given name", "Somsak Wongsuwan", "sriwong"),
    ("another given name, in Thai", "สมชาย กิตติพงศ์", "somyot-latin"),
    ("another family name, Thaana given name", "Ahmed Naseem", "rasheed"),
]


index, test_one_name_written_two_ways_matches, test_another_person_does_not_match = class_tests(
    ENTRIES, MATCHES, NON_MATCHES
)


def test_tamil_letters_are_read_voiced_and_voiceless() -> None:
    found = spellings("நடராசா")
    assert found[0] == "nadaraasaa"
    assert {"nataraasaa", "nadaraajaa"} <= set(found)


def test_devanagari_drops_the_last_inherent_vowel_after_one_consonant() -> None:
    assert spellings("रमेश")[0] == "ramesh"
    assert spellings("चन्द्र")[0] == "chandra"


def test_thai_is_read_by_sound_and_by_letter() -> None:
    found = spellings("พงศ์ศักดิ์")
    assert found[0] == "pongsak"
    assert "phongsak" in found


def test_initials_are_read_as_latin_letters() -> None:
    assert pieces("एम॰") == ["m"]
    assert pieces("க.") == ["k"]
    assert pieces("ඊ.") == ["e"]
    name = parse_name("एम॰ राजशेखर", PERSON)
    assert name.initials_at == (0,)


def test_a_word_in_these_scripts_is_compared_by_its_consonants() -> None:
    (token,) = parse_name("கந்தையா", PERSON).tokens
    assert token.vowels_guessed
    assert "knd" in token.readings()
