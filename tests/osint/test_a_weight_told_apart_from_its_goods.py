"""A find's weight told in a sentence of its own ("The total weight of the hidden sun stone
came to 34 kg") belongs to the report's one goods, even when the title's word play names goods
the find was only hidden in; when the body itself names two goods, such a weight is neither's."""

from .reading import amounts_found

_RU_BODY = (
    "Таможенники задержали партию янтаря-сырца при попытке вывоза в Литву. В бензобаке "
    "автомобиля были обнаружены пакеты с янтарём. Общий вес спрятанного водителем "
    "«солнечного камня» составил почти 34 кг."
)


def test_russian_title_naming_the_hiding_goods_leaves_the_weight_to_the_find() -> None:
    assert amounts_found(f"Янтарь в бензине\n{_RU_BODY}") == [("amber", 34.0, None)]


def test_russian_weight_with_a_long_subject_is_the_sole_goods() -> None:
    assert amounts_found(_RU_BODY) == [("amber", 34.0, None)]


def test_russian_weight_beside_two_goods_of_the_body_is_neither() -> None:
    text = (
        "В бензобаке автомобиля были обнаружены пакеты с янтарём и бензином. Общий вес "
        "спрятанного водителем «солнечного камня» составил почти 34 кг."
    )
    assert [found[1] for found in amounts_found(text)] == [None, None]


def test_azerbaijani_title_naming_the_hiding_goods_leaves_the_weight_to_the_find() -> None:
    text = (
        "Kəhrəba benzində\nGömrük əməkdaşları avtomobilin çənində kəhrəba aşkar edib. "
        "Gizlədilmiş məmulatın ümumi çəkisi 34 kiloqram olub."
    )
    assert amounts_found(text) == [("amber", 34.0, None)]


def test_azerbaijani_weight_beside_two_goods_of_the_body_is_neither() -> None:
    text = (
        "Gömrük əməkdaşları avtomobilin çənində kəhrəba və benzin aşkar edib. Gizlədilmiş "
        "məmulatın ümumi çəkisi 34 kiloqram olub."
    )
    assert [found[1] for found in amounts_found(text)] == [None, None]


def test_english_title_naming_the_hiding_goods_leaves_the_weight_to_the_find() -> None:
    text = (
        "Amber in petrol\nCustoms officers found bags of raw amber in the fuel tank of a car "
        "bound for Lithuania. The total weight of the hidden sun stone came to almost 34 kg."
    )
    assert amounts_found(text) == [("amber", 34.0, None)]
