"""Goods customs and border services commonly seize, read under their own labels in English,
Russian and Azerbaijani: printed matter and religious items, discs, televisions, boats, dried
fruit and kurut, saplings, peanuts, coal, crayfish, hedgehogs, reptiles, grain, cotton; loose
tobacco apart from cigarettes; cigarettes counted in cartons and blocks."""

import pytest
from tests.osint.reading import Goods, goods_found

from kordon.osint import extract_text

_RU = "Таможенники на посту Верхний Ларс обнаружили в грузовике "
_AZ = "Gömrükçülər Astara gömrük postunda yük avtomobilində "
_EN = (
    "Customs officers of the State Customs Committee at the Astara border crossing point "
    "inspected a truck and found "
)


# Counted goods are read in each language.
_COUNTED: list[tuple[str, Goods]] = [
    (_RU + "470 церковных книг.", ("books", None, 470.0, "items")),
    (_AZ + "100 ədəd dini kitab aşkar edilib.", ("books", None, 100.0, "items")),
    (_EN + "100 religious books.", ("books", None, 100.0, "items")),
    (_RU + "280 открыток.", ("postcards", None, 280.0, "items")),
    (_AZ + "200 ədəd açıqca aşkar edilib.", ("postcards", None, 200.0, "items")),
    (_EN + "280 postcards.", ("postcards", None, 280.0, "items")),
    (_RU + "50 нательных крестиков.", ("crosses", None, 50.0, "items")),
    (_AZ + "50 ədəd xaç aşkar edilib.", ("crosses", None, 50.0, "items")),
    (_EN + "50 crucifixes.", ("crosses", None, 50.0, "items")),
    (_RU + "27 DVD-дисков.", ("DVDs", None, 27.0, "items")),
    (_AZ + "27 ədəd DVD disk aşkar edilib.", ("DVDs", None, 27.0, "items")),
    (_EN + "27 DVDs.", ("DVDs", None, 27.0, "items")),
    (_RU + "49 телевизоров.", ("televisions", None, 49.0, "items")),
    (_AZ + "40 televizor aşkar edilib.", ("televisions", None, 40.0, "items")),
    (_EN + "40 televisions.", ("televisions", None, 40.0, "items")),
    (_RU + "3 надувные лодки.", ("inflatable boats", None, 3.0, "items")),
    (_AZ + "3 ədəd şişmə qayıq aşkar edilib.", ("inflatable boats", None, 3.0, "items")),
    (_EN + "3 inflatable boats.", ("inflatable boats", None, 3.0, "items")),
]


# Weighed everyday goods are read in each language.
_WEIGHED: list[tuple[str, Goods]] = [
    (_RU + "500 кг изюма.", ("dried fruit", 500.0, None, None)),
    (_AZ + "500 kq kişmiş aşkar edilib.", ("dried fruit", 500.0, None, None)),
    (_EN + "500 kg of dried apricots.", ("dried fruit", 500.0, None, None)),
    (_RU + "2 тонны курута.", ("kurut", 2000.0, None, None)),
    (_AZ + "150 kq qurut aşkar edilib.", ("kurut", 150.0, None, None)),
    (_EN + "150 kg of kurut.", ("kurut", 150.0, None, None)),
    (_RU + "150 кг арахиса.", ("peanuts", 150.0, None, None)),
    (_AZ + "60 kq araxis aşkar edilib.", ("peanuts", 60.0, None, None)),
    (_EN + "60 kg of peanuts.", ("peanuts", 60.0, None, None)),
    (_RU + "свыше 7 тонн угля.", ("coal", 7000.0, None, None)),
    (_AZ + "10 ton kömür aşkar edilib.", ("coal", 10000.0, None, None)),
    (_EN + "10 tonnes of coal.", ("coal", 10000.0, None, None)),
    (_RU + "25 тонн пшеницы.", ("grain", 25000.0, None, None)),
    (_AZ + "25 ton buğda aşkar edilib.", ("grain", 25000.0, None, None)),
    (_EN + "25 tonnes of wheat.", ("grain", 25000.0, None, None)),
    (_RU + "3 тонны хлопка.", ("cotton", 3000.0, None, None)),
    (_AZ + "3 ton pambıq aşkar edilib.", ("cotton", 3000.0, None, None)),
    (_EN + "3 tonnes of raw cotton.", ("cotton", 3000.0, None, None)),
]


