"""A find's total split into its kinds by the next sentence: "50 kiloqram narkotik vasitə ...
Onun 30 kiloqramı həşiş, 20 kiloqramı heroindir", "Of them, 80 kg were cocaine", "Из них 30 кг
гашиша": the kinds are the records and the total is none. A period's total split the same way
stays no seizure, beside the one find the report tells. A weight given again in brackets with a
hyphen ("88 pounds (40-kg) of cheese") is the metric figure as written; a bracketed weight after
a count of bags tells what each holds, and is no find's weight."""

from __future__ import annotations

import pytest

from .reading import amounts_found

SPLIT = [("cannabis resin", 30.0, None), ("heroin", 20.0, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gömrükçülər sərhəd məntəqəsində yük maşınından 50 kiloqram narkotik vasitə aşkar "
            "ediblər. Onun 30 kiloqramı həşiş, 20 kiloqramı heroindir.",
            SPLIT,
        ),
        (
            "Gömrükçülər sərhəd məntəqəsində yük maşınından 50 kiloqram narkotik vasitə aşkar "
            "ediblər. Bunun 30 kiloqramı həşiş, 20 kiloqramı isə heroin olub.",
            SPLIT,
        ),
        (
            "Customs officers at the border post found 50 kg of drugs in a lorry. Of them, 30 kg "
            "were hashish and 20 kg heroin.",
            SPLIT,
        ),
        (
            "Таможенники на пограничном посту нашли в фуре 50 кг наркотиков. Из них 30 кг "
            "гашиша и 20 кг героина.",
            SPLIT,
        ),
        (
            "Astara gömrük postunda sərnişinin baqajından 2 kiloqram heroin aşkar edilib. Cari "
            "ilin əvvəlindən gömrük orqanları ümumilikdə 300 kiloqram narkotik vasitə götürüb. "
            "Bunlardan 200 kiloqramı heroin, 100 kiloqramı marixuanadır.",
            [("heroin", 2.0, None)],
        ),
        (
            "Customs officers at the Astara post found 2 kg of heroin in a passenger's bag. "
            "Since the start of the year customs have seized 300 kg of drugs in total. Of them, "
            "200 kg were heroin and 100 kg marijuana.",
            [("heroin", 2.0, None)],
        ),
        (
            "Таможенники поста Астара нашли в багаже пассажира 2 кг героина. С начала года "
            "таможня изъяла в общей сложности 300 кг наркотиков. Из них 200 кг героина и 100 кг "
            "марихуаны.",
            [("heroin", 2.0, None)],
        ),
        (
            "Inspectors at the port found 66 pounds (30-kg) of cheese in a van.",
            [("dairy products", 30.0, None)],
        ),
        (
            "Inspectors at the port found 30 kg (66-lb) of cheese in a van.",
            [("dairy products", 30.0, None)],
        ),
        (
            "Инспекторы в порту нашли в фургоне 66 фунтов (30 кг) сыра.",
            [("dairy products", 30.0, None)],
        ),
    ],
)
def test_a_total_split_into_kinds(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected


def test_a_bracketed_weight_after_bags_is_what_each_holds() -> None:
    assert all(kg != 5.0 for _, kg, _ in amounts_found("Police found 30 bags (5-kg) of sugar."))


@pytest.mark.parametrize(
    "text",
    [
        "Astara gömrük postunda yük maşınından 5 kiloqram narkotik aşkar edilib. Onun 3 "
        "kiloqramı heroin, 2 kiloqramı skunkdur.",
        "Таможенники поста Астара нашли в фуре 5 кг наркотиков. Из них 3 кг героина и 2 кг скунса.",
        "Customs officers at the Astara post found 5 kg of drugs in a lorry. Of them, 3 kg were "
        "heroin and 2 kg skunk.",
    ],
)
def test_skunk_is_cannabis_herb_in_every_language(text: str) -> None:
    assert amounts_found(text) == [("heroin", 3.0, None), ("cannabis herb", 2.0, None)]
