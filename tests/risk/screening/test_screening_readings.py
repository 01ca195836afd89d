"""Second readings of romanisations, Hangul, honorifics and legal forms from rigour's list."""

from __future__ import annotations

import pytest

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.text import PartRole, central_reading, tokenize

# German, Polish and Czech spellings, and how an English list would write them.
READINGS = {
    "schtscherbakow": "shcherbakov",
    "szczerbakow": "shcherbakov",
    "siergiej": "sergey",
    "janukowycz": "yanukovych",
    "michail": "mikhail",
    "aleksej": "aleksey",
}


@pytest.mark.parametrize(("part", "reading"), READINGS.items())
def test_central_european_romanisations_read_the_english_way(part: str, reading: str) -> None:
    assert central_reading(part) == reading


def test_an_english_romanisation_has_no_second_reading() -> None:
    assert central_reading("shcherbakov") == ""


def test_czech_letters_with_marks_become_english_digraphs() -> None:
    assert [t.key for t in tokenize("Ščerbakov")] == [t.key for t in tokenize("Shcherbakov")]


def test_hangul_is_read_syllable_by_syllable_with_r_for_rieul() -> None:
    assert [t.key for t in tokenize("리병철")] == ["ri", "byeong", "cheol"]


@pytest.mark.parametrize(
    "name", ["Mullah Mohammad Rabbani", "ملا محمد ربانی", "Haji Mohammad Rabbani"]
)
def test_honorifics_are_particles(name: str) -> None:
    roles = [t.role for t in tokenize(name)]
    assert roles[0] == PartRole.PARTICLE
    assert roles[1:] == [PartRole.NAME, PartRole.NAME]


def test_the_arabic_article_is_split_off() -> None:
    tokens = tokenize("القرض الحسن")
    assert [t.role for t in tokens] == [PartRole.PARTICLE, PartRole.NAME] * 2


@pytest.mark.parametrize(
    ("name", "form", "rest"),
    [
        ("Публичное акционерное общество «Сбербанк России»", "jsc", ["sberbank", "rusia"]),
        ("GAZPROMBANK JOINT STOCK COMPANY", "jsc", ["gazprombank"]),
        ("სს ბანკი ქართუ", "jsc", ["banki", "kartu"]),
        ("«Ամերիաբանկ» ՓԲԸ", "jsc", ["ameriabank"]),
        ("بانک ملت سهامی عام", "jsc", ["bank", "mlt"]),
        ("PAŞA Bank ASC", "jsc", ["pasha", "bank"]),
        ("Azercell Telekom MMC", "llc", ["azercel", "telekom"]),
    ],
)
def test_legal_forms_from_the_maintained_list_and_its_additions(
    name: str, form: str, rest: list[str]
) -> None:
    parsed = parse_name(name, WatchlistKind.COMPANY)
    assert parsed.legal_form == form
    assert [t.key for t in parsed.tokens] == rest


def test_a_company_that_is_only_a_form_keeps_its_name() -> None:
    parsed = parse_name("Holding LLC", WatchlistKind.COMPANY)
    assert [t.key for t in parsed.tokens] == ["holding"]