# Plants and animals are counted in each language.
_PLANTS_AND_ANIMALS: list[tuple[str, Goods]] = [
    (_RU + "2 300 саженцев абрикоса.", ("fruit tree saplings", None, 2300.0, "plants")),
    (_AZ + "2000 meyvə tingi aşkar edilib.", ("fruit tree saplings", None, 2000.0, "plants")),
    (_EN + "2,000 apricot saplings.", ("fruit tree saplings", None, 2000.0, "plants")),
    (_RU + "400 раков.", ("crayfish", None, 400.0, "items")),
    (_AZ + "400 çay xərçəngi aşkar edilib.", ("crayfish", None, 400.0, "items")),
    (_EN + "400 crayfish.", ("crayfish", None, 400.0, "items")),
    (_RU + "30 ежей.", ("hedgehogs", None, 30.0, "items")),
    (_AZ + "30 kirpi aşkar edilib.", ("hedgehogs", None, 30.0, "items")),
    (_EN + "30 live hedgehogs.", ("hedgehogs", None, 30.0, "items")),
    (_RU + "20 змей.", ("reptiles", None, 20.0, "items")),
    (_AZ + "20 ilan aşkar edilib.", ("reptiles", None, 20.0, "items")),
    (_EN + "20 snakes.", ("reptiles", None, 20.0, "items")),
    (_RU + "30 живых черепах.", ("reptiles", None, 30.0, "items")),
    (_AZ + "12 tısbağa aşkar edilib.", ("reptiles", None, 12.0, "items")),
    (_EN + "12 live turtles.", ("reptiles", None, 12.0, "items")),
]


@pytest.mark.parametrize(
    "text",
    [
        # Words that only look like the goods: peasants, a rocket, a district, a name.
        _RU + "крестьян и ракету.",
        _AZ + "Xaçmaz rayonunun sakinini saxlayıblar.",
        _EN + "nothing; the driver crosses the border daily.",
    ],
)
def test_words_that_look_like_goods_are_no_find(text: str) -> None:
    assert goods_found(text) == []


# Loose tobacco is not cigarettes and cigarettes count in cartons.
_TOBACCO: list[tuple[str, Goods]] = [
        (_EN + "five tonnes of hand-rolling tobacco. Tobacco and cigarettes fund crime.",
         ("tobacco", 5000.0, None, None)),
        (_EN + "six tonnes of loose tobacco.", ("tobacco", 6000.0, None, None)),
        (_RU + "20 кг табака.", ("tobacco", 20.0, None, None)),
        (_AZ + "20 kq tütün aşkar edilib.", ("tobacco", 20.0, None, None)),
        # Tobacco products are cigarettes.
        (_EN + "500 kg of tobacco products.", ("cigarettes", 500.0, None, None)),
        (_RU + "800 блоков табачных изделий.", ("cigarettes", None, 800.0, "blocks")),
        (_AZ + "800 blok siqaret aşkar edilib.", ("cigarettes", None, 800.0, "blocks")),
        (_EN + "800 cartons of cigarettes.", ("cigarettes", None, 800.0, "cartons")),
        (_EN + "2,000 blocks of cigarettes.", ("cigarettes", None, 2000.0, "blocks")),
        # Cartons that hold sticks are one find, counted in the finer unit.
        (_EN + "200 cartons of cigarettes that contained 40,000 sticks.",
         ("cigarettes", None, 40000.0, "sticks")),
]  # fmt: skip


def test_blocks_of_a_weighed_drug_are_its_packing() -> None:
    assert goods_found(_EN + "40 blocks of cocaine weighing 45 kg.") == [
        ("cocaine", 45.0, None, None)
    ]


def test_a_figure_over_several_goods_is_the_first_goods_not_drugs() -> None:
    text = _RU + "около 10 тонн сушеных ягод и фруктов (шиповник и урюк)."
    assert goods_found(text) == [("dried fruit", 10000.0, None, None)]
    drugs = _RU + "около 90 кг марихуаны и гашиша."
    assert [s for s, *_ in goods_found(drugs)] == ["drugs (unspecified)"]


def test_boxes_that_held_goods_are_not_those_goods() -> None:
    text = (
        "На пункте пропуска Хоргос задержан гражданин, который шёл из Казахстана в Китай "
        "пешком. При досмотре багажа в 5 коробках из-под бананов обнаружено мясо весом 150 кг."
    )
    assert [(s, kg) for s, kg, *_ in goods_found(text)] == [("meat", 150.0)]
    (record,) = extract_text(text)
    assert record.concealment is not None and "коробках из-под бананов" in record.concealment


@pytest.mark.parametrize(
    "text",
    [
        _AZ + "20 ton kişmiş yükünün arasında gizlədilmiş 500 kiloqram heroin aşkar edilib.",
        _EN + "30 kg of heroin; the smugglers had arrived on an inflatable boat.",
    ],
)
def test_everyday_goods_beside_drugs_are_no_find(text: str) -> None:
    assert [s for s, *_ in goods_found(text)] == ["heroin"]


