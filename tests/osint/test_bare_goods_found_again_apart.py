"""Drugs or weapons named without a figure as found in one paragraph, and found again without a
figure in a paragraph of their own (another person, another place), are two finds, each a record
with no quantity; a generic word, money or goods named so again are the first find told again."""

import pytest

from .reading import goods_found

_AZERBAIJANI = (
    "Bərdədə silah və narkotik götürülüb\n"
    "Polis əməkdaşları Bərdə rayonunda əməliyyat keçiriblər. Saxlanılan şəxsin üzərindən 2 ədəd "
    "tapança, 15 ədəd patron, heroin və metamfetamin aşkar olunub.\n"
    "Digər əməliyyat zamanı Tərtər rayonunda saxlanılan başqa bir şəxsin üzərindən heroin aşkar "
    "olunub."
)
_RUSSIAN = (
    "В Гяндже изъяли оружие и наркотики\n"
    "Полицейские провели операцию в Гяндже. У задержанного обнаружены 2 пистолета, 15 патронов, "
    "а также героин и метамфетамин.\n"
    "В ходе другой операции в Тертерском районе у другого задержанного также обнаружен героин."
)


@pytest.mark.parametrize("text", [_AZERBAIJANI, _RUSSIAN], ids=["az", "ru"])
def test_heroin_found_on_two_people(text: str) -> None:
    assert goods_found(text) == [
        ("firearms", None, 2.0, "pieces"),
        ("ammunition", None, 15.0, "rounds"),
        ("heroin", None, None, None),
        ("methamphetamine", None, None, None),
        ("heroin", None, None, None),
    ]


def test_english_heroin_found_on_two_men() -> None:
    text = (
        "Police seize guns and drugs\n"
        "Police carried out an operation in the district. Officers found 2 pistols and heroin "
        "on the detained man.\n"
        "In another operation in a nearby village, police found heroin on a second man."
    )
    assert goods_found(text) == [
        ("firearms", None, 2.0, "pieces"),
        ("heroin", None, None, None),
        ("heroin", None, None, None),
    ]


def test_a_title_naming_the_goods_is_the_find_of_the_body() -> None:
    text = (
        "Heroin seized from a driver\n"
        "Border guards at the crossing stopped a car. Officers found heroin in the spare wheel.\n"
        "The driver said he had bought the heroin in another town."
    )
    assert goods_found(text) == [("heroin", None, None, None)]


def test_drugs_named_generically_again_are_one_find() -> None:
    text = (
        "Masallıda narkotik aşkarlanıb\n"
        "Polis əməkdaşları kənd sakininin evində axtarış aparıblar. Evdən narkotik vasitə aşkar "
        "olunub.\n"
        "Daha sonra onun avtomobilindən də narkotik vasitə aşkar olunub."
    )
    assert goods_found(text) == [("drugs (unspecified)", None, None, None)]


def test_money_found_again_is_one_find() -> None:
    text = (
        "Таможенники нашли деньги у пассажира\n"
        "Сотрудники таможни в аэропорту досмотрели пассажира рейса из Стамбула. В его багаже "
        "обнаружены наличные деньги.\n"
        "Позже деньги были обнаружены и в его ручной клади."
    )
    assert len(goods_found(text)) == 1
