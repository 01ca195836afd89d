"""Quantities as Russian and Azerbaijani reports write them."""

import pytest

from kordon.domain.quantity import QuantityUnit
from kordon.osint.amounts import find_amounts
from kordon.osint.quantities import Qualifier
from kordon.osint.vocabulary import vocabulary


def one(text: str, language: str) -> tuple[float, str, str, str | None]:
    (q,) = find_amounts(text, vocabulary(language))
    return round(q.value, 6), q.unit.value, q.qualifier.value, q.count_unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("изъято 301 кг 475 граммов героина", (301.475, "kg", "exact", None)),
        ("1 тонна 167 кг гашиша", (1167.0, "kg", "exact", None)),
        ("свыше 5 кг опия", (5.0, "kg", "more_than", None)),
        ("около 30 килограммов 599 граммов", (30.599, "kg", "approx", None)),
        ("сорок четыре килограмма героина", (44.0, "kg", "exact", None)),
        ("полтора килограмма наркотика", (1.5, "kg", "exact", None)),
        ("двумя килограммами опиума", (2.0, "kg", "exact", None)),
        ("общим весом 9,5 кг", (9.5, "kg", "exact", None)),
        ("2,4 тыс. пачек сигарет", (2400.0, "pieces", "exact", "packs")),
        ("1 млн 180 тыс. сигарет", (1180000.0, "pieces", "exact", "cigarettes")),
        ("18 тысяч 720 пачек", (18720.0, "pieces", "exact", "packs")),
        ("полмиллиона пачек", (500000.0, "pieces", "exact", "packs")),
        ("689 960 штук", (689960.0, "pieces", "exact", "pieces")),
        ("вес брутто составил 53,4 кг", (53.4, "kg", "gross", None)),
    ],
)
def test_russian_quantity_forms(text: str, expected: tuple[float, str, str, str | None]) -> None:
    assert one(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("301 kiloqram 475 qram heroin", (301.475, "kg", "exact", None)),
        ("1 ton 167 kq", (1167.0, "kg", "exact", None)),
        ("təxminən 30 kq marixuana", (30.0, "kg", "approx", None)),
        ("ümumi təqribi çəkisi 70 kiloqram 410 qram", (70.41, "kg", "approx", None)),
        ("qırx dörd kiloqram heroin", (44.0, "kg", "exact", None)),
        ("103 kq 395 q marixuana", (103.395, "kg", "exact", None)),
        ("1,82 qram tiryək", (0.00182, "kg", "exact", None)),
        ("6 388 qram narkotik", (6.388, "kg", "exact", None)),
        ("43 kiloqramdan artıq həşiş", (43.0, "kg", "more_than", None)),
        ("40 milyona yaxın siqaret", (40000000.0, "pieces", "approx", "cigarettes")),
        ("39 milyon 948 min 449 ədəd siqaret", (39948449.0, "pieces", "exact", "cigarettes")),
        ("111 072 (yüz on bir min yetmiş iki) qutu", (111072.0, "pieces", "exact", "packs")),
        ("5000 ədəd “metodon-40” həbi", (5000.0, "pieces", "exact", "pills")),
    ],
)
def test_azerbaijani_quantity_forms(
    text: str, expected: tuple[float, str, str, str | None]
) -> None:
    assert one(text, "az") == expected


def test_money_years_and_cover_loads_are_not_quantities() -> None:
    assert find_amounts("стоимостью 150 млн рублей, 13 января 2020 г.", vocabulary("ru")) == []
    assert find_amounts("dəyəri 330 000 AZN olan", vocabulary("az")) == []


def test_a_list_of_weights_gives_each_in_order() -> None:
    found = find_amounts("(20 kq 700 qr “marixuana” və 1 kq “tiryək”, 200 qr “heroin”)",
                         vocabulary("az"))  # fmt: skip
    assert [round(q.value, 3) for q in found] == [20.7, 1.0, 0.2]
    assert all(q.unit is QuantityUnit.KG and q.qualifier is Qualifier.EXACT for q in found)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        # Four words to a group of three digits and one to its magnitude: fourteen in all.
        (
            "doqquz yüz səksən yeddi milyon altı yüz əlli dörd min üç yüz iyirmi bir ədəd siqaret",
            "az",
            987_654_321.0,
        ),
        (
            "два миллиарда девятьсот восемьдесят семь миллионов шестьсот пятьдесят четыре "
            "тысячи триста двадцать три пачки сигарет",
            "ru",
            2_987_654_323.0,
        ),
    ],
)
def test_a_long_number_in_words_is_read_whole(text: str, language: str, value: float) -> None:
    assert one(text, language)[0] == value
