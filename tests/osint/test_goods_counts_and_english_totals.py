"""Goods the vocabulary names by class (spirits, fishing nets, consumer goods in bales), a
count described with its weight, an English total before its parts in brackets, a dose in a
product's name, and the places and hiding places of the reports of 321-344."""

import pytest
from tests.osint.reading import Goods, goods_found

from kordon.osint import extract_text
from kordon.osint.fields import find_concealment, find_place
from kordon.osint.quantities import find_quantities
from kordon.osint.readings import find_known_place, find_place_name
from kordon.osint.regional import gazetteer

_BORDER = "Dövlət Sərhəd Xidmətinin məlumatına görə, sərhəd zastavası ərazisində "


def test_spirits_counted_in_pieces_beside_drugs_are_bottles() -> None:
    found = goods_found(
        _BORDER + "avtomobilə baxış zamanı 3 kiloqram marixuana və 5 ədəd “Millionaire” "
        "markalı spirtli içkilər aşkar olunaraq götürülüb."
    )
    assert ("alcoholic beverages", None, 5.0, "bottles") in found
    assert ("cannabis herb", 3.0, None, None) in found


def test_packing_counted_beside_drugs_is_still_no_find() -> None:
    found = goods_found(_BORDER + "2 ədəd bağlamanın içərisində 3 kiloqram marixuana aşkar olunub.")
    assert [s for s, _, _, _ in found] == ["cannabis herb"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dövlət Gömrük Komitəsinin məlumatına görə, “Abşeron” gömrük postunda yükün "
            "içərisindən 4846 ədəd balıqtutan tor aşkar edilib.",
            ("fishing nets", None, 4846.0, "items"),
        ),
        (
            "По информации пресс-службы, пограничники обнаружили в грузовиках 2 тысячи 137 "
            "тюков с товарами народного потребления общим весом около 100 тонн.",
            ("consumer goods", 100000.0, 2137.0, "bales"),
        ),
        (
            "По данным таможни, у рыбаков изъяли 120 рыболовных сетей.",
            ("fishing nets", None, 120.0, "items"),
        ),
    ],
)
def test_common_customs_goods_classes_are_read(text: str, expected: Goods) -> None:
    assert expected in goods_found(text)


def test_cannabis_plants_described_with_their_weight_keep_both() -> None:
    found = goods_found(
        "Daxili İşlər Nazirliyinin məlumatına görə, polis əməkdaşları sakinin meşə zolağında "
        "yetişdirdiyi yaş kütləsi 300 kiloqramdan artıq, hündürlüyü 3 metrə qədər olan 753 "
        "ədəd çətənə bitkisi aşkar edib."
    )
    assert ("cannabis plants", 300.0, 753.0, "plants") in found


def test_a_weight_and_a_count_joined_by_and_are_two_finds() -> None:
    found = goods_found(
        "Daxili İşlər Nazirliyinin məlumatına görə, polis əməkdaşları sakinin evindən "
        "2 kiloqram marixuana və 40 ədəd çətənə kolu aşkar edib."
    )
    assert ("cannabis plants", None, 40.0, "plants") in found
    assert ("cannabis herb", 2.0, None, None) in found


def test_an_english_total_before_its_parts_in_brackets_is_their_sum() -> None:
    found = goods_found(
        "Border guards discovered a rubber boat containing drugs with a total weight of 102 kg "
        "(89 kg 940 g of marijuana, 4 kg 660 g of heroin, 7 kg 400 g of methamphetamine)."
    )
    kg = sorted(k for _, k, _, _ in found if k is not None)
    assert kg == [4.66, 7.4, 89.94]


def test_a_weight_restated_in_pounds_is_still_one_figure() -> None:
    figures = [q.text for q in find_quantities("seized 96.30 kilograms (212.30 lbs.) of cocaine")]
    assert figures == ["96.30 kilograms"]


def test_a_dose_in_a_products_name_is_not_the_count() -> None:
    found = goods_found(
        "Border guards seized 8,010 packages of Methadone M 40 tablets near the river bank."
    )
    assert ("methadone", None, 8010.0, "packs") in found


def test_packages_of_a_weighed_drug_are_its_packing() -> None:
    found = goods_found("Officers found five packages with 3 kg of cocaine hidden in the car.")
    assert [(s, k, c) for s, k, c, _ in found] == [("cocaine", 3.0, None)]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Officers discovered a rubber boat on the bank of the Araz River containing drugs.",
            "on the bank of the Araz River",
        ),
        (
            'Customs officers at the "Sariosiyo" railway border customs post found cigarettes.',
            "Sariosiyo railway border customs post",
        ),
        (
            "A resident of Almalyk city of Tashkent region was detained.",
            "Almalyk city of Tashkent region",
        ),
    ],
)
def test_english_places_of_the_border_reports(sentence: str, place: str) -> None:
    assert find_place(sentence) == place


def test_a_river_named_without_a_bank_is_no_place() -> None:
    assert find_place("The smugglers crossed the river at night.") is None


def test_what_held_the_goods_is_the_concealment() -> None:
    found = find_concealment("Officers discovered a rubber boat on the bank containing drugs.")
    assert found == "a rubber boat"
    assert find_concealment("Officers discovered drugs containing heroin.") is None


def test_the_press_offices_regional_group_is_not_the_place() -> None:
    gaz = gazetteer("az")
    sentence = "Bu barədə Daxili İşlər Nazirliyinin Mətbuat Xidmətinin Bərdə regional qrupundan "
    assert find_known_place(sentence + "məlumat verilib.", gaz) is None
    sentence = "Yevlaxda narkotik bitkiləri yetişdirən şəxs saxlanılıb."
    found = find_place_name(sentence, gaz)
    assert found is not None and found.value == "Yevlax"
    russian = find_place_name("Задержан в Москве.", gazetteer("ru"))
    assert russian is not None and russian.value == "Москве"


def test_a_russian_border_outpost_in_quotes_is_the_place() -> None:
    text = (
        "Пограничники заставы «Аксу» Пограничной службы КНБ Казахстана задержали грузовик. "
        "При досмотре обнаружено 12 кг гашиша."
    )
    record = extract_text(text)[0]
    assert record.place is not None and "Аксу" in record.place
    assert record.reporting_agency == "Border Service of Kazakhstan"
    assert record.country == "KZ"


def test_a_country_after_a_preposition_does_not_own_the_agency() -> None:
    text = (
        "Сотрудники Федеральной таможенной службы задержали грузовик из Казахстана. "
        "При досмотре обнаружено 12 кг гашиша."
    )
    record = extract_text(text)[0]
    assert record.reporting_agency == "Federal Customs Service"


def test_the_goods_a_declaration_names_and_a_wagon_loaded_with_are_the_cover() -> None:
    from kordon.osint.readings import find_cover_cargo
    from kordon.osint.vocabulary import vocabulary

    az = find_cover_cargo(
        "Bəyannamədə “futbol topları və termos” kimi qeyd olunan yükün içərisindən 40 ədəd "
        "balıqtutan tor aşkar edilib.",
        vocabulary("az"),
        "fishing nets",
    )
    assert az is not None and "futbol" in az.value
    ru = find_cover_cargo(
        "Товарный вагон был гружен необработанным алюминием.", vocabulary("ru"), "heroin"
    )
    assert ru is not None and "алюминием" in ru.value
    assert find_cover_cargo("Вагон был осмотрен таможенниками.", vocabulary("ru"), "heroin") is None