def test_televisions_named_without_a_figure_beside_other_goods_are_no_find() -> None:
    text = _EN + "television sets and about 12 thousand units of chewing gum inside the trucks."
    assert [s for s, *_ in goods_found(text)] == ["chewing gum"]


# One adjective between a bare figure and counted goods.
_ONE_ADJECTIVE: list[tuple[str, Goods]] = [
    (_RU + "12 автомобильных шин.", ("tyres", None, 12.0, "pieces")),
    (_RU + "49 плазменных телевизоров.", ("televisions", None, 49.0, "items")),
]


def test_two_adjectives_and_a_list_do_not_reach_the_goods() -> None:
    text = "Монеты изъяли на таможенном посту. Среди них 14 российских серебряных и медных монет."
    assert all(count is None for _, _, count, _ in goods_found(text))


# More goods by nomenclature chapter.
_BY_CHAPTER: list[tuple[str, Goods]] = [
        (_RU + "30 мотоциклов.", ("motorcycles", None, 30.0, "vehicles")),
        (_AZ + "30 motosiklet aşkar edilib.", ("motorcycles", None, 30.0, "vehicles")),
        (_EN + "30 motorcycles.", ("motorcycles", None, 30.0, "vehicles")),
        (_RU + "5 приборов ночного видения.", ("night vision devices", None, 5.0, "items")),
        (_AZ + "5 ədəd gecə görmə cihazı aşkar edilib.",
         ("night vision devices", None, 5.0, "items")),
        (_EN + "5 night vision devices.", ("night vision devices", None, 5.0, "items")),
        (_RU + "15 кг ртути.", ("mercury", 15.0, None, None)),
        (_AZ + "15 kq civə aşkar edilib.", ("mercury", 15.0, None, None)),
        (_EN + "15 kg of mercury.", ("mercury", 15.0, None, None)),
        (_RU + "20 кг рогов марала.", ("deer antlers", 20.0, None, None)),
        (_AZ + "20 kq maral buynuzu aşkar edilib.", ("deer antlers", 20.0, None, None)),
        (_EN + "20 kg of deer antlers.", ("deer antlers", 20.0, None, None)),
        (_RU + "3 тонны абрикосов.", ("fruit and vegetables", 3000.0, None, None)),
        (_AZ + "3 ton ərik aşkar edilib.", ("fruit and vegetables", 3000.0, None, None)),
        (_EN + "3 tonnes of grapes.", ("fruit and vegetables", 3000.0, None, None)),
]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # An official statement, monitoring, a fuel tank and fabric a drug soaked into are
        # no goods of their own.
        "Gömrük Komitəsinin rəsmi açıqlamasına görə, 3 kq heroin aşkar edilib.",
        "В ходе мониторинга в топливном баке автомобиля обнаружено 3 кг героина.",
        _EN + "3 kg of heroin soaked into the fabric.",
    ],
)
def test_words_near_goods_words_name_no_goods(text: str) -> None:
    assert [s for s, *_ in goods_found(text)] == ["heroin"]


def test_containers_the_goods_were_found_in_are_no_count() -> None:
    held = _RU + "в 5 коробках 150 кг мяса."
    assert goods_found(held) == [("meat", 150.0, None, None)]
    counted = _RU + "20 мешков риса."
    assert goods_found(counted) == [("rice", None, 20.0, "sacks")]


# Everyday forms and packs.
_FORMS_AND_PACKS: list[tuple[str, Goods]] = [
    (_AZ + "600 ədəd uşaq oyuncağı aşkar edilib.", ("toys", None, 600.0, "items")),
    (_AZ + "500 kq un aşkar edilib.", ("flour", 500.0, None, None)),
    (_AZ + "40 ədəd avtomobil şini aşkar edilib.", ("tyres", None, 40.0, "pieces")),
    (_RU + "40 автомобильных покрышек.", ("tyres", None, 40.0, "pieces")),
    (_RU + "500 упаковок лекарственных препаратов.", ("medicines", None, 500.0, "boxes")),
]


def test_packs_that_held_the_goods_are_no_find() -> None:
    text = (
        _RU + "груз, заявленный как чай, и обнаружили 20 упаковок, в которых находилось "
        "около 105 кг марихуаны."
    )
    assert goods_found(text) == [("cannabis herb", 105.0, None, None)]


