"""A find's weight told in a sentence of its own ("The total weight of the sea stone the driver
hid came to 27 kg") belongs to the report's one goods, even when the title's word play names goods
the find was only hidden in; when the body itself names two goods, such a weight is neither's."""

from .reading import amounts_found

_RU_BODY = (
    "Пограничники остановили микроавтобус у границы с Польшей. В запасном баке машины нашли "
    "свёртки с янтарём. Общий вес спрятанного водителем «морского камня» достиг 27 кг."
)


def test_russian_title_naming_the_hiding_goods_leaves_the_weight_to_the_find() -> None:
    assert amounts_found(f"Янтарь в солярке\n{_RU_BODY}") == [("amber", 27.0, None)]


def test_russian_weight_with_a_long_subject_is_the_sole_goods() -> None:
    assert amounts_found(_RU_BODY) == [("amber", 27.0, None)]


def test_russian_weight_beside_two_goods_of_the_body_is_neither() -> None:
    text = (
        "В запасном баке машины нашли свёртки с янтарём и соляркой. Общий вес спрятанного "
        "водителем «морского камня» достиг 27 кг."
    )
    assert [found[1] for found in amounts_found(text)] == [None, None]


def test_azerbaijani_title_naming_the_hiding_goods_leaves_the_weight_to_the_find() -> None:
    text = (
        "Kəhrəba dizeldə\nSərhədçilər mikroavtobusun ehtiyat çənində kəhrəba aşkar edib. "
        "Gizlədilmiş məmulatın ümumi çəkisi 27 kiloqram olub."
    )
    assert amounts_found(text) == [("amber", 27.0, None)]


def test_azerbaijani_weight_beside_two_goods_of_the_body_is_neither() -> None:
    text = (
        "Sərhədçilər mikroavtobusun ehtiyat çənində kəhrəba və dizel yanacağı aşkar edib. "
        "Gizlədilmiş məmulatın ümumi çəkisi 27 kiloqram olub."
    )
    assert [found[1] for found in amounts_found(text)] == [None, None]


def test_english_title_naming_the_hiding_goods_leaves_the_weight_to_the_find() -> None:
    text = (
        "Amber in diesel\nBorder guards found parcels of amber in the spare tank of a minibus "
        "stopped near the Polish border. The total weight of the sea stone the driver had "
        "hidden came to 27 kg."
    )
    assert amounts_found(text) == [("amber", 27.0, None)]
