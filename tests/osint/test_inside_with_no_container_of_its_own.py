"""A bare "inside" ("Внутри были спрятаны 2400 пачек", "внутри — 12 кг икры", "İçərisində 40
kiloqram heroin olub") goes back to a container named before it; it is not itself the hiding
place, and the clause holding the find's figure is not read as one. The hiding place is the
one the sentence before names, if any. "Внутри запасного колеса", "Внутри 12 арбузов" and
"Çantanın içərisində" name their own container and keep it; English names its container
after "inside" and is a guard."""

from .reading import field_found


def test_russian_inside_goes_back_to_the_cache_told_before() -> None:
    text = "Таможенники обнаружили тайник в полу прицепа. Внутри были спрятаны 2400 пачек сигарет."
    assert field_found(text, "concealment") == ["в полу прицепа"]


def test_russian_inside_after_a_search_told_as_an_occasion() -> None:
    text = (
        "Во время досмотра таможенники обнаружили тайники в бортах прицепа. "
        "Внутри были спрятаны 3000 пачек сигарет."
    )
    assert field_found(text, "concealment") == ["в бортах прицепа"]


def test_russian_inside_what_the_driver_carried_is_no_hiding_place() -> None:
    text = "Водитель вез ящики с посудой, но внутри оказались 1500 пачек сигарет."
    assert field_found(text, "concealment") == [None]


def test_russian_inside_after_a_dash_is_no_hiding_place() -> None:
    assert field_found("Таможенники вскрыли чемодан: внутри — 12 кг икры.", "concealment") == [None]


def test_russian_inside_a_named_container_keeps_it() -> None:
    text = "Внутри запасного колеса таможенники нашли 2 кг кокаина."
    assert field_found(text, "concealment") == ["Внутри запасного колеса"]
    text = "Внутри 12 арбузов таможенники нашли 28 кг гашиша."
    assert field_found(text, "concealment") == ["Внутри 12 арбузов"]


def test_azerbaijani_inside_goes_back_to_the_hiding_place_told_before() -> None:
    text = (
        "Gömrükçülər qoşqunun döşəməsində gizli yer aşkar ediblər. "
        "İçərisində 40 kiloqram heroin olub."
    )
    (found,) = field_found(text, "concealment")
    assert found is not None and "döşəməsində" in found and "40" not in found


def test_azerbaijani_inside_a_named_bag_keeps_it() -> None:
    text = "Çantanın içərisində 3 kiloqram heroin aşkar edilib."
    (found,) = field_found(text, "concealment")
    assert found is not None and "Çantanın içərisində" in found


def test_english_inside_names_its_container() -> None:
    text = (
        "Officers opened a hidden compartment in the floor of the trailer. "
        "Inside were 40 packages of cocaine weighing 45 kilograms."
    )
    assert field_found(text, "concealment") == ["the floor of the trailer"]
