"""Goods other than drugs in three languages, lists of seized items, and figures that are not
seizures: allowances, period totals and their breakdowns."""

import json
from importlib import resources

import pytest

from kordon.osint import extract_text
from kordon.osint.lexicon import GOODS, KINDS, SUBSTANCES, Mention, refine_kinds

RU_POST = "На таможенном посту «Верхний Ларс» таможенники изъяли"
AZ_POST = (
    "Dövlət Gömrük Komitəsinin əməkdaşları “Astara” gömrük postunda yük avtomobilinə baxış "
    "keçirərkən gizlədilmiş"
)


def _data(name: str) -> dict[str, object]:
    text = resources.files("kordon.osint").joinpath("languages", name).read_text("utf-8")
    data: dict[str, object] = json.loads(text)
    return data


def test_every_language_maps_its_goods_to_values_english_knows() -> None:
    known = set(SUBSTANCES)
    for code in ("ru", "az"):
        substances = _data(f"{code}.json")["substances"]
        assert isinstance(substances, dict)
        assert set(substances) <= known, set(substances) - known
    assert known >= GOODS
    for kind, specific in KINDS.items():
        assert kind in known and specific <= known


@pytest.mark.parametrize(
    ("text", "substance", "kg"),
    [
        (f"{RU_POST} 5 кг черной икры.", "caviar", 5.0),
        (f"{RU_POST} 4 килограмма золотых слитков.", "gold", 4.0),
        (f"{RU_POST} 12 кг кальянного табака.", "tobacco", 12.0),
        (f"{RU_POST} 30 кг насвая.", "nasvay", 30.0),
        (f"{RU_POST} 3 кг уксусного ангидрида.", "acetic anhydride", 3.0),
        (f"{RU_POST} 2 кг бивней слона.", "ivory", 2.0),
        (f"{AZ_POST} 8 kq qəlyan tütünü aşkar edilib.", "tobacco", 8.0),
        (f"{AZ_POST} 4 kq 500 qram nərə kürüsü aşkar edilib.", "caviar", 4.5),
        (f"{AZ_POST} 2 kq qiymətli daşlar aşkar edilib.", "precious stones", 2.0),
        ("Customs officers at Heathrow seized 40 kg of shisha tobacco.", "tobacco", 40.0),
        ("Customs officers at Dover seized 6 kg of saiga horns.", "saiga horns", 6.0),
    ],
)
def test_goods_customs_seize_are_named_in_each_language(
    text: str, substance: str, kg: float
) -> None:
    (r,) = extract_text(text)
    assert (r.substance, r.quantity_kg) == (substance, kg)


@pytest.mark.parametrize(
    ("text", "substance", "count", "unit"),
    [
        (f"{RU_POST} 1089 патронов.", "ammunition", 1089, "rounds"),
        (f"{RU_POST} 120 мобильных телефонов.", "mobile phones", 120, "phones"),
        (f"{AZ_POST} 1089 ədəd patron aşkar edilib.", "ammunition", 1089, "rounds"),
        (f"{AZ_POST} 300 ədəd smartfon aşkar edilib.", "mobile phones", 300, "phones"),
        ("CBP officers seized 27,000 packs of cigarettes.", "cigarettes", 27000, "packs"),
    ],
)
def test_counted_goods_keep_their_unit(text: str, substance: str, count: int, unit: str) -> None:
    (r,) = extract_text(text)
    assert (r.substance, r.quantity_count, r.count_unit) == (substance, count, unit)


def test_a_generic_kind_is_the_one_specific_goods_the_report_names() -> None:
    text = (
        "Dövlət Gömrük Komitəsi tərəfindən gümüşdən hazırlanmış zərgərlik məmulatlarının "
        "keçirilməsinə cəhdin qarşısı alınıb.\n"
        f"{AZ_POST} gümüşdən hazırlanmış 12 ədəd təsbeh və 47 ədəd qolbaq aşkar olunub.\n"
        "Aşkar edilən zərgərlik məmulatlarının çəkisi 1 400 qram təşkil edib."
    )
    (r,) = extract_text(text)
    assert r.substance == "silver" and r.quantity_kg == pytest.approx(1.4)


