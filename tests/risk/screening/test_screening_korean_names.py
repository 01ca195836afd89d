"""Korean names across Hangul, the lists' Latin, South Korean spellings and Russian.

One person is written 오수민 in Hangul, O SU MIN in the lists' McCune-Reischauer-like Latin,
Oh Soo-min in the spelling South Korean families keep and О Су Мин in Russian; the older
Russian writes a syllable's final ㄹ as р (Ким Ир Нам). Relatives share the family name and
all but one syllable of the given name, in whichever script: they do not match. Foreign names
written in Hangul carry ㅈ for z and ㅂ and ㅍ for v and f beside b and p (조란 페트로비치,
Zoran Petrović).
"""

from __future__ import annotations

import pytest
from tests.risk.screening.test_screening_classes import matched

from kordon.domain.watchlist import WatchlistEntry, WatchlistKind
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.text import tokenize

PERSON = WatchlistKind.PERSON

# One entry per way a list writes a name: Hangul, the lists' Latin, a South Korean spelling (a
# Russian one for a foreign name), Cyrillic; each name is screened against the other entries.
PEOPLE = {
    "o-su-min": ("오수민", "O SU MIN", "Oh Soo-min", "О Су Мин"),
    "jang-hyon-chol": ("장현철", "JANG HYON CHOL", "Jang Hyun-chul", "Чан Хён Чхоль"),
    "kim-il-nam": ("김일남", "KIM IL NAM", "Kim Il-nam", "Ким Ир Нам"),
    "u-yong-ho": ("우영호", "U YONG HO", "Woo Young-ho", "У Ён Хо"),
    "zoran-petrovic": ("조란 페트로비치", "Zoran Petrović", "Зоран Петрович", "Зоран Петровић"),
}
SCRIPTS = ("hangul", "latin", "another spelling", "cyrillic")

ENTRIES = [
    WatchlistEntry(f"{person}:{script}", PERSON, (name,))
    for person, names in PEOPLE.items()
    for script, name in zip(SCRIPTS, names, strict=True)
]

MATCHES = [
    (f"{person}, {SCRIPTS[n]} against {SCRIPTS[m]}", names[n], f"{person}:{SCRIPTS[m]}")
    for person, names in PEOPLE.items()
    for n in range(len(SCRIPTS))
    for m in range(len(SCRIPTS))
    if n != m
]

# Relatives: the same family name and given name but one syllable (a brother, a father).
RELATIVES = {
    "o-su-min": ("오수철", "O SU CHOL", "Oh Soo-chul", "О Су Чхоль"),
    "jang-hyon-chol": ("장현수", "JANG HYON SU", "Jang Hyun-soo", "Чан Хён Су"),
    "kim-il-nam": ("김일호", "KIM IL HO", "Kim Il-ho", "Ким Ир Хо"),
    "u-yong-ho": ("우영철", "U YONG CHOL", "Woo Young-chul", "У Ён Чхоль"),
    "zoran-petrovic": (
        "드라간 페트로비치",
        "Dragan Petrović",
        "Драган Петрович",
        "Драган Петровић",
    ),
}

NON_MATCHES = [
    (f"{person}'s relative, {SCRIPTS[n]} against {SCRIPTS[m]}", names[n], f"{person}:{SCRIPTS[m]}")
    for person, names in RELATIVES.items()
    for n in range(len(SCRIPTS))
    for m in range(len(SCRIPTS))
]


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    """A list of every person above, each name an entry of its own."""
    return ScreeningIndex.build(ENTRIES)


@pytest.mark.parametrize(("case", "name", "expected"), MATCHES)
def test_one_korean_name_matches_across_scripts(
    index: ScreeningIndex, case: str, name: str, expected: str
) -> None:
    assert expected in matched(index, name, PERSON), case


@pytest.mark.parametrize(("case", "name", "entry"), NON_MATCHES)
def test_a_relative_differing_in_one_syllable_does_not_match(
    index: ScreeningIndex, case: str, name: str, entry: str
) -> None:
    assert entry not in matched(index, name, PERSON), case


# Arabic writes a Korean name's syllables apart; أو opens a foreign name's u or o (أو = U, 우).
ARABIC = [
    ("أو يونغ هو", "u-yong-ho"),
    ("كيم إيل نام", "kim-il-nam"),
]


@pytest.mark.parametrize(("name", "person"), ARABIC)
def test_a_korean_name_in_arabic_matches_every_other_script(
    index: ScreeningIndex, name: str, person: str
) -> None:
    found = matched(index, name, PERSON)
    assert {f"{person}:{script}" for script in SCRIPTS} <= found


def test_arabic_aw_at_the_head_of_a_word_keeps_its_consonant() -> None:
    # أول is Awal as well: the foreign reading comes first, Arabic's aw second.
    (token,) = tokenize("أول")
    assert (token.skeleton, token.alt) == ("al", "avl")
