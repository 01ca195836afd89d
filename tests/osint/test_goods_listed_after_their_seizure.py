"""A sentence that lists the goods a seizure before it named as a whole ("three boxes of
undeclared goods. There were ...") names finds, though it has no verb of seizing; a sentence
with no seizure before it names none."""

import pytest

from kordon.osint import extract_text


def goods(text: str) -> list[str]:
    return sorted(r.substance for r in extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Пограничники обнаружили в микроавтобусе две сумки с незадекларированными товарами. "
        "Там были мобильные телефоны и детская одежда.",
        "Пограничники обнаружили в микроавтобусе две сумки с незадекларированными товарами. "
        "Среди них были мобильные телефоны и детская одежда.",
        "Sərhədçilər mikroavtobusda iki çanta bəyan edilməmiş mal aşkar ediblər. Onların "
        "arasında mobil telefonlar və uşaq paltarı olub.",
        "Border guards found two bags of undeclared goods in a minibus. Among them were mobile "
        "phones and children's clothing.",
    ],
)
def test_goods_listed_after_a_seizure_of_goods_are_finds(text: str) -> None:
    assert goods(text) == ["clothing", "mobile phones"]


@pytest.mark.parametrize(
    "text",
    [
        "Пограничники проверили микроавтобус на въезде в город. Там были мобильные телефоны "
        "и детская одежда пассажиров.",
        "Sərhədçilər mikroavtobusu yoxlayıblar. Onların arasında mobil telefonlar və uşaq "
        "paltarı satan tacirlər olub.",
    ],
)
def test_goods_named_after_no_seizure_are_no_finds(text: str) -> None:
    assert goods(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Одежда и топливо: контрабанда на границе\n"
            "Пограничники задержали грузовик «Вольво».\n"
            "В кузове обнаружили детскую одежду, мобильные телефоны и медицинские препараты без "
            "документов.\n"
            "На следующий день на посту у водителя другой машины изъяли 3 тысячи литров "
            "дизельного топлива.",
            ["clothing", "fuel", "medicines", "mobile phones"],
        ),
        (
            "Paltar və yanacaq: sərhəddə qaçaqmalçılıq\n"
            "Sərhədçilər «Volvo» yük maşınını saxlayıblar.\n"
            "Maşında sənədsiz uşaq paltarı, mobil telefonlar və dərman preparatları aşkar "
            "edilib.\n"
            "Ertəsi gün postda başqa maşının sürücüsündən 3 min litr dizel yanacağı götürülüb.",
            ["clothing", "fuel", "medicines", "mobile phones"],
        ),
    ],
)
def test_goods_seized_in_a_paragraph_of_their_own_are_finds_beside_counted_ones(
    text: str, expected: list[str]
) -> None:
    assert goods(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Пограничники изъяли 3 тысячи литров дизельного топлива.\n"
        "Грузовик принадлежит компании, которая торгует детской одеждой.",
        "Sərhədçilər 3 min litr dizel yanacağı götürüblər.\n"
        "Yük maşını uşaq paltarı satan şirkətə məxsusdur.",
    ],
)
def test_goods_named_in_a_paragraph_that_seizes_nothing_are_no_finds(text: str) -> None:
    assert goods(text) == ["fuel"]