def test_a_kind_over_several_drugs_is_a_generic_word_for_them() -> None:
    mentions = [
        Mention("medicines", 0, 11, "medications"),
        Mention("diazepam", 20, 26, "Valium"),
        Mention("alprazolam", 30, 35, "Xanax"),
        Mention("jewellery", 40, 49, "jewellery"),
    ]
    refined = [m.canonical for m in refine_kinds(mentions)]
    assert refined == ["drugs (unspecified)", "diazepam", "alprazolam", "jewellery"]


def test_a_list_of_brand_name_pills_gives_one_record_each_and_no_total() -> None:
    text = (
        "U.S. Customs and Border Protection officers at the Gateway to the Americas Bridge in "
        "Laredo seized more than 8,500 undeclared pills from a pedestrian.\n"
        "The packages contained 1,508 Carisoprodol tablets, 2,679 Valium tablets, 600 Ritalin "
        "tablets, and 3,771 Xanax tablets."
    )
    found = {(r.substance, r.quantity_count) for r in extract_text(text)}
    assert found == {
        ("carisoprodol", 1508), ("diazepam", 2679), ("methylphenidate", 600),
        ("alprazolam", 3771),
    }  # fmt: skip


def test_a_total_with_its_breakdown_in_brackets_is_one_find() -> None:
    text = (
        "Dövlət Sərhəd Xidmətinin sərhəd naryadı Yardımlı rayonunun Avaş kəndi yaxınlığında "
        "7 ədəd bağlamada 8 380 qutu (4330 qutu “Marlboro” və 4050 qutu “KENT” markalı) "
        "siqaretləri aşkar olunaraq götürülüb."
    )
    (r,) = extract_text(text)
    assert (r.substance, r.quantity_count, r.count_unit) == ("cigarettes", 8380, "packs")


def test_a_days_national_total_and_its_breakdown_are_not_seizures() -> None:
    text = (
        "Ötən gün respublika ərazisində ümumi çəkisi 25,4 kiloqramdan artıq narkotik vasitə "
        "aşkar olunaraq götürülüb.\n"
        "Bildirilib ki, qanunsuz dövriyyədən çıxarılan narkotik vasitələr 1,8 kiloqrama yaxın "
        "heroin, 22,5 kiloqramdan çox marixuana və 1,2 kiloqrama yaxın metamfetamin olub."
    )
    assert extract_text(text) == []


def test_a_monthly_figure_is_not_a_seizure() -> None:
    text = (
        "Ötən ay narkotik vasitələrin daşınması ilə mübarizə tədbirləri nəticəsində 316 kq "
        "240 qram narkotik vasitə qanunsuz dövriyyədən çıxarılıb."
    )
    assert extract_text(text) == []


def test_a_bare_kilogram_is_one_and_an_allowance_is_not_a_seizure() -> None:
    text = (
        "В аэропорту Кольцово таможенники задержали жительницу, у которой нашли килограмм "
        "черной икры.\n"
        "Вывезти из страны черную икру для личных нужд разрешено в количестве не более "
        "250 граммов на человека."
    )
    (r,) = extract_text(text)
    assert (r.substance, r.quantity_kg) == ("caviar", 1.0)


def test_a_bare_kilogram_of_something_else_is_not_the_goods_beside_it() -> None:
    text = "На таможенном посту в сумке обнаружили 7 кг марихуаны, бутылка водки и килограмм чая."
    found = [(r.substance, r.quantity_kg) for r in extract_text(text)]
    assert found == [("cannabis herb", 7.0)]


