"""Perfume counted in bottles and cosmetics (powders, lotions, creams) counted in items, one
find per goods and figure, as a passenger's luggage lists them."""

from .reading import goods_found


def test_english_perfumes_and_cosmetics_listed_with_counts() -> None:
    text = (
        "Officers found 54 expensive perfumes, 126 cosmetics powder, over 12 lotions and "
        "290 shirts in the luggage."
    )
    assert goods_found(text) == [
        ("perfume", None, 54.0, "bottles"),
        ("cosmetics", None, 126.0, "items"),
        ("cosmetics", None, 12.0, "items"),
        ("clothing", None, 290.0, "items"),
    ]


def test_russian_perfume_in_vials_is_counted_in_bottles() -> None:
    text = "Таможенники изъяли у пассажира 40 флаконов духов и 25 единиц косметики."
    assert goods_found(text) == [
        ("perfume", None, 40.0, "bottles"),
        ("cosmetics", None, 25.0, "items"),
    ]


def test_russian_vials_of_medicine_stay_vials() -> None:
    text = "Таможенники изъяли у пассажира 40 флаконов с лекарствами."
    assert goods_found(text) == [("medicines", None, 40.0, "vials")]


def test_azerbaijani_perfume_and_creams_counted() -> None:
    text = "Sərnişindən 40 ədəd ətir və 25 ədəd krem götürülüb."
    assert goods_found(text) == [
        ("perfume", None, 40.0, "bottles"),
        ("cosmetics", None, 25.0, "items"),
    ]


def test_a_perfume_shop_named_is_no_find() -> None:
    text = "The perfume shop owner was held after police found 3 kg of heroin."
    assert goods_found(text) == [("heroin", 3.0, None, None)]
