"""Goods are read under the set's label by their kind, whatever name a report gives them in
English, Russian or Azerbaijani: street and regional names of drugs, kinds of alcohol and
tobacco, counterfeit goods by what they are, wildlife, timber and fish, cultural goods, weapons,
explosives and chemicals. Names that are also common words in other senses stay out."""

from __future__ import annotations

import pytest

from .reading import goods_found

SEIZURES = [
    # Drugs by their street and regional names.
    (
        "В Баткенской области сотрудники ГКНБ задержали грузовик и изъяли из него 12 "
        "килограммов афганского чарса.",
        [("cannabis resin", 12.0, None, None)],
    ),
    (
        "Astara rayonunda polis əməkdaşları sürücünün avtomobilindən 3 kiloqram çars aşkar edib.",
        [("cannabis resin", 3.0, None, None)],
    ),
    (
        "Police in Nairobi County seized 40 kilograms of bhang from a lorry near the border.",
        [("cannabis herb", 40.0, None, None)],
    ),
    (
        "В Бишкеке сотрудники милиции задержали мужчину и изъяли у него 2 килограмма анаши.",
        [("cannabis herb", 2.0, None, None)],
    ),
    (
        "В аэропорту Домодедово таможенники изъяли у пассажира из Найроби 20 килограммов "
        "листьев ката.",
        [("khat", 20.0, None, None)],
    ),
    (
        "Customs officers at the port of Mersin seized 500 kilograms of ephedrine in a "
        "container from India.",
        [("precursors", 500.0, None, None)],
    ),
    # Alcohol by its kind: vodka is an alcoholic beverage, not ethanol.
    (
        "Şəmkir rayonunda mağazada 150 ədəd saxta araq aşkar edilərək satışdan çıxarılıb.",
        [("alcoholic beverages", None, 150.0, "bottles")],
    ),
    (
        "В Шымкенте полицейские провели обыск в гараже и изъяли 500 бутылок водки без "
        "акцизных марок.",
        [("alcoholic beverages", None, 500.0, "bottles")],
    ),
    # Liquids for electronic cigarettes, measured in litres.
    (
        "Officers in Kent seized 250 litres of e-liquid from a van at the port of Dover.",
        [("e-cigarette liquid", None, None, None)],
    ),
    (
        "На таможенном посту Бачевск таможенники изъяли 40 литров жидкости для электронных "
        "сигарет.",
        [("e-cigarette liquid", None, None, None)],
    ),
    (
        "Gömrük əməkdaşları Astara gömrük postunda 300 litr elektron siqaret mayesi aşkar ediblər.",
        [("e-cigarette liquid", None, None, None)],
    ),
    # Counterfeit and consumer goods by what they are.
    (
        "Customs officers in Felixstowe seized 3,000 kilograms of counterfeit cleaning "
        "products from a container.",
        [("household chemicals", 3000.0, None, None)],
    ),
    (
        "В Шымкенте полицейские провели обыск на складе и изъяли 800 килограммов чистящих средств.",
        [("household chemicals", 800.0, None, None)],
    ),
    (
        "Abşeron rayonunda polis əməkdaşları anbarda 1500 kiloqram təmizləyici vasitə aşkar edib.",
        [("household chemicals", 1500.0, None, None)],
    ),
    (
        "Customs officers in Los Angeles seized 500 pairs of counterfeit slippers from a "
        "container.",
        [("footwear", None, 500.0, "pairs")],
    ),
    (
        "На посту Кордай таможенники изъяли из грузовика 300 кукол без документов.",
        [("toys", None, 300.0, "items")],
    ),
    (
        "Bakı gömrük postunda gömrük əməkdaşları yük maşınından 2000 ədəd kişi kostyumu aşkar "
        "ediblər.",
        [("clothing", None, 2000.0, "items")],
    ),
    (
        "Customs officers at the airport in Lagos seized 10,000 disposable syringes from a "
        "cargo shipment.",
        [("medical equipment", None, 10000.0, "items")],
    ),
    # Wildlife, timber and fish.
    (
        "В аэропорту Шереметьево таможенники изъяли у пассажира из Мозамбика 6 килограммов "
        "рогов носорога.",
        [("rhino horn", 6.0, None, None)],
    ),
    (
        "Bakı hava limanında gömrük əməkdaşları sərnişinin baqajından 5 kiloqram fil dişi "
        "aşkar ediblər.",
        [("ivory", 5.0, None, None)],
    ),
    (
        "Forest officers in Andhra Pradesh seized 30 tonnes of rosewood from a truck.",
        [("timber", 30000.0, None, None)],
    ),
    (
        "Qəbələ rayonunda polis əməkdaşları yük maşınından 3 ton şalban aşkar edib.",
        [("timber", 3000.0, None, None)],
    ),
    (
        "В Астрахани сотрудники рыбоохраны изъяли у браконьеров 50 килограммов кефали.",
        [("fish", 50.0, None, None)],
    ),
    # Cultural goods.
    (
        "Police in Sicily seized 45 archaeological finds from a house near Agrigento.",
        [("cultural property", None, 45.0, "items")],
    ),
    # Weapons and explosives.
    (
        "В Курской области пограничники изъяли у водителя два револьвера и задержали его.",
        [("firearms", None, 2.0, "pieces")],
    ),
    (
        "Police in Kosovo seized 15 kilograms of dynamite from a house near Pristina.",
        [("explosives", 15.0, None, None)],
    ),
    (
        "Goranboy rayonunda polis əməkdaşları evdə 5 kiloqram dinamit aşkar edib.",
        [("explosives", 5.0, None, None)],
    ),
    # Refrigerants and pesticides.
    (
        "Customs officers in Mombasa seized 1,200 kilograms of ozone-depleting substances in a "
        "container.",
        [("refrigerant gas", 1200.0, None, None)],
    ),
    (
        "На посту Торугарт таможенники изъяли 300 килограммов хладона из грузовика из Китая.",
        [("refrigerant gas", 300.0, None, None)],
    ),
    (
        "Astara gömrük postunda gömrük əməkdaşları yük maşınından 2 ton herbisid aşkar ediblər.",
        [("pesticides", 2000.0, None, None)],
    ),
    (
        "На посту Жибек Жолы таможенники изъяли 700 килограммов инсектицидов без документов.",
        [("pesticides", 700.0, None, None)],
    ),
]

