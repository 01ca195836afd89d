"""Goods counted in pieces with words between the count and the goods, medicines counted in
several units, cannabis seedlings and seeds, and figures that are not a record."""

import pytest
from tests.osint.reading import Goods, goods_found

from kordon.osint.vocabulary import vocabulary

_BORDER = "Dövlət Sərhəd Xidmətinin məlumatına görə, sərhəd zastavası ərazisində "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _BORDER + "1 ədəd lüləsi kəsilmiş qoşalülə ov tüfəngi aşkar olunub.",
            ("firearms", None, 1.0, "pieces"),
        ),
        (
            _BORDER + "bir ədəd “AK-74” markalı avtomat aşkar edilib.",
            ("firearms", None, 1.0, "pieces"),
        ),
        (
            _BORDER + "3 ədəd gizlədilmiş odlu silah aşkarlanıb.",
            ("firearms", None, 3.0, "pieces"),
        ),
        (
            _BORDER + "iki ədəd silindr formalı partlayıcı fişəng aşkar edilib.",
            ("explosives", None, 2.0, "pieces"),
        ),
    ],
)
def test_counted_goods_keep_their_count_over_describing_words(text: str, expected: Goods) -> None:
    assert expected in goods_found(text)


def test_a_count_of_other_things_before_the_goods_is_not_their_count() -> None:
    # The parcels are counted; the rifle named after them, past a comma, is not.
    found = goods_found(_BORDER + "3 ədəd bağlama, həmçinin tüfəng aşkarlanıb.")
    assert ("firearms", None, 3.0, "pieces") not in found


_POLICE = "Daxili İşlər Nazirliyinin məlumatına görə, "


def test_cannabis_seedlings_and_their_seeds_are_plants_and_seeds_not_herb() -> None:
    found = goods_found(
        _POLICE + "narkotik tərkibli bitkilərin əkilib-becərilməsi ilə məşğul olan sakin "
        "saxlanılıb. Onun evinin həyətində 12 ədəd çətənə bitkisinin şitilləri və həmin "
        "narkotik vasitənin toxumları aşkar edilərək götürülüb."
    )
    assert ("cannabis plants", None, 12.0, "plants") in found
    assert ("cannabis seeds", None, None, None) in found
    assert all(f[0] != "cannabis herb" for f in found)


def test_seeds_beside_goods_other_than_cannabis_plants_are_not_cannabis_seeds() -> None:
    found = goods_found(
        "Dövlət Gömrük Komitəsinin məlumatına görə, yük avtomobilində 40 kq heroin və "
        "pomidor toxumları aşkar edilib."
    )
    assert all(f[0] != "cannabis seeds" for f in found)


def test_growing_named_as_a_trade_is_not_a_find() -> None:
    found = goods_found(
        _POLICE + "narkotik tərkibli bitkilərin əkilib-becərilməsi ilə məşğul olan şəxs "
        "saxlanılıb. Onun həyətində 30 ədəd çətənə kolu aşkar edilib."
    )
    assert found == [("cannabis plants", None, 30.0, "plants")]


def test_a_weapon_named_with_the_plants_it_guarded_is_a_find_of_its_own() -> None:
    found = goods_found(
        "Qax polisi narkotik və silah tapdı\n"
        "Qaxda bağda narkotik bitki və odlu silah tapılıb. Qax Rayon Polis Şöbəsindən verilən "
        "məlumata görə, kənd sakininin bağında çətənə kolları aşkarlanıb. Ərazidən çəkisi 120 "
        "kq olan ümumi sayı 300 ədəd çətənə bitkisi yığılıb. Həmçinin narkotik tərkibli "
        "bitkinin qorunması üçün istifadə olunan 16 çaplı qoşalülə ov tüfəngi də götürülüb."
    )
    assert ("firearms", None, None, None) in found
    assert all(f[0] != "cannabis herb" for f in found)


def test_a_misspelt_drug_after_a_weight_takes_that_weight() -> None:
    found = goods_found(
        "Dövlət Sərhəd Xidmətinin məlumatına görə, Astarada sakin 3 kq heroin və 415 qram "
        "metofitamin ilə saxlanılıb."
    )
    assert [(f[0], f[1]) for f in found] == [
        ("heroin", 3.0),
        ("methamphetamine", pytest.approx(0.415)),
    ]