# Counted goods in English counting words.
_ENGLISH_COUNTS: list[tuple[str, Goods]] = [
        (_EN + "2,000 packets of cigarettes.", ("cigarettes", None, 2000.0, "packs")),
        (_EN + "500 counterfeit handbags.", ("counterfeit goods", None, 500.0, "items")),
        (_EN + "1,200 fake designer goods.", ("counterfeit goods", None, 1200.0, "items")),
        (_AZ + "1200 ədəd saxta məhsul aşkar edilib.",
         ("counterfeit goods", None, 1200.0, "items")),
        (_RU + "1200 единиц поддельных товаров.", ("counterfeit goods", None, 1200.0, "items")),
        (_EN + "60 sheep.", ("sheep", None, 60.0, "heads")),
        (_RU + "45 овец.", ("sheep", None, 45.0, "heads")),
        (_AZ + "45 qoyun aşkar edilib.", ("sheep", None, 45.0, "heads")),
        (_EN + "800 pairs of trainers.", ("footwear", None, 800.0, "pairs")),
        (_EN + "2,500 vapes.", ("e-cigarettes", None, 2500.0, "pieces")),
]  # fmt: skip


def test_counterfeit_cigarettes_are_cigarettes() -> None:
    text = _RU + "полмиллиона пачек контрафактных сигарет."
    assert [s for s, *_ in goods_found(text)] == ["cigarettes"]


# Azerbaijani goods whose last consonant softens.
_SOFTENED: list[tuple[str, Goods]] = [
    (_AZ + "3 ton pambığı aşkar edilib.", ("cotton", 3000.0, None, None)),
    (_AZ + "200 kq fındığı aşkar edilib.", ("nuts", 200.0, None, None)),
    (_AZ + "3 ədəd şişmə qayığı aşkar edilib.", ("inflatable boats", None, 3.0, "items")),
]


# Raw tobacco, radioactive material, skins and medical equipment.
_RAW_AND_RARE: list[tuple[str, Goods]] = [
        (_RU + "3 тонны табачного сырья.", ("tobacco", 3000.0, None, None)),
        (_AZ + "2 ton tütün xammalı aşkar edilib.", ("tobacco", 2000.0, None, None)),
        (_EN + "2 kg of uranium.", ("radioactive material", 2.0, None, None)),
        (_RU + "2 кг урана.", ("radioactive material", 2.0, None, None)),
        (_AZ + "2 kq uran aşkar edilib.", ("radioactive material", 2.0, None, None)),
        (_EN + "40 wolf skins.", ("animal skins", None, 40.0, "items")),
        (_AZ + "15 ədəd tibbi avadanlıq aşkar edilib.",
         ("medical equipment", None, 15.0, "items")),
        (_RU + "15 единиц медицинского оборудования.",
         ("medical equipment", None, 15.0, "items")),
        (_EN + "15 pieces of medical equipment.", ("medical equipment", None, 15.0, "items")),
]  # fmt: skip


def test_salt_a_load_was_passed_off_as_is_no_goods_of_its_own() -> None:
    text = (
        "В Одесский порт на судне поступил груз вроде промышленной соли. Таможенники нашли 15 "
        "пакетов с веществом общим весом 146,8 кг героина."
    )
    assert [(s, kg) for s, kg, *_ in goods_found(text)] == [("heroin", 146.8)]


# Everyday counted goods in each language.
_EVERYDAY_COUNTED: list[tuple[str, Goods]] = [
    (_RU + "5000 зажигалок.", ("lighters", None, 5000.0, "items")),
    (_AZ + "5000 ədəd alışqan aşkar edilib.", ("lighters", None, 5000.0, "items")),
    (_EN + "5,000 lighters.", ("lighters", None, 5000.0, "items")),
    (_RU + "30 велосипедов.", ("bicycles", None, 30.0, "items")),
    (_AZ + "30 velosiped aşkar edilib.", ("bicycles", None, 30.0, "items")),
    (_EN + "30 bicycles.", ("bicycles", None, 30.0, "items")),
    (_RU + "40 газовых баллонов.", ("gas cylinders", None, 40.0, "items")),
    (_AZ + "40 ədəd qaz balonu aşkar edilib.", ("gas cylinders", None, 40.0, "items")),
    (_EN + "40 gas cylinders.", ("gas cylinders", None, 40.0, "items")),
    (_RU + "600 солнцезащитных очков.", ("sunglasses", None, 600.0, "items")),
    (_AZ + "600 ədəd günəş eynəyi aşkar edilib.", ("sunglasses", None, 600.0, "items")),
    (_EN + "600 sunglasses.", ("sunglasses", None, 600.0, "items")),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    _COUNTED
    + _WEIGHED
    + _PLANTS_AND_ANIMALS
    + _TOBACCO
    + _ONE_ADJECTIVE
    + _BY_CHAPTER
    + _FORMS_AND_PACKS
    + _ENGLISH_COUNTS
    + _SOFTENED
    + _RAW_AND_RARE
    + _EVERYDAY_COUNTED,
)
def test_goods_are_read_under_their_class_in_each_language(text: str, expected: Goods) -> None:
    assert goods_found(text) == [expected]
