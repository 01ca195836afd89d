"""Air guns and optical sights listed by kind beside ammunition, goods counted beside weapons,
non-alcoholic drinks and citrus peels named as goods, and soft drinks read as a load."""

from kordon.osint import extract_text

from .reading import goods_found


def test_air_guns_sights_and_cylinders_listed_by_kind_are_one_find_each() -> None:
    text = (
        "Пограничники на пункте пропуска нашли в салоне машины 4 пневматических винтовки, "
        "9 оптических прицелов, 3 пневматических пистолета, 15 газовых баллонов и "
        "1200 патронов."
    )
    assert goods_found(text) == [
        ("air guns", None, 4.0, "pieces"),
        ("optical sights", None, 9.0, "pieces"),
        ("air guns", None, 3.0, "pieces"),
        ("gas cylinders", None, 15.0, "items"),
        ("ammunition", None, 1200.0, "rounds"),
    ]


def test_a_rifle_not_called_pneumatic_stays_a_firearm() -> None:
    text = "Таможенники изъяли у пассажира 6 винтовок и 300 патронов."
    assert [g[0] for g in goods_found(text)] == ["firearms", "ammunition"]


def test_air_guns_in_english_and_azerbaijani() -> None:
    en = (
        "Customs officers at the border crossing seized 7 air rifles from the car of a "
        "passenger who arrived from Poland."
    )
    az = "Gömrükçülər sərhəddə minik avtomobilindən 5 ədəd pnevmatik tüfəng aşkar ediblər."
    assert goods_found(en) == [("air guns", None, 7.0, "pieces")]
    assert [g[:3] for g in goods_found(az)] == [("air guns", None, 5.0)]


def test_goods_counted_beside_weapons_are_finds_not_a_load() -> None:
    text = "Таможенники нашли в багаже 25 газовых баллонов и 8000 патронов."
    assert [g[0] for g in goods_found(text)] == ["gas cylinders", "ammunition"]


def test_everyday_goods_beside_drugs_stay_the_load() -> None:
    text = "Таможенники нашли 7 кг марихуаны в 25 газовых баллонах."
    assert [g[0] for g in goods_found(text)] == ["cannabis herb"]


def test_non_alcoholic_wine_is_not_alcoholic_beverages() -> None:
    text = "Customs officers seized 1,200 bottles of foreign non-alcoholic wine at the port."
    assert goods_found(text) == [("non-alcoholic beverages", None, 1200.0, "bottles")]
    wine = "Customs officers seized 1,200 bottles of foreign wine at the port."
    assert [g[0] for g in goods_found(wine)] == ["alcoholic beverages"]


def test_citrus_peels_are_goods_of_their_own() -> None:
    text = "A passenger was caught trying to hide 9 kilograms of undeclared citrus peels."
    assert goods_found(text) == [("citrus peels", 9.0, None, None)]


def test_soft_drinks_a_truck_carried_are_the_cover_load() -> None:
    text = (
        "На границе в грузовике нашли 40 килограммов героина. Героин был спрятан в тайнике, "
        "хотя по документам грузовик перевозил только безалкогольные напитки."
    )
    records = extract_text(text)
    assert [(r.substance, r.cover_cargo) for r in records] == [("heroin", "безалкогольные напитки")]


def test_car_parts_a_truck_carried_are_not_read_as_its_load() -> None:
    text = (
        "На границе в грузовике нашли 40 килограммов героина. Героин был спрятан в тайнике, "
        "хотя по документам грузовик перевозил только запчасти."
    )
    assert [r.cover_cargo for r in extract_text(text)] == [None]