def test_a_count_does_not_reach_over_the_vehicles_it_names() -> None:
    text = (
        "Калининградские таможенники нашли в 6 автомобилях с тайниками крупную контрабанду "
        "сигарет.\nВ каждом транспортном средстве в тайниках сокрыты сигареты различных марок, "
        "общее число которых составило почти 18 тысяч пачек."
    )
    counts = [r.quantity_count for r in extract_text(text)]
    assert counts == [18000]


def test_a_weapon_the_guards_used_is_not_seized_goods() -> None:
    text = (
        "Sərhəd pozucuları silahlı müqavimət göstərib, sərhədçilərin silah tətbiq etməsi "
        "nəticəsində 1 ədəd bağlamada 5 kq marixuana götürülüb."
    )
    assert {r.substance for r in extract_text(text)} == {"cannabis herb"}


def test_a_recalled_seizure_without_its_goods_named_is_not_the_reports_goods() -> None:
    text = (
        "В аэропорту Домодедово таможенники обнаружили у пассажира пакет с банками черной икры. "
        "Общий вес товара составил 5 килограммов.\n"
        "Ранее дагестанские таможенники пресекли попытку незаконного провоза более 22 тонн "
        "эпимедиумной пасты под видом меда."
    )
    found = {(r.substance, r.quantity_kg) for r in extract_text(text)}
    assert ("caviar", 5.0) in found and ("caviar", 22000.0) not in found


def test_a_bulleted_list_under_a_total_is_not_a_list_of_seizures() -> None:
    text = (
        "В августе Пограничной службой КНБ было предотвращено 1 352 факта незаконного "
        "перемещения товаров и грузов через госграницу, в том числе:\n"
        "• наркотических средств - более 5 кг;\n"
        "• ГСМ - 499 фактов (более 18 500 литров)."
    )
    assert extract_text(text) == []


def test_a_figure_per_unit_is_not_a_find_of_its_own() -> None:
    text = (
        "В пункте пропуска «Брузги» таможенники изъяли 1,1 кг кокаина.\n"
        "В обшивке автомобиля нашли две упаковки с кокаином - каждая по 550 г."
    )
    assert [r.quantity_kg for r in extract_text(text)] == [1.1]


def test_a_figure_in_a_product_name_is_not_the_count() -> None:
    text = (
        "Dövlət Sərhəd Xidmətinin “Göytəpə” sərhəd dəstəsinin xidməti ərazisində 100 ədəd "
        "narkotik tərkibli metadon M – 40 həbinin İrandan keçirilməsinin qarşısı alınıb."
    )
    (r,) = extract_text(text)
    assert (r.substance, r.quantity_count, r.count_unit) == ("methadone", 100, "pills")


def test_a_generic_figure_with_its_parts_in_brackets_is_their_total() -> None:
    text = (
        "Border guards of the State Border Service found two parcels near the Azraz River, in "
        "which there were 13.3 kg of drugs (9 kg and 880 grams of marijuana, 3 kg and 250 "
        "grams of opium and 2 thousand tablets of methadone)."
    )
    substances = sorted(r.substance for r in extract_text(text))
    assert substances == ["cannabis herb", "methadone", "opium"]


def test_two_days_of_national_figures_are_a_total() -> None:
    text = (
        "Polis əməkdaşlarının keçirdikləri əməliyyat tədbirləri ilə avqustun 10-da və 11-də "
        "ümumi çəkisi 35 kiloqramdan artıq narkotik vasitə aşkar olunaraq götürülüb.\n"
        "Bildirilib ki, qanunsuz dövriyyədən çıxarılan narkotik vasitələr - 2.7 kiloqramdan "
        "artıq heroin, 31 kiloqrama yaxın marixuana, 1.9 kiloqrama yaxın metamfetamin olub."
    )
    assert extract_text(text) == []


def test_an_azerbaijani_allowance_is_not_a_seizure() -> None:
    text = (
        "Dövlət Gömrük Komitəsinin inspektoru bildirib ki, hər bir vətəndaş maksimum 20 qram "
        "qızıl, 0.5 karat almaz keçirə bilər."
    )
    assert extract_text(text) == []