def test_a_word_far_from_every_drug_name_is_not_guessed_at() -> None:
    substances = vocabulary("az").substances
    assert substances.near("metofitamin") == "methamphetamine"
    assert substances.near("mebelləri") is None
    assert substances.near("metal") is None  # too short to tell from "metadon"


def test_an_operation_over_many_cities_abroad_is_not_a_record() -> None:
    assert (
        goods_found(
            "Gürcüstanda keçirilən əməliyyatda 2 ton 310 kiloqram narkotik maddə ələ "
            "keçirilib. Nazirin sözlərinə görə, 12 şəhərdə həyata keçirilən əməliyyatlarda "
            "54 nəfər saxlanılıb."
        )
        == []
    )
    assert (
        goods_found(
            "В ходе операции в 9 провинциях Ирана изъято 3 тонны наркотиков, задержаны 40 человек."
        )
        == []
    )


def test_one_find_in_a_city_is_a_record() -> None:
    found = goods_found(
        "Dövlət Gömrük Komitəsinin məlumatına görə, Bakı şəhərində 32 yaşlı sakinin "
        "avtomobilindən 12 kiloqram heroin aşkar edilib."
    )
    assert [(f[0], f[1]) for f in found] == [("heroin", 12.0)]


def test_half_a_unit_is_half_of_it() -> None:
    found = goods_found(
        "Two Iranian citizens were detained at Batumi airport for possessing half a "
        "kilogram of heroin."
    )
    assert [(f[0], f[1]) for f in found] == [("heroin", 0.5)]
    assert [
        (f[0], f[1]) for f in goods_found("Police seized a kilogram of heroin at the port.")
    ] == [("heroin", 1.0)]


def test_a_figure_seized_on_separate_occasions_is_not_a_record() -> None:
    found = goods_found(
        "Police arrested a Peruvian at Tbilisi airport with 3 kg of cocaine. A week earlier "
        "the ministry seized 4.1 kilos of cocaine on separate occasions from three travellers."
    )
    assert [(f[0], f[1]) for f in found] == [("cocaine", 3.0)]


def test_medicines_counted_in_several_dose_forms_are_one_record_per_form() -> None:
    found = goods_found(
        "Dövlət Gömrük Komitəsinin məlumatına görə, yük avtomobilində bəyan edilməyən 4100 "
        "kapsul qida əlavələri, 850 həb, 120 ampula dərman preparatları və 40 ədəd tibbi şam "
        "aşkar edilib."
    )
    assert sorted((f[0], f[2], f[3]) for f in found) == [
        ("dietary supplements", 4100.0, "capsules"),
        ("medicines", 40.0, "suppositories"),
        ("medicines", 120.0, "ampoules"),
        ("medicines", 850.0, "pills"),
    ]


def test_dietary_supplements_in_russian_are_goods() -> None:
    found = goods_found("Таможенники изъяли у пассажира 300 капсул БАДов без документов.")
    assert ("dietary supplements", None, 300.0, "capsules") in found


def test_packs_and_sticks_of_cigarettes_restate_one_find() -> None:
    found = goods_found(
        "Dövlət Gömrük Komitəsinin məlumatına görə, avtomobildə 50 blok (10000 ədəd) "
        "siqaret aşkar edilib."
    )
    assert len([f for f in found if f[0] == "cigarettes"]) == 1


def test_two_counts_of_weapons_one_bare_are_two_records() -> None:
    found = goods_found(_BORDER + "3 ədəd “Kalaşnikov” avtomatı və 5 ov tüfəngi aşkar edilib.")
    assert sorted(f[2] or 0 for f in found if f[0] == "firearms") == [3.0, 5.0]


def test_a_bare_figure_before_other_words_is_no_count_of_weapons() -> None:
    found = goods_found(_BORDER + "5 nəfər saxlanılıb, onlardan ov tüfəngi aşkar edilib.")
    assert ("firearms", None, 5.0, "pieces") not in found
