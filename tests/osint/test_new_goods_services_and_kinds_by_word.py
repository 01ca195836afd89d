"""Goods classes the labels took up with 513-536 (silencers, firearm parts, magazines, betel
leaves, caviar in jars), alcoholic beverages named by kind or container, kinds counted one by
one before a single goods word, and the services of countries the gazetteer did not name."""

import pytest

from kordon.osint import extract_text

from .reading import goods_found

Goods = tuple[str, float | None, float | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Сотрудники таможни в аэропорту изъяли у пассажира 3 глушителя и 40 патронов.",
            [("silencers", None, 3.0, "pieces"), ("ammunition", None, 40.0, "rounds")],
        ),
        (
            "Border officers at the port found 4 suppressors and 2 pistols in the trunk of a car.",
            [("silencers", None, 4.0, "pieces"), ("firearms", None, 2.0, "pieces")],
        ),
        (
            "Polis əməkdaşları Gəncədə onun evindən 2 ədəd səsboğan və 30 ədəd patron aşkar "
            "ediblər.",
            [("silencers", None, 2.0, "pieces"), ("ammunition", None, 30.0, "rounds")],
        ),
        (
            "Gömrükçülər Bakıda poçt göndərişindən 120 ədəd silahın əsas hissələri aşkar ediblər.",
            [("firearm parts", None, 120.0, "pieces")],
        ),
        (
            "Таможенники в Самаре обнаружили в посылке 65 частей огнестрельного оружия.",
            [("firearm parts", None, 65.0, "pieces")],
        ),
        (
            "Customs officers at the airport seized 80 gun parts from a parcel.",
            [("firearm parts", None, 80.0, "pieces")],
        ),
        (
            "Customs officers at the port seized 12 rifle magazines hidden in a crate.",
            [("magazines", None, 12.0, "pieces")],
        ),
        (
            "Customs officers at the airport seized 2,400 packs of betel leaves from a passenger.",
            [("betel leaves", None, 2400.0, "packs")],
        ),
    ],
)
def test_goods_classes_the_labels_took_up(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


def test_magazines_for_a_named_weapon_are_counted_and_a_shop_is_not_goods() -> None:
    text = "Таможенники в Новосибирске изъяли 25 магазинов к автоматам Калашникова и 300 патронов."
    found = goods_found(text)
    assert ("magazines", None, 25.0, "pieces") in found
    assert ("ammunition", None, 300.0, "rounds") in found
    shop = "Полицейские в Курске изъяли в магазине 12 кг гашиша."
    assert [g[0] for g in goods_found(shop)] == ["cannabis resin"]


@pytest.mark.parametrize(
    "text",
    [
        "Пограничники на пункте пропуска обнаружили у пассажира 60 банок красной икры.",
        "Customs officers at the airport found 60 jars of black caviar in a suitcase.",
        "Gömrükçülər Astara gömrük postunda sərnişinin çamadanında 60 banka qara kürü aşkar "
        "ediblər.",
    ],
)
def test_caviar_counted_in_jars(text: str) -> None:
    assert goods_found(text) == [("caviar", None, 60.0, "jars")]


def test_vodka_and_spirits_are_alcoholic_beverages_not_ethanol_or_drugs() -> None:
    vodka = "Customs officers at the port seized 4,200 bottles of contraband vodka in a container."
    spirits = "Customs officers at the port seized 120 bottles of spirits from a van."
    assert goods_found(vodka) == [("alcoholic beverages", None, 4200.0, "bottles")]
    assert goods_found(spirits) == [("alcoholic beverages", None, 120.0, "bottles")]


def test_alcohol_in_a_report_of_alcoholic_drinks_is_the_drinks() -> None:
    text = (
        "Customs officers stopped a lorry in the village carrying plastic barrels of alcoholic "
        "drinks. The total quantity of the alcohol seized is 640 liters."
    )
    assert [(r.substance, r.quantity_litres) for r in extract_text(text)] == [
        ("alcoholic beverages", 640.0)
    ]


def test_contraband_alone_is_still_unnamed_goods() -> None:
    text = "Customs officials at the airport found 12 kilograms of contraband in a suitcase."
    assert goods_found(text) == [("drugs (unspecified)", 12.0, None, None)]


def test_english_kinds_counted_before_one_goods_word_are_one_find_each() -> None:
    text = (
        "Officers at the airport seized 20 Red-Eared, 6 Box turtles and 4 Leopard tortoises "
        "from a passenger."
    )
    assert goods_found(text) == [
        ("reptiles", None, 20.0, "items"),
        ("reptiles", None, 6.0, "items"),
        ("reptiles", None, 4.0, "items"),
    ]


def test_azerbaijani_kind_named_by_one_word_before_the_goods_word() -> None:
    text = (
        "Sahil Mühafizəsi əməkdaşları Lənkəranda qayıqdan 40 ədəd külmə və 9 ədəd çapaq "
        "balığı götürüblər."
    )
    assert goods_found(text) == [("fish", None, 40.0, "items"), ("fish", None, 9.0, "items")]


def test_goods_of_their_own_before_cartridges_are_no_kind_of_them() -> None:
    text = "Polis əməkdaşları Şəkidə onun evindən 1 ədəd daraq və 25 ədəd patron götürüblər."
    assert goods_found(text) == [("ammunition", None, 25.0, "rounds")]
    gear = (
        "Polis əməkdaşları Mingəçevirdə onlardan 2 ədəd elektrik akkumulyatoru və 60 ədəd "
        "çəki balığı götürüblər."
    )
    assert goods_found(gear) == [("fish", None, 60.0, "items")]


def test_a_figure_after_kalibrli_is_a_count_not_a_calibre() -> None:
    text = "Polis əməkdaşları Gəncədə müxtəlif kalibrli 2500 ədəd patron aşkar ediblər."
    assert goods_found(text) == [("ammunition", None, 2500.0, "rounds")]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Сотрудники Тюменской таможни в аэропорту Рощино обнаружили у пассажира 40 кг икры.",
            "Tyumen customs",
        ),
        (
            "Сотрудники Крымской таможни обнаружили 200 патронов в багаже пассажира.",
            "Crimean customs",
        ),
        (
            "Rusiya Federal Təhlükəsizlik Xidməti Moskvada 15 ədəd odlu silah müsadirə edib.",
            "Federal Security Service",
        ),
        (
            "Customs seize 250 bottles of whisky at Malta Freeport. The bottles were found by "
            "customs officials in a container.",
            "Maltese customs",
        ),
        (
            "Customs officers at Shuwaikh Port seized 1,500 bottles of liquor hidden in a "
            "container arriving in Kuwait.",
            "Kuwaiti customs",
        ),
    ],
)
def test_services_of_countries_and_regions(text: str, agency: str) -> None:
    assert {r.reporting_agency for r in extract_text(text)} == {agency}


