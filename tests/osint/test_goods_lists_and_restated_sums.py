"""Several goods listed to a sentence with a figure each, goods named under their own labels
(computers, bird's nests, perfume, helmets, batteries, lemons, light bulbs, walnuts, clothing),
everyday goods counted apart from contraband, weights told in the next sentence, figures a
report restates or sums (a headline a little short of its parts, a weight rounded down, a
tally framed before its figures), and number forms (tonnes joined to kilogrammes by "and",
thousands set apart by a space, a calibre led by a point)."""

import pytest
from tests.osint.reading import Goods, goods_found

_RU = "Таможенники на посту Верхний Ларс обнаружили в грузовике "
_AZ = "Gömrükçülər Astara gömrük postunda yük avtomobilində "
_EN = "Customs officers at the Astara border crossing point inspected a truck and found "


# Goods the labels name more specifically than a broad class, in each language.
_SPECIFIC: list[tuple[str, Goods]] = [
    (_EN + "120 tablet computers.", ("computers", None, 120.0, "items")),
    (_RU + "35 ноутбуков.", ("computers", None, 35.0, "items")),
    (_AZ + "35 ədəd noutbuk aşkar edilib.", ("computers", None, 35.0, "items")),
    (_EN + "250 kilogrammes of edible bird's nests.", ("bird's nests", 250.0, None, None)),
    (_RU + "40 кг ласточкиных гнезд.", ("bird's nests", 40.0, None, None)),
    (_AZ + "40 kq quş yuvası aşkar edilib.", ("bird's nests", 40.0, None, None)),
    (_EN + "2,000 bottles of perfume.", ("perfume", None, 2000.0, "bottles")),
    # Perfume is counted in bottles, in whatever word (621's labels).
    (_RU + "300 флаконов духов.", ("perfume", None, 300.0, "bottles")),
    (_AZ + "300 ədəd ətir aşkar edilib.", ("perfume", None, 300.0, "bottles")),
    (_EN + "500 safety helmets.", ("helmets", None, 500.0, "items")),
    (_RU + "60 мотошлемов.", ("helmets", None, 60.0, "items")),
    (_AZ + "60 ədəd dəbilqə aşkar edilib.", ("helmets", None, 60.0, "items")),
    (_EN + "3 tons of car batteries.", ("batteries", 3000.0, None, None)),
    (_RU + "2 тонны аккумуляторов.", ("batteries", 2000.0, None, None)),
    (_AZ + "2 ton batareya aşkar edilib.", ("batteries", 2000.0, None, None)),
    (_EN + "2 tons 500 kilograms of lemons.", ("lemons", 2500.0, None, None)),
    (_RU + "5 тонн лимонов.", ("lemons", 5000.0, None, None)),
    (_AZ + "5 ton limon aşkar edilib.", ("lemons", 5000.0, None, None)),
    (_EN + "8,400 light bulbs.", ("light bulbs", None, 8400.0, "items")),
    (_RU + "8400 лампочек.", ("light bulbs", None, 8400.0, "items")),
    (_AZ + "8400 ədəd lampa aşkar edilib.", ("light bulbs", None, 8400.0, "items")),
    (_EN + "2 tonnes of walnuts.", ("walnuts", 2000.0, None, None)),
    (_RU + "2 тонны грецких орехов.", ("walnuts", 2000.0, None, None)),
    (_AZ + "2 ton qoz ləpəsi aşkar edilib.", ("walnuts", 2000.0, None, None)),
    (_EN + "126 scarfs.", ("clothing", None, 126.0, "items")),
    (_RU + "8 чемоданов с одеждой.", ("clothing", None, 8.0, "suitcases")),
    (_AZ + "8 çamadan geyim aşkar edilib.", ("clothing", None, 8.0, "suitcases")),
    (_EN + "550 kilogrammes of fur.", ("fur products", 550.0, None, None)),
    (_RU + "20 кг пушнины.", ("fur products", 20.0, None, None)),
]


@pytest.mark.parametrize(("text", "expected"), _SPECIFIC)
def test_goods_are_read_under_their_own_label(text: str, expected: Goods) -> None:
    assert expected in goods_found(text)


# The broad classes keep what is not the specific goods.
_BROAD: list[tuple[str, str]] = [
    (_EN + "2 tonnes of hazelnuts.", "nuts"),
    (_RU + "5 тонн мандаринов.", "fruit and vegetables"),
    (_EN + "300 bottles of cosmetics.", "cosmetics"),
    (_RU + "40 кг косметики.", "cosmetics"),
    (_EN + "1330 counterfeit Bluetooth speakers.", "consumer goods"),
]