# Words that are names of goods only in some senses: a plan, salt, spice and wine in a story's
# background, a special unit called Berkut, the foot of a mountain, bullet points, mines left in
# the ground. None of them is a find.
OTHER_SENSES = [
    (
        "Officers in Kent said the smugglers had a plan to cross the Channel at night; no one "
        "was arrested.",
        [],
    ),
    (
        "Police in Kent seized 3 kilograms of heroin from a man who had earlier bought wine "
        "and spice at a shop.",
        [("heroin", 3.0, None, None)],
    ),
    (
        "В Бишкеке сотрудники милиции изъяли 2 килограмма героина; задержанный рассказал, что "
        "добавлял соль в суп.",
        [("heroin", 2.0, None, None)],
    ),
    (
        "Astara rayonunda polis əməkdaşları sakinin evindən 2 kiloqram heroin aşkar edib, o, "
        "planı pozduğunu deyib.",
        [("heroin", 2.0, None, None)],
    ),
    (
        "В Курской области спецподразделение «Беркут» задержало водителя, у которого изъяли "
        "3 килограмма героина.",
        [("heroin", 3.0, None, None)],
    ),
    (
        "Goranboy rayonunda, dağın ətəyində, polis əməkdaşları 2 kiloqram heroin aşkar edib.",
        [("heroin", 2.0, None, None)],
    ),
    (
        "Police in Kent seized 3 kilograms of heroin and the report listed the details in "
        "bullet points.",
        [("heroin", 3.0, None, None)],
    ),
    (
        "Police in Kent seized 3 kilograms of heroin; the area around the village is still "
        "full of land mines.",
        [("heroin", 3.0, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEIZURES)
def test_goods_are_read_under_their_kinds_label(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(("text", "expected"), OTHER_SENSES)
def test_a_word_in_another_sense_is_no_find(text: str, expected: list[tuple[object, ...]]) -> None:
    assert goods_found(text) == expected