def test_a_find_abroad_with_no_known_place_is_in_the_country_named() -> None:
    text = (
        "Fransada limanda konteynerdə 2 ton kokain aşkarlanıb. Hüquq-mühafizə orqanları "
        "konteyneri Fransanın Havr limanında saxlayıblar."
    )
    records = extract_text(text)
    assert [(r.substance, r.country, r.reporting_agency) for r in records] == [
        ("cocaine", "FR", "French police")
    ]


def test_bare_pills_in_a_report_of_named_medicines_are_the_medicines() -> None:
    text = (
        "Customs officers at the airport seized counterfeit Viagra tablets sent by post. The "
        "parcel was declared as vitamins but contained 240 pills."
    )
    assert goods_found(text) == [("medicines", None, 240.0, "pills")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs officers at the airport seized 35 dried seahorses from a passenger.",
            [("wildlife products", None, 35.0, "items")],
        ),
        (
            "Таможенники в аэропорту изъяли у пассажира 35 сушеных морских коньков.",
            [("wildlife products", None, 35.0, "items")],
        ),
        (
            "Gömrükçülər hava limanında sərnişinin baqajından 35 ədəd dəniz atı aşkar ediblər.",
            [("wildlife products", None, 35.0, "items")],
        ),
        (
            "Customs officers at the airport seized 14 kilograms of pork products from a "
            "passenger.",
            [("meat", 14.0, None, None)],
        ),
    ],
)
def test_wildlife_products_and_meat(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


def test_a_figure_over_months_of_a_year_is_a_total_not_the_find() -> None:
    text = (
        "Gömrükçülər Astarada yük maşınından 40 kq heroin aşkar ediblər. Məlumata görə, yanvar "
        "və iyun aylarında ölkədə 3 ton narkotik müsadirə edilib."
    )
    assert goods_found(text) == [("heroin", 40.0, None, None)]


def test_the_offenders_nationality_is_not_where_the_find_happened() -> None:
    text = (
        "Пограничники задержали автомобиль. Гражданин Литвы в тайнике автомобиля спрятал "
        "более 2 тысяч пачек сигарет."
    )
    assert [(r.substance, r.country) for r in extract_text(text)] == [("cigarettes", None)]
