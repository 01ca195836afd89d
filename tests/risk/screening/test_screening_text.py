"""Name parts reduce to the same keys across scripts; plates to one canonical form."""

from __future__ import annotations

import pytest

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.screening import normalise_plate
from kordon.risk.screening.given_names import group_name
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.text import PartRole, korean_in_cyrillic, tokenize


@pytest.mark.parametrize(
    "name",
    ["Muhammad Alizadeh", "Мухаммад Ализаде", "Məhəmməd Əlizadə", "محمد علیزاده"],
)
def test_one_name_in_four_scripts_has_one_skeleton(name: str) -> None:
    assert [t.skeleton for t in tokenize(name)] == ["mkmd", "alzd"]


def test_patronymics_and_particles_are_marked() -> None:
    az = tokenize("İlham Heydər oğlu Əliyev")
    assert [t.role for t in az] == [PartRole.NAME, PartRole.PATRONYMIC, PartRole.NAME]
    ru = tokenize("Роман Аркадьевич Абрамович")
    assert [t.role for t in ru] == [PartRole.NAME, PartRole.PATRONYMIC, PartRole.NAME]
    inverted = tokenize("ABRAMOVICH, Roman Arkadyevich")
    assert [t.role for t in inverted] == [PartRole.NAME, PartRole.NAME, PartRole.PATRONYMIC]
    assert tokenize("Sayyid Ali Khamenei")[0].role == PartRole.PARTICLE


def test_turkish_surname_written_apart_stays_one_part() -> None:
    assert [t.key for t in tokenize("Ahmet Davut oğlu")] == ["ahmet", "davutoglu"]


@pytest.mark.parametrize(
    ("name", "form", "parts"),
    [
        ("ООО «Азертранс»", "llc", ["azertrans"]),
        ("Azertrans MMC", "llc", ["azertrans"]),
        ("AZERTRANS L.L.C.", "llc", ["azertrans"]),
        ("ПАО «Роснефть»", "jsc", ["rosneft"]),
        ("Aksa Enerji Üretim A.Ş.", "jsc", ["aksa", "enerji", "production"]),
        ("შპს ჯორჯიან ტრანს", "llc", ["jorjian", "trans"]),
        ("Госкорпорация Ростех", "state", ["rosteh"]),
    ],
)
def test_company_legal_forms_are_taken_off(name: str, form: str, parts: list[str]) -> None:
    parsed = parse_name(name, WatchlistKind.COMPANY)
    assert parsed.legal_form == form
    assert [t.key for t in parsed.tokens] == parts


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("10-AB-123", "10AB123"),
        ("AZ 10 AB 123", "10AB123"),
        ("А123ВС 77", "A123BC77"),
        ("A 123 BC 77 RUS", "A123BC77"),
        ("۱۲ ب ۳۴۵ ایران ۶۷", "12B34567"),
        ("١٢ب٣٤٥-٦٧", "12B34567"),
        # Latin letters and ASCII digits only: case, separators and other marks still go.
        ("10-ab-123", "10AB123"),
        ("10#AB*123", "10AB123"),
        ("az 10ab123", "10AB123"),
        ("RUS", "RUS"),
        ("--", ""),
    ],
)
def test_plates_reduce_to_one_form(written: str, canonical: str) -> None:
    assert normalise_plate(written) == canonical


def test_yury_is_not_read_as_georgy() -> None:
    assert group_name("georgy") == group_name("heorhiy") == "georgy"
    assert group_name("yury") == group_name("yurii") == "yury"
    assert group_name("henadz") == group_name("gennady") == "gennady"


def test_a_cyrillic_name_is_korean_only_with_a_korean_family_name_first() -> None:
    assert korean_in_cyrillic(["ким", "ён", "чхоль"])
    assert not korean_in_cyrillic(["ён", "ким", "чхоль"])
    assert not korean_in_cyrillic(["ким", "ивановна"])


@pytest.mark.parametrize(
    ("abjad", "latin"),
    [
        ("شهاب", "Shahab"),
        ("منوشهر", "Manouchehr"),
        ("أزهر", "Azhar"),
        ("مظهری", "Mazhari"),
        ("علوش", "Allouch"),
        ("سيرج", "Serge"),
    ],
)
def test_letters_latin_spellings_read_otherwise_meet_the_abjad(abjad: str, latin: str) -> None:
    (a,), (b,) = tokenize(abjad), tokenize(latin)
    assert set(a.readings()) & set(b.readings())


def test_russian_zh_keeps_its_reading() -> None:
    (zhukov,) = tokenize("Zhukov")
    assert zhukov.readings() == ("jkv",)
    # The two-letter reading is a third one, never in place of ж.
    (bazhenov,) = tokenize("Bazhenov")
    assert bazhenov.skeleton == "bjnv"


def test_a_slavic_final_ch_is_not_french() -> None:
    (patronymic,) = tokenize("Ivanovich")
    assert "avnvs" not in patronymic.readings()
