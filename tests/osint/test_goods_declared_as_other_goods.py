"""Goods carried under a false declaration: the goods the papers or the load showed ("declared to
contain ceramic tiles", "перевозились как обои") are the cover load, the goods found the
seizure; a passenger or a word of likeness after "как" is no load."""

import pytest

from .reading import field_found, goods_found


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        (
            "Customs officers seized 300 kg of cocaine in a container declared to contain "
            "ceramic tiles.",
            "ceramic tiles",
        ),
        (
            "Officers found 200 kg of cannabis in a lorry that was supposed to be packed with "
            "sacks of onions.",
            "onions",
        ),
        (
            "Officers seized 90 kg of heroin hidden within a cover load of garden furniture "
            "bound for Leeds.",
            "garden furniture",
        ),
        ("The shipment, declared as 40 pieces of plywood, held 120 kg of ivory.", "plywood"),
    ],
)
def test_english_goods_shown_in_place_of_the_find_are_the_cover(text: str, cover: str) -> None:
    found = field_found(text, "cover_cargo")
    assert found and all(f is not None and f.endswith(cover) for f in found)


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        (
            "Таможенники изъяли 500 коробок сигарет. По документам они перевозились как обои.",
            "обои",
        ),
        ("В фуре нашли 800 кг сыра, задекларированного как мел.", "мел"),
        ("Пограничники изъяли 2 тонны чая, оформленного как сухофрукты.", "сухофрукты"),
    ],
)
def test_russian_goods_the_papers_named_instead_are_the_cover(text: str, cover: str) -> None:
    assert field_found(text, "cover_cargo") == [cover]


def test_the_declared_goods_stay_a_cover_and_the_find_keeps_its_goods() -> None:
    assert goods_found("В фуре нашли 800 кг сыра, задекларированного как мел.") == [
        ("dairy products", 800.0, None, None)
    ]
    en = "Customs officers seized 300 kg of cocaine in a container declared to contain tiles."
    assert goods_found(en) == [("cocaine", 300.0, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Police seized 20 kg of heroin and declared it to the court.",
        "Officers seized 20 kg of heroin that was supposed to be sold in Leeds.",
        "Таможенники изъяли 20 кг героина, который перевозил как багаж один пассажир.",
        "Полицейские изъяли 3 кг гашиша, который мужчина вез как и в прошлый раз в машине.",
        "В вагоне, заявленном как порожний, таможенники нашли 900 литров спирта.",
        "Таможенники нашли 900 литров спирта в фуре, оформленной как пустая.",
    ],
)
def test_no_cover_where_nothing_was_declared_in_place_of_the_find(text: str) -> None:
    found = field_found(text, "cover_cargo")
    assert found == [None]
