"""Goods hidden in or among a load of everyday goods travelled under that load: "укрытых от
досмотра в винограде", "bananların arasında gizlədilən", "hidden among bananas" give the
grapes or the bananas as the cover cargo. A car, the wheels of one or the shoes a traveller
wears are hiding places, not a load, and give no cover cargo."""

from .reading import field_found


def test_russian_caviar_hidden_in_grapes() -> None:
    text = "Пограничники выявили 80 кг черной икры, укрытых от досмотра в винограде."
    assert field_found(text, "cover_cargo") == ["винограде"]


def test_russian_hashish_hidden_in_a_car_has_no_cover() -> None:
    text = "Таможенники нашли 5 кг гашиша, спрятанного в автомобиле."
    assert field_found(text, "cover_cargo") == [None]


def test_azerbaijani_cocaine_hidden_among_bananas() -> None:
    text = "Gəmidə bananların arasında gizlədilən 200 kiloqram kokain aşkar edilib."
    assert field_found(text, "cover_cargo") == ["bananların"]


def test_azerbaijani_heroin_between_the_wheels_has_no_cover() -> None:
    text = "Avtomobilin arxa təkərlərinin arasında gizlədilən 2 kiloqram heroin aşkar edilib."
    assert field_found(text, "cover_cargo") == [None]


def test_english_cocaine_hidden_among_bananas() -> None:
    text = "Officers found 200 kilograms of cocaine hidden among bananas."
    assert field_found(text, "cover_cargo") == ["bananas"]


def test_english_shoes_worn_are_no_cover() -> None:
    text = "Officers found 2 kilograms of heroin hidden in his shoes."
    assert field_found(text, "cover_cargo") == [None]
    text = "Officers found 2 kilograms of gold hidden in footwear worn by the passenger."
    assert field_found(text, "cover_cargo") == [None]
