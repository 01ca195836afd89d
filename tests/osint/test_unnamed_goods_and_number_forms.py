"""Goods the vocabulary does not name, the broad classes customs seize, and English number forms
that part or join a weight's digits."""

import pytest
from tests.osint.reading import Goods, goods_found

from kordon.osint import extract_text
from kordon.osint.lexicon import GENERAL_GOODS
from kordon.osint.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dövlət Sərhəd Xidmətinin məlumatına görə, sərhəd pozucusu Gürcüstandan "
            "Azərbaycana 25 baş xırdabuynuzlu heyvan gətirərkən saxlanılıb.",
            ("sheep", None, 25.0, "heads"),
        ),
        (
            "Dövlət Gömrük Komitəsinin məlumatına görə, gömrük postunda yük avtomobilindən "
            "bəyan olunmayan 40 top elektrik kabeli aşkar edilib.",
            ("electric cables", None, 40.0, "rolls"),
        ),
        (
            "Dövlət Gömrük Komitəsinin məlumatına görə, gömrük postunda 12 ədəd avtomobil "
            "təkəri aşkar edilib.",
            ("tyres", None, 12.0, "pieces"),
        ),
        (
            "Таможенники Астары изъяли 15 мешков сахара, ввозимых из Ирана без декларации.",
            ("sugar", None, 15.0, "sacks"),
        ),
    ],
)
def test_broad_classes_of_seized_goods_are_named_in_english(text: str, expected: Goods) -> None:
    assert expected in goods_found(text)


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        (
            "Dövlət Gömrük Komitəsinin məlumatına görə, Astara gömrük postunda yük "
            "avtomobilindən bəyan olunmayan 40 top pərdə parçası aşkar edilib.",
            40.0,
            "rolls",
        ),
        (
            "Таможенники Астары изъяли 20 мешков садового инвентаря, ввозимых из Ирана без "
            "декларации.",
            20.0,
            "sacks",
        ),
    ],
)
def test_goods_no_list_names_are_read_as_the_widest_class(
    text: str, count: float, unit: str
) -> None:
    records = extract_text(text)
    assert [(r.substance, r.quantity_count, r.count_unit) for r in records] == [
        (GENERAL_GOODS, count, unit)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # People counted are no goods.
        "Polis əməkdaşları tərəfindən keçirilən əməliyyat zamanı 8 nəfər saxlanılıb.",
        # Sacks beside drugs are what the drugs were hidden in.
        "Gömrük postunda 119 kisə kartof arasında gizlədilmiş 12 kiloqram heroin aşkar edilib.",
        # Goods no list names, counted with no seizure told.
        "Sərhəd zastavasının ərazisində 30 baş heyvan otarılır.",
        # A name after a figure is no goods.
        "Gömrük postunda 10 top Dövlət Sərhəd Xidməti tərəfindən aşkar edilib.",
    ],
)
def test_counts_of_people_packing_and_names_are_no_goods(text: str) -> None:
    found = goods_found(text)
    assert all(unit not in ("rolls", "sacks", "heads") for *_, unit in found), found
    assert all(s not in ("heroin",) or kg == 12.0 for s, kg, _, _ in found), found


def test_duty_goods_named_beside_drugs_without_a_figure_are_where_the_drugs_were() -> None:
    text = (
        "Officers seized nearly 100 pounds of liquid methamphetamine stored inside iced tea "
        "bottles and car parts in the trunk."
    )
    assert [s for s, *_ in goods_found(text)] == ["methamphetamine"]


@pytest.mark.parametrize(
    ("text", "kg"),
    [
        ("a total weight of 52 kilograms, 875 grams, as well as pills", 52.875),
        ("52.875 kilograms of heroin were seized", 52.875),
        ("1.200 kg of hashish", 1.2),
        ("11 kg and 987 grams of cocaine", 11.987),
    ],
)
def test_english_weights_with_grams_or_a_decimal_point(text: str, kg: float) -> None:
    weights = [q.value for q in find_quantities(text)]
    assert weights[0] == pytest.approx(kg)


def test_a_comma_between_two_weights_of_one_unit_size_parts_two_weights() -> None:
    assert [q.value for q in find_quantities("5 kg, 300 kg of cocaine")] == [5.0, 300.0]


def test_a_code_in_a_products_name_is_not_a_count() -> None:
    found = find_quantities("9,980 methadone M-40 tablets were seized")
    assert [(q.value, q.count_unit) for q in found] == [(9980.0, "tablets")]


def test_a_bracketed_list_after_a_generic_word_shares_its_figure() -> None:
    text = (
        "During the inspection of the area, a total of 64.3 kilograms of narcotics (marijuana "
        "and of opium) were discovered and confiscated. Officers also seized narcotic drugs "
        "with a total weight of 5 kilograms, as well as 80 methadone tablets."
    )
    found = goods_found(text)
    assert ("drugs (unspecified)", 64.3, None, None) in found
    assert ("drugs (unspecified)", 5.0, None, None) in found
    assert ("methadone", None, 80.0, "tablets") in found


@pytest.mark.parametrize(
    "text",
    [
        "Officers found 12 kilograms of fentanyl hidden in boxes of ceramic tiles. During the "
        "inspection, officers noticed the boxes of ceramic tiles in the bed of the truck.",
        "During a search of her baggage, officers discovered clothing that felt unusually stiff "
        "and seized 3 kilograms of methamphetamine.",
    ],
)
def test_everyday_goods_named_without_a_figure_are_the_load_not_a_find(text: str) -> None:
    assert all(s not in ("building materials", "textiles") for s, *_ in goods_found(text))


def test_everyday_goods_with_a_figure_are_a_find() -> None:
    text = "Customs officers seized 400 kilograms of black tea smuggled from Iran."
    assert ("tea", 400.0, None, None) in goods_found(text)