@pytest.mark.parametrize(("text", "label"), _BROAD)
def test_broad_classes_keep_other_goods(text: str, label: str) -> None:
    assert [g[0] for g in goods_found(text)] == [label]


def test_a_list_of_goods_with_a_figure_each_is_one_find_per_goods() -> None:
    text = (
        "Hong Kong Customs seized goods on a river trade vessel. The goods seized included "
        "about 800 tablet and notebook computers, 200 high-end mobile phones, 250 kilogrammes "
        "of edible bird's nests, 550 kilogrammes of fur and other assorted goods."
    )
    assert goods_found(text) == [
        ("computers", None, 800.0, "items"),
        ("mobile phones", None, 200.0, "phones"),
        ("bird's nests", 250.0, None, None),
        ("fur products", 550.0, None, None),
    ]


def test_a_dose_word_before_other_goods_is_their_kind_not_their_unit() -> None:
    assert goods_found("Police seized 800 tablet of ecstasy and 300 tablets of Tramadol.") == [
        ("mdma", None, 800.0, "tablets"),
        ("tramadol", None, 300.0, "tablets"),
    ]


def test_counted_everyday_goods_seized_in_a_paragraph_apart_from_a_weapon_are_finds() -> None:
    text = (
        "CBP officers intercepted a .44 magnum revolver and 300 rounds of ammunition "
        "concealed in a paint can being exported to Montenegro.\n\n"
        "The seizure totaled 29,000 bottles of perfume. Additionally, 1330 counterfeit "
        "Bluetooth speakers, 570 jackets with YKK brand zippers and 500 safety helmets were "
        "also seized."
    )
    assert goods_found(text) == [
        ("firearms", None, 1.0, "pieces"),
        ("ammunition", None, 300.0, "rounds"),
        ("perfume", None, 29000.0, "bottles"),
        ("consumer goods", None, 1330.0, "items"),
        ("clothing", None, 570.0, "items"),
        ("helmets", None, 500.0, "items"),
    ]


def test_everyday_goods_a_load_is_said_to_hold_stay_no_find() -> None:
    text = (
        "Border Force officers inspected the lorry's trailer and found 6 tonnes of loose "
        "tobacco piled up on ten pallets.\n\n"
        "Paperwork for the vehicle showed it should have contained dozens of washing "
        "machines, but only four appliances were onboard."
    )
    assert [g[0] for g in goods_found(text)] == ["tobacco"]


def test_a_weight_told_in_the_next_sentence_is_the_goods_named_before() -> None:
    text = (
        "Border guards stopped a Mitsubishi Delica which was transporting clothes. "
        "The weight of goods was 1.5 tons."
    )
    assert goods_found(text) == [("clothing", 1500.0, None, None)]


def test_a_weight_after_a_sentence_with_its_own_figure_is_not_moved() -> None:
    text = (
        "Border guards stopped a van carrying 200 kg of lemons. The weight of the van was 3 tons."
    )
    assert goods_found(text) == [("lemons", 200.0, None, None)]


@pytest.mark.parametrize(
    ("text", "kg"),
    [
        ("Таможенники изъяли 2 тонны и 464 кг опиума на границе.", 2464.0),
        ("Polis əməliyyat zamanı 2 ton və 464 kq tiryək aşkar edib.", 2464.0),
        ("Police seized 2 tonnes and 464 kg of opium.", 2464.0),
    ],
)
def test_tonnes_and_kilogrammes_joined_by_and_are_one_weight(text: str, kg: float) -> None:
    assert goods_found(text) == [("opium", kg, None, None)]


def test_two_weights_of_two_drugs_joined_by_and_stay_apart() -> None:
    assert goods_found("Таможенники изъяли 5 кг героина и 3 кг опиума.") == [
        ("heroin", 5.0, None, None),
        ("opium", 3.0, None, None),
    ]


def test_a_headline_sum_a_little_short_of_three_listed_parts_is_their_total() -> None:
    text = (
        "В Тегеране задержано 2 тонны и 293 кг наркотиков\n\n"
        "В ходе операции полицейские изъяли 155 кг гашиша, 2 тонны и 464 кг опиума, 39 кг "
        "морфина и 58 г героина."
    )
    assert [g[0] for g in goods_found(text)] == ["cannabis resin", "opium", "morphine", "heroin"]


def test_a_headline_figure_far_below_its_parts_stays_a_find() -> None:
    text = (
        "В Тегеране изъято 100 кг наркотиков\n\n"
        "В ходе другой операции полицейские изъяли 155 кг гашиша, 2 тонны и 464 кг опиума и "
        "39 кг морфина."
    )
    assert "drugs (unspecified)" in [g[0] for g in goods_found(text)]


def test_a_weight_rounded_down_restates_the_exact_one() -> None:
    text = (
        "İstanbulda avtomobildə 33 kilo 576 qram ağırlığında 39 ədəd xalis qızıl külçə aşkar "
        "edilib. Azərbaycanda 1 kiloqram qızılın qiyməti 36 min dollardır. 33 kiloqram qızıl "
        "isə 1 milyon 188 min dollar edir."
    )
    assert goods_found(text) == [("gold", 33.576, 39.0, "bars")]


@pytest.mark.parametrize(
    "text",
    [
        "The customs inspectors discovered in the floor of a bus 18 020 cigarette, Winston.",
        "Таможенники обнаружили в полу автобуса 18 020 сигарет.",
    ],
)
def test_thousands_set_apart_by_a_space_are_one_figure(text: str) -> None:
    assert goods_found(text) == [("cigarettes", None, 18020.0, "cigarettes")]


def test_a_year_before_a_figure_is_not_its_thousands() -> None:
    assert goods_found("In 2019 250 kg of heroin were seized at the port.") == [
        ("heroin", 250.0, None, None)
    ]


def test_a_calibre_led_by_a_point_is_no_count() -> None:
    assert goods_found("CBP officers intercepted a .44 magnum revolver at the port.") == [
        ("firearms", None, 1.0, "pieces")
    ]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Azərbaycanın gömrük orqanları tərəfindən Sumqayıt şəhəri yaxınlığında "
            "qaçaqmalçıların müxtəlif vaxtlarda ölkəyə gətirdikləri tütün məmulatları məhv "
            "edilib.\n\n299260 qutu tütün məmulatları Xaçmaz, Balakən və Astaranın gömrük "
            "idarələri tərəfindən müsadirə edilib."
        ),
        (
            "Таможня уничтожила табачные изделия, в разное время изъятые у контрабандистов.\n\n"
            "299260 пачек сигарет были конфискованы Бакинской и Астаринской таможнями."
        ),
        (
            "Сотрудники Владивостокской таможни в 2025 году пресекли несколько попыток "
            "контрабанды. Большая часть изъятого - 411 бутылок алкоголя и более 55 000 "
            "сигарет - была обнаружена в тайниках. Контрабандисты прятали товары в запчастях "
            "автомобилей."
        ),
    ],
)
def test_figures_a_tally_frames_are_no_seizure(text: str) -> None:
    assert goods_found(text) == []


def test_one_car_beside_a_year_keeps_its_find() -> None:
    text = (
        "Сотрудники таможни в 2025 году пресекли несколько попыток контрабанды. В автомобиле "
        "жителя Находки обнаружено 40 бутылок виски."
    )
    assert goods_found(text) != []


def test_a_poachers_boat_beside_the_catch_is_gear_not_a_find() -> None:
    text = (
        "Kənd sakinlərindən 1 ədəd rezin qayıq, 2 ədəd domca və 93 ədəd xramulya balığı götürülüb."
    )
    assert goods_found(text) == [("fish", None, 93.0, "items")]


def test_boats_seized_on_their_own_are_a_find() -> None:
    text = _AZ + "3 ədəd şişmə qayıq aşkar edilib."
    assert goods_found(text) == [("inflatable boats", None, 3.0, "items")]


def test_bream_is_fish() -> None:
    text = "Balıqçılardan 51 ədəd sıf balığı və 8 ədəd çapaq götürülüb."
    assert ("fish", None, 8.0, "items") in goods_found(text)


@pytest.mark.parametrize(
    "text",
    [
        _EN + "500 elephant tusks.",
        _RU + "500 бивней слона.",
        _AZ + "500 ədəd fil sümüyü aşkar edilib.",
    ],
)
def test_ivory_is_counted_in_tusks(text: str) -> None:
    assert goods_found(text) == [("ivory", None, 500.0, "items")]


def test_ivory_weighed_stays_weighed() -> None:
    assert goods_found(_EN + "12 kg of ivory.") == [("ivory", 12.0, None, None)]


def test_a_day_of_the_month_before_counted_goods_is_no_count() -> None:
    text = "Earlier on Sept 18, elephant tusks from Congo were also seized at the airport."
    assert goods_found(text) == [("ivory", None, None, None)]


def test_pills_found_in_everyday_goods_are_not_those_goods() -> None:
    text = (
        "Efforts to smuggle 8.3 million pills of Captagon were scuppered by customs.\n\n"
        "The other, nearly 5.3 million, pills were found in barrels made of silicone.\n\n"
        "One set of over three million pills were discovered in a shipment of onions."
    )
    assert "onions" not in [g[0] for g in goods_found(text)]
